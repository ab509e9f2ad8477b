-- cortex.db v5: the Rust v005 session_tables. Agent sessions and their analytics events.

CREATE TABLE IF NOT EXISTS session_contexts (
    id TEXT PRIMARY KEY,
    started_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ended_at TEXT,
    loaded_memories TEXT DEFAULT '[]',
    tokens_used INTEGER DEFAULT 0,
    tokens_budget INTEGER NOT NULL DEFAULT 2000,
    metadata TEXT DEFAULT '{}'
);

CREATE TABLE IF NOT EXISTS session_analytics (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES session_contexts(id) ON DELETE CASCADE,
    event_type TEXT NOT NULL,
    event_data TEXT DEFAULT '{}',
    timestamp TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX IF NOT EXISTS idx_session_analytics_session ON session_analytics(session_id);
CREATE INDEX IF NOT EXISTS idx_session_analytics_type ON session_analytics(event_type);
