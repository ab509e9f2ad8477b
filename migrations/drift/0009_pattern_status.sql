-- drift.db v9: the Rust v009_pattern_status schema (pattern lifecycle: discovered, approved by
-- auto-approval or a user, ignored).
-- IF NOT EXISTS everywhere: the Rust runner applied DDL without a transaction, so a database it
-- left behind may hold some of these objects without having recorded the version.

CREATE TABLE IF NOT EXISTS pattern_status (
    pattern_id TEXT PRIMARY KEY,
    status TEXT NOT NULL DEFAULT 'discovered',
    approved_by TEXT,
    approved_at INTEGER,
    confidence_at_approval REAL,
    reason TEXT,
    updated_at INTEGER NOT NULL DEFAULT (unixepoch())
) STRICT;

CREATE INDEX IF NOT EXISTS idx_pattern_status_status ON pattern_status(status);
CREATE INDEX IF NOT EXISTS idx_pattern_status_updated ON pattern_status(updated_at);
