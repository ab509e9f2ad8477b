-- cortex.db v7: the Rust v007 validation_tables. Validation scores per dimension and detected
-- contradictions between two memories.

CREATE TABLE IF NOT EXISTS memory_validation_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    memory_id TEXT NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    dimension TEXT NOT NULL,
    score REAL NOT NULL,
    healing_action TEXT,
    validated_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX IF NOT EXISTS idx_validation_memory ON memory_validation_history(memory_id);

CREATE TABLE IF NOT EXISTS memory_contradictions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    memory_id_a TEXT NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    memory_id_b TEXT NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    contradiction_type TEXT NOT NULL,
    confidence_delta REAL DEFAULT 0.0,
    resolved INTEGER DEFAULT 0,
    detected_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    resolved_at TEXT
);

CREATE INDEX IF NOT EXISTS idx_contradictions_a ON memory_contradictions(memory_id_a);
CREATE INDEX IF NOT EXISTS idx_contradictions_b ON memory_contradictions(memory_id_b);
