-- cortex.db v6: the Rust v006 audit_tables. The append-only mutation log (no foreign key, so it
-- outlives deleted memories), consolidation quality metrics and component degradation records.

CREATE TABLE IF NOT EXISTS memory_audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    memory_id TEXT NOT NULL,
    operation TEXT NOT NULL,
    details TEXT DEFAULT '{}',
    actor TEXT DEFAULT 'system',
    timestamp TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX IF NOT EXISTS idx_audit_memory ON memory_audit_log(memory_id);
CREATE INDEX IF NOT EXISTS idx_audit_operation ON memory_audit_log(operation);
CREATE INDEX IF NOT EXISTS idx_audit_timestamp ON memory_audit_log(timestamp);
CREATE INDEX IF NOT EXISTS idx_audit_actor ON memory_audit_log(actor);

CREATE TABLE IF NOT EXISTS consolidation_metrics (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT NOT NULL,
    precision_score REAL,
    compression_ratio REAL,
    lift REAL,
    stability REAL,
    memories_created INTEGER DEFAULT 0,
    memories_archived INTEGER DEFAULT 0,
    timestamp TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE IF NOT EXISTS degradation_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    component TEXT NOT NULL,
    failure TEXT NOT NULL,
    fallback TEXT NOT NULL,
    details TEXT DEFAULT '{}',
    timestamp TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX IF NOT EXISTS idx_degradation_component ON degradation_log(component);
