"""MemoriesService (``cortex.storage.v1``): messages to the memory store's domain calls and back.
Writes go through the writer, reads through the read pool."""

from __future__ import annotations

from collections.abc import Sequence

import grpc

from services.common import errors
from services.common.storage import Storage
from services.contracts.cortex.storage.v1 import memories_pb2 as pb
from services.contracts.cortex.storage.v1 import memories_pb2_grpc, memory_pb2
from services.cortex_storage.api.memory_messages import (
    memory_message,
    new_embedding,
    new_memory,
    request_hash,
)
from services.cortex_storage.model import validate
from services.cortex_storage.model.times import optional
from services.cortex_storage.store import memories
from services.cortex_storage.store.creation import Create, Created, create_memories

SERVICE = pb.DESCRIPTOR.services_by_name["MemoriesService"]


def checked_create(request: pb.CreateMemoryRequest, field: str = "") -> Create:
    """A CreateMemory request checked into a ``Create`` (``field`` prefixes field names)."""
    prefix = f"{field}." if field else ""
    if not request.HasField("memory"):
        raise errors.InvalidArgument(errors.FieldViolation(f"{prefix}memory", "is required"))
    return Create(
        memory=new_memory(request.memory, f"{prefix}memory"),
        embedding=new_embedding(request.embedding, f"{prefix}embedding")
        if request.HasField("embedding")
        else None,
        actor=validate.short_text(request.actor, f"{prefix}actor", validate.DEFAULT_ACTOR),
        allow_duplicate=request.allow_duplicate,
        idempotency_key=validate.idempotency_key(
            request.idempotency_key, f"{prefix}idempotency_key"
        ),
        request_hash=request_hash(request),
    )


async def load_memories(
    storage: Storage, ids: Sequence[str], moment: str | None = None
) -> list[memory_pb2.Memory]:
    """The memories of ``ids`` that exist (as of ``moment``), as messages, in order."""
    rows = await storage.reads.run(memories.load_many, list(ids), moment)
    return [memory_message(row) for row in rows]


async def load_memory(
    storage: Storage, memory_id: str, moment: str | None = None
) -> memory_pb2.Memory:
    """One memory as a message; NOT_FOUND ``MEMORY_NOT_FOUND`` if it does not (yet) exist."""
    found = await load_memories(storage, [memory_id], moment)
    if not found:
        when = f" at {moment}" if moment else ""
        raise errors.MemoryNotFound(
            f"no memory has id {errors.quote(memory_id)}{when}", metadata={"memoryId": memory_id}
        )
    return found[0]


class MemoriesServicer(memories_pb2_grpc.MemoriesServiceServicer):
    def __init__(self, storage: Storage) -> None:
        self._storage = storage

    async def _created(self, results: Sequence[Created]) -> list[pb.CreateMemoryResponse]:
        loaded = {
            m.id: m for m in await load_memories(self._storage, [r.memory_id for r in results])
        }
        return [
            pb.CreateMemoryResponse(
                memory=loaded[r.memory_id], deduplicated=r.deduplicated, replayed=r.replayed
            )
            for r in results
        ]

    async def CreateMemory(
        self,
        request: pb.CreateMemoryRequest,
        context: grpc.aio.ServicerContext[pb.CreateMemoryRequest, pb.CreateMemoryResponse],
    ) -> pb.CreateMemoryResponse:
        create = checked_create(request)
        written = await self._storage.writer.execute("create_memory", create_memories([create]))
        return (await self._created(written.value))[0]

    async def BatchCreateMemories(
        self,
        request: pb.BatchCreateMemoriesRequest,
        context: grpc.aio.ServicerContext[
            pb.BatchCreateMemoriesRequest, pb.BatchCreateMemoriesResponse
        ],
    ) -> pb.BatchCreateMemoriesResponse:
        if not request.requests or len(request.requests) > validate.MAX_BATCH:
            raise errors.InvalidArgument(
                errors.FieldViolation(
                    "requests",
                    f"must hold 1 to {validate.MAX_BATCH} creates, got {len(request.requests)}",
                )
            )
        creates = [checked_create(r, f"requests[{i}]") for i, r in enumerate(request.requests)]
        written = await self._storage.writer.execute("create_memories", create_memories(creates))
        return pb.BatchCreateMemoriesResponse(responses=await self._created(written.value))

    async def GetMemory(
        self,
        request: pb.GetMemoryRequest,
        context: grpc.aio.ServicerContext[pb.GetMemoryRequest, pb.GetMemoryResponse],
    ) -> pb.GetMemoryResponse:
        memory_id = validate.memory_id(request.id)
        moment = optional(request, "as_of", "as_of")
        return pb.GetMemoryResponse(memory=await load_memory(self._storage, memory_id, moment))

    async def BatchGetMemories(
        self,
        request: pb.BatchGetMemoriesRequest,
        context: grpc.aio.ServicerContext[pb.BatchGetMemoriesRequest, pb.BatchGetMemoriesResponse],
    ) -> pb.BatchGetMemoriesResponse:
        ids = validate.memory_ids(request.ids, "ids")
        moment = optional(request, "as_of", "as_of")
        found = await load_memories(self._storage, ids, moment)
        present = {m.id for m in found}
        return pb.BatchGetMemoriesResponse(
            memories=found, missing=[i for i in dict.fromkeys(ids) if i not in present]
        )


def register(server: grpc.aio.Server, storage: Storage) -> None:
    """Add MemoriesService."""
    memories_pb2_grpc.add_MemoriesServiceServicer_to_server(MemoriesServicer(storage), server)
