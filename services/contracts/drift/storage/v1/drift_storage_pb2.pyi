import datetime

from services.contracts.drift.common.v1 import write_stats_pb2 as _write_stats_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RetentionReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RETENTION_REASON_UNSPECIFIED: _ClassVar[RetentionReason]
    RETENTION_REASON_ORPHAN: _ClassVar[RetentionReason]
    RETENTION_REASON_SHORT_TIER: _ClassVar[RetentionReason]
    RETENTION_REASON_MEDIUM_TIER: _ClassVar[RetentionReason]
    RETENTION_REASON_LONG_TIER: _ClassVar[RetentionReason]
RETENTION_REASON_UNSPECIFIED: RetentionReason
RETENTION_REASON_ORPHAN: RetentionReason
RETENTION_REASON_SHORT_TIER: RetentionReason
RETENTION_REASON_MEDIUM_TIER: RetentionReason
RETENTION_REASON_LONG_TIER: RetentionReason

class FileMetadataColumns(_message.Message):
    __slots__ = ("path", "language", "file_size", "content_hash", "mtime_secs", "mtime_nanos", "last_scanned_at", "scan_duration_us")
    PATH_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    FILE_SIZE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    MTIME_SECS_FIELD_NUMBER: _ClassVar[int]
    MTIME_NANOS_FIELD_NUMBER: _ClassVar[int]
    LAST_SCANNED_AT_FIELD_NUMBER: _ClassVar[int]
    SCAN_DURATION_US_FIELD_NUMBER: _ClassVar[int]
    path: _containers.RepeatedScalarFieldContainer[str]
    language: _containers.RepeatedScalarFieldContainer[str]
    file_size: _containers.RepeatedScalarFieldContainer[int]
    content_hash: _containers.RepeatedScalarFieldContainer[bytes]
    mtime_secs: _containers.RepeatedScalarFieldContainer[int]
    mtime_nanos: _containers.RepeatedScalarFieldContainer[int]
    last_scanned_at: _containers.RepeatedScalarFieldContainer[int]
    scan_duration_us: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, path: _Optional[_Iterable[str]] = ..., language: _Optional[_Iterable[str]] = ..., file_size: _Optional[_Iterable[int]] = ..., content_hash: _Optional[_Iterable[bytes]] = ..., mtime_secs: _Optional[_Iterable[int]] = ..., mtime_nanos: _Optional[_Iterable[int]] = ..., last_scanned_at: _Optional[_Iterable[int]] = ..., scan_duration_us: _Optional[_Iterable[int]] = ...) -> None: ...

class IngestFileMetadataRequest(_message.Message):
    __slots__ = ("files", "project")
    FILES_FIELD_NUMBER: _ClassVar[int]
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    files: FileMetadataColumns
    project: str
    def __init__(self, files: _Optional[_Union[FileMetadataColumns, _Mapping]] = ..., project: _Optional[str] = ...) -> None: ...

class IngestFileMetadataResponse(_message.Message):
    __slots__ = ("batch_index", "rows_written", "total_rows_written")
    BATCH_INDEX_FIELD_NUMBER: _ClassVar[int]
    ROWS_WRITTEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_ROWS_WRITTEN_FIELD_NUMBER: _ClassVar[int]
    batch_index: int
    rows_written: int
    total_rows_written: int
    def __init__(self, batch_index: _Optional[int] = ..., rows_written: _Optional[int] = ..., total_rows_written: _Optional[int] = ...) -> None: ...

class File(_message.Message):
    __slots__ = ("path", "language", "file_size", "content_hash", "mtime_secs", "mtime_nanos", "last_scanned_at", "scan_duration_us", "pattern_count", "function_count", "error_count", "error")
    PATH_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    FILE_SIZE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    MTIME_SECS_FIELD_NUMBER: _ClassVar[int]
    MTIME_NANOS_FIELD_NUMBER: _ClassVar[int]
    LAST_SCANNED_AT_FIELD_NUMBER: _ClassVar[int]
    SCAN_DURATION_US_FIELD_NUMBER: _ClassVar[int]
    PATTERN_COUNT_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    ERROR_COUNT_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    path: str
    language: str
    file_size: int
    content_hash: bytes
    mtime_secs: int
    mtime_nanos: int
    last_scanned_at: int
    scan_duration_us: int
    pattern_count: int
    function_count: int
    error_count: int
    error: str
    def __init__(self, path: _Optional[str] = ..., language: _Optional[str] = ..., file_size: _Optional[int] = ..., content_hash: _Optional[bytes] = ..., mtime_secs: _Optional[int] = ..., mtime_nanos: _Optional[int] = ..., last_scanned_at: _Optional[int] = ..., scan_duration_us: _Optional[int] = ..., pattern_count: _Optional[int] = ..., function_count: _Optional[int] = ..., error_count: _Optional[int] = ..., error: _Optional[str] = ...) -> None: ...

class ListFilesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "language", "parent")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    PARENT_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    language: str
    parent: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., language: _Optional[str] = ..., parent: _Optional[str] = ...) -> None: ...

class ListFilesResponse(_message.Message):
    __slots__ = ("files", "next_page_token")
    FILES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    files: _containers.RepeatedCompositeFieldContainer[File]
    next_page_token: str
    def __init__(self, files: _Optional[_Iterable[_Union[File, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetFileSummaryRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class GetFileSummaryResponse(_message.Message):
    __slots__ = ("file_count", "total_bytes", "languages", "last_scanned_at")
    FILE_COUNT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_BYTES_FIELD_NUMBER: _ClassVar[int]
    LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    LAST_SCANNED_AT_FIELD_NUMBER: _ClassVar[int]
    file_count: int
    total_bytes: int
    languages: _containers.RepeatedCompositeFieldContainer[LanguageCount]
    last_scanned_at: int
    def __init__(self, file_count: _Optional[int] = ..., total_bytes: _Optional[int] = ..., languages: _Optional[_Iterable[_Union[LanguageCount, _Mapping]]] = ..., last_scanned_at: _Optional[int] = ...) -> None: ...

class LanguageCount(_message.Message):
    __slots__ = ("language", "file_count", "total_bytes")
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    FILE_COUNT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_BYTES_FIELD_NUMBER: _ClassVar[int]
    language: str
    file_count: int
    total_bytes: int
    def __init__(self, language: _Optional[str] = ..., file_count: _Optional[int] = ..., total_bytes: _Optional[int] = ...) -> None: ...

class GetWriteStatsRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class GetWriteStatsResponse(_message.Message):
    __slots__ = ("stats",)
    STATS_FIELD_NUMBER: _ClassVar[int]
    stats: _write_stats_pb2.WriteStats
    def __init__(self, stats: _Optional[_Union[_write_stats_pb2.WriteStats, _Mapping]] = ...) -> None: ...

class RunRetentionRequest(_message.Message):
    __slots__ = ("short_days", "medium_days", "long_days", "project")
    SHORT_DAYS_FIELD_NUMBER: _ClassVar[int]
    MEDIUM_DAYS_FIELD_NUMBER: _ClassVar[int]
    LONG_DAYS_FIELD_NUMBER: _ClassVar[int]
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    short_days: int
    medium_days: int
    long_days: int
    project: str
    def __init__(self, short_days: _Optional[int] = ..., medium_days: _Optional[int] = ..., long_days: _Optional[int] = ..., project: _Optional[str] = ...) -> None: ...

class TableCleanup(_message.Message):
    __slots__ = ("table", "reason", "deleted")
    TABLE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    table: str
    reason: RetentionReason
    deleted: int
    def __init__(self, table: _Optional[str] = ..., reason: _Optional[_Union[RetentionReason, str]] = ..., deleted: _Optional[int] = ...) -> None: ...

class RunRetentionResponse(_message.Message):
    __slots__ = ("cleanups", "total_deleted", "pages_freed", "duration_ms")
    CLEANUPS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_DELETED_FIELD_NUMBER: _ClassVar[int]
    PAGES_FREED_FIELD_NUMBER: _ClassVar[int]
    DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    cleanups: _containers.RepeatedCompositeFieldContainer[TableCleanup]
    total_deleted: int
    pages_freed: int
    duration_ms: float
    def __init__(self, cleanups: _Optional[_Iterable[_Union[TableCleanup, _Mapping]]] = ..., total_deleted: _Optional[int] = ..., pages_freed: _Optional[int] = ..., duration_ms: _Optional[float] = ...) -> None: ...

class ExportRowsRequest(_message.Message):
    __slots__ = ("table", "after_rowid", "max_rows", "project")
    TABLE_FIELD_NUMBER: _ClassVar[int]
    AFTER_ROWID_FIELD_NUMBER: _ClassVar[int]
    MAX_ROWS_FIELD_NUMBER: _ClassVar[int]
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    table: str
    after_rowid: int
    max_rows: int
    project: str
    def __init__(self, table: _Optional[str] = ..., after_rowid: _Optional[int] = ..., max_rows: _Optional[int] = ..., project: _Optional[str] = ...) -> None: ...

class ExportRowsResponse(_message.Message):
    __slots__ = ("columns", "rows", "last_rowid")
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    LAST_ROWID_FIELD_NUMBER: _ClassVar[int]
    columns: _containers.RepeatedScalarFieldContainer[str]
    rows: _containers.RepeatedCompositeFieldContainer[ExportedRow]
    last_rowid: int
    def __init__(self, columns: _Optional[_Iterable[str]] = ..., rows: _Optional[_Iterable[_Union[ExportedRow, _Mapping]]] = ..., last_rowid: _Optional[int] = ...) -> None: ...

class ExportedRow(_message.Message):
    __slots__ = ("rowid", "cells")
    ROWID_FIELD_NUMBER: _ClassVar[int]
    CELLS_FIELD_NUMBER: _ClassVar[int]
    rowid: int
    cells: _containers.RepeatedCompositeFieldContainer[Cell]
    def __init__(self, rowid: _Optional[int] = ..., cells: _Optional[_Iterable[_Union[Cell, _Mapping]]] = ...) -> None: ...

class Cell(_message.Message):
    __slots__ = ("is_null", "integer", "real", "text", "blob")
    IS_NULL_FIELD_NUMBER: _ClassVar[int]
    INTEGER_FIELD_NUMBER: _ClassVar[int]
    REAL_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    BLOB_FIELD_NUMBER: _ClassVar[int]
    is_null: bool
    integer: int
    real: float
    text: str
    blob: bytes
    def __init__(self, is_null: _Optional[bool] = ..., integer: _Optional[int] = ..., real: _Optional[float] = ..., text: _Optional[str] = ..., blob: _Optional[bytes] = ...) -> None: ...

class GetExportCursorRequest(_message.Message):
    __slots__ = ("table", "project")
    TABLE_FIELD_NUMBER: _ClassVar[int]
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    table: str
    project: str
    def __init__(self, table: _Optional[str] = ..., project: _Optional[str] = ...) -> None: ...

class GetExportCursorResponse(_message.Message):
    __slots__ = ("max_rowid",)
    MAX_ROWID_FIELD_NUMBER: _ClassVar[int]
    max_rowid: int
    def __init__(self, max_rowid: _Optional[int] = ...) -> None: ...

class GetStatusSummaryRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class GetStatusSummaryResponse(_message.Message):
    __slots__ = ("health_score", "avg_confidence", "pattern_count", "snapshot_at", "open_violations", "gates_passed", "gates_failed", "needs_review")
    HEALTH_SCORE_FIELD_NUMBER: _ClassVar[int]
    AVG_CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    PATTERN_COUNT_FIELD_NUMBER: _ClassVar[int]
    SNAPSHOT_AT_FIELD_NUMBER: _ClassVar[int]
    OPEN_VIOLATIONS_FIELD_NUMBER: _ClassVar[int]
    GATES_PASSED_FIELD_NUMBER: _ClassVar[int]
    GATES_FAILED_FIELD_NUMBER: _ClassVar[int]
    NEEDS_REVIEW_FIELD_NUMBER: _ClassVar[int]
    health_score: float
    avg_confidence: float
    pattern_count: int
    snapshot_at: int
    open_violations: int
    gates_passed: int
    gates_failed: int
    needs_review: int
    def __init__(self, health_score: _Optional[float] = ..., avg_confidence: _Optional[float] = ..., pattern_count: _Optional[int] = ..., snapshot_at: _Optional[int] = ..., open_violations: _Optional[int] = ..., gates_passed: _Optional[int] = ..., gates_failed: _Optional[int] = ..., needs_review: _Optional[int] = ...) -> None: ...

class GetSecuritySummaryRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class GetSecuritySummaryResponse(_message.Message):
    __slots__ = ("critical_count", "high_count", "total_count")
    CRITICAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    HIGH_COUNT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    critical_count: int
    high_count: int
    total_count: int
    def __init__(self, critical_count: _Optional[int] = ..., high_count: _Optional[int] = ..., total_count: _Optional[int] = ...) -> None: ...

class GetHealthTrendRequest(_message.Message):
    __slots__ = ("days", "metric_name", "project")
    DAYS_FIELD_NUMBER: _ClassVar[int]
    METRIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    days: int
    metric_name: str
    project: str
    def __init__(self, days: _Optional[int] = ..., metric_name: _Optional[str] = ..., project: _Optional[str] = ...) -> None: ...

class TrendPoint(_message.Message):
    __slots__ = ("recorded_at", "value")
    RECORDED_AT_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    recorded_at: int
    value: float
    def __init__(self, recorded_at: _Optional[int] = ..., value: _Optional[float] = ...) -> None: ...

class GetHealthTrendResponse(_message.Message):
    __slots__ = ("points",)
    POINTS_FIELD_NUMBER: _ClassVar[int]
    points: _containers.RepeatedCompositeFieldContainer[TrendPoint]
    def __init__(self, points: _Optional[_Iterable[_Union[TrendPoint, _Mapping]]] = ...) -> None: ...

class GetCallGraphSummaryRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class GetCallGraphSummaryResponse(_message.Message):
    __slots__ = ("functions", "edges", "entry_points", "resolved_edges", "resolution_rate", "unresolved_calls")
    FUNCTIONS_FIELD_NUMBER: _ClassVar[int]
    EDGES_FIELD_NUMBER: _ClassVar[int]
    ENTRY_POINTS_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_EDGES_FIELD_NUMBER: _ClassVar[int]
    RESOLUTION_RATE_FIELD_NUMBER: _ClassVar[int]
    UNRESOLVED_CALLS_FIELD_NUMBER: _ClassVar[int]
    functions: int
    edges: int
    entry_points: int
    resolved_edges: int
    resolution_rate: float
    unresolved_calls: int
    def __init__(self, functions: _Optional[int] = ..., edges: _Optional[int] = ..., entry_points: _Optional[int] = ..., resolved_edges: _Optional[int] = ..., resolution_rate: _Optional[float] = ..., unresolved_calls: _Optional[int] = ...) -> None: ...

class ScanRequest(_message.Message):
    __slots__ = ("root", "options", "replace_root", "project")
    ROOT_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    REPLACE_ROOT_FIELD_NUMBER: _ClassVar[int]
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    root: str
    options: ScanOptions
    replace_root: bool
    project: str
    def __init__(self, root: _Optional[str] = ..., options: _Optional[_Union[ScanOptions, _Mapping]] = ..., replace_root: _Optional[bool] = ..., project: _Optional[str] = ...) -> None: ...

class ScanOptions(_message.Message):
    __slots__ = ("force_full", "max_file_size", "include", "extra_ignore", "follow_symlinks")
    FORCE_FULL_FIELD_NUMBER: _ClassVar[int]
    MAX_FILE_SIZE_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_FIELD_NUMBER: _ClassVar[int]
    EXTRA_IGNORE_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_SYMLINKS_FIELD_NUMBER: _ClassVar[int]
    force_full: bool
    max_file_size: int
    include: _containers.RepeatedScalarFieldContainer[str]
    extra_ignore: _containers.RepeatedScalarFieldContainer[str]
    follow_symlinks: bool
    def __init__(self, force_full: _Optional[bool] = ..., max_file_size: _Optional[int] = ..., include: _Optional[_Iterable[str]] = ..., extra_ignore: _Optional[_Iterable[str]] = ..., follow_symlinks: _Optional[bool] = ...) -> None: ...

class ScanResponse(_message.Message):
    __slots__ = ("started", "progress", "summary")
    STARTED_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    started: ScanStarted
    progress: ScanProgress
    summary: ScanSummary
    def __init__(self, started: _Optional[_Union[ScanStarted, _Mapping]] = ..., progress: _Optional[_Union[ScanProgress, _Mapping]] = ..., summary: _Optional[_Union[ScanSummary, _Mapping]] = ...) -> None: ...

class ScanStarted(_message.Message):
    __slots__ = ("scan_id", "root", "previous_root")
    SCAN_ID_FIELD_NUMBER: _ClassVar[int]
    ROOT_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_ROOT_FIELD_NUMBER: _ClassVar[int]
    scan_id: int
    root: str
    previous_root: str
    def __init__(self, scan_id: _Optional[int] = ..., root: _Optional[str] = ..., previous_root: _Optional[str] = ...) -> None: ...

class ScanProgress(_message.Message):
    __slots__ = ("phase", "files_seen", "files_read", "files_per_second", "done", "total")
    PHASE_FIELD_NUMBER: _ClassVar[int]
    FILES_SEEN_FIELD_NUMBER: _ClassVar[int]
    FILES_READ_FIELD_NUMBER: _ClassVar[int]
    FILES_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    DONE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    phase: str
    files_seen: int
    files_read: int
    files_per_second: float
    done: int
    total: int
    def __init__(self, phase: _Optional[str] = ..., files_seen: _Optional[int] = ..., files_read: _Optional[int] = ..., files_per_second: _Optional[float] = ..., done: _Optional[int] = ..., total: _Optional[int] = ...) -> None: ...

class ScanError(_message.Message):
    __slots__ = ("path", "reason")
    PATH_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    path: str
    reason: str
    def __init__(self, path: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class ScanSummary(_message.Message):
    __slots__ = ("scan_id", "status", "files_total", "files_added", "files_modified", "files_removed", "files_unchanged", "files_skipped_large", "files_skipped_ignored", "files_skipped_binary", "errors", "languages", "discovery_ms", "persist_ms", "duration_ms", "cache_hit_rate", "error", "files_parsed", "parse_cache_hits", "parse_ms", "call_edges")
    class LanguagesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: int
        def __init__(self, key: _Optional[str] = ..., value: _Optional[int] = ...) -> None: ...
    SCAN_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    FILES_TOTAL_FIELD_NUMBER: _ClassVar[int]
    FILES_ADDED_FIELD_NUMBER: _ClassVar[int]
    FILES_MODIFIED_FIELD_NUMBER: _ClassVar[int]
    FILES_REMOVED_FIELD_NUMBER: _ClassVar[int]
    FILES_UNCHANGED_FIELD_NUMBER: _ClassVar[int]
    FILES_SKIPPED_LARGE_FIELD_NUMBER: _ClassVar[int]
    FILES_SKIPPED_IGNORED_FIELD_NUMBER: _ClassVar[int]
    FILES_SKIPPED_BINARY_FIELD_NUMBER: _ClassVar[int]
    ERRORS_FIELD_NUMBER: _ClassVar[int]
    LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    DISCOVERY_MS_FIELD_NUMBER: _ClassVar[int]
    PERSIST_MS_FIELD_NUMBER: _ClassVar[int]
    DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    CACHE_HIT_RATE_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    FILES_PARSED_FIELD_NUMBER: _ClassVar[int]
    PARSE_CACHE_HITS_FIELD_NUMBER: _ClassVar[int]
    PARSE_MS_FIELD_NUMBER: _ClassVar[int]
    CALL_EDGES_FIELD_NUMBER: _ClassVar[int]
    scan_id: int
    status: str
    files_total: int
    files_added: int
    files_modified: int
    files_removed: int
    files_unchanged: int
    files_skipped_large: int
    files_skipped_ignored: int
    files_skipped_binary: int
    errors: _containers.RepeatedCompositeFieldContainer[ScanError]
    languages: _containers.ScalarMap[str, int]
    discovery_ms: float
    persist_ms: float
    duration_ms: float
    cache_hit_rate: float
    error: str
    files_parsed: int
    parse_cache_hits: int
    parse_ms: float
    call_edges: int
    def __init__(self, scan_id: _Optional[int] = ..., status: _Optional[str] = ..., files_total: _Optional[int] = ..., files_added: _Optional[int] = ..., files_modified: _Optional[int] = ..., files_removed: _Optional[int] = ..., files_unchanged: _Optional[int] = ..., files_skipped_large: _Optional[int] = ..., files_skipped_ignored: _Optional[int] = ..., files_skipped_binary: _Optional[int] = ..., errors: _Optional[_Iterable[_Union[ScanError, _Mapping]]] = ..., languages: _Optional[_Mapping[str, int]] = ..., discovery_ms: _Optional[float] = ..., persist_ms: _Optional[float] = ..., duration_ms: _Optional[float] = ..., cache_hit_rate: _Optional[float] = ..., error: _Optional[str] = ..., files_parsed: _Optional[int] = ..., parse_cache_hits: _Optional[int] = ..., parse_ms: _Optional[float] = ..., call_edges: _Optional[int] = ...) -> None: ...

class CancelScanRequest(_message.Message):
    __slots__ = ("scan_id", "project")
    SCAN_ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    scan_id: int
    project: str
    def __init__(self, scan_id: _Optional[int] = ..., project: _Optional[str] = ...) -> None: ...

class CancelScanResponse(_message.Message):
    __slots__ = ("cancelled",)
    CANCELLED_FIELD_NUMBER: _ClassVar[int]
    cancelled: bool
    def __init__(self, cancelled: _Optional[bool] = ...) -> None: ...

class Function(_message.Message):
    __slots__ = ("id", "file", "function_name", "qualified_name", "language", "line", "end_line", "parameter_count", "return_type", "is_exported", "is_async", "body_hash", "signature_hash")
    ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_NAME_FIELD_NUMBER: _ClassVar[int]
    QUALIFIED_NAME_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    END_LINE_FIELD_NUMBER: _ClassVar[int]
    PARAMETER_COUNT_FIELD_NUMBER: _ClassVar[int]
    RETURN_TYPE_FIELD_NUMBER: _ClassVar[int]
    IS_EXPORTED_FIELD_NUMBER: _ClassVar[int]
    IS_ASYNC_FIELD_NUMBER: _ClassVar[int]
    BODY_HASH_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_HASH_FIELD_NUMBER: _ClassVar[int]
    id: int
    file: str
    function_name: str
    qualified_name: str
    language: str
    line: int
    end_line: int
    parameter_count: int
    return_type: str
    is_exported: bool
    is_async: bool
    body_hash: bytes
    signature_hash: bytes
    def __init__(self, id: _Optional[int] = ..., file: _Optional[str] = ..., function_name: _Optional[str] = ..., qualified_name: _Optional[str] = ..., language: _Optional[str] = ..., line: _Optional[int] = ..., end_line: _Optional[int] = ..., parameter_count: _Optional[int] = ..., return_type: _Optional[str] = ..., is_exported: _Optional[bool] = ..., is_async: _Optional[bool] = ..., body_hash: _Optional[bytes] = ..., signature_hash: _Optional[bytes] = ...) -> None: ...

class BatchGetFunctionsRequest(_message.Message):
    __slots__ = ("parent", "ids")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    IDS_FIELD_NUMBER: _ClassVar[int]
    parent: str
    ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, parent: _Optional[str] = ..., ids: _Optional[_Iterable[int]] = ...) -> None: ...

class BatchGetFunctionsResponse(_message.Message):
    __slots__ = ("functions",)
    FUNCTIONS_FIELD_NUMBER: _ClassVar[int]
    functions: _containers.RepeatedCompositeFieldContainer[Function]
    def __init__(self, functions: _Optional[_Iterable[_Union[Function, _Mapping]]] = ...) -> None: ...

class Call(_message.Message):
    __slots__ = ("function", "call_site_line", "resolution", "confidence")
    FUNCTION_FIELD_NUMBER: _ClassVar[int]
    CALL_SITE_LINE_FIELD_NUMBER: _ClassVar[int]
    RESOLUTION_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    function: Function
    call_site_line: int
    resolution: str
    confidence: float
    def __init__(self, function: _Optional[_Union[Function, _Mapping]] = ..., call_site_line: _Optional[int] = ..., resolution: _Optional[str] = ..., confidence: _Optional[float] = ...) -> None: ...

class ListCallersRequest(_message.Message):
    __slots__ = ("parent", "function_id", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    function_id: int
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., function_id: _Optional[int] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListCallersResponse(_message.Message):
    __slots__ = ("callers", "next_page_token")
    CALLERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    callers: _containers.RepeatedCompositeFieldContainer[Call]
    next_page_token: str
    def __init__(self, callers: _Optional[_Iterable[_Union[Call, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListCalleesRequest(_message.Message):
    __slots__ = ("parent", "function_id", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    function_id: int
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., function_id: _Optional[int] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListCalleesResponse(_message.Message):
    __slots__ = ("callees", "next_page_token")
    CALLEES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    callees: _containers.RepeatedCompositeFieldContainer[Call]
    next_page_token: str
    def __init__(self, callees: _Optional[_Iterable[_Union[Call, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListScanHistoryRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "status")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    status: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., status: _Optional[str] = ...) -> None: ...

class ScanHistoryEntry(_message.Message):
    __slots__ = ("scan_id", "started_at", "completed_at", "root", "status", "files_total", "files_added", "files_modified", "files_removed", "files_unchanged", "duration_ms", "error")
    SCAN_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_AT_FIELD_NUMBER: _ClassVar[int]
    ROOT_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    FILES_TOTAL_FIELD_NUMBER: _ClassVar[int]
    FILES_ADDED_FIELD_NUMBER: _ClassVar[int]
    FILES_MODIFIED_FIELD_NUMBER: _ClassVar[int]
    FILES_REMOVED_FIELD_NUMBER: _ClassVar[int]
    FILES_UNCHANGED_FIELD_NUMBER: _ClassVar[int]
    DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    scan_id: int
    started_at: _timestamp_pb2.Timestamp
    completed_at: _timestamp_pb2.Timestamp
    root: str
    status: str
    files_total: int
    files_added: int
    files_modified: int
    files_removed: int
    files_unchanged: int
    duration_ms: int
    error: str
    def __init__(self, scan_id: _Optional[int] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., root: _Optional[str] = ..., status: _Optional[str] = ..., files_total: _Optional[int] = ..., files_added: _Optional[int] = ..., files_modified: _Optional[int] = ..., files_removed: _Optional[int] = ..., files_unchanged: _Optional[int] = ..., duration_ms: _Optional[int] = ..., error: _Optional[str] = ...) -> None: ...

class ListScanHistoryResponse(_message.Message):
    __slots__ = ("scans", "next_page_token", "total_size")
    SCANS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    scans: _containers.RepeatedCompositeFieldContainer[ScanHistoryEntry]
    next_page_token: str
    total_size: int
    def __init__(self, scans: _Optional[_Iterable[_Union[ScanHistoryEntry, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class CheckpointRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class CheckpointResponse(_message.Message):
    __slots__ = ("busy", "wal_frames", "checkpointed_frames")
    BUSY_FIELD_NUMBER: _ClassVar[int]
    WAL_FRAMES_FIELD_NUMBER: _ClassVar[int]
    CHECKPOINTED_FRAMES_FIELD_NUMBER: _ClassVar[int]
    busy: bool
    wal_frames: int
    checkpointed_frames: int
    def __init__(self, busy: _Optional[bool] = ..., wal_frames: _Optional[int] = ..., checkpointed_frames: _Optional[int] = ...) -> None: ...
