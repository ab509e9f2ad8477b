-- cortex.db v8: the Rust v008 versioning_tables. A snapshot of a memory taken before each update.

CREATE TABLE IF NOT EXISTS memory_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    memory_id TEXT NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    content TEXT NOT NULL,
    summary TEXT DEFAULT '',
    confidence REAL NOT NULL,
    changed_by TEXT DEFAULT 'system',
    reason TEXT DEFAULT '',
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (memory_id, version)
);

CREATE INDEX IF NOT EXISTS idx_versions_memory ON memory_versions(memory_id);
CREATE INDEX IF NOT EXISTS idx_versions_memory_version ON memory_versions(memory_id, version);
