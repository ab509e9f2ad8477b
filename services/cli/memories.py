"""``drift-services memories add|get``: the cortex memory store, through its gRPC API.

``add`` puts the ``--content`` text in the main text field of the memory's type (``knowledge``
of a ``tribal`` memory, ``observation`` of an ``insight``...); ``--content-json`` gives the
type's whole content object instead. A memory prints as a small table, or with ``--json`` as
one JSON object: content as an object, links as lists of objects, times as Unix seconds.
"""

from __future__ import annotations

import json

import grpc
from rich.table import Table

from services.cli.errors import CliError, reaching
from services.cli.output import print_table, timestamp
from services.cli.paging import RPC_TIMEOUT_S
from services.contracts.cortex.storage.v1 import memories_pb2 as pb
from services.contracts.cortex.storage.v1 import memories_pb2_grpc
from services.contracts.cortex.storage.v1 import memory_pb2 as mpb
from services.cortex_storage.model.content import text_content
from services.cortex_storage.model.types import BY_NAME, TYPE_NAMES

_TIMES = ("transaction_time", "valid_time", "valid_until", "last_accessed", "created_at",
          "updated_at")  # fmt: skip


def memory_dict(memory: mpb.Memory) -> dict[str, object]:
    """``memory`` as JSON-ready data: every field present, content parsed, links as objects."""
    data: dict[str, object] = {
        "id": memory.id,
        "memory_type": memory.memory_type,
        "content": json.loads(memory.content) if memory.content else None,
        "summary": memory.summary,
        "confidence": memory.confidence if memory.HasField("confidence") else None,
        "importance": memory.importance,
        "access_count": memory.access_count,
        "tags": list(memory.tags),
        "archived": memory.archived,
        "superseded_by": memory.superseded_by or None,
        "supersedes": memory.supersedes or None,
        "content_hash": memory.content_hash,
        "namespace": memory.namespace,
        "source_agent": memory.source_agent,
        "linked_patterns": [
            {"pattern_id": p.pattern_id, "pattern_name": p.pattern_name}
            for p in memory.linked_patterns
        ],
        "linked_constraints": [
            {"constraint_id": c.constraint_id, "constraint_name": c.constraint_name}
            for c in memory.linked_constraints
        ],
        "linked_files": [
            {
                "file_path": f.file_path,
                "line_start": f.line_start or None,
                "line_end": f.line_end or None,
                "content_hash": f.content_hash or None,
            }
            for f in memory.linked_files
        ],
        "linked_functions": [
            {
                "function_name": f.function_name,
                "file_path": f.file_path,
                "signature": f.signature or None,
            }
            for f in memory.linked_functions
        ],
    }
    for name in _TIMES:
        data[name] = getattr(memory, name).seconds if memory.HasField(name) else None
    return data


def print_memory(memory: mpb.Memory, as_json: bool) -> None:
    """One memory as JSON or as a two-column table."""
    if as_json:
        print(json.dumps(memory_dict(memory), indent=2, ensure_ascii=False))
        return
    table = Table(title=f"memory {memory.id}", show_header=False)
    table.add_column("field", no_wrap=True)
    table.add_column("value")
    confidence = f"{memory.confidence:.2f}" if memory.HasField("confidence") else ""
    for name, value in [
        ("type", memory.memory_type),
        ("content", memory.content),
        ("summary", memory.summary),
        ("importance", memory.importance),
        ("confidence", confidence),
        ("tags", ", ".join(memory.tags)),
        ("namespace", memory.namespace),
        ("archived", "yes" if memory.archived else "no"),
        ("created", timestamp(memory.created_at.seconds)),
        ("updated", timestamp(memory.updated_at.seconds)),
        ("files", ", ".join(f.file_path for f in memory.linked_files)),
    ]:
        if value:
            table.add_row(name, value)
    print_table(table)


def content_of(memory_type: str, text: str | None, content_json: str | None) -> str:
    """The content JSON ``add`` sends: ``--content-json`` as given, or ``--content`` placed in
    the type's main text field."""
    if memory_type not in BY_NAME:
        raise CliError(f"unknown memory type {memory_type!r}; one of: {', '.join(TYPE_NAMES)}")
    if content_json is not None:
        return content_json
    return text_content(memory_type, text or "")


async def add(
    address: str,
    memory_type: str,
    content: str,
    summary: str,
    tags: list[str],
    importance: str,
    as_json: bool,
) -> int:
    """``memories add``: create one memory; prints it (the existing one when deduplicated)."""
    memory = mpb.Memory(
        memory_type=memory_type, content=content, summary=summary, tags=tags, importance=importance
    )
    async with reaching("cortex", address), grpc.aio.insecure_channel(address) as channel:
        stub = memories_pb2_grpc.MemoriesServiceStub(channel)
        created = await stub.CreateMemory(
            pb.CreateMemoryRequest(memory=memory, actor="cli"), timeout=RPC_TIMEOUT_S
        )
    print_memory(created.memory, as_json)
    return 0


async def get(address: str, memory_id: str, as_json: bool) -> int:
    """``memories get ID``: one memory with its links."""
    async with reaching("cortex", address), grpc.aio.insecure_channel(address) as channel:
        stub = memories_pb2_grpc.MemoriesServiceStub(channel)
        found = await stub.GetMemory(pb.GetMemoryRequest(id=memory_id), timeout=RPC_TIMEOUT_S)
    print_memory(found.memory, as_json)
    return 0
