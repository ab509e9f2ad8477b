"""MemoriesService: creating and reading memories through a real cortex service on loopback."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import grpc
import pytest

from services.contracts.cortex.storage.v1 import memories_pb2 as pb
from services.contracts.cortex.storage.v1 import memories_pb2_grpc
from services.contracts.cortex.storage.v1 import memory_pb2 as mpb
from tests.grpc_errors import failure


@pytest.fixture
async def memories(
    cortex_channel: grpc.aio.Channel,
) -> AsyncIterator[memories_pb2_grpc.MemoriesServiceStub]:
    yield memories_pb2_grpc.MemoriesServiceStub(cortex_channel)


def insight(observation: str, **fields: object) -> mpb.Memory:
    """An insight memory whose content is ``observation``."""
    return mpb.Memory(
        memory_type="insight",
        content=json.dumps({"observation": observation, "evidence": []}),
        **fields,  # type: ignore[arg-type]
    )


async def test_a_created_memory_reads_back_with_its_links(
    memories: memories_pb2_grpc.MemoriesServiceStub,
) -> None:
    memory = insight(
        "retries hide timeouts",
        summary="retries",
        tags=["net", "retry"],
        linked_files=[mpb.FileLink(file_path="src/net.py", line_start=3, line_end=9)],
        linked_patterns=[mpb.PatternLink(pattern_id="p1", pattern_name="retry-loop")],
    )
    created = (await memories.CreateMemory(pb.CreateMemoryRequest(memory=memory))).memory
    got = (await memories.GetMemory(pb.GetMemoryRequest(id=created.id))).memory
    assert (
        json.loads(got.content),
        got.summary,
        list(got.tags),
        [(f.file_path, f.line_start, f.line_end) for f in got.linked_files],
        [p.pattern_name for p in got.linked_patterns],
        got.importance,
        got.namespace,
    ) == (
        {"observation": "retries hide timeouts", "evidence": []},
        "retries",
        ["net", "retry"],
        [("src/net.py", 3, 9)],
        ["retry-loop"],
        "normal",
        "agent://default/",
    )


async def test_the_same_content_twice_returns_the_first_memory(
    memories: memories_pb2_grpc.MemoriesServiceStub,
) -> None:
    first = await memories.CreateMemory(pb.CreateMemoryRequest(memory=insight("same")))
    second = await memories.CreateMemory(pb.CreateMemoryRequest(memory=insight("same")))
    assert (second.memory.id, second.deduplicated) == (first.memory.id, True)


async def test_a_retried_create_with_its_idempotency_key_is_replayed(
    memories: memories_pb2_grpc.MemoriesServiceStub,
) -> None:
    request = pb.CreateMemoryRequest(
        memory=insight("once"), idempotency_key="k-1", allow_duplicate=True
    )
    first = await memories.CreateMemory(request)
    again = await memories.CreateMemory(request)
    assert (again.memory.id, again.replayed) == (first.memory.id, True)


async def test_a_batch_with_one_bad_memory_creates_none(
    memories: memories_pb2_grpc.MemoriesServiceStub,
) -> None:
    good = pb.CreateMemoryRequest(memory=insight("good"))
    bad = pb.CreateMemoryRequest(memory=mpb.Memory(memory_type="nonsense", content="{}"))
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await memories.BatchCreateMemories(pb.BatchCreateMemoriesRequest(requests=[good, bad]))
    found = await memories.BatchGetMemories(pb.BatchGetMemoriesRequest(ids=["x"]))
    assert (failure(raised.value).fields, list(found.missing)) == (
        ["requests[1].memory.memory_type"],
        ["x"],
    )


async def test_an_unknown_memory_is_not_found_naming_its_id(
    memories: memories_pb2_grpc.MemoriesServiceStub,
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await memories.GetMemory(pb.GetMemoryRequest(id="nope"))
    got = failure(raised.value)
    assert (got.code, got.reason, got.metadata) == (
        grpc.StatusCode.NOT_FOUND,
        "MEMORY_NOT_FOUND",
        {"memoryId": "nope"},
    )


@pytest.mark.parametrize(
    ("memory", "field"),
    [
        (mpb.Memory(memory_type="insight", content="{}", importance="urgent"), "memory.importance"),
        (mpb.Memory(memory_type="insight", content="{}", confidence=1.5), "memory.confidence"),
        (mpb.Memory(memory_type="insight", content="{}", id="bad id!"), "memory.id"),
        (mpb.Memory(memory_type="insight", content="[1]"), "memory.content"),
    ],
)
async def test_bad_memories_are_refused_naming_the_field(
    memories: memories_pb2_grpc.MemoriesServiceStub, memory: mpb.Memory, field: str
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await memories.CreateMemory(pb.CreateMemoryRequest(memory=memory))
    got = failure(raised.value)
    assert (got.code, got.fields) == (grpc.StatusCode.INVALID_ARGUMENT, [field])


async def test_an_embedding_with_nan_is_refused(
    memories: memories_pb2_grpc.MemoriesServiceStub,
) -> None:
    request = pb.CreateMemoryRequest(
        memory=insight("v"), embedding=pb.Embedding(values=[0.1, float("nan")])
    )
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await memories.CreateMemory(request)
    assert failure(raised.value).fields == ["embedding.values"]
