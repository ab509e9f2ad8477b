"""Stored embedding vectors: ``memory_embeddings`` (one vector per distinct content hash, with
its dimension and model) and ``memory_embedding_link`` (a memory's vector)."""

from __future__ import annotations

from dataclasses import dataclass

import apsw

from services.cortex_storage.store.journal import emit_event


@dataclass(frozen=True)
class NewEmbedding:
    """A vector as stored: little-endian float32 bytes, its dimension and model."""

    blob: bytes
    dimensions: int
    model: str


def store(
    conn: apsw.Connection, memory_id: str, content_hash: str, vector: NewEmbedding, actor: str
) -> None:
    """Make ``vector`` the embedding of ``memory_id`` (whose content hash is ``content_hash``).

    Memories with the same content share one vector row, as in the Rust schema. When a new vector
    replaces the shared one, every other memory using it gets an ``embedding_updated`` event, so
    that followers of the change feed (and the vector index) see the change.
    """
    previous = conn.execute(
        "SELECT id, embedding, dimensions, model_name FROM memory_embeddings "
        "WHERE content_hash = ?",
        (content_hash,),
    ).fetchall()
    if previous and tuple(previous[0][1:]) == (vector.blob, vector.dimensions, vector.model):
        embedding_id = int(
            conn.execute(
                "SELECT id FROM memory_embeddings WHERE content_hash = ?", (content_hash,)
            ).get
        )
    else:
        conn.execute(
            "INSERT INTO memory_embeddings (content_hash, embedding, dimensions, model_name) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (content_hash) DO UPDATE SET "
            "embedding = excluded.embedding, dimensions = excluded.dimensions, "
            "model_name = excluded.model_name",
            (content_hash, vector.blob, vector.dimensions, vector.model),
        )
        embedding_id = int(
            conn.execute(
                "SELECT id FROM memory_embeddings WHERE content_hash = ?", (content_hash,)
            ).get
        )
        if previous:
            sharing = conn.execute(
                "SELECT memory_id FROM memory_embedding_link WHERE embedding_id = ? "
                "AND memory_id != ?",
                (embedding_id, memory_id),
            ).fetchall()
            for (other,) in sharing:
                emit_event(
                    conn, str(other), "embedding_updated", {"dimensions": vector.dimensions}, actor
                )
    conn.execute(
        "INSERT INTO memory_embedding_link (memory_id, embedding_id) VALUES (?, ?) "
        "ON CONFLICT (memory_id) DO UPDATE SET embedding_id = excluded.embedding_id",
        (memory_id, embedding_id),
    )


def unlink(conn: apsw.Connection, memory_id: str) -> None:
    """Drop the memory's embedding link (its content changed without a new vector)."""
    conn.execute("DELETE FROM memory_embedding_link WHERE memory_id = ?", (memory_id,))
