import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class IngestRowsRequest(_message.Message):
    __slots__ = ("project", "replace_files", "data_accesses", "detections", "boundaries", "pattern_confidences", "outliers", "conventions", "reachability_entries", "taint_flows", "error_gaps", "impact_scores", "test_coverage_links", "test_quality_scores", "coupling_metrics", "coupling_cycles", "constraints", "constraint_verifications", "contracts", "contract_mismatches", "constants", "secrets", "env_variables", "wrappers", "dna_genes", "dna_mutations", "crypto_findings", "owasp_findings", "decomposition_decisions", "violations", "gate_results", "audit_snapshots", "health_trend_points", "feedback_entries", "policy_results", "degradation_alerts", "simulations", "decisions", "context_cache_entries", "migration_projects", "migration_modules", "migration_corrections", "pattern_statuses", "unresolved_calls")
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    REPLACE_FILES_FIELD_NUMBER: _ClassVar[int]
    DATA_ACCESSES_FIELD_NUMBER: _ClassVar[int]
    DETECTIONS_FIELD_NUMBER: _ClassVar[int]
    BOUNDARIES_FIELD_NUMBER: _ClassVar[int]
    PATTERN_CONFIDENCES_FIELD_NUMBER: _ClassVar[int]
    OUTLIERS_FIELD_NUMBER: _ClassVar[int]
    CONVENTIONS_FIELD_NUMBER: _ClassVar[int]
    REACHABILITY_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    TAINT_FLOWS_FIELD_NUMBER: _ClassVar[int]
    ERROR_GAPS_FIELD_NUMBER: _ClassVar[int]
    IMPACT_SCORES_FIELD_NUMBER: _ClassVar[int]
    TEST_COVERAGE_LINKS_FIELD_NUMBER: _ClassVar[int]
    TEST_QUALITY_SCORES_FIELD_NUMBER: _ClassVar[int]
    COUPLING_METRICS_FIELD_NUMBER: _ClassVar[int]
    COUPLING_CYCLES_FIELD_NUMBER: _ClassVar[int]
    CONSTRAINTS_FIELD_NUMBER: _ClassVar[int]
    CONSTRAINT_VERIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    CONTRACTS_FIELD_NUMBER: _ClassVar[int]
    CONTRACT_MISMATCHES_FIELD_NUMBER: _ClassVar[int]
    CONSTANTS_FIELD_NUMBER: _ClassVar[int]
    SECRETS_FIELD_NUMBER: _ClassVar[int]
    ENV_VARIABLES_FIELD_NUMBER: _ClassVar[int]
    WRAPPERS_FIELD_NUMBER: _ClassVar[int]
    DNA_GENES_FIELD_NUMBER: _ClassVar[int]
    DNA_MUTATIONS_FIELD_NUMBER: _ClassVar[int]
    CRYPTO_FINDINGS_FIELD_NUMBER: _ClassVar[int]
    OWASP_FINDINGS_FIELD_NUMBER: _ClassVar[int]
    DECOMPOSITION_DECISIONS_FIELD_NUMBER: _ClassVar[int]
    VIOLATIONS_FIELD_NUMBER: _ClassVar[int]
    GATE_RESULTS_FIELD_NUMBER: _ClassVar[int]
    AUDIT_SNAPSHOTS_FIELD_NUMBER: _ClassVar[int]
    HEALTH_TREND_POINTS_FIELD_NUMBER: _ClassVar[int]
    FEEDBACK_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    POLICY_RESULTS_FIELD_NUMBER: _ClassVar[int]
    DEGRADATION_ALERTS_FIELD_NUMBER: _ClassVar[int]
    SIMULATIONS_FIELD_NUMBER: _ClassVar[int]
    DECISIONS_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_CACHE_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    MIGRATION_PROJECTS_FIELD_NUMBER: _ClassVar[int]
    MIGRATION_MODULES_FIELD_NUMBER: _ClassVar[int]
    MIGRATION_CORRECTIONS_FIELD_NUMBER: _ClassVar[int]
    PATTERN_STATUSES_FIELD_NUMBER: _ClassVar[int]
    UNRESOLVED_CALLS_FIELD_NUMBER: _ClassVar[int]
    project: str
    replace_files: _containers.RepeatedScalarFieldContainer[str]
    data_accesses: DataAccessBatch
    detections: DetectionBatch
    boundaries: BoundaryBatch
    pattern_confidences: PatternConfidenceBatch
    outliers: OutlierBatch
    conventions: ConventionBatch
    reachability_entries: ReachabilityEntryBatch
    taint_flows: TaintFlowBatch
    error_gaps: ErrorGapBatch
    impact_scores: ImpactScoreBatch
    test_coverage_links: TestCoverageLinkBatch
    test_quality_scores: TestQualityScoreBatch
    coupling_metrics: CouplingMetricBatch
    coupling_cycles: CouplingCycleBatch
    constraints: ConstraintBatch
    constraint_verifications: ConstraintVerificationBatch
    contracts: ContractBatch
    contract_mismatches: ContractMismatchBatch
    constants: ConstantBatch
    secrets: SecretBatch
    env_variables: EnvVariableBatch
    wrappers: WrapperBatch
    dna_genes: DnaGeneBatch
    dna_mutations: DnaMutationBatch
    crypto_findings: CryptoFindingBatch
    owasp_findings: OwaspFindingBatch
    decomposition_decisions: DecompositionDecisionBatch
    violations: ViolationBatch
    gate_results: GateResultBatch
    audit_snapshots: AuditSnapshotBatch
    health_trend_points: HealthTrendPointBatch
    feedback_entries: FeedbackEntryBatch
    policy_results: PolicyResultBatch
    degradation_alerts: DegradationAlertBatch
    simulations: SimulationBatch
    decisions: DecisionBatch
    context_cache_entries: ContextCacheEntryBatch
    migration_projects: MigrationProjectBatch
    migration_modules: MigrationModuleBatch
    migration_corrections: MigrationCorrectionBatch
    pattern_statuses: PatternStatusBatch
    unresolved_calls: UnresolvedCallBatch
    def __init__(self, project: _Optional[str] = ..., replace_files: _Optional[_Iterable[str]] = ..., data_accesses: _Optional[_Union[DataAccessBatch, _Mapping]] = ..., detections: _Optional[_Union[DetectionBatch, _Mapping]] = ..., boundaries: _Optional[_Union[BoundaryBatch, _Mapping]] = ..., pattern_confidences: _Optional[_Union[PatternConfidenceBatch, _Mapping]] = ..., outliers: _Optional[_Union[OutlierBatch, _Mapping]] = ..., conventions: _Optional[_Union[ConventionBatch, _Mapping]] = ..., reachability_entries: _Optional[_Union[ReachabilityEntryBatch, _Mapping]] = ..., taint_flows: _Optional[_Union[TaintFlowBatch, _Mapping]] = ..., error_gaps: _Optional[_Union[ErrorGapBatch, _Mapping]] = ..., impact_scores: _Optional[_Union[ImpactScoreBatch, _Mapping]] = ..., test_coverage_links: _Optional[_Union[TestCoverageLinkBatch, _Mapping]] = ..., test_quality_scores: _Optional[_Union[TestQualityScoreBatch, _Mapping]] = ..., coupling_metrics: _Optional[_Union[CouplingMetricBatch, _Mapping]] = ..., coupling_cycles: _Optional[_Union[CouplingCycleBatch, _Mapping]] = ..., constraints: _Optional[_Union[ConstraintBatch, _Mapping]] = ..., constraint_verifications: _Optional[_Union[ConstraintVerificationBatch, _Mapping]] = ..., contracts: _Optional[_Union[ContractBatch, _Mapping]] = ..., contract_mismatches: _Optional[_Union[ContractMismatchBatch, _Mapping]] = ..., constants: _Optional[_Union[ConstantBatch, _Mapping]] = ..., secrets: _Optional[_Union[SecretBatch, _Mapping]] = ..., env_variables: _Optional[_Union[EnvVariableBatch, _Mapping]] = ..., wrappers: _Optional[_Union[WrapperBatch, _Mapping]] = ..., dna_genes: _Optional[_Union[DnaGeneBatch, _Mapping]] = ..., dna_mutations: _Optional[_Union[DnaMutationBatch, _Mapping]] = ..., crypto_findings: _Optional[_Union[CryptoFindingBatch, _Mapping]] = ..., owasp_findings: _Optional[_Union[OwaspFindingBatch, _Mapping]] = ..., decomposition_decisions: _Optional[_Union[DecompositionDecisionBatch, _Mapping]] = ..., violations: _Optional[_Union[ViolationBatch, _Mapping]] = ..., gate_results: _Optional[_Union[GateResultBatch, _Mapping]] = ..., audit_snapshots: _Optional[_Union[AuditSnapshotBatch, _Mapping]] = ..., health_trend_points: _Optional[_Union[HealthTrendPointBatch, _Mapping]] = ..., feedback_entries: _Optional[_Union[FeedbackEntryBatch, _Mapping]] = ..., policy_results: _Optional[_Union[PolicyResultBatch, _Mapping]] = ..., degradation_alerts: _Optional[_Union[DegradationAlertBatch, _Mapping]] = ..., simulations: _Optional[_Union[SimulationBatch, _Mapping]] = ..., decisions: _Optional[_Union[DecisionBatch, _Mapping]] = ..., context_cache_entries: _Optional[_Union[ContextCacheEntryBatch, _Mapping]] = ..., migration_projects: _Optional[_Union[MigrationProjectBatch, _Mapping]] = ..., migration_modules: _Optional[_Union[MigrationModuleBatch, _Mapping]] = ..., migration_corrections: _Optional[_Union[MigrationCorrectionBatch, _Mapping]] = ..., pattern_statuses: _Optional[_Union[PatternStatusBatch, _Mapping]] = ..., unresolved_calls: _Optional[_Union[UnresolvedCallBatch, _Mapping]] = ...) -> None: ...

class IngestRowsResponse(_message.Message):
    __slots__ = ("batch_index", "table", "rows_written", "rows_deleted")
    BATCH_INDEX_FIELD_NUMBER: _ClassVar[int]
    TABLE_FIELD_NUMBER: _ClassVar[int]
    ROWS_WRITTEN_FIELD_NUMBER: _ClassVar[int]
    ROWS_DELETED_FIELD_NUMBER: _ClassVar[int]
    batch_index: int
    table: str
    rows_written: int
    rows_deleted: int
    def __init__(self, batch_index: _Optional[int] = ..., table: _Optional[str] = ..., rows_written: _Optional[int] = ..., rows_deleted: _Optional[int] = ...) -> None: ...

class RowGroup(_message.Message):
    __slots__ = ("value", "is_null", "count")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    IS_NULL_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    value: str
    is_null: bool
    count: int
    def __init__(self, value: _Optional[str] = ..., is_null: _Optional[bool] = ..., count: _Optional[int] = ...) -> None: ...

class FileMetadataEntryRow(_message.Message):
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
    last_scanned_at: _timestamp_pb2.Timestamp
    scan_duration_us: int
    pattern_count: int
    function_count: int
    error_count: int
    error: str
    def __init__(self, path: _Optional[str] = ..., language: _Optional[str] = ..., file_size: _Optional[int] = ..., content_hash: _Optional[bytes] = ..., mtime_secs: _Optional[int] = ..., mtime_nanos: _Optional[int] = ..., last_scanned_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., scan_duration_us: _Optional[int] = ..., pattern_count: _Optional[int] = ..., function_count: _Optional[int] = ..., error_count: _Optional[int] = ..., error: _Optional[str] = ...) -> None: ...

class ListFileMetadataEntriesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "path")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    path: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., path: _Optional[str] = ...) -> None: ...

class ListFileMetadataEntriesResponse(_message.Message):
    __slots__ = ("file_metadata_entries", "next_page_token")
    FILE_METADATA_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    file_metadata_entries: _containers.RepeatedCompositeFieldContainer[FileMetadataEntryRow]
    next_page_token: str
    def __init__(self, file_metadata_entries: _Optional[_Iterable[_Union[FileMetadataEntryRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountFileMetadataEntriesRequest(_message.Message):
    __slots__ = ("parent", "path", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    path: str
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., path: _Optional[str] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountFileMetadataEntriesResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetFileMetadataEntryRequest(_message.Message):
    __slots__ = ("parent", "path")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    parent: str
    path: str
    def __init__(self, parent: _Optional[str] = ..., path: _Optional[str] = ...) -> None: ...

class GetFileMetadataEntryResponse(_message.Message):
    __slots__ = ("file_metadata_entry",)
    FILE_METADATA_ENTRY_FIELD_NUMBER: _ClassVar[int]
    file_metadata_entry: FileMetadataEntryRow
    def __init__(self, file_metadata_entry: _Optional[_Union[FileMetadataEntryRow, _Mapping]] = ...) -> None: ...

class ParseCacheEntryRow(_message.Message):
    __slots__ = ("content_hash", "language", "parse_result_json", "created_at")
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    PARSE_RESULT_JSON_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    content_hash: bytes
    language: str
    parse_result_json: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, content_hash: _Optional[bytes] = ..., language: _Optional[str] = ..., parse_result_json: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListParseCacheEntriesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListParseCacheEntriesResponse(_message.Message):
    __slots__ = ("parse_cache_entries", "next_page_token")
    PARSE_CACHE_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parse_cache_entries: _containers.RepeatedCompositeFieldContainer[ParseCacheEntryRow]
    next_page_token: str
    def __init__(self, parse_cache_entries: _Optional[_Iterable[_Union[ParseCacheEntryRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountParseCacheEntriesRequest(_message.Message):
    __slots__ = ("parent", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountParseCacheEntriesResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetParseCacheEntryRequest(_message.Message):
    __slots__ = ("parent", "content_hash")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    parent: str
    content_hash: bytes
    def __init__(self, parent: _Optional[str] = ..., content_hash: _Optional[bytes] = ...) -> None: ...

class GetParseCacheEntryResponse(_message.Message):
    __slots__ = ("parse_cache_entry",)
    PARSE_CACHE_ENTRY_FIELD_NUMBER: _ClassVar[int]
    parse_cache_entry: ParseCacheEntryRow
    def __init__(self, parse_cache_entry: _Optional[_Union[ParseCacheEntryRow, _Mapping]] = ...) -> None: ...

class FunctionRow(_message.Message):
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

class ListFunctionsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "file", "qualified_name")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    QUALIFIED_NAME_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    file: str
    qualified_name: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., file: _Optional[str] = ..., qualified_name: _Optional[str] = ...) -> None: ...

class ListFunctionsResponse(_message.Message):
    __slots__ = ("functions", "next_page_token")
    FUNCTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    functions: _containers.RepeatedCompositeFieldContainer[FunctionRow]
    next_page_token: str
    def __init__(self, functions: _Optional[_Iterable[_Union[FunctionRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountFunctionsRequest(_message.Message):
    __slots__ = ("parent", "file", "qualified_name", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    QUALIFIED_NAME_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    file: str
    qualified_name: str
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., file: _Optional[str] = ..., qualified_name: _Optional[str] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountFunctionsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetFunctionRequest(_message.Message):
    __slots__ = ("parent", "file", "function_name", "line")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_NAME_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    file: str
    function_name: str
    line: int
    def __init__(self, parent: _Optional[str] = ..., file: _Optional[str] = ..., function_name: _Optional[str] = ..., line: _Optional[int] = ...) -> None: ...

class GetFunctionResponse(_message.Message):
    __slots__ = ("function",)
    FUNCTION_FIELD_NUMBER: _ClassVar[int]
    function: FunctionRow
    def __init__(self, function: _Optional[_Union[FunctionRow, _Mapping]] = ...) -> None: ...

class ScanRow(_message.Message):
    __slots__ = ("id", "started_at", "completed_at", "root_path", "total_files", "added_files", "modified_files", "removed_files", "unchanged_files", "duration_ms", "status", "error", "findings_recorded_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_AT_FIELD_NUMBER: _ClassVar[int]
    ROOT_PATH_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FILES_FIELD_NUMBER: _ClassVar[int]
    ADDED_FILES_FIELD_NUMBER: _ClassVar[int]
    MODIFIED_FILES_FIELD_NUMBER: _ClassVar[int]
    REMOVED_FILES_FIELD_NUMBER: _ClassVar[int]
    UNCHANGED_FILES_FIELD_NUMBER: _ClassVar[int]
    DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    FINDINGS_RECORDED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    started_at: _timestamp_pb2.Timestamp
    completed_at: _timestamp_pb2.Timestamp
    root_path: str
    total_files: int
    added_files: int
    modified_files: int
    removed_files: int
    unchanged_files: int
    duration_ms: int
    status: str
    error: str
    findings_recorded_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., root_path: _Optional[str] = ..., total_files: _Optional[int] = ..., added_files: _Optional[int] = ..., modified_files: _Optional[int] = ..., removed_files: _Optional[int] = ..., unchanged_files: _Optional[int] = ..., duration_ms: _Optional[int] = ..., status: _Optional[str] = ..., error: _Optional[str] = ..., findings_recorded_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListScansRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "status", "started_at_from", "started_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    status: str
    started_at_from: _timestamp_pb2.Timestamp
    started_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., status: _Optional[str] = ..., started_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., started_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListScansResponse(_message.Message):
    __slots__ = ("scans", "next_page_token")
    SCANS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    scans: _containers.RepeatedCompositeFieldContainer[ScanRow]
    next_page_token: str
    def __init__(self, scans: _Optional[_Iterable[_Union[ScanRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountScansRequest(_message.Message):
    __slots__ = ("parent", "status", "started_at_from", "started_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    status: str
    started_at_from: _timestamp_pb2.Timestamp
    started_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., status: _Optional[str] = ..., started_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., started_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountScansResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class CallEdgeRow(_message.Message):
    __slots__ = ("caller_id", "callee_id", "resolution", "confidence", "call_site_line")
    CALLER_ID_FIELD_NUMBER: _ClassVar[int]
    CALLEE_ID_FIELD_NUMBER: _ClassVar[int]
    RESOLUTION_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    CALL_SITE_LINE_FIELD_NUMBER: _ClassVar[int]
    caller_id: int
    callee_id: int
    resolution: str
    confidence: float
    call_site_line: int
    def __init__(self, caller_id: _Optional[int] = ..., callee_id: _Optional[int] = ..., resolution: _Optional[str] = ..., confidence: _Optional[float] = ..., call_site_line: _Optional[int] = ...) -> None: ...

class ListCallEdgesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "caller_id", "callee_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CALLER_ID_FIELD_NUMBER: _ClassVar[int]
    CALLEE_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    caller_id: int
    callee_id: int
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., caller_id: _Optional[int] = ..., callee_id: _Optional[int] = ...) -> None: ...

class ListCallEdgesResponse(_message.Message):
    __slots__ = ("call_edges", "next_page_token")
    CALL_EDGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    call_edges: _containers.RepeatedCompositeFieldContainer[CallEdgeRow]
    next_page_token: str
    def __init__(self, call_edges: _Optional[_Iterable[_Union[CallEdgeRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountCallEdgesRequest(_message.Message):
    __slots__ = ("parent", "caller_id", "callee_id", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    CALLER_ID_FIELD_NUMBER: _ClassVar[int]
    CALLEE_ID_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    caller_id: int
    callee_id: int
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., caller_id: _Optional[int] = ..., callee_id: _Optional[int] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountCallEdgesResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetCallEdgeRequest(_message.Message):
    __slots__ = ("parent", "caller_id", "callee_id", "call_site_line")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    CALLER_ID_FIELD_NUMBER: _ClassVar[int]
    CALLEE_ID_FIELD_NUMBER: _ClassVar[int]
    CALL_SITE_LINE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    caller_id: int
    callee_id: int
    call_site_line: int
    def __init__(self, parent: _Optional[str] = ..., caller_id: _Optional[int] = ..., callee_id: _Optional[int] = ..., call_site_line: _Optional[int] = ...) -> None: ...

class GetCallEdgeResponse(_message.Message):
    __slots__ = ("call_edge",)
    CALL_EDGE_FIELD_NUMBER: _ClassVar[int]
    call_edge: CallEdgeRow
    def __init__(self, call_edge: _Optional[_Union[CallEdgeRow, _Mapping]] = ...) -> None: ...

class DataAccessRow(_message.Message):
    __slots__ = ("function_id", "table_name", "operation", "framework", "line", "confidence")
    FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    TABLE_NAME_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    function_id: int
    table_name: str
    operation: str
    framework: str
    line: int
    confidence: float
    def __init__(self, function_id: _Optional[int] = ..., table_name: _Optional[str] = ..., operation: _Optional[str] = ..., framework: _Optional[str] = ..., line: _Optional[int] = ..., confidence: _Optional[float] = ...) -> None: ...

class DataAccessBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[DataAccessRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[DataAccessRow, _Mapping]]] = ...) -> None: ...

class ListDataAccessesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "function_id", "table_name")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    TABLE_NAME_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    function_id: int
    table_name: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., function_id: _Optional[int] = ..., table_name: _Optional[str] = ...) -> None: ...

class ListDataAccessesResponse(_message.Message):
    __slots__ = ("data_accesses", "next_page_token")
    DATA_ACCESSES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    data_accesses: _containers.RepeatedCompositeFieldContainer[DataAccessRow]
    next_page_token: str
    def __init__(self, data_accesses: _Optional[_Iterable[_Union[DataAccessRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountDataAccessesRequest(_message.Message):
    __slots__ = ("parent", "function_id", "table_name", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    TABLE_NAME_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    function_id: int
    table_name: str
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., function_id: _Optional[int] = ..., table_name: _Optional[str] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountDataAccessesResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetDataAccessRequest(_message.Message):
    __slots__ = ("parent", "function_id", "table_name", "operation", "line")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    TABLE_NAME_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    function_id: int
    table_name: str
    operation: str
    line: int
    def __init__(self, parent: _Optional[str] = ..., function_id: _Optional[int] = ..., table_name: _Optional[str] = ..., operation: _Optional[str] = ..., line: _Optional[int] = ...) -> None: ...

class GetDataAccessResponse(_message.Message):
    __slots__ = ("data_access",)
    DATA_ACCESS_FIELD_NUMBER: _ClassVar[int]
    data_access: DataAccessRow
    def __init__(self, data_access: _Optional[_Union[DataAccessRow, _Mapping]] = ...) -> None: ...

class DetectionRow(_message.Message):
    __slots__ = ("id", "file", "line", "column_num", "pattern_id", "category", "confidence", "detection_method", "cwe_ids", "owasp", "matched_text", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    COLUMN_NUM_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    DETECTION_METHOD_FIELD_NUMBER: _ClassVar[int]
    CWE_IDS_FIELD_NUMBER: _ClassVar[int]
    OWASP_FIELD_NUMBER: _ClassVar[int]
    MATCHED_TEXT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    file: str
    line: int
    column_num: int
    pattern_id: str
    category: str
    confidence: float
    detection_method: str
    cwe_ids: str
    owasp: str
    matched_text: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., column_num: _Optional[int] = ..., pattern_id: _Optional[str] = ..., category: _Optional[str] = ..., confidence: _Optional[float] = ..., detection_method: _Optional[str] = ..., cwe_ids: _Optional[str] = ..., owasp: _Optional[str] = ..., matched_text: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class DetectionBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[DetectionRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[DetectionRow, _Mapping]]] = ...) -> None: ...

class ListDetectionsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "file", "category", "detection_method", "pattern_id", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    DETECTION_METHOD_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    file: str
    category: str
    detection_method: str
    pattern_id: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., file: _Optional[str] = ..., category: _Optional[str] = ..., detection_method: _Optional[str] = ..., pattern_id: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListDetectionsResponse(_message.Message):
    __slots__ = ("detections", "next_page_token")
    DETECTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    detections: _containers.RepeatedCompositeFieldContainer[DetectionRow]
    next_page_token: str
    def __init__(self, detections: _Optional[_Iterable[_Union[DetectionRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountDetectionsRequest(_message.Message):
    __slots__ = ("parent", "file", "category", "detection_method", "pattern_id", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    DETECTION_METHOD_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    file: str
    category: str
    detection_method: str
    pattern_id: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., file: _Optional[str] = ..., category: _Optional[str] = ..., detection_method: _Optional[str] = ..., pattern_id: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountDetectionsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class BoundaryRow(_message.Message):
    __slots__ = ("id", "file", "framework", "model_name", "table_name", "field_name", "sensitivity", "confidence", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    TABLE_NAME_FIELD_NUMBER: _ClassVar[int]
    FIELD_NAME_FIELD_NUMBER: _ClassVar[int]
    SENSITIVITY_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    file: str
    framework: str
    model_name: str
    table_name: str
    field_name: str
    sensitivity: str
    confidence: float
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., file: _Optional[str] = ..., framework: _Optional[str] = ..., model_name: _Optional[str] = ..., table_name: _Optional[str] = ..., field_name: _Optional[str] = ..., sensitivity: _Optional[str] = ..., confidence: _Optional[float] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BoundaryBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[BoundaryRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[BoundaryRow, _Mapping]]] = ...) -> None: ...

class ListBoundariesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "file", "framework")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    file: str
    framework: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., file: _Optional[str] = ..., framework: _Optional[str] = ...) -> None: ...

class ListBoundariesResponse(_message.Message):
    __slots__ = ("boundaries", "next_page_token")
    BOUNDARIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    boundaries: _containers.RepeatedCompositeFieldContainer[BoundaryRow]
    next_page_token: str
    def __init__(self, boundaries: _Optional[_Iterable[_Union[BoundaryRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountBoundariesRequest(_message.Message):
    __slots__ = ("parent", "file", "framework", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    file: str
    framework: str
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., file: _Optional[str] = ..., framework: _Optional[str] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountBoundariesResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class PatternConfidenceRow(_message.Message):
    __slots__ = ("pattern_id", "alpha", "beta", "posterior_mean", "credible_interval_low", "credible_interval_high", "tier", "momentum", "last_updated")
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    ALPHA_FIELD_NUMBER: _ClassVar[int]
    BETA_FIELD_NUMBER: _ClassVar[int]
    POSTERIOR_MEAN_FIELD_NUMBER: _ClassVar[int]
    CREDIBLE_INTERVAL_LOW_FIELD_NUMBER: _ClassVar[int]
    CREDIBLE_INTERVAL_HIGH_FIELD_NUMBER: _ClassVar[int]
    TIER_FIELD_NUMBER: _ClassVar[int]
    MOMENTUM_FIELD_NUMBER: _ClassVar[int]
    LAST_UPDATED_FIELD_NUMBER: _ClassVar[int]
    pattern_id: str
    alpha: float
    beta: float
    posterior_mean: float
    credible_interval_low: float
    credible_interval_high: float
    tier: str
    momentum: str
    last_updated: _timestamp_pb2.Timestamp
    def __init__(self, pattern_id: _Optional[str] = ..., alpha: _Optional[float] = ..., beta: _Optional[float] = ..., posterior_mean: _Optional[float] = ..., credible_interval_low: _Optional[float] = ..., credible_interval_high: _Optional[float] = ..., tier: _Optional[str] = ..., momentum: _Optional[str] = ..., last_updated: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PatternConfidenceBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[PatternConfidenceRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[PatternConfidenceRow, _Mapping]]] = ...) -> None: ...

class ListPatternConfidencesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "tier")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TIER_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    tier: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., tier: _Optional[str] = ...) -> None: ...

class ListPatternConfidencesResponse(_message.Message):
    __slots__ = ("pattern_confidences", "next_page_token")
    PATTERN_CONFIDENCES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    pattern_confidences: _containers.RepeatedCompositeFieldContainer[PatternConfidenceRow]
    next_page_token: str
    def __init__(self, pattern_confidences: _Optional[_Iterable[_Union[PatternConfidenceRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountPatternConfidencesRequest(_message.Message):
    __slots__ = ("parent", "tier", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    TIER_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    tier: str
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., tier: _Optional[str] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountPatternConfidencesResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetPatternConfidenceRequest(_message.Message):
    __slots__ = ("parent", "pattern_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    pattern_id: str
    def __init__(self, parent: _Optional[str] = ..., pattern_id: _Optional[str] = ...) -> None: ...

class GetPatternConfidenceResponse(_message.Message):
    __slots__ = ("pattern_confidence",)
    PATTERN_CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    pattern_confidence: PatternConfidenceRow
    def __init__(self, pattern_confidence: _Optional[_Union[PatternConfidenceRow, _Mapping]] = ...) -> None: ...

class OutlierRow(_message.Message):
    __slots__ = ("id", "pattern_id", "file", "line", "deviation_score", "significance", "method", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    DEVIATION_SCORE_FIELD_NUMBER: _ClassVar[int]
    SIGNIFICANCE_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    pattern_id: str
    file: str
    line: int
    deviation_score: float
    significance: str
    method: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., pattern_id: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., deviation_score: _Optional[float] = ..., significance: _Optional[str] = ..., method: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class OutlierBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[OutlierRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[OutlierRow, _Mapping]]] = ...) -> None: ...

class ListOutliersRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "file", "pattern_id", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    file: str
    pattern_id: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., file: _Optional[str] = ..., pattern_id: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListOutliersResponse(_message.Message):
    __slots__ = ("outliers", "next_page_token")
    OUTLIERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    outliers: _containers.RepeatedCompositeFieldContainer[OutlierRow]
    next_page_token: str
    def __init__(self, outliers: _Optional[_Iterable[_Union[OutlierRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountOutliersRequest(_message.Message):
    __slots__ = ("parent", "file", "pattern_id", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    file: str
    pattern_id: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., file: _Optional[str] = ..., pattern_id: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountOutliersResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class ConventionRow(_message.Message):
    __slots__ = ("id", "pattern_id", "category", "scope", "dominance_ratio", "promotion_status", "discovered_at", "last_seen", "expires_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    DOMINANCE_RATIO_FIELD_NUMBER: _ClassVar[int]
    PROMOTION_STATUS_FIELD_NUMBER: _ClassVar[int]
    DISCOVERED_AT_FIELD_NUMBER: _ClassVar[int]
    LAST_SEEN_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    pattern_id: str
    category: str
    scope: str
    dominance_ratio: float
    promotion_status: str
    discovered_at: _timestamp_pb2.Timestamp
    last_seen: _timestamp_pb2.Timestamp
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., pattern_id: _Optional[str] = ..., category: _Optional[str] = ..., scope: _Optional[str] = ..., dominance_ratio: _Optional[float] = ..., promotion_status: _Optional[str] = ..., discovered_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_seen: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ConventionBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[ConventionRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[ConventionRow, _Mapping]]] = ...) -> None: ...

class ListConventionsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "category")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    category: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., category: _Optional[str] = ...) -> None: ...

class ListConventionsResponse(_message.Message):
    __slots__ = ("conventions", "next_page_token")
    CONVENTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    conventions: _containers.RepeatedCompositeFieldContainer[ConventionRow]
    next_page_token: str
    def __init__(self, conventions: _Optional[_Iterable[_Union[ConventionRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountConventionsRequest(_message.Message):
    __slots__ = ("parent", "category", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    category: str
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., category: _Optional[str] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountConventionsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class ReachabilityEntryRow(_message.Message):
    __slots__ = ("source_node", "direction", "reachable_set", "sensitivity", "computed_at")
    SOURCE_NODE_FIELD_NUMBER: _ClassVar[int]
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    REACHABLE_SET_FIELD_NUMBER: _ClassVar[int]
    SENSITIVITY_FIELD_NUMBER: _ClassVar[int]
    COMPUTED_AT_FIELD_NUMBER: _ClassVar[int]
    source_node: str
    direction: str
    reachable_set: str
    sensitivity: str
    computed_at: _timestamp_pb2.Timestamp
    def __init__(self, source_node: _Optional[str] = ..., direction: _Optional[str] = ..., reachable_set: _Optional[str] = ..., sensitivity: _Optional[str] = ..., computed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ReachabilityEntryBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[ReachabilityEntryRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[ReachabilityEntryRow, _Mapping]]] = ...) -> None: ...

class ListReachabilityEntriesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListReachabilityEntriesResponse(_message.Message):
    __slots__ = ("reachability_entries", "next_page_token")
    REACHABILITY_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    reachability_entries: _containers.RepeatedCompositeFieldContainer[ReachabilityEntryRow]
    next_page_token: str
    def __init__(self, reachability_entries: _Optional[_Iterable[_Union[ReachabilityEntryRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountReachabilityEntriesRequest(_message.Message):
    __slots__ = ("parent", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountReachabilityEntriesResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetReachabilityEntryRequest(_message.Message):
    __slots__ = ("parent", "source_node", "direction")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    SOURCE_NODE_FIELD_NUMBER: _ClassVar[int]
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    parent: str
    source_node: str
    direction: str
    def __init__(self, parent: _Optional[str] = ..., source_node: _Optional[str] = ..., direction: _Optional[str] = ...) -> None: ...

class GetReachabilityEntryResponse(_message.Message):
    __slots__ = ("reachability_entry",)
    REACHABILITY_ENTRY_FIELD_NUMBER: _ClassVar[int]
    reachability_entry: ReachabilityEntryRow
    def __init__(self, reachability_entry: _Optional[_Union[ReachabilityEntryRow, _Mapping]] = ...) -> None: ...

class TaintFlowRow(_message.Message):
    __slots__ = ("id", "source_file", "source_line", "source_type", "sink_file", "sink_line", "sink_type", "cwe_id", "is_sanitized", "path", "confidence", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FILE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_LINE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    SINK_FILE_FIELD_NUMBER: _ClassVar[int]
    SINK_LINE_FIELD_NUMBER: _ClassVar[int]
    SINK_TYPE_FIELD_NUMBER: _ClassVar[int]
    CWE_ID_FIELD_NUMBER: _ClassVar[int]
    IS_SANITIZED_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    source_file: str
    source_line: int
    source_type: str
    sink_file: str
    sink_line: int
    sink_type: str
    cwe_id: int
    is_sanitized: bool
    path: str
    confidence: float
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., source_file: _Optional[str] = ..., source_line: _Optional[int] = ..., source_type: _Optional[str] = ..., sink_file: _Optional[str] = ..., sink_line: _Optional[int] = ..., sink_type: _Optional[str] = ..., cwe_id: _Optional[int] = ..., is_sanitized: _Optional[bool] = ..., path: _Optional[str] = ..., confidence: _Optional[float] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class TaintFlowBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[TaintFlowRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[TaintFlowRow, _Mapping]]] = ...) -> None: ...

class ListTaintFlowsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "source_file", "sink_file", "cwe_id", "is_sanitized", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FILE_FIELD_NUMBER: _ClassVar[int]
    SINK_FILE_FIELD_NUMBER: _ClassVar[int]
    CWE_ID_FIELD_NUMBER: _ClassVar[int]
    IS_SANITIZED_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    source_file: str
    sink_file: str
    cwe_id: int
    is_sanitized: bool
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., source_file: _Optional[str] = ..., sink_file: _Optional[str] = ..., cwe_id: _Optional[int] = ..., is_sanitized: _Optional[bool] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListTaintFlowsResponse(_message.Message):
    __slots__ = ("taint_flows", "next_page_token")
    TAINT_FLOWS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    taint_flows: _containers.RepeatedCompositeFieldContainer[TaintFlowRow]
    next_page_token: str
    def __init__(self, taint_flows: _Optional[_Iterable[_Union[TaintFlowRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountTaintFlowsRequest(_message.Message):
    __slots__ = ("parent", "source_file", "sink_file", "cwe_id", "is_sanitized", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FILE_FIELD_NUMBER: _ClassVar[int]
    SINK_FILE_FIELD_NUMBER: _ClassVar[int]
    CWE_ID_FIELD_NUMBER: _ClassVar[int]
    IS_SANITIZED_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    source_file: str
    sink_file: str
    cwe_id: int
    is_sanitized: bool
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., source_file: _Optional[str] = ..., sink_file: _Optional[str] = ..., cwe_id: _Optional[int] = ..., is_sanitized: _Optional[bool] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountTaintFlowsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class ErrorGapRow(_message.Message):
    __slots__ = ("id", "file", "function_id", "gap_type", "error_type", "propagation_chain", "framework", "cwe_id", "severity", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    GAP_TYPE_FIELD_NUMBER: _ClassVar[int]
    ERROR_TYPE_FIELD_NUMBER: _ClassVar[int]
    PROPAGATION_CHAIN_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_FIELD_NUMBER: _ClassVar[int]
    CWE_ID_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    file: str
    function_id: str
    gap_type: str
    error_type: str
    propagation_chain: str
    framework: str
    cwe_id: int
    severity: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., file: _Optional[str] = ..., function_id: _Optional[str] = ..., gap_type: _Optional[str] = ..., error_type: _Optional[str] = ..., propagation_chain: _Optional[str] = ..., framework: _Optional[str] = ..., cwe_id: _Optional[int] = ..., severity: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ErrorGapBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[ErrorGapRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[ErrorGapRow, _Mapping]]] = ...) -> None: ...

class ListErrorGapsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "file", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    file: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., file: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListErrorGapsResponse(_message.Message):
    __slots__ = ("error_gaps", "next_page_token")
    ERROR_GAPS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    error_gaps: _containers.RepeatedCompositeFieldContainer[ErrorGapRow]
    next_page_token: str
    def __init__(self, error_gaps: _Optional[_Iterable[_Union[ErrorGapRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountErrorGapsRequest(_message.Message):
    __slots__ = ("parent", "file", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    file: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., file: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountErrorGapsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class ImpactScoreRow(_message.Message):
    __slots__ = ("function_id", "blast_radius", "risk_score", "is_dead_code", "dead_code_reason", "exclusion_category", "updated_at")
    FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    BLAST_RADIUS_FIELD_NUMBER: _ClassVar[int]
    RISK_SCORE_FIELD_NUMBER: _ClassVar[int]
    IS_DEAD_CODE_FIELD_NUMBER: _ClassVar[int]
    DEAD_CODE_REASON_FIELD_NUMBER: _ClassVar[int]
    EXCLUSION_CATEGORY_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    function_id: str
    blast_radius: int
    risk_score: float
    is_dead_code: bool
    dead_code_reason: str
    exclusion_category: str
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, function_id: _Optional[str] = ..., blast_radius: _Optional[int] = ..., risk_score: _Optional[float] = ..., is_dead_code: _Optional[bool] = ..., dead_code_reason: _Optional[str] = ..., exclusion_category: _Optional[str] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ImpactScoreBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[ImpactScoreRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[ImpactScoreRow, _Mapping]]] = ...) -> None: ...

class ListImpactScoresRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "is_dead_code")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    IS_DEAD_CODE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    is_dead_code: bool
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., is_dead_code: _Optional[bool] = ...) -> None: ...

class ListImpactScoresResponse(_message.Message):
    __slots__ = ("impact_scores", "next_page_token")
    IMPACT_SCORES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    impact_scores: _containers.RepeatedCompositeFieldContainer[ImpactScoreRow]
    next_page_token: str
    def __init__(self, impact_scores: _Optional[_Iterable[_Union[ImpactScoreRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountImpactScoresRequest(_message.Message):
    __slots__ = ("parent", "is_dead_code", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    IS_DEAD_CODE_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    is_dead_code: bool
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., is_dead_code: _Optional[bool] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountImpactScoresResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetImpactScoreRequest(_message.Message):
    __slots__ = ("parent", "function_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    function_id: str
    def __init__(self, parent: _Optional[str] = ..., function_id: _Optional[str] = ...) -> None: ...

class GetImpactScoreResponse(_message.Message):
    __slots__ = ("impact_score",)
    IMPACT_SCORE_FIELD_NUMBER: _ClassVar[int]
    impact_score: ImpactScoreRow
    def __init__(self, impact_score: _Optional[_Union[ImpactScoreRow, _Mapping]] = ...) -> None: ...

class TestCoverageLinkRow(_message.Message):
    __slots__ = ("test_function_id", "source_function_id", "coverage_type")
    TEST_FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    COVERAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    test_function_id: str
    source_function_id: str
    coverage_type: str
    def __init__(self, test_function_id: _Optional[str] = ..., source_function_id: _Optional[str] = ..., coverage_type: _Optional[str] = ...) -> None: ...

class TestCoverageLinkBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[TestCoverageLinkRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[TestCoverageLinkRow, _Mapping]]] = ...) -> None: ...

class ListTestCoverageLinksRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "source_function_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    source_function_id: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., source_function_id: _Optional[str] = ...) -> None: ...

class ListTestCoverageLinksResponse(_message.Message):
    __slots__ = ("test_coverage_links", "next_page_token")
    TEST_COVERAGE_LINKS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    test_coverage_links: _containers.RepeatedCompositeFieldContainer[TestCoverageLinkRow]
    next_page_token: str
    def __init__(self, test_coverage_links: _Optional[_Iterable[_Union[TestCoverageLinkRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountTestCoverageLinksRequest(_message.Message):
    __slots__ = ("parent", "source_function_id", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    source_function_id: str
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., source_function_id: _Optional[str] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountTestCoverageLinksResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetTestCoverageLinkRequest(_message.Message):
    __slots__ = ("parent", "test_function_id", "source_function_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    TEST_FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    test_function_id: str
    source_function_id: str
    def __init__(self, parent: _Optional[str] = ..., test_function_id: _Optional[str] = ..., source_function_id: _Optional[str] = ...) -> None: ...

class GetTestCoverageLinkResponse(_message.Message):
    __slots__ = ("test_coverage_link",)
    TEST_COVERAGE_LINK_FIELD_NUMBER: _ClassVar[int]
    test_coverage_link: TestCoverageLinkRow
    def __init__(self, test_coverage_link: _Optional[_Union[TestCoverageLinkRow, _Mapping]] = ...) -> None: ...

class TestQualityScoreRow(_message.Message):
    __slots__ = ("function_id", "coverage_breadth", "coverage_depth", "assertion_density", "mock_ratio", "isolation", "freshness", "stability", "overall_score", "smells", "updated_at")
    FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    COVERAGE_BREADTH_FIELD_NUMBER: _ClassVar[int]
    COVERAGE_DEPTH_FIELD_NUMBER: _ClassVar[int]
    ASSERTION_DENSITY_FIELD_NUMBER: _ClassVar[int]
    MOCK_RATIO_FIELD_NUMBER: _ClassVar[int]
    ISOLATION_FIELD_NUMBER: _ClassVar[int]
    FRESHNESS_FIELD_NUMBER: _ClassVar[int]
    STABILITY_FIELD_NUMBER: _ClassVar[int]
    OVERALL_SCORE_FIELD_NUMBER: _ClassVar[int]
    SMELLS_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    function_id: str
    coverage_breadth: float
    coverage_depth: float
    assertion_density: float
    mock_ratio: float
    isolation: float
    freshness: float
    stability: float
    overall_score: float
    smells: str
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, function_id: _Optional[str] = ..., coverage_breadth: _Optional[float] = ..., coverage_depth: _Optional[float] = ..., assertion_density: _Optional[float] = ..., mock_ratio: _Optional[float] = ..., isolation: _Optional[float] = ..., freshness: _Optional[float] = ..., stability: _Optional[float] = ..., overall_score: _Optional[float] = ..., smells: _Optional[str] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class TestQualityScoreBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[TestQualityScoreRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[TestQualityScoreRow, _Mapping]]] = ...) -> None: ...

class ListTestQualityScoresRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListTestQualityScoresResponse(_message.Message):
    __slots__ = ("test_quality_scores", "next_page_token")
    TEST_QUALITY_SCORES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    test_quality_scores: _containers.RepeatedCompositeFieldContainer[TestQualityScoreRow]
    next_page_token: str
    def __init__(self, test_quality_scores: _Optional[_Iterable[_Union[TestQualityScoreRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountTestQualityScoresRequest(_message.Message):
    __slots__ = ("parent", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountTestQualityScoresResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetTestQualityScoreRequest(_message.Message):
    __slots__ = ("parent", "function_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    function_id: str
    def __init__(self, parent: _Optional[str] = ..., function_id: _Optional[str] = ...) -> None: ...

class GetTestQualityScoreResponse(_message.Message):
    __slots__ = ("test_quality_score",)
    TEST_QUALITY_SCORE_FIELD_NUMBER: _ClassVar[int]
    test_quality_score: TestQualityScoreRow
    def __init__(self, test_quality_score: _Optional[_Union[TestQualityScoreRow, _Mapping]] = ...) -> None: ...

class CouplingMetricRow(_message.Message):
    __slots__ = ("module", "ce", "ca", "instability", "abstractness", "distance", "zone", "updated_at")
    MODULE_FIELD_NUMBER: _ClassVar[int]
    CE_FIELD_NUMBER: _ClassVar[int]
    CA_FIELD_NUMBER: _ClassVar[int]
    INSTABILITY_FIELD_NUMBER: _ClassVar[int]
    ABSTRACTNESS_FIELD_NUMBER: _ClassVar[int]
    DISTANCE_FIELD_NUMBER: _ClassVar[int]
    ZONE_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    module: str
    ce: int
    ca: int
    instability: float
    abstractness: float
    distance: float
    zone: str
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, module: _Optional[str] = ..., ce: _Optional[int] = ..., ca: _Optional[int] = ..., instability: _Optional[float] = ..., abstractness: _Optional[float] = ..., distance: _Optional[float] = ..., zone: _Optional[str] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CouplingMetricBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[CouplingMetricRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[CouplingMetricRow, _Mapping]]] = ...) -> None: ...

class ListCouplingMetricsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "zone")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ZONE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    zone: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., zone: _Optional[str] = ...) -> None: ...

class ListCouplingMetricsResponse(_message.Message):
    __slots__ = ("coupling_metrics", "next_page_token")
    COUPLING_METRICS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    coupling_metrics: _containers.RepeatedCompositeFieldContainer[CouplingMetricRow]
    next_page_token: str
    def __init__(self, coupling_metrics: _Optional[_Iterable[_Union[CouplingMetricRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountCouplingMetricsRequest(_message.Message):
    __slots__ = ("parent", "zone", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    ZONE_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    zone: str
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., zone: _Optional[str] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountCouplingMetricsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetCouplingMetricRequest(_message.Message):
    __slots__ = ("parent", "module")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    MODULE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    module: str
    def __init__(self, parent: _Optional[str] = ..., module: _Optional[str] = ...) -> None: ...

class GetCouplingMetricResponse(_message.Message):
    __slots__ = ("coupling_metric",)
    COUPLING_METRIC_FIELD_NUMBER: _ClassVar[int]
    coupling_metric: CouplingMetricRow
    def __init__(self, coupling_metric: _Optional[_Union[CouplingMetricRow, _Mapping]] = ...) -> None: ...

class CouplingCycleRow(_message.Message):
    __slots__ = ("id", "members", "break_suggestions", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    BREAK_SUGGESTIONS_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    members: str
    break_suggestions: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., members: _Optional[str] = ..., break_suggestions: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CouplingCycleBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[CouplingCycleRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[CouplingCycleRow, _Mapping]]] = ...) -> None: ...

class ListCouplingCyclesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListCouplingCyclesResponse(_message.Message):
    __slots__ = ("coupling_cycles", "next_page_token")
    COUPLING_CYCLES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    coupling_cycles: _containers.RepeatedCompositeFieldContainer[CouplingCycleRow]
    next_page_token: str
    def __init__(self, coupling_cycles: _Optional[_Iterable[_Union[CouplingCycleRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountCouplingCyclesRequest(_message.Message):
    __slots__ = ("parent", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountCouplingCyclesResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class ConstraintRow(_message.Message):
    __slots__ = ("id", "description", "invariant_type", "target", "scope", "source", "enabled", "created_at", "updated_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    INVARIANT_TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    description: str
    invariant_type: str
    target: str
    scope: str
    source: str
    enabled: bool
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., description: _Optional[str] = ..., invariant_type: _Optional[str] = ..., target: _Optional[str] = ..., scope: _Optional[str] = ..., source: _Optional[str] = ..., enabled: _Optional[bool] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ConstraintBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[ConstraintRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[ConstraintRow, _Mapping]]] = ...) -> None: ...

class ListConstraintsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "enabled")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    enabled: bool
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., enabled: _Optional[bool] = ...) -> None: ...

class ListConstraintsResponse(_message.Message):
    __slots__ = ("constraints", "next_page_token")
    CONSTRAINTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    constraints: _containers.RepeatedCompositeFieldContainer[ConstraintRow]
    next_page_token: str
    def __init__(self, constraints: _Optional[_Iterable[_Union[ConstraintRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountConstraintsRequest(_message.Message):
    __slots__ = ("parent", "enabled", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    enabled: bool
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., enabled: _Optional[bool] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountConstraintsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetConstraintRequest(_message.Message):
    __slots__ = ("parent", "id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    id: str
    def __init__(self, parent: _Optional[str] = ..., id: _Optional[str] = ...) -> None: ...

class GetConstraintResponse(_message.Message):
    __slots__ = ("constraint",)
    CONSTRAINT_FIELD_NUMBER: _ClassVar[int]
    constraint: ConstraintRow
    def __init__(self, constraint: _Optional[_Union[ConstraintRow, _Mapping]] = ...) -> None: ...

class ConstraintVerificationRow(_message.Message):
    __slots__ = ("id", "constraint_id", "passed", "violations", "verified_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    CONSTRAINT_ID_FIELD_NUMBER: _ClassVar[int]
    PASSED_FIELD_NUMBER: _ClassVar[int]
    VIOLATIONS_FIELD_NUMBER: _ClassVar[int]
    VERIFIED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    constraint_id: str
    passed: bool
    violations: str
    verified_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., constraint_id: _Optional[str] = ..., passed: _Optional[bool] = ..., violations: _Optional[str] = ..., verified_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ConstraintVerificationBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[ConstraintVerificationRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[ConstraintVerificationRow, _Mapping]]] = ...) -> None: ...

class ListConstraintVerificationsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "constraint_id", "verified_at_from", "verified_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CONSTRAINT_ID_FIELD_NUMBER: _ClassVar[int]
    VERIFIED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    VERIFIED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    constraint_id: str
    verified_at_from: _timestamp_pb2.Timestamp
    verified_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., constraint_id: _Optional[str] = ..., verified_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., verified_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListConstraintVerificationsResponse(_message.Message):
    __slots__ = ("constraint_verifications", "next_page_token")
    CONSTRAINT_VERIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    constraint_verifications: _containers.RepeatedCompositeFieldContainer[ConstraintVerificationRow]
    next_page_token: str
    def __init__(self, constraint_verifications: _Optional[_Iterable[_Union[ConstraintVerificationRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountConstraintVerificationsRequest(_message.Message):
    __slots__ = ("parent", "constraint_id", "verified_at_from", "verified_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    CONSTRAINT_ID_FIELD_NUMBER: _ClassVar[int]
    VERIFIED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    VERIFIED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    constraint_id: str
    verified_at_from: _timestamp_pb2.Timestamp
    verified_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., constraint_id: _Optional[str] = ..., verified_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., verified_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountConstraintVerificationsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class ContractRow(_message.Message):
    __slots__ = ("id", "paradigm", "source_file", "framework", "confidence", "endpoints", "created_at", "updated_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    PARADIGM_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FILE_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    ENDPOINTS_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    paradigm: str
    source_file: str
    framework: str
    confidence: float
    endpoints: str
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., paradigm: _Optional[str] = ..., source_file: _Optional[str] = ..., framework: _Optional[str] = ..., confidence: _Optional[float] = ..., endpoints: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ContractBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[ContractRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[ContractRow, _Mapping]]] = ...) -> None: ...

class ListContractsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "source_file", "paradigm")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FILE_FIELD_NUMBER: _ClassVar[int]
    PARADIGM_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    source_file: str
    paradigm: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., source_file: _Optional[str] = ..., paradigm: _Optional[str] = ...) -> None: ...

class ListContractsResponse(_message.Message):
    __slots__ = ("contracts", "next_page_token")
    CONTRACTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    contracts: _containers.RepeatedCompositeFieldContainer[ContractRow]
    next_page_token: str
    def __init__(self, contracts: _Optional[_Iterable[_Union[ContractRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountContractsRequest(_message.Message):
    __slots__ = ("parent", "source_file", "paradigm", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FILE_FIELD_NUMBER: _ClassVar[int]
    PARADIGM_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    source_file: str
    paradigm: str
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., source_file: _Optional[str] = ..., paradigm: _Optional[str] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountContractsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetContractRequest(_message.Message):
    __slots__ = ("parent", "id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    id: str
    def __init__(self, parent: _Optional[str] = ..., id: _Optional[str] = ...) -> None: ...

class GetContractResponse(_message.Message):
    __slots__ = ("contract",)
    CONTRACT_FIELD_NUMBER: _ClassVar[int]
    contract: ContractRow
    def __init__(self, contract: _Optional[_Union[ContractRow, _Mapping]] = ...) -> None: ...

class ContractMismatchRow(_message.Message):
    __slots__ = ("id", "backend_endpoint", "frontend_call", "mismatch_type", "severity", "message", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    BACKEND_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    FRONTEND_CALL_FIELD_NUMBER: _ClassVar[int]
    MISMATCH_TYPE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    backend_endpoint: str
    frontend_call: str
    mismatch_type: str
    severity: str
    message: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., backend_endpoint: _Optional[str] = ..., frontend_call: _Optional[str] = ..., mismatch_type: _Optional[str] = ..., severity: _Optional[str] = ..., message: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ContractMismatchBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[ContractMismatchRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[ContractMismatchRow, _Mapping]]] = ...) -> None: ...

class ListContractMismatchesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "mismatch_type", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    MISMATCH_TYPE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    mismatch_type: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., mismatch_type: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListContractMismatchesResponse(_message.Message):
    __slots__ = ("contract_mismatches", "next_page_token")
    CONTRACT_MISMATCHES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    contract_mismatches: _containers.RepeatedCompositeFieldContainer[ContractMismatchRow]
    next_page_token: str
    def __init__(self, contract_mismatches: _Optional[_Iterable[_Union[ContractMismatchRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountContractMismatchesRequest(_message.Message):
    __slots__ = ("parent", "mismatch_type", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    MISMATCH_TYPE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    mismatch_type: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., mismatch_type: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountContractMismatchesResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class ConstantRow(_message.Message):
    __slots__ = ("id", "constant_name", "value", "file", "line", "is_used", "language", "is_named", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    CONSTANT_NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    IS_USED_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    IS_NAMED_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    constant_name: str
    value: str
    file: str
    line: int
    is_used: bool
    language: str
    is_named: bool
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., constant_name: _Optional[str] = ..., value: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., is_used: _Optional[bool] = ..., language: _Optional[str] = ..., is_named: _Optional[bool] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ConstantBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[ConstantRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[ConstantRow, _Mapping]]] = ...) -> None: ...

class ListConstantsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "file", "is_used", "is_named")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    IS_USED_FIELD_NUMBER: _ClassVar[int]
    IS_NAMED_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    file: str
    is_used: bool
    is_named: bool
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., file: _Optional[str] = ..., is_used: _Optional[bool] = ..., is_named: _Optional[bool] = ...) -> None: ...

class ListConstantsResponse(_message.Message):
    __slots__ = ("constants", "next_page_token")
    CONSTANTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    constants: _containers.RepeatedCompositeFieldContainer[ConstantRow]
    next_page_token: str
    def __init__(self, constants: _Optional[_Iterable[_Union[ConstantRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountConstantsRequest(_message.Message):
    __slots__ = ("parent", "file", "is_used", "is_named", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    IS_USED_FIELD_NUMBER: _ClassVar[int]
    IS_NAMED_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    file: str
    is_used: bool
    is_named: bool
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., file: _Optional[str] = ..., is_used: _Optional[bool] = ..., is_named: _Optional[bool] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountConstantsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class SecretRow(_message.Message):
    __slots__ = ("id", "pattern_name", "redacted_value", "file", "line", "severity", "entropy", "confidence", "cwe_ids", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    PATTERN_NAME_FIELD_NUMBER: _ClassVar[int]
    REDACTED_VALUE_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    ENTROPY_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    CWE_IDS_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    pattern_name: str
    redacted_value: str
    file: str
    line: int
    severity: str
    entropy: float
    confidence: float
    cwe_ids: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., pattern_name: _Optional[str] = ..., redacted_value: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., severity: _Optional[str] = ..., entropy: _Optional[float] = ..., confidence: _Optional[float] = ..., cwe_ids: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SecretBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[SecretRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[SecretRow, _Mapping]]] = ...) -> None: ...

class ListSecretsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "file", "severity", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    file: str
    severity: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., file: _Optional[str] = ..., severity: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListSecretsResponse(_message.Message):
    __slots__ = ("secrets", "next_page_token")
    SECRETS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    secrets: _containers.RepeatedCompositeFieldContainer[SecretRow]
    next_page_token: str
    def __init__(self, secrets: _Optional[_Iterable[_Union[SecretRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountSecretsRequest(_message.Message):
    __slots__ = ("parent", "file", "severity", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    file: str
    severity: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., file: _Optional[str] = ..., severity: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountSecretsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class EnvVariableRow(_message.Message):
    __slots__ = ("id", "env_variable_name", "file", "line", "access_method", "has_default", "defined_in_env", "framework_prefix", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    ENV_VARIABLE_NAME_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    ACCESS_METHOD_FIELD_NUMBER: _ClassVar[int]
    HAS_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    DEFINED_IN_ENV_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_PREFIX_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    env_variable_name: str
    file: str
    line: int
    access_method: str
    has_default: bool
    defined_in_env: bool
    framework_prefix: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., env_variable_name: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., access_method: _Optional[str] = ..., has_default: _Optional[bool] = ..., defined_in_env: _Optional[bool] = ..., framework_prefix: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class EnvVariableBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[EnvVariableRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[EnvVariableRow, _Mapping]]] = ...) -> None: ...

class ListEnvVariablesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "file", "env_variable_name", "defined_in_env", "has_default")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    ENV_VARIABLE_NAME_FIELD_NUMBER: _ClassVar[int]
    DEFINED_IN_ENV_FIELD_NUMBER: _ClassVar[int]
    HAS_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    file: str
    env_variable_name: str
    defined_in_env: bool
    has_default: bool
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., file: _Optional[str] = ..., env_variable_name: _Optional[str] = ..., defined_in_env: _Optional[bool] = ..., has_default: _Optional[bool] = ...) -> None: ...

class ListEnvVariablesResponse(_message.Message):
    __slots__ = ("env_variables", "next_page_token")
    ENV_VARIABLES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    env_variables: _containers.RepeatedCompositeFieldContainer[EnvVariableRow]
    next_page_token: str
    def __init__(self, env_variables: _Optional[_Iterable[_Union[EnvVariableRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountEnvVariablesRequest(_message.Message):
    __slots__ = ("parent", "file", "env_variable_name", "defined_in_env", "has_default", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    ENV_VARIABLE_NAME_FIELD_NUMBER: _ClassVar[int]
    DEFINED_IN_ENV_FIELD_NUMBER: _ClassVar[int]
    HAS_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    file: str
    env_variable_name: str
    defined_in_env: bool
    has_default: bool
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., file: _Optional[str] = ..., env_variable_name: _Optional[str] = ..., defined_in_env: _Optional[bool] = ..., has_default: _Optional[bool] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountEnvVariablesResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class WrapperRow(_message.Message):
    __slots__ = ("id", "wrapper_name", "file", "line", "category", "wrapped_primitives", "framework", "confidence", "is_multi_primitive", "is_exported", "usage_count", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    WRAPPER_NAME_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    WRAPPED_PRIMITIVES_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    IS_MULTI_PRIMITIVE_FIELD_NUMBER: _ClassVar[int]
    IS_EXPORTED_FIELD_NUMBER: _ClassVar[int]
    USAGE_COUNT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    wrapper_name: str
    file: str
    line: int
    category: str
    wrapped_primitives: str
    framework: str
    confidence: float
    is_multi_primitive: bool
    is_exported: bool
    usage_count: int
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., wrapper_name: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., category: _Optional[str] = ..., wrapped_primitives: _Optional[str] = ..., framework: _Optional[str] = ..., confidence: _Optional[float] = ..., is_multi_primitive: _Optional[bool] = ..., is_exported: _Optional[bool] = ..., usage_count: _Optional[int] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class WrapperBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[WrapperRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[WrapperRow, _Mapping]]] = ...) -> None: ...

class ListWrappersRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "file", "category")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    file: str
    category: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., file: _Optional[str] = ..., category: _Optional[str] = ...) -> None: ...

class ListWrappersResponse(_message.Message):
    __slots__ = ("wrappers", "next_page_token")
    WRAPPERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    wrappers: _containers.RepeatedCompositeFieldContainer[WrapperRow]
    next_page_token: str
    def __init__(self, wrappers: _Optional[_Iterable[_Union[WrapperRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountWrappersRequest(_message.Message):
    __slots__ = ("parent", "file", "category", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    file: str
    category: str
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., file: _Optional[str] = ..., category: _Optional[str] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountWrappersResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class DnaGeneRow(_message.Message):
    __slots__ = ("gene_id", "dna_gene_name", "description", "dominant_allele", "alleles", "confidence", "consistency", "exemplars", "updated_at")
    GENE_ID_FIELD_NUMBER: _ClassVar[int]
    DNA_GENE_NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    DOMINANT_ALLELE_FIELD_NUMBER: _ClassVar[int]
    ALLELES_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    CONSISTENCY_FIELD_NUMBER: _ClassVar[int]
    EXEMPLARS_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    gene_id: str
    dna_gene_name: str
    description: str
    dominant_allele: str
    alleles: str
    confidence: float
    consistency: float
    exemplars: str
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, gene_id: _Optional[str] = ..., dna_gene_name: _Optional[str] = ..., description: _Optional[str] = ..., dominant_allele: _Optional[str] = ..., alleles: _Optional[str] = ..., confidence: _Optional[float] = ..., consistency: _Optional[float] = ..., exemplars: _Optional[str] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class DnaGeneBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[DnaGeneRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[DnaGeneRow, _Mapping]]] = ...) -> None: ...

class ListDnaGenesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListDnaGenesResponse(_message.Message):
    __slots__ = ("dna_genes", "next_page_token")
    DNA_GENES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    dna_genes: _containers.RepeatedCompositeFieldContainer[DnaGeneRow]
    next_page_token: str
    def __init__(self, dna_genes: _Optional[_Iterable[_Union[DnaGeneRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountDnaGenesRequest(_message.Message):
    __slots__ = ("parent", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountDnaGenesResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetDnaGeneRequest(_message.Message):
    __slots__ = ("parent", "gene_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    GENE_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    gene_id: str
    def __init__(self, parent: _Optional[str] = ..., gene_id: _Optional[str] = ...) -> None: ...

class GetDnaGeneResponse(_message.Message):
    __slots__ = ("dna_gene",)
    DNA_GENE_FIELD_NUMBER: _ClassVar[int]
    dna_gene: DnaGeneRow
    def __init__(self, dna_gene: _Optional[_Union[DnaGeneRow, _Mapping]] = ...) -> None: ...

class DnaMutationRow(_message.Message):
    __slots__ = ("id", "file", "line", "gene_id", "expected", "actual", "impact", "code", "suggestion", "detected_at", "resolved", "resolved_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    GENE_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_FIELD_NUMBER: _ClassVar[int]
    ACTUAL_FIELD_NUMBER: _ClassVar[int]
    IMPACT_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    SUGGESTION_FIELD_NUMBER: _ClassVar[int]
    DETECTED_AT_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    file: str
    line: int
    gene_id: str
    expected: str
    actual: str
    impact: str
    code: str
    suggestion: str
    detected_at: _timestamp_pb2.Timestamp
    resolved: bool
    resolved_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., gene_id: _Optional[str] = ..., expected: _Optional[str] = ..., actual: _Optional[str] = ..., impact: _Optional[str] = ..., code: _Optional[str] = ..., suggestion: _Optional[str] = ..., detected_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., resolved: _Optional[bool] = ..., resolved_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class DnaMutationBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[DnaMutationRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[DnaMutationRow, _Mapping]]] = ...) -> None: ...

class ListDnaMutationsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "file", "gene_id", "resolved", "detected_at_from", "detected_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    GENE_ID_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_FIELD_NUMBER: _ClassVar[int]
    DETECTED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    DETECTED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    file: str
    gene_id: str
    resolved: bool
    detected_at_from: _timestamp_pb2.Timestamp
    detected_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., file: _Optional[str] = ..., gene_id: _Optional[str] = ..., resolved: _Optional[bool] = ..., detected_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., detected_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListDnaMutationsResponse(_message.Message):
    __slots__ = ("dna_mutations", "next_page_token")
    DNA_MUTATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    dna_mutations: _containers.RepeatedCompositeFieldContainer[DnaMutationRow]
    next_page_token: str
    def __init__(self, dna_mutations: _Optional[_Iterable[_Union[DnaMutationRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountDnaMutationsRequest(_message.Message):
    __slots__ = ("parent", "file", "gene_id", "resolved", "detected_at_from", "detected_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    GENE_ID_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_FIELD_NUMBER: _ClassVar[int]
    DETECTED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    DETECTED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    file: str
    gene_id: str
    resolved: bool
    detected_at_from: _timestamp_pb2.Timestamp
    detected_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., file: _Optional[str] = ..., gene_id: _Optional[str] = ..., resolved: _Optional[bool] = ..., detected_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., detected_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountDnaMutationsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetDnaMutationRequest(_message.Message):
    __slots__ = ("parent", "id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    id: str
    def __init__(self, parent: _Optional[str] = ..., id: _Optional[str] = ...) -> None: ...

class GetDnaMutationResponse(_message.Message):
    __slots__ = ("dna_mutation",)
    DNA_MUTATION_FIELD_NUMBER: _ClassVar[int]
    dna_mutation: DnaMutationRow
    def __init__(self, dna_mutation: _Optional[_Union[DnaMutationRow, _Mapping]] = ...) -> None: ...

class CryptoFindingRow(_message.Message):
    __slots__ = ("id", "file", "line", "category", "description", "code", "confidence", "cwe_id", "owasp", "remediation", "language", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    CWE_ID_FIELD_NUMBER: _ClassVar[int]
    OWASP_FIELD_NUMBER: _ClassVar[int]
    REMEDIATION_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    file: str
    line: int
    category: str
    description: str
    code: str
    confidence: float
    cwe_id: int
    owasp: str
    remediation: str
    language: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., category: _Optional[str] = ..., description: _Optional[str] = ..., code: _Optional[str] = ..., confidence: _Optional[float] = ..., cwe_id: _Optional[int] = ..., owasp: _Optional[str] = ..., remediation: _Optional[str] = ..., language: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CryptoFindingBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[CryptoFindingRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[CryptoFindingRow, _Mapping]]] = ...) -> None: ...

class ListCryptoFindingsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "file", "category", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    file: str
    category: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., file: _Optional[str] = ..., category: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListCryptoFindingsResponse(_message.Message):
    __slots__ = ("crypto_findings", "next_page_token")
    CRYPTO_FINDINGS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    crypto_findings: _containers.RepeatedCompositeFieldContainer[CryptoFindingRow]
    next_page_token: str
    def __init__(self, crypto_findings: _Optional[_Iterable[_Union[CryptoFindingRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountCryptoFindingsRequest(_message.Message):
    __slots__ = ("parent", "file", "category", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    file: str
    category: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., file: _Optional[str] = ..., category: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountCryptoFindingsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class OwaspFindingRow(_message.Message):
    __slots__ = ("id", "detector", "file", "line", "description", "severity", "cwes", "owasp_categories", "confidence", "remediation", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    DETECTOR_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    CWES_FIELD_NUMBER: _ClassVar[int]
    OWASP_CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    REMEDIATION_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    detector: str
    file: str
    line: int
    description: str
    severity: float
    cwes: str
    owasp_categories: str
    confidence: float
    remediation: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., detector: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., description: _Optional[str] = ..., severity: _Optional[float] = ..., cwes: _Optional[str] = ..., owasp_categories: _Optional[str] = ..., confidence: _Optional[float] = ..., remediation: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class OwaspFindingBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[OwaspFindingRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[OwaspFindingRow, _Mapping]]] = ...) -> None: ...

class ListOwaspFindingsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "file", "detector", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    DETECTOR_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    file: str
    detector: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., file: _Optional[str] = ..., detector: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListOwaspFindingsResponse(_message.Message):
    __slots__ = ("owasp_findings", "next_page_token")
    OWASP_FINDINGS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    owasp_findings: _containers.RepeatedCompositeFieldContainer[OwaspFindingRow]
    next_page_token: str
    def __init__(self, owasp_findings: _Optional[_Iterable[_Union[OwaspFindingRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountOwaspFindingsRequest(_message.Message):
    __slots__ = ("parent", "file", "detector", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    DETECTOR_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    file: str
    detector: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., file: _Optional[str] = ..., detector: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountOwaspFindingsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetOwaspFindingRequest(_message.Message):
    __slots__ = ("parent", "id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    id: str
    def __init__(self, parent: _Optional[str] = ..., id: _Optional[str] = ...) -> None: ...

class GetOwaspFindingResponse(_message.Message):
    __slots__ = ("owasp_finding",)
    OWASP_FINDING_FIELD_NUMBER: _ClassVar[int]
    owasp_finding: OwaspFindingRow
    def __init__(self, owasp_finding: _Optional[_Union[OwaspFindingRow, _Mapping]] = ...) -> None: ...

class DecompositionDecisionRow(_message.Message):
    __slots__ = ("id", "dna_profile_hash", "adjustment", "confidence", "dna_similarity", "narrative", "source_dna_hash", "applied_weight", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    DNA_PROFILE_HASH_FIELD_NUMBER: _ClassVar[int]
    ADJUSTMENT_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    DNA_SIMILARITY_FIELD_NUMBER: _ClassVar[int]
    NARRATIVE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_DNA_HASH_FIELD_NUMBER: _ClassVar[int]
    APPLIED_WEIGHT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    dna_profile_hash: str
    adjustment: str
    confidence: float
    dna_similarity: float
    narrative: str
    source_dna_hash: str
    applied_weight: float
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., dna_profile_hash: _Optional[str] = ..., adjustment: _Optional[str] = ..., confidence: _Optional[float] = ..., dna_similarity: _Optional[float] = ..., narrative: _Optional[str] = ..., source_dna_hash: _Optional[str] = ..., applied_weight: _Optional[float] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class DecompositionDecisionBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[DecompositionDecisionRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[DecompositionDecisionRow, _Mapping]]] = ...) -> None: ...

class ListDecompositionDecisionsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "dna_profile_hash", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    DNA_PROFILE_HASH_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    dna_profile_hash: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., dna_profile_hash: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListDecompositionDecisionsResponse(_message.Message):
    __slots__ = ("decomposition_decisions", "next_page_token")
    DECOMPOSITION_DECISIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    decomposition_decisions: _containers.RepeatedCompositeFieldContainer[DecompositionDecisionRow]
    next_page_token: str
    def __init__(self, decomposition_decisions: _Optional[_Iterable[_Union[DecompositionDecisionRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountDecompositionDecisionsRequest(_message.Message):
    __slots__ = ("parent", "dna_profile_hash", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    DNA_PROFILE_HASH_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    dna_profile_hash: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., dna_profile_hash: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountDecompositionDecisionsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class ViolationRow(_message.Message):
    __slots__ = ("id", "file", "line", "column_num", "end_line", "end_column", "severity", "pattern_id", "rule_id", "message", "quick_fix_strategy", "quick_fix_description", "cwe_id", "owasp_category", "suppressed", "is_new", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    COLUMN_NUM_FIELD_NUMBER: _ClassVar[int]
    END_LINE_FIELD_NUMBER: _ClassVar[int]
    END_COLUMN_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    RULE_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    QUICK_FIX_STRATEGY_FIELD_NUMBER: _ClassVar[int]
    QUICK_FIX_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CWE_ID_FIELD_NUMBER: _ClassVar[int]
    OWASP_CATEGORY_FIELD_NUMBER: _ClassVar[int]
    SUPPRESSED_FIELD_NUMBER: _ClassVar[int]
    IS_NEW_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    file: str
    line: int
    column_num: int
    end_line: int
    end_column: int
    severity: str
    pattern_id: str
    rule_id: str
    message: str
    quick_fix_strategy: str
    quick_fix_description: str
    cwe_id: int
    owasp_category: str
    suppressed: bool
    is_new: bool
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., column_num: _Optional[int] = ..., end_line: _Optional[int] = ..., end_column: _Optional[int] = ..., severity: _Optional[str] = ..., pattern_id: _Optional[str] = ..., rule_id: _Optional[str] = ..., message: _Optional[str] = ..., quick_fix_strategy: _Optional[str] = ..., quick_fix_description: _Optional[str] = ..., cwe_id: _Optional[int] = ..., owasp_category: _Optional[str] = ..., suppressed: _Optional[bool] = ..., is_new: _Optional[bool] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ViolationBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[ViolationRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[ViolationRow, _Mapping]]] = ...) -> None: ...

class ListViolationsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "file", "severity", "suppressed", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    SUPPRESSED_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    file: str
    severity: str
    suppressed: bool
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., file: _Optional[str] = ..., severity: _Optional[str] = ..., suppressed: _Optional[bool] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListViolationsResponse(_message.Message):
    __slots__ = ("violations", "next_page_token")
    VIOLATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    violations: _containers.RepeatedCompositeFieldContainer[ViolationRow]
    next_page_token: str
    def __init__(self, violations: _Optional[_Iterable[_Union[ViolationRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountViolationsRequest(_message.Message):
    __slots__ = ("parent", "file", "severity", "suppressed", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    SUPPRESSED_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    file: str
    severity: str
    suppressed: bool
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., file: _Optional[str] = ..., severity: _Optional[str] = ..., suppressed: _Optional[bool] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountViolationsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetViolationRequest(_message.Message):
    __slots__ = ("parent", "id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    id: str
    def __init__(self, parent: _Optional[str] = ..., id: _Optional[str] = ...) -> None: ...

class GetViolationResponse(_message.Message):
    __slots__ = ("violation",)
    VIOLATION_FIELD_NUMBER: _ClassVar[int]
    violation: ViolationRow
    def __init__(self, violation: _Optional[_Union[ViolationRow, _Mapping]] = ...) -> None: ...

class GateResultRow(_message.Message):
    __slots__ = ("id", "gate_id", "status", "passed", "score", "summary", "violation_count", "warning_count", "execution_time_ms", "details", "error", "run_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    GATE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PASSED_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_COUNT_FIELD_NUMBER: _ClassVar[int]
    WARNING_COUNT_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    RUN_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    gate_id: str
    status: str
    passed: bool
    score: float
    summary: str
    violation_count: int
    warning_count: int
    execution_time_ms: int
    details: str
    error: str
    run_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., gate_id: _Optional[str] = ..., status: _Optional[str] = ..., passed: _Optional[bool] = ..., score: _Optional[float] = ..., summary: _Optional[str] = ..., violation_count: _Optional[int] = ..., warning_count: _Optional[int] = ..., execution_time_ms: _Optional[int] = ..., details: _Optional[str] = ..., error: _Optional[str] = ..., run_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GateResultBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[GateResultRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[GateResultRow, _Mapping]]] = ...) -> None: ...

class ListGateResultsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "gate_id", "passed", "run_at_from", "run_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    GATE_ID_FIELD_NUMBER: _ClassVar[int]
    PASSED_FIELD_NUMBER: _ClassVar[int]
    RUN_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    RUN_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    gate_id: str
    passed: bool
    run_at_from: _timestamp_pb2.Timestamp
    run_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., gate_id: _Optional[str] = ..., passed: _Optional[bool] = ..., run_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., run_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListGateResultsResponse(_message.Message):
    __slots__ = ("gate_results", "next_page_token")
    GATE_RESULTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    gate_results: _containers.RepeatedCompositeFieldContainer[GateResultRow]
    next_page_token: str
    def __init__(self, gate_results: _Optional[_Iterable[_Union[GateResultRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountGateResultsRequest(_message.Message):
    __slots__ = ("parent", "gate_id", "passed", "run_at_from", "run_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    GATE_ID_FIELD_NUMBER: _ClassVar[int]
    PASSED_FIELD_NUMBER: _ClassVar[int]
    RUN_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    RUN_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    gate_id: str
    passed: bool
    run_at_from: _timestamp_pb2.Timestamp
    run_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., gate_id: _Optional[str] = ..., passed: _Optional[bool] = ..., run_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., run_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountGateResultsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class AuditSnapshotRow(_message.Message):
    __slots__ = ("id", "health_score", "avg_confidence", "approval_ratio", "compliance_rate", "cross_validation_rate", "duplicate_free_rate", "pattern_count", "category_scores", "created_at", "scan_root")
    ID_FIELD_NUMBER: _ClassVar[int]
    HEALTH_SCORE_FIELD_NUMBER: _ClassVar[int]
    AVG_CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    APPROVAL_RATIO_FIELD_NUMBER: _ClassVar[int]
    COMPLIANCE_RATE_FIELD_NUMBER: _ClassVar[int]
    CROSS_VALIDATION_RATE_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_FREE_RATE_FIELD_NUMBER: _ClassVar[int]
    PATTERN_COUNT_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_SCORES_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    SCAN_ROOT_FIELD_NUMBER: _ClassVar[int]
    id: int
    health_score: float
    avg_confidence: float
    approval_ratio: float
    compliance_rate: float
    cross_validation_rate: float
    duplicate_free_rate: float
    pattern_count: int
    category_scores: str
    created_at: _timestamp_pb2.Timestamp
    scan_root: str
    def __init__(self, id: _Optional[int] = ..., health_score: _Optional[float] = ..., avg_confidence: _Optional[float] = ..., approval_ratio: _Optional[float] = ..., compliance_rate: _Optional[float] = ..., cross_validation_rate: _Optional[float] = ..., duplicate_free_rate: _Optional[float] = ..., pattern_count: _Optional[int] = ..., category_scores: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., scan_root: _Optional[str] = ...) -> None: ...

class AuditSnapshotBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[AuditSnapshotRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[AuditSnapshotRow, _Mapping]]] = ...) -> None: ...

class ListAuditSnapshotsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListAuditSnapshotsResponse(_message.Message):
    __slots__ = ("audit_snapshots", "next_page_token")
    AUDIT_SNAPSHOTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    audit_snapshots: _containers.RepeatedCompositeFieldContainer[AuditSnapshotRow]
    next_page_token: str
    def __init__(self, audit_snapshots: _Optional[_Iterable[_Union[AuditSnapshotRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountAuditSnapshotsRequest(_message.Message):
    __slots__ = ("parent", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountAuditSnapshotsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class HealthTrendPointRow(_message.Message):
    __slots__ = ("id", "metric_name", "metric_value", "recorded_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    METRIC_NAME_FIELD_NUMBER: _ClassVar[int]
    METRIC_VALUE_FIELD_NUMBER: _ClassVar[int]
    RECORDED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    metric_name: str
    metric_value: float
    recorded_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., metric_name: _Optional[str] = ..., metric_value: _Optional[float] = ..., recorded_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class HealthTrendPointBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[HealthTrendPointRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[HealthTrendPointRow, _Mapping]]] = ...) -> None: ...

class ListHealthTrendPointsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "metric_name", "recorded_at_from", "recorded_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    METRIC_NAME_FIELD_NUMBER: _ClassVar[int]
    RECORDED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    RECORDED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    metric_name: str
    recorded_at_from: _timestamp_pb2.Timestamp
    recorded_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., metric_name: _Optional[str] = ..., recorded_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., recorded_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListHealthTrendPointsResponse(_message.Message):
    __slots__ = ("health_trend_points", "next_page_token")
    HEALTH_TREND_POINTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    health_trend_points: _containers.RepeatedCompositeFieldContainer[HealthTrendPointRow]
    next_page_token: str
    def __init__(self, health_trend_points: _Optional[_Iterable[_Union[HealthTrendPointRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountHealthTrendPointsRequest(_message.Message):
    __slots__ = ("parent", "metric_name", "recorded_at_from", "recorded_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    METRIC_NAME_FIELD_NUMBER: _ClassVar[int]
    RECORDED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    RECORDED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    metric_name: str
    recorded_at_from: _timestamp_pb2.Timestamp
    recorded_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., metric_name: _Optional[str] = ..., recorded_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., recorded_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountHealthTrendPointsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class FeedbackEntryRow(_message.Message):
    __slots__ = ("id", "violation_id", "pattern_id", "detector_id", "action", "dismissal_reason", "reason", "author", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_ID_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    DETECTOR_ID_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    DISMISSAL_REASON_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    violation_id: str
    pattern_id: str
    detector_id: str
    action: str
    dismissal_reason: str
    reason: str
    author: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., violation_id: _Optional[str] = ..., pattern_id: _Optional[str] = ..., detector_id: _Optional[str] = ..., action: _Optional[str] = ..., dismissal_reason: _Optional[str] = ..., reason: _Optional[str] = ..., author: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class FeedbackEntryBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[FeedbackEntryRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[FeedbackEntryRow, _Mapping]]] = ...) -> None: ...

class ListFeedbackEntriesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "violation_id", "pattern_id", "detector_id", "action", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_ID_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    DETECTOR_ID_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    violation_id: str
    pattern_id: str
    detector_id: str
    action: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., violation_id: _Optional[str] = ..., pattern_id: _Optional[str] = ..., detector_id: _Optional[str] = ..., action: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListFeedbackEntriesResponse(_message.Message):
    __slots__ = ("feedback_entries", "next_page_token")
    FEEDBACK_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    feedback_entries: _containers.RepeatedCompositeFieldContainer[FeedbackEntryRow]
    next_page_token: str
    def __init__(self, feedback_entries: _Optional[_Iterable[_Union[FeedbackEntryRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountFeedbackEntriesRequest(_message.Message):
    __slots__ = ("parent", "violation_id", "pattern_id", "detector_id", "action", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_ID_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    DETECTOR_ID_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    violation_id: str
    pattern_id: str
    detector_id: str
    action: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., violation_id: _Optional[str] = ..., pattern_id: _Optional[str] = ..., detector_id: _Optional[str] = ..., action: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountFeedbackEntriesResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class PolicyResultRow(_message.Message):
    __slots__ = ("id", "policy_name", "aggregation_mode", "overall_passed", "overall_score", "gate_count", "gates_passed", "gates_failed", "details", "run_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    POLICY_NAME_FIELD_NUMBER: _ClassVar[int]
    AGGREGATION_MODE_FIELD_NUMBER: _ClassVar[int]
    OVERALL_PASSED_FIELD_NUMBER: _ClassVar[int]
    OVERALL_SCORE_FIELD_NUMBER: _ClassVar[int]
    GATE_COUNT_FIELD_NUMBER: _ClassVar[int]
    GATES_PASSED_FIELD_NUMBER: _ClassVar[int]
    GATES_FAILED_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    RUN_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    policy_name: str
    aggregation_mode: str
    overall_passed: bool
    overall_score: float
    gate_count: int
    gates_passed: int
    gates_failed: int
    details: str
    run_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., policy_name: _Optional[str] = ..., aggregation_mode: _Optional[str] = ..., overall_passed: _Optional[bool] = ..., overall_score: _Optional[float] = ..., gate_count: _Optional[int] = ..., gates_passed: _Optional[int] = ..., gates_failed: _Optional[int] = ..., details: _Optional[str] = ..., run_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PolicyResultBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[PolicyResultRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[PolicyResultRow, _Mapping]]] = ...) -> None: ...

class ListPolicyResultsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "run_at_from", "run_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    RUN_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    RUN_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    run_at_from: _timestamp_pb2.Timestamp
    run_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., run_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., run_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListPolicyResultsResponse(_message.Message):
    __slots__ = ("policy_results", "next_page_token")
    POLICY_RESULTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    policy_results: _containers.RepeatedCompositeFieldContainer[PolicyResultRow]
    next_page_token: str
    def __init__(self, policy_results: _Optional[_Iterable[_Union[PolicyResultRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountPolicyResultsRequest(_message.Message):
    __slots__ = ("parent", "run_at_from", "run_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    RUN_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    RUN_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    run_at_from: _timestamp_pb2.Timestamp
    run_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., run_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., run_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountPolicyResultsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class DegradationAlertRow(_message.Message):
    __slots__ = ("id", "alert_type", "severity", "message", "current_value", "previous_value", "delta", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    ALERT_TYPE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CURRENT_VALUE_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_VALUE_FIELD_NUMBER: _ClassVar[int]
    DELTA_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    alert_type: str
    severity: str
    message: str
    current_value: float
    previous_value: float
    delta: float
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., alert_type: _Optional[str] = ..., severity: _Optional[str] = ..., message: _Optional[str] = ..., current_value: _Optional[float] = ..., previous_value: _Optional[float] = ..., delta: _Optional[float] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class DegradationAlertBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[DegradationAlertRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[DegradationAlertRow, _Mapping]]] = ...) -> None: ...

class ListDegradationAlertsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "alert_type", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ALERT_TYPE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    alert_type: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., alert_type: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListDegradationAlertsResponse(_message.Message):
    __slots__ = ("degradation_alerts", "next_page_token")
    DEGRADATION_ALERTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    degradation_alerts: _containers.RepeatedCompositeFieldContainer[DegradationAlertRow]
    next_page_token: str
    def __init__(self, degradation_alerts: _Optional[_Iterable[_Union[DegradationAlertRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountDegradationAlertsRequest(_message.Message):
    __slots__ = ("parent", "alert_type", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    ALERT_TYPE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    alert_type: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., alert_type: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountDegradationAlertsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class SimulationRow(_message.Message):
    __slots__ = ("id", "task_category", "task_description", "approach_count", "recommended_approach", "p10_effort", "p50_effort", "p90_effort", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    TASK_CATEGORY_FIELD_NUMBER: _ClassVar[int]
    TASK_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    APPROACH_COUNT_FIELD_NUMBER: _ClassVar[int]
    RECOMMENDED_APPROACH_FIELD_NUMBER: _ClassVar[int]
    P10_EFFORT_FIELD_NUMBER: _ClassVar[int]
    P50_EFFORT_FIELD_NUMBER: _ClassVar[int]
    P90_EFFORT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    task_category: str
    task_description: str
    approach_count: int
    recommended_approach: str
    p10_effort: float
    p50_effort: float
    p90_effort: float
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., task_category: _Optional[str] = ..., task_description: _Optional[str] = ..., approach_count: _Optional[int] = ..., recommended_approach: _Optional[str] = ..., p10_effort: _Optional[float] = ..., p50_effort: _Optional[float] = ..., p90_effort: _Optional[float] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SimulationBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[SimulationRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[SimulationRow, _Mapping]]] = ...) -> None: ...

class ListSimulationsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListSimulationsResponse(_message.Message):
    __slots__ = ("simulations", "next_page_token")
    SIMULATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    simulations: _containers.RepeatedCompositeFieldContainer[SimulationRow]
    next_page_token: str
    def __init__(self, simulations: _Optional[_Iterable[_Union[SimulationRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountSimulationsRequest(_message.Message):
    __slots__ = ("parent", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountSimulationsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class DecisionRow(_message.Message):
    __slots__ = ("id", "category", "description", "commit_sha", "confidence", "related_patterns", "author", "files_changed", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    COMMIT_SHA_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    RELATED_PATTERNS_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_FIELD_NUMBER: _ClassVar[int]
    FILES_CHANGED_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    category: str
    description: str
    commit_sha: str
    confidence: float
    related_patterns: str
    author: str
    files_changed: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., category: _Optional[str] = ..., description: _Optional[str] = ..., commit_sha: _Optional[str] = ..., confidence: _Optional[float] = ..., related_patterns: _Optional[str] = ..., author: _Optional[str] = ..., files_changed: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class DecisionBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[DecisionRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[DecisionRow, _Mapping]]] = ...) -> None: ...

class ListDecisionsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListDecisionsResponse(_message.Message):
    __slots__ = ("decisions", "next_page_token")
    DECISIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    decisions: _containers.RepeatedCompositeFieldContainer[DecisionRow]
    next_page_token: str
    def __init__(self, decisions: _Optional[_Iterable[_Union[DecisionRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountDecisionsRequest(_message.Message):
    __slots__ = ("parent", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountDecisionsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class ContextCacheEntryRow(_message.Message):
    __slots__ = ("id", "session_id", "intent", "depth", "token_count", "content_hash", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    INTENT_FIELD_NUMBER: _ClassVar[int]
    DEPTH_FIELD_NUMBER: _ClassVar[int]
    TOKEN_COUNT_FIELD_NUMBER: _ClassVar[int]
    CONTENT_HASH_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    session_id: str
    intent: str
    depth: str
    token_count: int
    content_hash: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., session_id: _Optional[str] = ..., intent: _Optional[str] = ..., depth: _Optional[str] = ..., token_count: _Optional[int] = ..., content_hash: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ContextCacheEntryBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[ContextCacheEntryRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[ContextCacheEntryRow, _Mapping]]] = ...) -> None: ...

class ListContextCacheEntriesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListContextCacheEntriesResponse(_message.Message):
    __slots__ = ("context_cache_entries", "next_page_token")
    CONTEXT_CACHE_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    context_cache_entries: _containers.RepeatedCompositeFieldContainer[ContextCacheEntryRow]
    next_page_token: str
    def __init__(self, context_cache_entries: _Optional[_Iterable[_Union[ContextCacheEntryRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountContextCacheEntriesRequest(_message.Message):
    __slots__ = ("parent", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountContextCacheEntriesResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class MigrationProjectRow(_message.Message):
    __slots__ = ("id", "migration_project_name", "source_language", "target_language", "source_framework", "target_framework", "status", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    MIGRATION_PROJECT_NAME_FIELD_NUMBER: _ClassVar[int]
    SOURCE_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    TARGET_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FRAMEWORK_FIELD_NUMBER: _ClassVar[int]
    TARGET_FRAMEWORK_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    migration_project_name: str
    source_language: str
    target_language: str
    source_framework: str
    target_framework: str
    status: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., migration_project_name: _Optional[str] = ..., source_language: _Optional[str] = ..., target_language: _Optional[str] = ..., source_framework: _Optional[str] = ..., target_framework: _Optional[str] = ..., status: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MigrationProjectBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[MigrationProjectRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[MigrationProjectRow, _Mapping]]] = ...) -> None: ...

class ListMigrationProjectsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListMigrationProjectsResponse(_message.Message):
    __slots__ = ("migration_projects", "next_page_token")
    MIGRATION_PROJECTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    migration_projects: _containers.RepeatedCompositeFieldContainer[MigrationProjectRow]
    next_page_token: str
    def __init__(self, migration_projects: _Optional[_Iterable[_Union[MigrationProjectRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountMigrationProjectsRequest(_message.Message):
    __slots__ = ("parent", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountMigrationProjectsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class MigrationModuleRow(_message.Message):
    __slots__ = ("id", "project_id", "module_name", "status", "spec_content", "created_at", "updated_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    MODULE_NAME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SPEC_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    project_id: int
    module_name: str
    status: str
    spec_content: str
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., project_id: _Optional[int] = ..., module_name: _Optional[str] = ..., status: _Optional[str] = ..., spec_content: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MigrationModuleBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[MigrationModuleRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[MigrationModuleRow, _Mapping]]] = ...) -> None: ...

class ListMigrationModulesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListMigrationModulesResponse(_message.Message):
    __slots__ = ("migration_modules", "next_page_token")
    MIGRATION_MODULES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    migration_modules: _containers.RepeatedCompositeFieldContainer[MigrationModuleRow]
    next_page_token: str
    def __init__(self, migration_modules: _Optional[_Iterable[_Union[MigrationModuleRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountMigrationModulesRequest(_message.Message):
    __slots__ = ("parent", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountMigrationModulesResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class MigrationCorrectionRow(_message.Message):
    __slots__ = ("id", "module_id", "section", "original_text", "corrected_text", "reason", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    MODULE_ID_FIELD_NUMBER: _ClassVar[int]
    SECTION_FIELD_NUMBER: _ClassVar[int]
    ORIGINAL_TEXT_FIELD_NUMBER: _ClassVar[int]
    CORRECTED_TEXT_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    module_id: int
    section: str
    original_text: str
    corrected_text: str
    reason: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., module_id: _Optional[int] = ..., section: _Optional[str] = ..., original_text: _Optional[str] = ..., corrected_text: _Optional[str] = ..., reason: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MigrationCorrectionBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[MigrationCorrectionRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[MigrationCorrectionRow, _Mapping]]] = ...) -> None: ...

class ListMigrationCorrectionsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "created_at_from", "created_at_to")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListMigrationCorrectionsResponse(_message.Message):
    __slots__ = ("migration_corrections", "next_page_token")
    MIGRATION_CORRECTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    migration_corrections: _containers.RepeatedCompositeFieldContainer[MigrationCorrectionRow]
    next_page_token: str
    def __init__(self, migration_corrections: _Optional[_Iterable[_Union[MigrationCorrectionRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountMigrationCorrectionsRequest(_message.Message):
    __slots__ = ("parent", "created_at_from", "created_at_to", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_TO_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    created_at_from: _timestamp_pb2.Timestamp
    created_at_to: _timestamp_pb2.Timestamp
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., created_at_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_at_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountMigrationCorrectionsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class PatternStatusRow(_message.Message):
    __slots__ = ("pattern_id", "status", "approved_by", "approved_at", "confidence_at_approval", "reason", "updated_at")
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    APPROVED_BY_FIELD_NUMBER: _ClassVar[int]
    APPROVED_AT_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_AT_APPROVAL_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    pattern_id: str
    status: str
    approved_by: str
    approved_at: _timestamp_pb2.Timestamp
    confidence_at_approval: float
    reason: str
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, pattern_id: _Optional[str] = ..., status: _Optional[str] = ..., approved_by: _Optional[str] = ..., approved_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., confidence_at_approval: _Optional[float] = ..., reason: _Optional[str] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PatternStatusBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[PatternStatusRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[PatternStatusRow, _Mapping]]] = ...) -> None: ...

class ListPatternStatusesRequest(_message.Message):
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

class ListPatternStatusesResponse(_message.Message):
    __slots__ = ("pattern_statuses", "next_page_token")
    PATTERN_STATUSES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    pattern_statuses: _containers.RepeatedCompositeFieldContainer[PatternStatusRow]
    next_page_token: str
    def __init__(self, pattern_statuses: _Optional[_Iterable[_Union[PatternStatusRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountPatternStatusesRequest(_message.Message):
    __slots__ = ("parent", "status", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    status: str
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., status: _Optional[str] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountPatternStatusesResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetPatternStatusRequest(_message.Message):
    __slots__ = ("parent", "pattern_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    pattern_id: str
    def __init__(self, parent: _Optional[str] = ..., pattern_id: _Optional[str] = ...) -> None: ...

class GetPatternStatusResponse(_message.Message):
    __slots__ = ("pattern_status",)
    PATTERN_STATUS_FIELD_NUMBER: _ClassVar[int]
    pattern_status: PatternStatusRow
    def __init__(self, pattern_status: _Optional[_Union[PatternStatusRow, _Mapping]] = ...) -> None: ...

class UnresolvedCallRow(_message.Message):
    __slots__ = ("file", "callee_name", "call_count")
    FILE_FIELD_NUMBER: _ClassVar[int]
    CALLEE_NAME_FIELD_NUMBER: _ClassVar[int]
    CALL_COUNT_FIELD_NUMBER: _ClassVar[int]
    file: str
    callee_name: str
    call_count: int
    def __init__(self, file: _Optional[str] = ..., callee_name: _Optional[str] = ..., call_count: _Optional[int] = ...) -> None: ...

class UnresolvedCallBatch(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[UnresolvedCallRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[UnresolvedCallRow, _Mapping]]] = ...) -> None: ...

class ListUnresolvedCallsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "file", "callee_name")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    CALLEE_NAME_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    file: str
    callee_name: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., file: _Optional[str] = ..., callee_name: _Optional[str] = ...) -> None: ...

class ListUnresolvedCallsResponse(_message.Message):
    __slots__ = ("unresolved_calls", "next_page_token")
    UNRESOLVED_CALLS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    unresolved_calls: _containers.RepeatedCompositeFieldContainer[UnresolvedCallRow]
    next_page_token: str
    def __init__(self, unresolved_calls: _Optional[_Iterable[_Union[UnresolvedCallRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountUnresolvedCallsRequest(_message.Message):
    __slots__ = ("parent", "file", "callee_name", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    CALLEE_NAME_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    file: str
    callee_name: str
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., file: _Optional[str] = ..., callee_name: _Optional[str] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountUnresolvedCallsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetUnresolvedCallRequest(_message.Message):
    __slots__ = ("parent", "file", "callee_name")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    CALLEE_NAME_FIELD_NUMBER: _ClassVar[int]
    parent: str
    file: str
    callee_name: str
    def __init__(self, parent: _Optional[str] = ..., file: _Optional[str] = ..., callee_name: _Optional[str] = ...) -> None: ...

class GetUnresolvedCallResponse(_message.Message):
    __slots__ = ("unresolved_call",)
    UNRESOLVED_CALL_FIELD_NUMBER: _ClassVar[int]
    unresolved_call: UnresolvedCallRow
    def __init__(self, unresolved_call: _Optional[_Union[UnresolvedCallRow, _Mapping]] = ...) -> None: ...

class FindingSnapshotRow(_message.Message):
    __slots__ = ("scan_id", "fingerprint", "kind", "rule", "file", "line", "level", "message", "source_id")
    SCAN_ID_FIELD_NUMBER: _ClassVar[int]
    FINGERPRINT_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    RULE_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    scan_id: int
    fingerprint: str
    kind: str
    rule: str
    file: str
    line: int
    level: str
    message: str
    source_id: str
    def __init__(self, scan_id: _Optional[int] = ..., fingerprint: _Optional[str] = ..., kind: _Optional[str] = ..., rule: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., level: _Optional[str] = ..., message: _Optional[str] = ..., source_id: _Optional[str] = ...) -> None: ...

class ListFindingSnapshotsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "scan_id", "kind", "file", "level")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SCAN_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    scan_id: int
    kind: str
    file: str
    level: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., scan_id: _Optional[int] = ..., kind: _Optional[str] = ..., file: _Optional[str] = ..., level: _Optional[str] = ...) -> None: ...

class ListFindingSnapshotsResponse(_message.Message):
    __slots__ = ("finding_snapshots", "next_page_token")
    FINDING_SNAPSHOTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    finding_snapshots: _containers.RepeatedCompositeFieldContainer[FindingSnapshotRow]
    next_page_token: str
    def __init__(self, finding_snapshots: _Optional[_Iterable[_Union[FindingSnapshotRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CountFindingSnapshotsRequest(_message.Message):
    __slots__ = ("parent", "scan_id", "kind", "file", "level", "group_by")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    SCAN_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    scan_id: int
    kind: str
    file: str
    level: str
    group_by: str
    def __init__(self, parent: _Optional[str] = ..., scan_id: _Optional[int] = ..., kind: _Optional[str] = ..., file: _Optional[str] = ..., level: _Optional[str] = ..., group_by: _Optional[str] = ...) -> None: ...

class CountFindingSnapshotsResponse(_message.Message):
    __slots__ = ("count", "groups", "groups_truncated")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    count: int
    groups: _containers.RepeatedCompositeFieldContainer[RowGroup]
    groups_truncated: bool
    def __init__(self, count: _Optional[int] = ..., groups: _Optional[_Iterable[_Union[RowGroup, _Mapping]]] = ..., groups_truncated: _Optional[bool] = ...) -> None: ...

class GetFindingSnapshotRequest(_message.Message):
    __slots__ = ("parent", "scan_id", "fingerprint")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    SCAN_ID_FIELD_NUMBER: _ClassVar[int]
    FINGERPRINT_FIELD_NUMBER: _ClassVar[int]
    parent: str
    scan_id: int
    fingerprint: str
    def __init__(self, parent: _Optional[str] = ..., scan_id: _Optional[int] = ..., fingerprint: _Optional[str] = ...) -> None: ...

class GetFindingSnapshotResponse(_message.Message):
    __slots__ = ("finding_snapshot",)
    FINDING_SNAPSHOT_FIELD_NUMBER: _ClassVar[int]
    finding_snapshot: FindingSnapshotRow
    def __init__(self, finding_snapshot: _Optional[_Union[FindingSnapshotRow, _Mapping]] = ...) -> None: ...
