import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AuditTrend(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AUDIT_TREND_UNSPECIFIED: _ClassVar[AuditTrend]
    AUDIT_TREND_STABLE: _ClassVar[AuditTrend]
    AUDIT_TREND_DEGRADING: _ClassVar[AuditTrend]
AUDIT_TREND_UNSPECIFIED: AuditTrend
AUDIT_TREND_STABLE: AuditTrend
AUDIT_TREND_DEGRADING: AuditTrend

class EnforcementViolation(_message.Message):
    __slots__ = ("id", "file", "line", "column", "end_line", "end_column", "severity", "pattern_id", "rule_id", "message", "quick_fix_strategy", "quick_fix_description", "cwe_id", "owasp_category", "suppressed", "is_new", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    COLUMN_FIELD_NUMBER: _ClassVar[int]
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
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    file: str
    line: int
    column: int
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
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., column: _Optional[int] = ..., end_line: _Optional[int] = ..., end_column: _Optional[int] = ..., severity: _Optional[str] = ..., pattern_id: _Optional[str] = ..., rule_id: _Optional[str] = ..., message: _Optional[str] = ..., quick_fix_strategy: _Optional[str] = ..., quick_fix_description: _Optional[str] = ..., cwe_id: _Optional[int] = ..., owasp_category: _Optional[str] = ..., suppressed: _Optional[bool] = ..., is_new: _Optional[bool] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class EnforcementGateResult(_message.Message):
    __slots__ = ("id", "gate_id", "status", "passed", "score", "summary", "violation_count", "warning_count", "execution_time_ms", "details", "error", "run_time")
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
    RUN_TIME_FIELD_NUMBER: _ClassVar[int]
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
    run_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., gate_id: _Optional[str] = ..., status: _Optional[str] = ..., passed: _Optional[bool] = ..., score: _Optional[float] = ..., summary: _Optional[str] = ..., violation_count: _Optional[int] = ..., warning_count: _Optional[int] = ..., execution_time_ms: _Optional[int] = ..., details: _Optional[str] = ..., error: _Optional[str] = ..., run_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ViolationSeverityCounts(_message.Message):
    __slots__ = ("error", "warning", "info", "hint")
    ERROR_FIELD_NUMBER: _ClassVar[int]
    WARNING_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    error: int
    warning: int
    info: int
    hint: int
    def __init__(self, error: _Optional[int] = ..., warning: _Optional[int] = ..., info: _Optional[int] = ..., hint: _Optional[int] = ...) -> None: ...

class CheckRequest(_message.Message):
    __slots__ = ("project", "new_only")
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    NEW_ONLY_FIELD_NUMBER: _ClassVar[int]
    project: str
    new_only: bool
    def __init__(self, project: _Optional[str] = ..., new_only: _Optional[bool] = ...) -> None: ...

class CheckResponse(_message.Message):
    __slots__ = ("overall_passed", "total_violations", "severity_counts", "gates", "failing_gate_ids")
    OVERALL_PASSED_FIELD_NUMBER: _ClassVar[int]
    TOTAL_VIOLATIONS_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_COUNTS_FIELD_NUMBER: _ClassVar[int]
    GATES_FIELD_NUMBER: _ClassVar[int]
    FAILING_GATE_IDS_FIELD_NUMBER: _ClassVar[int]
    overall_passed: bool
    total_violations: int
    severity_counts: ViolationSeverityCounts
    gates: _containers.RepeatedCompositeFieldContainer[EnforcementGateResult]
    failing_gate_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, overall_passed: _Optional[bool] = ..., total_violations: _Optional[int] = ..., severity_counts: _Optional[_Union[ViolationSeverityCounts, _Mapping]] = ..., gates: _Optional[_Iterable[_Union[EnforcementGateResult, _Mapping]]] = ..., failing_gate_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class AuditRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class EnforcementHealthBreakdown(_message.Message):
    __slots__ = ("avg_confidence", "approval_ratio", "compliance_rate", "cross_validation_rate", "duplicate_free_rate")
    AVG_CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    APPROVAL_RATIO_FIELD_NUMBER: _ClassVar[int]
    COMPLIANCE_RATE_FIELD_NUMBER: _ClassVar[int]
    CROSS_VALIDATION_RATE_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_FREE_RATE_FIELD_NUMBER: _ClassVar[int]
    avg_confidence: float
    approval_ratio: float
    compliance_rate: float
    cross_validation_rate: float
    duplicate_free_rate: float
    def __init__(self, avg_confidence: _Optional[float] = ..., approval_ratio: _Optional[float] = ..., compliance_rate: _Optional[float] = ..., cross_validation_rate: _Optional[float] = ..., duplicate_free_rate: _Optional[float] = ...) -> None: ...

class EnforcementDegradationAlert(_message.Message):
    __slots__ = ("id", "alert_type", "severity", "message", "current_value", "previous_value", "delta", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    ALERT_TYPE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CURRENT_VALUE_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_VALUE_FIELD_NUMBER: _ClassVar[int]
    DELTA_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: int
    alert_type: str
    severity: str
    message: str
    current_value: float
    previous_value: float
    delta: float
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., alert_type: _Optional[str] = ..., severity: _Optional[str] = ..., message: _Optional[str] = ..., current_value: _Optional[float] = ..., previous_value: _Optional[float] = ..., delta: _Optional[float] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AuditResponse(_message.Message):
    __slots__ = ("health_score", "breakdown", "trend", "degradation_alerts", "auto_approved_count", "needs_review_count", "likely_false_positive_count", "data_completeness", "pattern_count", "alerts_deleted", "snapshot_id")
    HEALTH_SCORE_FIELD_NUMBER: _ClassVar[int]
    BREAKDOWN_FIELD_NUMBER: _ClassVar[int]
    TREND_FIELD_NUMBER: _ClassVar[int]
    DEGRADATION_ALERTS_FIELD_NUMBER: _ClassVar[int]
    AUTO_APPROVED_COUNT_FIELD_NUMBER: _ClassVar[int]
    NEEDS_REVIEW_COUNT_FIELD_NUMBER: _ClassVar[int]
    LIKELY_FALSE_POSITIVE_COUNT_FIELD_NUMBER: _ClassVar[int]
    DATA_COMPLETENESS_FIELD_NUMBER: _ClassVar[int]
    PATTERN_COUNT_FIELD_NUMBER: _ClassVar[int]
    ALERTS_DELETED_FIELD_NUMBER: _ClassVar[int]
    SNAPSHOT_ID_FIELD_NUMBER: _ClassVar[int]
    health_score: float
    breakdown: EnforcementHealthBreakdown
    trend: AuditTrend
    degradation_alerts: _containers.RepeatedCompositeFieldContainer[EnforcementDegradationAlert]
    auto_approved_count: int
    needs_review_count: int
    likely_false_positive_count: int
    data_completeness: float
    pattern_count: int
    alerts_deleted: int
    snapshot_id: int
    def __init__(self, health_score: _Optional[float] = ..., breakdown: _Optional[_Union[EnforcementHealthBreakdown, _Mapping]] = ..., trend: _Optional[_Union[AuditTrend, str]] = ..., degradation_alerts: _Optional[_Iterable[_Union[EnforcementDegradationAlert, _Mapping]]] = ..., auto_approved_count: _Optional[int] = ..., needs_review_count: _Optional[int] = ..., likely_false_positive_count: _Optional[int] = ..., data_completeness: _Optional[float] = ..., pattern_count: _Optional[int] = ..., alerts_deleted: _Optional[int] = ..., snapshot_id: _Optional[int] = ...) -> None: ...

class ListViolationsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "file", "severity", "rule_id", "pattern_id", "suppressed", "is_new")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    RULE_ID_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    SUPPRESSED_FIELD_NUMBER: _ClassVar[int]
    IS_NEW_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    file: str
    severity: str
    rule_id: str
    pattern_id: str
    suppressed: bool
    is_new: bool
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., file: _Optional[str] = ..., severity: _Optional[str] = ..., rule_id: _Optional[str] = ..., pattern_id: _Optional[str] = ..., suppressed: _Optional[bool] = ..., is_new: _Optional[bool] = ...) -> None: ...

class ListViolationsResponse(_message.Message):
    __slots__ = ("violations", "next_page_token", "total_size")
    VIOLATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    violations: _containers.RepeatedCompositeFieldContainer[EnforcementViolation]
    next_page_token: str
    total_size: int
    def __init__(self, violations: _Optional[_Iterable[_Union[EnforcementViolation, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class ListGateResultsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "gate_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    GATE_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    gate_id: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., gate_id: _Optional[str] = ...) -> None: ...

class ListGateResultsResponse(_message.Message):
    __slots__ = ("gate_results", "next_page_token", "total_size")
    GATE_RESULTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    gate_results: _containers.RepeatedCompositeFieldContainer[EnforcementGateResult]
    next_page_token: str
    total_size: int
    def __init__(self, gate_results: _Optional[_Iterable[_Union[EnforcementGateResult, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class EnforcementPatternStatus(_message.Message):
    __slots__ = ("pattern_id", "status", "approved_by", "approve_time", "confidence_at_approval", "reason", "update_time")
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    APPROVED_BY_FIELD_NUMBER: _ClassVar[int]
    APPROVE_TIME_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_AT_APPROVAL_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    pattern_id: str
    status: str
    approved_by: str
    approve_time: _timestamp_pb2.Timestamp
    confidence_at_approval: float
    reason: str
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, pattern_id: _Optional[str] = ..., status: _Optional[str] = ..., approved_by: _Optional[str] = ..., approve_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., confidence_at_approval: _Optional[float] = ..., reason: _Optional[str] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SetPatternStatusRequest(_message.Message):
    __slots__ = ("project", "pattern_id", "status", "reason")
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    project: str
    pattern_id: str
    status: str
    reason: str
    def __init__(self, project: _Optional[str] = ..., pattern_id: _Optional[str] = ..., status: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class SetPatternStatusResponse(_message.Message):
    __slots__ = ("previous_status", "pattern_status")
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    PATTERN_STATUS_FIELD_NUMBER: _ClassVar[int]
    previous_status: str
    pattern_status: EnforcementPatternStatus
    def __init__(self, previous_status: _Optional[str] = ..., pattern_status: _Optional[_Union[EnforcementPatternStatus, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("pattern_statuses", "next_page_token", "total_size", "discovered_count", "approved_count", "ignored_count")
    PATTERN_STATUSES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    DISCOVERED_COUNT_FIELD_NUMBER: _ClassVar[int]
    APPROVED_COUNT_FIELD_NUMBER: _ClassVar[int]
    IGNORED_COUNT_FIELD_NUMBER: _ClassVar[int]
    pattern_statuses: _containers.RepeatedCompositeFieldContainer[EnforcementPatternStatus]
    next_page_token: str
    total_size: int
    discovered_count: int
    approved_count: int
    ignored_count: int
    def __init__(self, pattern_statuses: _Optional[_Iterable[_Union[EnforcementPatternStatus, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ..., discovered_count: _Optional[int] = ..., approved_count: _Optional[int] = ..., ignored_count: _Optional[int] = ...) -> None: ...

class EnforcementPatternConfidence(_message.Message):
    __slots__ = ("pattern_id", "alpha", "beta", "posterior_mean", "credible_interval_low", "credible_interval_high", "tier")
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    ALPHA_FIELD_NUMBER: _ClassVar[int]
    BETA_FIELD_NUMBER: _ClassVar[int]
    POSTERIOR_MEAN_FIELD_NUMBER: _ClassVar[int]
    CREDIBLE_INTERVAL_LOW_FIELD_NUMBER: _ClassVar[int]
    CREDIBLE_INTERVAL_HIGH_FIELD_NUMBER: _ClassVar[int]
    TIER_FIELD_NUMBER: _ClassVar[int]
    pattern_id: str
    alpha: float
    beta: float
    posterior_mean: float
    credible_interval_low: float
    credible_interval_high: float
    tier: str
    def __init__(self, pattern_id: _Optional[str] = ..., alpha: _Optional[float] = ..., beta: _Optional[float] = ..., posterior_mean: _Optional[float] = ..., credible_interval_low: _Optional[float] = ..., credible_interval_high: _Optional[float] = ..., tier: _Optional[str] = ...) -> None: ...

class ViolationFeedbackOutcome(_message.Message):
    __slots__ = ("recorded", "feedback_id", "violation", "pattern_confidence")
    RECORDED_FIELD_NUMBER: _ClassVar[int]
    FEEDBACK_ID_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_FIELD_NUMBER: _ClassVar[int]
    PATTERN_CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    recorded: bool
    feedback_id: int
    violation: EnforcementViolation
    pattern_confidence: EnforcementPatternConfidence
    def __init__(self, recorded: _Optional[bool] = ..., feedback_id: _Optional[int] = ..., violation: _Optional[_Union[EnforcementViolation, _Mapping]] = ..., pattern_confidence: _Optional[_Union[EnforcementPatternConfidence, _Mapping]] = ...) -> None: ...

class DismissViolationRequest(_message.Message):
    __slots__ = ("project", "violation_id", "reason", "comment", "author")
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_FIELD_NUMBER: _ClassVar[int]
    project: str
    violation_id: str
    reason: str
    comment: str
    author: str
    def __init__(self, project: _Optional[str] = ..., violation_id: _Optional[str] = ..., reason: _Optional[str] = ..., comment: _Optional[str] = ..., author: _Optional[str] = ...) -> None: ...

class DismissViolationResponse(_message.Message):
    __slots__ = ("outcome",)
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    outcome: ViolationFeedbackOutcome
    def __init__(self, outcome: _Optional[_Union[ViolationFeedbackOutcome, _Mapping]] = ...) -> None: ...

class FixViolationRequest(_message.Message):
    __slots__ = ("project", "violation_id", "author")
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_ID_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_FIELD_NUMBER: _ClassVar[int]
    project: str
    violation_id: str
    author: str
    def __init__(self, project: _Optional[str] = ..., violation_id: _Optional[str] = ..., author: _Optional[str] = ...) -> None: ...

class FixViolationResponse(_message.Message):
    __slots__ = ("outcome",)
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    outcome: ViolationFeedbackOutcome
    def __init__(self, outcome: _Optional[_Union[ViolationFeedbackOutcome, _Mapping]] = ...) -> None: ...

class SuppressViolationRequest(_message.Message):
    __slots__ = ("project", "violation_id", "reason", "author")
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_FIELD_NUMBER: _ClassVar[int]
    project: str
    violation_id: str
    reason: str
    author: str
    def __init__(self, project: _Optional[str] = ..., violation_id: _Optional[str] = ..., reason: _Optional[str] = ..., author: _Optional[str] = ...) -> None: ...

class SuppressViolationResponse(_message.Message):
    __slots__ = ("outcome",)
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    outcome: ViolationFeedbackOutcome
    def __init__(self, outcome: _Optional[_Union[ViolationFeedbackOutcome, _Mapping]] = ...) -> None: ...
