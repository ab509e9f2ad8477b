-- cortex.db v15: the Rust v015 multiagent_tables. Agents, namespaces and their permissions,
-- cross-namespace projections, the provenance chain, trust between agents, the CRDT delta outbox,
-- and each memory's namespace and source agent.
-- skip-if: SELECT 1 FROM pragma_table_info('memories') WHERE name = 'source_agent'

CREATE TABLE IF NOT EXISTS agent_registry (
    agent_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    namespace_id TEXT NOT NULL,
    capabilities TEXT,
    parent_agent TEXT REFERENCES agent_registry(agent_id),
    registered_at TEXT NOT NULL,
    last_active TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active'
);

CREATE INDEX IF NOT EXISTS idx_agent_status ON agent_registry(status);
CREATE INDEX IF NOT EXISTS idx_agent_parent ON agent_registry(parent_agent);

CREATE TABLE IF NOT EXISTS memory_namespaces (
    namespace_id TEXT PRIMARY KEY,
    scope TEXT NOT NULL,
    owner_agent TEXT REFERENCES agent_registry(agent_id),
    created_at TEXT NOT NULL,
    metadata TEXT
);

CREATE TABLE IF NOT EXISTS namespace_permissions (
    namespace_id TEXT REFERENCES memory_namespaces(namespace_id),
    agent_id TEXT REFERENCES agent_registry(agent_id),
    permissions TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    granted_by TEXT NOT NULL,
    PRIMARY KEY (namespace_id, agent_id)
);

CREATE TABLE IF NOT EXISTS memory_projections (
    projection_id TEXT PRIMARY KEY,
    source_namespace TEXT REFERENCES memory_namespaces(namespace_id),
    target_namespace TEXT REFERENCES memory_namespaces(namespace_id),
    filter_json TEXT NOT NULL,
    compression_level INTEGER DEFAULT 0,
    live INTEGER DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES agent_registry(agent_id)
);

CREATE INDEX IF NOT EXISTS idx_proj_source ON memory_projections(source_namespace);
CREATE INDEX IF NOT EXISTS idx_proj_target ON memory_projections(target_namespace);

CREATE TABLE IF NOT EXISTS provenance_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    memory_id TEXT NOT NULL REFERENCES memories(id),
    hop_index INTEGER NOT NULL,
    agent_id TEXT NOT NULL REFERENCES agent_registry(agent_id),
    action TEXT NOT NULL,
    timestamp TEXT NOT NULL,
    confidence_delta REAL DEFAULT 0.0,
    details TEXT
);

CREATE INDEX IF NOT EXISTS idx_prov_memory ON provenance_log(memory_id, hop_index);
CREATE INDEX IF NOT EXISTS idx_prov_agent ON provenance_log(agent_id);

CREATE TABLE IF NOT EXISTS agent_trust (
    agent_id TEXT REFERENCES agent_registry(agent_id),
    target_agent TEXT REFERENCES agent_registry(agent_id),
    overall_trust REAL NOT NULL DEFAULT 0.5,
    domain_trust TEXT,
    evidence TEXT NOT NULL,
    last_updated TEXT NOT NULL,
    PRIMARY KEY (agent_id, target_agent)
);

CREATE TABLE IF NOT EXISTS delta_queue (
    delta_id INTEGER PRIMARY KEY AUTOINCREMENT,
    source_agent TEXT REFERENCES agent_registry(agent_id),
    target_agent TEXT REFERENCES agent_registry(agent_id),
    memory_id TEXT NOT NULL,
    delta_json TEXT NOT NULL,
    vector_clock TEXT NOT NULL,
    created_at TEXT NOT NULL,
    applied INTEGER DEFAULT 0,
    applied_at TEXT
);

CREATE INDEX IF NOT EXISTS idx_delta_target ON delta_queue(target_agent, applied);
CREATE INDEX IF NOT EXISTS idx_delta_created ON delta_queue(created_at);

ALTER TABLE memories ADD COLUMN namespace_id TEXT DEFAULT 'agent://default/';
ALTER TABLE memories ADD COLUMN source_agent TEXT DEFAULT 'default';

CREATE INDEX IF NOT EXISTS idx_memories_namespace ON memories(namespace_id);
CREATE INDEX IF NOT EXISTS idx_memories_source_agent ON memories(source_agent);
