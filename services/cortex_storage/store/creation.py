"""Creating memories: one write operation for one or many creates (BatchCreateMemories is all or
nothing: the operation runs in one savepoint of the writer's transaction).

A create with an idempotency key already used by the same request returns that request's memory
(``replayed``); by a different request it is refused. Unless ``allow_duplicate``, a live memory
with the same content hash in the same namespace is returned instead of a copy
(``deduplicated``), and the decision is audited on that memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import apsw

from services.common import errors
from services.common.writer import Operation, WriteResult
from services.cortex_storage.store import embeddings, journal, memories
from services.cortex_storage.store.embeddings import NewEmbedding
from services.cortex_storage.store.memories import NewMemory


@dataclass(frozen=True)
class Create:
    """One checked create."""

    memory: NewMemory
    embedding: NewEmbedding | None
    actor: str
    allow_duplicate: bool = False
    idempotency_key: str | None = None
    # Digest of the request without its key: what a replay must match.
    request_hash: str = ""


@dataclass(frozen=True)
class Created:
    """The memory a create answers with, and why."""

    memory_id: str
    deduplicated: bool = False
    replayed: bool = False


def _replay(conn: apsw.Connection, create: Create) -> Created | None:
    if create.idempotency_key is None:
        return None
    found = conn.execute(
        "SELECT request_hash, memory_id FROM idempotency_keys WHERE idempotency_key = ?",
        (create.idempotency_key,),
    ).fetchall()
    if not found:
        return None
    request_hash, memory_id = found[0]
    if request_hash != create.request_hash:
        raise errors.IdempotencyKeyReused(
            f"idempotency key {errors.quote(create.idempotency_key)} was used by a different "
            f"create (which made memory {memory_id})",
            metadata={"idempotencyKey": create.idempotency_key, "memoryId": str(memory_id)},
        )
    return Created(str(memory_id), replayed=True)


def _duplicate(conn: apsw.Connection, memory: NewMemory) -> str | None:
    found = conn.execute(
        "SELECT id FROM memories WHERE content_hash = ? AND namespace_id = ? AND archived = 0 "
        "ORDER BY created_at, id LIMIT 1",
        (memory.content_hash, memory.namespace_id),
    ).fetchall()
    return str(found[0][0]) if found else None


def create_one(conn: apsw.Connection, create: Create) -> Created:
    """Apply one create on the writer's connection."""
    replayed = _replay(conn, create)
    if replayed is not None:
        return replayed
    memory = create.memory
    duplicate = None if create.allow_duplicate else _duplicate(conn, memory)
    if duplicate is not None:
        journal.audit(
            conn,
            duplicate,
            "dedup",
            create.actor,
            {"decision": "returned_existing", "content_hash": memory.content_hash,
             "requested_id": memory.id},
        )  # fmt: skip
        result = Created(duplicate, deduplicated=True)
    else:
        if memories.exists(conn, memory.id):
            raise errors.MemoryAlreadyExists(
                f"a memory with id {errors.quote(memory.id)} exists",
                metadata={"memoryId": memory.id},
            )
        memories.insert(conn, memory)
        if create.embedding is not None:
            embeddings.store(conn, memory.id, memory.content_hash, create.embedding, create.actor)
        journal.emit_event(
            conn,
            memory.id,
            "created",
            {"memory_type": memory.memory_type, "content_hash": memory.content_hash,
             "summary": memory.summary, "tags": memory.tags, "confidence": memory.confidence,
             "importance": memory.importance, "namespace": memory.namespace_id,
             "embedding_dimensions": create.embedding.dimensions if create.embedding else 0},
            create.actor,
        )  # fmt: skip
        journal.audit(conn, memory.id, "create", create.actor)
        result = Created(memory.id)
    if create.idempotency_key is not None:
        conn.execute(
            "INSERT INTO idempotency_keys (idempotency_key, request_hash, memory_id) "
            "VALUES (?, ?, ?)",
            (create.idempotency_key, create.request_hash, result.memory_id),
        )
    return result


def create_memories(creates: Sequence[Create]) -> Operation:
    """The write operation creating ``creates`` in order, all or none."""

    def run(conn: apsw.Connection) -> WriteResult:
        results = [create_one(conn, create) for create in creates]
        made = sum(1 for r in results if not (r.deduplicated or r.replayed))
        return WriteResult({("memories", "insert"): made} if made else {}, results)

    return run
