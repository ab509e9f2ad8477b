-- cortex.db v2: the Rust v002 vector_tables. Plain tables: one little-endian float32 vector per
-- distinct content hash, and the link giving each memory at most one embedding.

CREATE TABLE IF NOT EXISTS memory_embeddings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    content_hash TEXT NOT NULL UNIQUE,
    embedding BLOB NOT NULL,
    dimensions INTEGER NOT NULL,
    model_name TEXT NOT NULL DEFAULT 'unknown',
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX IF NOT EXISTS idx_embeddings_hash ON memory_embeddings(content_hash);

CREATE TABLE IF NOT EXISTS memory_embedding_link (
    memory_id TEXT PRIMARY KEY REFERENCES memories(id) ON DELETE CASCADE,
    embedding_id INTEGER NOT NULL REFERENCES memory_embeddings(id) ON DELETE CASCADE,
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
