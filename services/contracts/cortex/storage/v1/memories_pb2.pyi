import datetime

from services.contracts.cortex.storage.v1 import memory_pb2 as _memory_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Embedding(_message.Message):
    __slots__ = ("values", "model")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    model: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., model: _Optional[str] = ...) -> None: ...

class CreateMemoryRequest(_message.Message):
    __slots__ = ("memory", "embedding", "idempotency_key", "allow_duplicate", "actor")
    MEMORY_FIELD_NUMBER: _ClassVar[int]
    EMBEDDING_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ALLOW_DUPLICATE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    memory: _memory_pb2.Memory
    embedding: Embedding
    idempotency_key: str
    allow_duplicate: bool
    actor: str
    def __init__(self, memory: _Optional[_Union[_memory_pb2.Memory, _Mapping]] = ..., embedding: _Optional[_Union[Embedding, _Mapping]] = ..., idempotency_key: _Optional[str] = ..., allow_duplicate: _Optional[bool] = ..., actor: _Optional[str] = ...) -> None: ...

class CreateMemoryResponse(_message.Message):
    __slots__ = ("memory", "deduplicated", "replayed")
    MEMORY_FIELD_NUMBER: _ClassVar[int]
    DEDUPLICATED_FIELD_NUMBER: _ClassVar[int]
    REPLAYED_FIELD_NUMBER: _ClassVar[int]
    memory: _memory_pb2.Memory
    deduplicated: bool
    replayed: bool
    def __init__(self, memory: _Optional[_Union[_memory_pb2.Memory, _Mapping]] = ..., deduplicated: _Optional[bool] = ..., replayed: _Optional[bool] = ...) -> None: ...

class BatchCreateMemoriesRequest(_message.Message):
    __slots__ = ("requests",)
    REQUESTS_FIELD_NUMBER: _ClassVar[int]
    requests: _containers.RepeatedCompositeFieldContainer[CreateMemoryRequest]
    def __init__(self, requests: _Optional[_Iterable[_Union[CreateMemoryRequest, _Mapping]]] = ...) -> None: ...

class BatchCreateMemoriesResponse(_message.Message):
    __slots__ = ("responses",)
    RESPONSES_FIELD_NUMBER: _ClassVar[int]
    responses: _containers.RepeatedCompositeFieldContainer[CreateMemoryResponse]
    def __init__(self, responses: _Optional[_Iterable[_Union[CreateMemoryResponse, _Mapping]]] = ...) -> None: ...

class GetMemoryRequest(_message.Message):
    __slots__ = ("id", "as_of")
    ID_FIELD_NUMBER: _ClassVar[int]
    AS_OF_FIELD_NUMBER: _ClassVar[int]
    id: str
    as_of: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., as_of: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetMemoryResponse(_message.Message):
    __slots__ = ("memory",)
    MEMORY_FIELD_NUMBER: _ClassVar[int]
    memory: _memory_pb2.Memory
    def __init__(self, memory: _Optional[_Union[_memory_pb2.Memory, _Mapping]] = ...) -> None: ...

class BatchGetMemoriesRequest(_message.Message):
    __slots__ = ("ids", "as_of")
    IDS_FIELD_NUMBER: _ClassVar[int]
    AS_OF_FIELD_NUMBER: _ClassVar[int]
    ids: _containers.RepeatedScalarFieldContainer[str]
    as_of: _timestamp_pb2.Timestamp
    def __init__(self, ids: _Optional[_Iterable[str]] = ..., as_of: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BatchGetMemoriesResponse(_message.Message):
    __slots__ = ("memories", "missing")
    MEMORIES_FIELD_NUMBER: _ClassVar[int]
    MISSING_FIELD_NUMBER: _ClassVar[int]
    memories: _containers.RepeatedCompositeFieldContainer[_memory_pb2.Memory]
    missing: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, memories: _Optional[_Iterable[_Union[_memory_pb2.Memory, _Mapping]]] = ..., missing: _Optional[_Iterable[str]] = ...) -> None: ...

class UpdateMemoryRequest(_message.Message):
    __slots__ = ("memory", "update_mask", "embedding", "reason", "actor")
    MEMORY_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    EMBEDDING_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    memory: _memory_pb2.Memory
    update_mask: _field_mask_pb2.FieldMask
    embedding: Embedding
    reason: str
    actor: str
    def __init__(self, memory: _Optional[_Union[_memory_pb2.Memory, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., embedding: _Optional[_Union[Embedding, _Mapping]] = ..., reason: _Optional[str] = ..., actor: _Optional[str] = ...) -> None: ...

class UpdateMemoryResponse(_message.Message):
    __slots__ = ("memory", "previous_version")
    MEMORY_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_VERSION_FIELD_NUMBER: _ClassVar[int]
    memory: _memory_pb2.Memory
    previous_version: int
    def __init__(self, memory: _Optional[_Union[_memory_pb2.Memory, _Mapping]] = ..., previous_version: _Optional[int] = ...) -> None: ...

class ArchiveMemoryRequest(_message.Message):
    __slots__ = ("id", "reason", "actor")
    ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    id: str
    reason: str
    actor: str
    def __init__(self, id: _Optional[str] = ..., reason: _Optional[str] = ..., actor: _Optional[str] = ...) -> None: ...

class ArchiveMemoryResponse(_message.Message):
    __slots__ = ("memory",)
    MEMORY_FIELD_NUMBER: _ClassVar[int]
    memory: _memory_pb2.Memory
    def __init__(self, memory: _Optional[_Union[_memory_pb2.Memory, _Mapping]] = ...) -> None: ...

class RestoreMemoryRequest(_message.Message):
    __slots__ = ("id", "reason", "actor")
    ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    id: str
    reason: str
    actor: str
    def __init__(self, id: _Optional[str] = ..., reason: _Optional[str] = ..., actor: _Optional[str] = ...) -> None: ...

class RestoreMemoryResponse(_message.Message):
    __slots__ = ("memory",)
    MEMORY_FIELD_NUMBER: _ClassVar[int]
    memory: _memory_pb2.Memory
    def __init__(self, memory: _Optional[_Union[_memory_pb2.Memory, _Mapping]] = ...) -> None: ...

class DeleteMemoryRequest(_message.Message):
    __slots__ = ("id", "actor")
    ID_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    id: str
    actor: str
    def __init__(self, id: _Optional[str] = ..., actor: _Optional[str] = ...) -> None: ...

class DeleteMemoryResponse(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class ListMemoriesRequest(_message.Message):
    __slots__ = ("memory_types", "min_importance", "min_confidence", "max_confidence", "created_after", "created_before", "tags", "all_tags", "namespace", "include_archived", "as_of", "page_size", "page_token", "skip_links")
    MEMORY_TYPES_FIELD_NUMBER: _ClassVar[int]
    MIN_IMPORTANCE_FIELD_NUMBER: _ClassVar[int]
    MIN_CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    MAX_CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AFTER_FIELD_NUMBER: _ClassVar[int]
    CREATED_BEFORE_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    ALL_TAGS_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_ARCHIVED_FIELD_NUMBER: _ClassVar[int]
    AS_OF_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SKIP_LINKS_FIELD_NUMBER: _ClassVar[int]
    memory_types: _containers.RepeatedScalarFieldContainer[str]
    min_importance: str
    min_confidence: float
    max_confidence: float
    created_after: _timestamp_pb2.Timestamp
    created_before: _timestamp_pb2.Timestamp
    tags: _containers.RepeatedScalarFieldContainer[str]
    all_tags: bool
    namespace: str
    include_archived: bool
    as_of: _timestamp_pb2.Timestamp
    page_size: int
    page_token: str
    skip_links: bool
    def __init__(self, memory_types: _Optional[_Iterable[str]] = ..., min_importance: _Optional[str] = ..., min_confidence: _Optional[float] = ..., max_confidence: _Optional[float] = ..., created_after: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_before: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., tags: _Optional[_Iterable[str]] = ..., all_tags: _Optional[bool] = ..., namespace: _Optional[str] = ..., include_archived: _Optional[bool] = ..., as_of: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., skip_links: _Optional[bool] = ...) -> None: ...

class ListMemoriesResponse(_message.Message):
    __slots__ = ("memories", "next_page_token", "total_size")
    MEMORIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    memories: _containers.RepeatedCompositeFieldContainer[_memory_pb2.Memory]
    next_page_token: str
    total_size: int
    def __init__(self, memories: _Optional[_Iterable[_Union[_memory_pb2.Memory, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class GetMemoryStatsRequest(_message.Message):
    __slots__ = ("namespace", "stale_days")
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    STALE_DAYS_FIELD_NUMBER: _ClassVar[int]
    namespace: str
    stale_days: int
    def __init__(self, namespace: _Optional[str] = ..., stale_days: _Optional[int] = ...) -> None: ...

class TypeCount(_message.Message):
    __slots__ = ("memory_type", "count")
    MEMORY_TYPE_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    memory_type: str
    count: int
    def __init__(self, memory_type: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class GetMemoryStatsResponse(_message.Message):
    __slots__ = ("by_type", "average_confidence", "stale_count", "total_memories", "active_memories", "archived_memories", "total_embeddings", "total_relationships", "total_audit_entries")
    BY_TYPE_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    STALE_COUNT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_MEMORIES_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_MEMORIES_FIELD_NUMBER: _ClassVar[int]
    ARCHIVED_MEMORIES_FIELD_NUMBER: _ClassVar[int]
    TOTAL_EMBEDDINGS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_RELATIONSHIPS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_AUDIT_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    by_type: _containers.RepeatedCompositeFieldContainer[TypeCount]
    average_confidence: float
    stale_count: int
    total_memories: int
    active_memories: int
    archived_memories: int
    total_embeddings: int
    total_relationships: int
    total_audit_entries: int
    def __init__(self, by_type: _Optional[_Iterable[_Union[TypeCount, _Mapping]]] = ..., average_confidence: _Optional[float] = ..., stale_count: _Optional[int] = ..., total_memories: _Optional[int] = ..., active_memories: _Optional[int] = ..., archived_memories: _Optional[int] = ..., total_embeddings: _Optional[int] = ..., total_relationships: _Optional[int] = ..., total_audit_entries: _Optional[int] = ...) -> None: ...

class MemoryLink(_message.Message):
    __slots__ = ("pattern", "constraint", "file", "function")
    PATTERN_FIELD_NUMBER: _ClassVar[int]
    CONSTRAINT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_FIELD_NUMBER: _ClassVar[int]
    pattern: _memory_pb2.PatternLink
    constraint: _memory_pb2.ConstraintLink
    file: _memory_pb2.FileLink
    function: _memory_pb2.FunctionLink
    def __init__(self, pattern: _Optional[_Union[_memory_pb2.PatternLink, _Mapping]] = ..., constraint: _Optional[_Union[_memory_pb2.ConstraintLink, _Mapping]] = ..., file: _Optional[_Union[_memory_pb2.FileLink, _Mapping]] = ..., function: _Optional[_Union[_memory_pb2.FunctionLink, _Mapping]] = ...) -> None: ...

class AddMemoryLinkRequest(_message.Message):
    __slots__ = ("id", "link")
    ID_FIELD_NUMBER: _ClassVar[int]
    LINK_FIELD_NUMBER: _ClassVar[int]
    id: str
    link: MemoryLink
    def __init__(self, id: _Optional[str] = ..., link: _Optional[_Union[MemoryLink, _Mapping]] = ...) -> None: ...

class AddMemoryLinkResponse(_message.Message):
    __slots__ = ("memory",)
    MEMORY_FIELD_NUMBER: _ClassVar[int]
    memory: _memory_pb2.Memory
    def __init__(self, memory: _Optional[_Union[_memory_pb2.Memory, _Mapping]] = ...) -> None: ...

class RemoveMemoryLinkRequest(_message.Message):
    __slots__ = ("id", "link")
    ID_FIELD_NUMBER: _ClassVar[int]
    LINK_FIELD_NUMBER: _ClassVar[int]
    id: str
    link: MemoryLink
    def __init__(self, id: _Optional[str] = ..., link: _Optional[_Union[MemoryLink, _Mapping]] = ...) -> None: ...

class RemoveMemoryLinkResponse(_message.Message):
    __slots__ = ("memory", "removed")
    MEMORY_FIELD_NUMBER: _ClassVar[int]
    REMOVED_FIELD_NUMBER: _ClassVar[int]
    memory: _memory_pb2.Memory
    removed: bool
    def __init__(self, memory: _Optional[_Union[_memory_pb2.Memory, _Mapping]] = ..., removed: _Optional[bool] = ...) -> None: ...

class Relationship(_message.Message):
    __slots__ = ("source_id", "target_id", "relationship_type", "strength", "evidence", "created_at")
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    RELATIONSHIP_TYPE_FIELD_NUMBER: _ClassVar[int]
    STRENGTH_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    source_id: str
    target_id: str
    relationship_type: str
    strength: float
    evidence: _containers.RepeatedScalarFieldContainer[str]
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, source_id: _Optional[str] = ..., target_id: _Optional[str] = ..., relationship_type: _Optional[str] = ..., strength: _Optional[float] = ..., evidence: _Optional[_Iterable[str]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AddRelationshipRequest(_message.Message):
    __slots__ = ("relationship",)
    RELATIONSHIP_FIELD_NUMBER: _ClassVar[int]
    relationship: Relationship
    def __init__(self, relationship: _Optional[_Union[Relationship, _Mapping]] = ...) -> None: ...

class AddRelationshipResponse(_message.Message):
    __slots__ = ("relationship",)
    RELATIONSHIP_FIELD_NUMBER: _ClassVar[int]
    relationship: Relationship
    def __init__(self, relationship: _Optional[_Union[Relationship, _Mapping]] = ...) -> None: ...

class RemoveRelationshipRequest(_message.Message):
    __slots__ = ("source_id", "target_id", "relationship_type")
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    RELATIONSHIP_TYPE_FIELD_NUMBER: _ClassVar[int]
    source_id: str
    target_id: str
    relationship_type: str
    def __init__(self, source_id: _Optional[str] = ..., target_id: _Optional[str] = ..., relationship_type: _Optional[str] = ...) -> None: ...

class RemoveRelationshipResponse(_message.Message):
    __slots__ = ("removed",)
    REMOVED_FIELD_NUMBER: _ClassVar[int]
    removed: int
    def __init__(self, removed: _Optional[int] = ...) -> None: ...

class ListRelationshipsRequest(_message.Message):
    __slots__ = ("id", "relationship_type")
    ID_FIELD_NUMBER: _ClassVar[int]
    RELATIONSHIP_TYPE_FIELD_NUMBER: _ClassVar[int]
    id: str
    relationship_type: str
    def __init__(self, id: _Optional[str] = ..., relationship_type: _Optional[str] = ...) -> None: ...

class ListRelationshipsResponse(_message.Message):
    __slots__ = ("relationships",)
    RELATIONSHIPS_FIELD_NUMBER: _ClassVar[int]
    relationships: _containers.RepeatedCompositeFieldContainer[Relationship]
    def __init__(self, relationships: _Optional[_Iterable[_Union[Relationship, _Mapping]]] = ...) -> None: ...

class SupersedeMemoryRequest(_message.Message):
    __slots__ = ("old_id", "new_id", "reason", "actor")
    OLD_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    old_id: str
    new_id: str
    reason: str
    actor: str
    def __init__(self, old_id: _Optional[str] = ..., new_id: _Optional[str] = ..., reason: _Optional[str] = ..., actor: _Optional[str] = ...) -> None: ...

class SupersedeMemoryResponse(_message.Message):
    __slots__ = ("old_memory", "new_memory")
    OLD_MEMORY_FIELD_NUMBER: _ClassVar[int]
    NEW_MEMORY_FIELD_NUMBER: _ClassVar[int]
    old_memory: _memory_pb2.Memory
    new_memory: _memory_pb2.Memory
    def __init__(self, old_memory: _Optional[_Union[_memory_pb2.Memory, _Mapping]] = ..., new_memory: _Optional[_Union[_memory_pb2.Memory, _Mapping]] = ...) -> None: ...

class MergeMemoriesRequest(_message.Message):
    __slots__ = ("source_ids", "merged", "reason", "actor", "embedding")
    SOURCE_IDS_FIELD_NUMBER: _ClassVar[int]
    MERGED_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    EMBEDDING_FIELD_NUMBER: _ClassVar[int]
    source_ids: _containers.RepeatedScalarFieldContainer[str]
    merged: _memory_pb2.Memory
    reason: str
    actor: str
    embedding: Embedding
    def __init__(self, source_ids: _Optional[_Iterable[str]] = ..., merged: _Optional[_Union[_memory_pb2.Memory, _Mapping]] = ..., reason: _Optional[str] = ..., actor: _Optional[str] = ..., embedding: _Optional[_Union[Embedding, _Mapping]] = ...) -> None: ...

class MergeMemoriesResponse(_message.Message):
    __slots__ = ("merged", "sources")
    MERGED_FIELD_NUMBER: _ClassVar[int]
    SOURCES_FIELD_NUMBER: _ClassVar[int]
    merged: _memory_pb2.Memory
    sources: _containers.RepeatedCompositeFieldContainer[_memory_pb2.Memory]
    def __init__(self, merged: _Optional[_Union[_memory_pb2.Memory, _Mapping]] = ..., sources: _Optional[_Iterable[_Union[_memory_pb2.Memory, _Mapping]]] = ...) -> None: ...

class UnsupersedeMemoryRequest(_message.Message):
    __slots__ = ("id", "reason", "actor")
    ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    id: str
    reason: str
    actor: str
    def __init__(self, id: _Optional[str] = ..., reason: _Optional[str] = ..., actor: _Optional[str] = ...) -> None: ...

class UnsupersedeMemoryResponse(_message.Message):
    __slots__ = ("memory", "former_successor")
    MEMORY_FIELD_NUMBER: _ClassVar[int]
    FORMER_SUCCESSOR_FIELD_NUMBER: _ClassVar[int]
    memory: _memory_pb2.Memory
    former_successor: _memory_pb2.Memory
    def __init__(self, memory: _Optional[_Union[_memory_pb2.Memory, _Mapping]] = ..., former_successor: _Optional[_Union[_memory_pb2.Memory, _Mapping]] = ...) -> None: ...
