-- The project a drift.db holds: the root directory its paths are relative to. The first scan
-- records it; a scan of another root is refused unless it explicitly replaces the project, so a
-- second tree can never silently turn the first one's files into removed files. One row at most.
CREATE TABLE IF NOT EXISTS project (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    root TEXT NOT NULL,
    created_at INTEGER NOT NULL DEFAULT (unixepoch()),
    updated_at INTEGER NOT NULL DEFAULT (unixepoch())
) STRICT;

-- A database scanned before this table existed (by us or by the Rust system, with an absolute
-- root): its latest scan's root is the project's.
INSERT OR IGNORE INTO project (id, root, created_at, updated_at)
SELECT 1, root_path, started_at, started_at FROM scan_history
WHERE root_path LIKE '/%'
ORDER BY id DESC LIMIT 1;
