"""Memories between messages and rows: a request's Memory checked into a ``NewMemory``, a stored
``MemoryRow`` into a Memory message."""

from __future__ import annotations

import hashlib

from services.common import errors
from services.common.choices import canonical
from services.contracts.cortex.storage.v1 import memories_pb2 as mpb
from services.contracts.cortex.storage.v1 import memory_pb2 as pb
from services.cortex_storage.model import validate
from services.cortex_storage.model.content import content_data, parse_content, store_content
from services.cortex_storage.model.times import optional, to_timestamp
from services.cortex_storage.model.types import IMPORTANCE, TYPE_NAMES
from services.cortex_storage.store.embeddings import NewEmbedding
from services.cortex_storage.store.memories import Links, MemoryRow, NewMemory


def links_of(memory: pb.Memory, field: str) -> Links:
    """The links of a request's memory, checked."""
    links = Links()
    for i, p in enumerate(memory.linked_patterns):
        _required(p.pattern_id, f"{field}.linked_patterns[{i}].pattern_id")
        links.patterns.append((p.pattern_id, p.pattern_name))
    for i, c in enumerate(memory.linked_constraints):
        _required(c.constraint_id, f"{field}.linked_constraints[{i}].constraint_id")
        links.constraints.append((c.constraint_id, c.constraint_name))
    for i, f in enumerate(memory.linked_files):
        links.files.append(file_link(f, f"{field}.linked_files[{i}]"))
    for i, fn in enumerate(memory.linked_functions):
        _required(fn.function_name, f"{field}.linked_functions[{i}].function_name")
        _required(fn.file_path, f"{field}.linked_functions[{i}].file_path")
        links.functions.append((fn.function_name, fn.file_path, fn.signature or None))
    return links


def file_link(link: pb.FileLink, field: str) -> tuple[str, int | None, int | None, str | None]:
    """A file citation, checked: a path, and lines in order when both are given."""
    _required(link.file_path, f"{field}.file_path")
    if link.line_start and link.line_end and link.line_end < link.line_start:
        raise errors.InvalidArgument(
            errors.FieldViolation(f"{field}.line_end", "must not be before line_start")
        )
    return (link.file_path, link.line_start or None, link.line_end or None,
            link.content_hash or None)  # fmt: skip


def _required(value: str, field: str) -> None:
    if not value:
        raise errors.InvalidArgument(errors.FieldViolation(field, "is required"))


def new_memory(memory: pb.Memory, field: str = "memory") -> NewMemory:
    """A request's memory checked into what creating it writes."""
    memory_type = validate.memory_type(memory.memory_type, f"{field}.memory_type")
    if not memory.content:
        raise errors.InvalidArgument(errors.FieldViolation(f"{field}.content", "is required"))
    stored, digest = store_content(
        memory_type, parse_content(memory_type, memory.content, f"{field}.content")
    )
    return NewMemory(
        id=validate.new_memory_id(memory.id, f"{field}.id"),
        memory_type=memory_type,
        content=stored,
        content_hash=digest,
        summary=validate.text(memory.summary, f"{field}.summary"),
        confidence=validate.confidence(memory.confidence, f"{field}.confidence")
        if memory.HasField("confidence")
        else 1.0,
        importance=validate.importance(memory.importance, f"{field}.importance"),
        tags=validate.tags(memory.tags, f"{field}.tags"),
        namespace_id=validate.namespace(memory.namespace, f"{field}.namespace"),
        source_agent=validate.short_text(
            memory.source_agent, f"{field}.source_agent", validate.DEFAULT_AGENT
        ),
        valid_time=optional(memory, "valid_time", f"{field}.valid_time"),
        valid_until=optional(memory, "valid_until", f"{field}.valid_until"),
        links=links_of(memory, field),
    )


def new_embedding(request: mpb.Embedding, field: str) -> NewEmbedding:
    """A request's embedding, checked into its stored form."""
    return NewEmbedding(
        validate.embedding(request.values, f"{field}.values"),
        len(request.values),
        validate.short_text(request.model, f"{field}.model", "unknown"),
    )


def request_hash(request: mpb.CreateMemoryRequest) -> str:
    """Digest of a create request without its idempotency key (what a replay must repeat)."""
    copy = mpb.CreateMemoryRequest()
    copy.CopyFrom(request)
    copy.idempotency_key = ""
    return hashlib.blake2b(copy.SerializeToString(deterministic=True), digest_size=16).hexdigest()


def memory_message(row: MemoryRow) -> pb.Memory:
    """A stored memory as a Memory message (closed sets in snake_case)."""
    message = pb.Memory(
        id=row.id,
        memory_type=canonical(row.memory_type, TYPE_NAMES),
        content=content_data(row.content),
        summary=row.summary,
        confidence=row.confidence,
        importance=canonical(row.importance, IMPORTANCE),
        access_count=row.access_count,
        tags=row.tag_list,
        archived=bool(row.archived),
        superseded_by=row.superseded_by or "",
        supersedes=row.supersedes or "",
        content_hash=row.content_hash,
        namespace=row.namespace_id or validate.DEFAULT_NAMESPACE,
        source_agent=row.source_agent or validate.DEFAULT_AGENT,
        linked_patterns=[
            pb.PatternLink(pattern_id=i, pattern_name=n) for i, n in row.links.patterns
        ],
        linked_constraints=[
            pb.ConstraintLink(constraint_id=i, constraint_name=n) for i, n in row.links.constraints
        ],
        linked_files=[
            pb.FileLink(file_path=p, line_start=s or 0, line_end=e or 0, content_hash=h or "")
            for p, s, e, h in row.links.files
        ],
        linked_functions=[
            pb.FunctionLink(function_name=n, file_path=p, signature=s or "")
            for n, p, s in row.links.functions
        ],
    )
    for name in ("transaction_time", "valid_time", "valid_until", "last_accessed", "created_at",
                 "updated_at"):  # fmt: skip
        moment = to_timestamp(getattr(row, name))
        if moment is not None:
            getattr(message, name).CopyFrom(moment)
    return message
