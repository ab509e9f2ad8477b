-- cortex.db v16: what the service adds to the Rust schema (v001..v015).
--
-- Every table here is kept by triggers or filled by the service's writer; the triggers make the
-- derived tables exact whatever writes the base tables, adopted rows included (backfilled below).

-- Tags as rows: exact tag matching with an index (the Rust engine ran LIKE '%"tag"%' over the
-- JSON text, where % and _ in a tag acted as wildcards). `position` keeps the stored order.
CREATE TABLE memory_tags (
    memory_id TEXT NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (memory_id, tag)
) WITHOUT ROWID;

CREATE INDEX idx_memory_tags_tag ON memory_tags(tag, memory_id);

INSERT OR IGNORE INTO memory_tags (memory_id, tag, position)
SELECT m.id, j.value, j.key
FROM memories AS m, json_each(CASE WHEN json_valid(m.tags) THEN m.tags ELSE '[]' END) AS j
WHERE j.type = 'text';

CREATE TRIGGER memory_tags_insert AFTER INSERT ON memories BEGIN
    INSERT OR IGNORE INTO memory_tags (memory_id, tag, position)
    SELECT NEW.id, j.value, j.key
    FROM json_each(CASE WHEN json_valid(NEW.tags) THEN NEW.tags ELSE '[]' END) AS j
    WHERE j.type = 'text';
END;

CREATE TRIGGER memory_tags_update AFTER UPDATE OF tags ON memories BEGIN
    DELETE FROM memory_tags WHERE memory_id = OLD.id;
    INSERT OR IGNORE INTO memory_tags (memory_id, tag, position)
    SELECT NEW.id, j.value, j.key
    FROM json_each(CASE WHEN json_valid(NEW.tags) THEN NEW.tags ELSE '[]' END) AS j
    WHERE j.type = 'text';
END;

-- Point-in-time reads of memories (system time): every state a memory row had before it was
-- changed or deleted, with the interval it was current, [recorded_from, recorded_until).
-- The current state is the row in `memories` itself, current since its updated_at.
CREATE TABLE memory_states (
    state_id INTEGER PRIMARY KEY AUTOINCREMENT,
    memory_id TEXT NOT NULL,
    recorded_from TEXT NOT NULL,
    recorded_until TEXT NOT NULL,
    memory_type TEXT NOT NULL,
    content TEXT NOT NULL,
    summary TEXT NOT NULL,
    transaction_time TEXT NOT NULL,
    valid_time TEXT NOT NULL,
    valid_until TEXT,
    confidence REAL NOT NULL,
    importance TEXT NOT NULL,
    last_accessed TEXT NOT NULL,
    access_count INTEGER NOT NULL,
    tags TEXT NOT NULL,
    archived INTEGER NOT NULL,
    superseded_by TEXT,
    supersedes TEXT,
    content_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    namespace_id TEXT,
    source_agent TEXT
);

CREATE INDEX idx_memory_states_memory ON memory_states(memory_id, recorded_from);
CREATE INDEX idx_memory_states_time ON memory_states(recorded_from, recorded_until);

CREATE TRIGGER memory_states_update AFTER UPDATE ON memories BEGIN
    INSERT INTO memory_states (
        memory_id, recorded_from, recorded_until, memory_type, content, summary,
        transaction_time, valid_time, valid_until, confidence, importance, last_accessed,
        access_count, tags, archived, superseded_by, supersedes, content_hash, created_at,
        updated_at, namespace_id, source_agent)
    VALUES (
        OLD.id, OLD.updated_at, NEW.updated_at, OLD.memory_type, OLD.content, OLD.summary,
        OLD.transaction_time, OLD.valid_time, OLD.valid_until, OLD.confidence, OLD.importance,
        OLD.last_accessed, OLD.access_count, OLD.tags, OLD.archived, OLD.superseded_by,
        OLD.supersedes, OLD.content_hash, OLD.created_at, OLD.updated_at, OLD.namespace_id,
        OLD.source_agent);
END;

CREATE TRIGGER memory_states_delete BEFORE DELETE ON memories BEGIN
    INSERT INTO memory_states (
        memory_id, recorded_from, recorded_until, memory_type, content, summary,
        transaction_time, valid_time, valid_until, confidence, importance, last_accessed,
        access_count, tags, archived, superseded_by, supersedes, content_hash, created_at,
        updated_at, namespace_id, source_agent)
    VALUES (
        OLD.id, OLD.updated_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), OLD.memory_type,
        OLD.content, OLD.summary, OLD.transaction_time, OLD.valid_time, OLD.valid_until,
        OLD.confidence, OLD.importance, OLD.last_accessed, OLD.access_count, OLD.tags,
        OLD.archived, OLD.superseded_by, OLD.supersedes, OLD.content_hash, OLD.created_at,
        OLD.updated_at, OLD.namespace_id, OLD.source_agent);
END;

-- Point-in-time reads of the causal graph, modelled on Graphiti's bi-temporal edges: each
-- version of an edge with the interval it held, [valid_from, valid_until); an open interval is
-- the edge as it is. INSERT OR REPLACE does not fire delete triggers, so the insert trigger
-- closes whatever version was open for the pair.
CREATE TABLE causal_edge_states (
    state_id INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id TEXT NOT NULL,
    target_id TEXT NOT NULL,
    relation TEXT NOT NULL,
    strength REAL NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT
);

CREATE INDEX idx_causal_edge_states_pair ON causal_edge_states(source_id, target_id, valid_from);
CREATE INDEX idx_causal_edge_states_target ON causal_edge_states(target_id, valid_from);

INSERT INTO causal_edge_states (source_id, target_id, relation, strength, valid_from)
SELECT source_id, target_id, relation, strength,
       COALESCE(updated_at, created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
FROM causal_edges;

CREATE TRIGGER causal_edge_states_insert AFTER INSERT ON causal_edges BEGIN
    UPDATE causal_edge_states SET valid_until = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE source_id = NEW.source_id AND target_id = NEW.target_id AND valid_until IS NULL;
    INSERT INTO causal_edge_states (source_id, target_id, relation, strength, valid_from)
    VALUES (NEW.source_id, NEW.target_id, NEW.relation, NEW.strength,
            strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER causal_edge_states_update AFTER UPDATE ON causal_edges BEGIN
    UPDATE causal_edge_states SET valid_until = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE source_id = OLD.source_id AND target_id = OLD.target_id AND valid_until IS NULL;
    INSERT INTO causal_edge_states (source_id, target_id, relation, strength, valid_from)
    VALUES (NEW.source_id, NEW.target_id, NEW.relation, NEW.strength,
            strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER causal_edge_states_delete AFTER DELETE ON causal_edges BEGIN
    UPDATE causal_edge_states SET valid_until = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE source_id = OLD.source_id AND target_id = OLD.target_id AND valid_until IS NULL;
END;

-- Idempotency keys of creates: a retried create with the same key and request returns the
-- memory the first one created (no foreign key: the key outlives a deleted memory).
CREATE TABLE idempotency_keys (
    idempotency_key TEXT PRIMARY KEY,
    request_hash TEXT NOT NULL,
    memory_id TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- ListMemories' keyset order (newest transaction time first) over the memories a filter keeps.
CREATE INDEX idx_memories_list ON memories(archived, transaction_time, id);
CREATE INDEX idx_memories_namespace_list ON memories(namespace_id, archived, transaction_time, id);
-- Content-hash deduplication looks for a live memory with the same content in the namespace.
CREATE INDEX idx_memories_dedup ON memories(content_hash, namespace_id, archived);
-- The change feed and the vector index follow memory_events by event_id, per memory too.
CREATE INDEX idx_events_memory_id ON memory_events(memory_id, event_id);
