-- cortex.db v11: the Rust v011 reclassification. Memory type changes and the signals behind them.

CREATE TABLE IF NOT EXISTS reclassification_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    memory_id TEXT NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    old_type TEXT NOT NULL,
    new_type TEXT NOT NULL,
    reason TEXT DEFAULT '',
    confidence REAL DEFAULT 1.0,
    reclassified_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX IF NOT EXISTS idx_reclass_memory ON reclassification_history(memory_id);

CREATE TABLE IF NOT EXISTS reclassification_signals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    memory_id TEXT NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    signal_type TEXT NOT NULL,
    signal_data TEXT DEFAULT '{}',
    strength REAL DEFAULT 0.5,
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX IF NOT EXISTS idx_reclass_signals_memory ON reclassification_signals(memory_id);
