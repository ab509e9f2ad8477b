import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Memory(_message.Message):
    __slots__ = ("id", "memory_type", "content", "summary", "transaction_time", "valid_time", "valid_until", "confidence", "importance", "last_accessed", "access_count", "linked_patterns", "linked_constraints", "linked_files", "linked_functions", "tags", "archived", "superseded_by", "supersedes", "content_hash", "namespace", "source_agent", "created_at", "updated_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    MEMORY_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_TIME_FIELD_NUMBER: _ClassVar[int]
    VALID_TIME_FIELD_NUMBER: _ClassVar[int]
    VALID_UNTIL_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    IMPORTANCE_FIELD_NUMBER: _ClassVar[int]
    LAST_ACCESSED_FIELD_NUMBER: _ClassVar[int]
    ACCESS_COUNT_FIELD_NUMBER: _ClassVar[int]
    LINKED_PATTERNS_FIELD_NUMBER: _ClassVar[int]
    LINKED_CONSTRAINTS_FIELD_NUMBER: _ClassVar[int]
    LINKED_FILES_FIELD_NUMBER: _ClassVar[int]
    LINKED_FUNCTIONS_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    ARCHIVED_FIELD_NUMBER: _ClassVar[int]
    SUPERSEDED_BY_FIELD_NUMBER: _ClassVar[int]
    SUPERSEDES_FIELD_NUMBER: _ClassVar[int]
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_AGENT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    memory_type: str
    content: str
    summary: str
    transaction_time: _timestamp_pb2.Timestamp
    valid_time: _timestamp_pb2.Timestamp
    valid_until: _timestamp_pb2.Timestamp
    confidence: float
    importance: str
    last_accessed: _timestamp_pb2.Timestamp
    access_count: int
    linked_patterns: _containers.RepeatedCompositeFieldContainer[PatternLink]
    linked_constraints: _containers.RepeatedCompositeFieldContainer[ConstraintLink]
    linked_files: _containers.RepeatedCompositeFieldContainer[FileLink]
    linked_functions: _containers.RepeatedCompositeFieldContainer[FunctionLink]
    tags: _containers.RepeatedScalarFieldContainer[str]
    archived: bool
    superseded_by: str
    supersedes: str
    content_hash: str
    namespace: str
    source_agent: str
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., memory_type: _Optional[str] = ..., content: _Optional[str] = ..., summary: _Optional[str] = ..., transaction_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., valid_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., valid_until: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., confidence: _Optional[float] = ..., importance: _Optional[str] = ..., last_accessed: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., access_count: _Optional[int] = ..., linked_patterns: _Optional[_Iterable[_Union[PatternLink, _Mapping]]] = ..., linked_constraints: _Optional[_Iterable[_Union[ConstraintLink, _Mapping]]] = ..., linked_files: _Optional[_Iterable[_Union[FileLink, _Mapping]]] = ..., linked_functions: _Optional[_Iterable[_Union[FunctionLink, _Mapping]]] = ..., tags: _Optional[_Iterable[str]] = ..., archived: _Optional[bool] = ..., superseded_by: _Optional[str] = ..., supersedes: _Optional[str] = ..., content_hash: _Optional[str] = ..., namespace: _Optional[str] = ..., source_agent: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PatternLink(_message.Message):
    __slots__ = ("pattern_id", "pattern_name")
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    PATTERN_NAME_FIELD_NUMBER: _ClassVar[int]
    pattern_id: str
    pattern_name: str
    def __init__(self, pattern_id: _Optional[str] = ..., pattern_name: _Optional[str] = ...) -> None: ...

class ConstraintLink(_message.Message):
    __slots__ = ("constraint_id", "constraint_name")
    CONSTRAINT_ID_FIELD_NUMBER: _ClassVar[int]
    CONSTRAINT_NAME_FIELD_NUMBER: _ClassVar[int]
    constraint_id: str
    constraint_name: str
    def __init__(self, constraint_id: _Optional[str] = ..., constraint_name: _Optional[str] = ...) -> None: ...

class FileLink(_message.Message):
    __slots__ = ("file_path", "line_start", "line_end", "content_hash")
    FILE_PATH_FIELD_NUMBER: _ClassVar[int]
    LINE_START_FIELD_NUMBER: _ClassVar[int]
    LINE_END_FIELD_NUMBER: _ClassVar[int]
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    file_path: str
    line_start: int
    line_end: int
    content_hash: str
    def __init__(self, file_path: _Optional[str] = ..., line_start: _Optional[int] = ..., line_end: _Optional[int] = ..., content_hash: _Optional[str] = ...) -> None: ...

class FunctionLink(_message.Message):
    __slots__ = ("function_name", "file_path", "signature")
    FUNCTION_NAME_FIELD_NUMBER: _ClassVar[int]
    FILE_PATH_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    function_name: str
    file_path: str
    signature: str
    def __init__(self, function_name: _Optional[str] = ..., file_path: _Optional[str] = ..., signature: _Optional[str] = ...) -> None: ...
