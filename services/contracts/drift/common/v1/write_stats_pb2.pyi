from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WriteStats(_message.Message):
    __slots__ = ("tables", "commands_committed", "commands_failed", "transactions_committed", "transactions_failed", "queue_depth", "queue_capacity", "queue_depth_max", "commit_latency", "ack_latency")
    TABLES_FIELD_NUMBER: _ClassVar[int]
    COMMANDS_COMMITTED_FIELD_NUMBER: _ClassVar[int]
    COMMANDS_FAILED_FIELD_NUMBER: _ClassVar[int]
    TRANSACTIONS_COMMITTED_FIELD_NUMBER: _ClassVar[int]
    TRANSACTIONS_FAILED_FIELD_NUMBER: _ClassVar[int]
    QUEUE_DEPTH_FIELD_NUMBER: _ClassVar[int]
    QUEUE_CAPACITY_FIELD_NUMBER: _ClassVar[int]
    QUEUE_DEPTH_MAX_FIELD_NUMBER: _ClassVar[int]
    COMMIT_LATENCY_FIELD_NUMBER: _ClassVar[int]
    ACK_LATENCY_FIELD_NUMBER: _ClassVar[int]
    tables: _containers.RepeatedCompositeFieldContainer[TableWriteCount]
    commands_committed: int
    commands_failed: int
    transactions_committed: int
    transactions_failed: int
    queue_depth: int
    queue_capacity: int
    queue_depth_max: int
    commit_latency: LatencySummary
    ack_latency: LatencySummary
    def __init__(self, tables: _Optional[_Iterable[_Union[TableWriteCount, _Mapping]]] = ..., commands_committed: _Optional[int] = ..., commands_failed: _Optional[int] = ..., transactions_committed: _Optional[int] = ..., transactions_failed: _Optional[int] = ..., queue_depth: _Optional[int] = ..., queue_capacity: _Optional[int] = ..., queue_depth_max: _Optional[int] = ..., commit_latency: _Optional[_Union[LatencySummary, _Mapping]] = ..., ack_latency: _Optional[_Union[LatencySummary, _Mapping]] = ...) -> None: ...

class TableWriteCount(_message.Message):
    __slots__ = ("table", "operation", "rows")
    TABLE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    table: str
    operation: str
    rows: int
    def __init__(self, table: _Optional[str] = ..., operation: _Optional[str] = ..., rows: _Optional[int] = ...) -> None: ...

class LatencySummary(_message.Message):
    __slots__ = ("samples", "p50_ms", "p90_ms", "p99_ms", "max_ms")
    SAMPLES_FIELD_NUMBER: _ClassVar[int]
    P50_MS_FIELD_NUMBER: _ClassVar[int]
    P90_MS_FIELD_NUMBER: _ClassVar[int]
    P99_MS_FIELD_NUMBER: _ClassVar[int]
    MAX_MS_FIELD_NUMBER: _ClassVar[int]
    samples: int
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    def __init__(self, samples: _Optional[int] = ..., p50_ms: _Optional[float] = ..., p90_ms: _Optional[float] = ..., p99_ms: _Optional[float] = ..., max_ms: _Optional[float] = ...) -> None: ...
