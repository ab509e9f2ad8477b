-- cortex.db v13: the two tables the Rust system created at run time, outside its migrations
-- (its own v013 was an empty placeholder): the last-acknowledged vector clock per peer agent,
-- and the embedding cache (a separate embeddings.db file there, a table of cortex.db here).
-- A Rust database at v13 or later already records version 13 without these tables; the repair
-- guard below makes the runner apply this idempotent file to it anyway.
-- repair-if: SELECT 1 WHERE (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('peer_clocks', 'embedding_cache')) < 2

CREATE TABLE IF NOT EXISTS peer_clocks (
    agent_id TEXT NOT NULL,
    peer_agent TEXT NOT NULL,
    vector_clock_json TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (agent_id, peer_agent)
);

CREATE TABLE IF NOT EXISTS embedding_cache (
    content_hash TEXT PRIMARY KEY,
    embedding BLOB NOT NULL,
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
