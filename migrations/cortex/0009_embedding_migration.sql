-- cortex.db v9: the Rust v009 embedding_migration. A registry of embedding models, and the model
-- version of each memory's embedding (for resumable re-embedding).
-- skip-if: SELECT 1 FROM pragma_table_info('memory_embedding_link') WHERE name = 'model_version'

CREATE TABLE IF NOT EXISTS embedding_model_info (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    model_name TEXT NOT NULL UNIQUE,
    dimensions INTEGER NOT NULL,
    status TEXT DEFAULT 'active',
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

ALTER TABLE memory_embedding_link ADD COLUMN model_version TEXT DEFAULT NULL;
