import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ListPatternsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "category", "pattern_id", "file", "detection_method")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    DETECTION_METHOD_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    category: str
    pattern_id: str
    file: str
    detection_method: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., category: _Optional[str] = ..., pattern_id: _Optional[str] = ..., file: _Optional[str] = ..., detection_method: _Optional[str] = ...) -> None: ...

class PatternDetection(_message.Message):
    __slots__ = ("id", "file", "line", "column", "pattern_id", "category", "confidence", "detection_method", "status")
    ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    COLUMN_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    DETECTION_METHOD_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    id: int
    file: str
    line: int
    column: int
    pattern_id: str
    category: str
    confidence: float
    detection_method: str
    status: str
    def __init__(self, id: _Optional[int] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., column: _Optional[int] = ..., pattern_id: _Optional[str] = ..., category: _Optional[str] = ..., confidence: _Optional[float] = ..., detection_method: _Optional[str] = ..., status: _Optional[str] = ...) -> None: ...

class ListPatternsResponse(_message.Message):
    __slots__ = ("patterns", "next_page_token", "total_size")
    PATTERNS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    patterns: _containers.RepeatedCompositeFieldContainer[PatternDetection]
    next_page_token: str
    total_size: int
    def __init__(self, patterns: _Optional[_Iterable[_Union[PatternDetection, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class ListPatternSummariesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "category", "status")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    category: str
    status: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., category: _Optional[str] = ..., status: _Optional[str] = ...) -> None: ...

class PatternSummary(_message.Message):
    __slots__ = ("pattern_id", "category", "location_count", "file_count", "mean_confidence", "status", "posterior_mean", "tier")
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    LOCATION_COUNT_FIELD_NUMBER: _ClassVar[int]
    FILE_COUNT_FIELD_NUMBER: _ClassVar[int]
    MEAN_CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    POSTERIOR_MEAN_FIELD_NUMBER: _ClassVar[int]
    TIER_FIELD_NUMBER: _ClassVar[int]
    pattern_id: str
    category: str
    location_count: int
    file_count: int
    mean_confidence: float
    status: str
    posterior_mean: float
    tier: str
    def __init__(self, pattern_id: _Optional[str] = ..., category: _Optional[str] = ..., location_count: _Optional[int] = ..., file_count: _Optional[int] = ..., mean_confidence: _Optional[float] = ..., status: _Optional[str] = ..., posterior_mean: _Optional[float] = ..., tier: _Optional[str] = ...) -> None: ...

class ListPatternSummariesResponse(_message.Message):
    __slots__ = ("pattern_summaries", "next_page_token", "total_size")
    PATTERN_SUMMARIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    pattern_summaries: _containers.RepeatedCompositeFieldContainer[PatternSummary]
    next_page_token: str
    total_size: int
    def __init__(self, pattern_summaries: _Optional[_Iterable[_Union[PatternSummary, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class ListConfidenceScoresRequest(_message.Message):
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

class PatternConfidenceScore(_message.Message):
    __slots__ = ("pattern_id", "alpha", "beta", "posterior_mean", "credible_interval_low", "credible_interval_high", "tier", "momentum", "update_time")
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    ALPHA_FIELD_NUMBER: _ClassVar[int]
    BETA_FIELD_NUMBER: _ClassVar[int]
    POSTERIOR_MEAN_FIELD_NUMBER: _ClassVar[int]
    CREDIBLE_INTERVAL_LOW_FIELD_NUMBER: _ClassVar[int]
    CREDIBLE_INTERVAL_HIGH_FIELD_NUMBER: _ClassVar[int]
    TIER_FIELD_NUMBER: _ClassVar[int]
    MOMENTUM_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    pattern_id: str
    alpha: float
    beta: float
    posterior_mean: float
    credible_interval_low: float
    credible_interval_high: float
    tier: str
    momentum: str
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, pattern_id: _Optional[str] = ..., alpha: _Optional[float] = ..., beta: _Optional[float] = ..., posterior_mean: _Optional[float] = ..., credible_interval_low: _Optional[float] = ..., credible_interval_high: _Optional[float] = ..., tier: _Optional[str] = ..., momentum: _Optional[str] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListConfidenceScoresResponse(_message.Message):
    __slots__ = ("confidence_scores", "next_page_token", "total_size")
    CONFIDENCE_SCORES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    confidence_scores: _containers.RepeatedCompositeFieldContainer[PatternConfidenceScore]
    next_page_token: str
    total_size: int
    def __init__(self, confidence_scores: _Optional[_Iterable[_Union[PatternConfidenceScore, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class ListOutliersRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "pattern_id", "file", "significance")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    SIGNIFICANCE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    pattern_id: str
    file: str
    significance: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., pattern_id: _Optional[str] = ..., file: _Optional[str] = ..., significance: _Optional[str] = ...) -> None: ...

class PatternOutlier(_message.Message):
    __slots__ = ("id", "pattern_id", "file", "line", "deviation_score", "significance", "method", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    DEVIATION_SCORE_FIELD_NUMBER: _ClassVar[int]
    SIGNIFICANCE_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: int
    pattern_id: str
    file: str
    line: int
    deviation_score: float
    significance: str
    method: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., pattern_id: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., deviation_score: _Optional[float] = ..., significance: _Optional[str] = ..., method: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListOutliersResponse(_message.Message):
    __slots__ = ("outliers", "next_page_token", "total_size")
    OUTLIERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    outliers: _containers.RepeatedCompositeFieldContainer[PatternOutlier]
    next_page_token: str
    total_size: int
    def __init__(self, outliers: _Optional[_Iterable[_Union[PatternOutlier, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class ListConventionsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "category", "promotion_status", "scope")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    PROMOTION_STATUS_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    category: str
    promotion_status: str
    scope: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., category: _Optional[str] = ..., promotion_status: _Optional[str] = ..., scope: _Optional[str] = ...) -> None: ...

class PatternConvention(_message.Message):
    __slots__ = ("id", "pattern_id", "category", "scope", "dominance_ratio", "promotion_status", "discover_time", "last_seen_time", "expire_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    DOMINANCE_RATIO_FIELD_NUMBER: _ClassVar[int]
    PROMOTION_STATUS_FIELD_NUMBER: _ClassVar[int]
    DISCOVER_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_SEEN_TIME_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: int
    pattern_id: str
    category: str
    scope: str
    dominance_ratio: float
    promotion_status: str
    discover_time: _timestamp_pb2.Timestamp
    last_seen_time: _timestamp_pb2.Timestamp
    expire_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., pattern_id: _Optional[str] = ..., category: _Optional[str] = ..., scope: _Optional[str] = ..., dominance_ratio: _Optional[float] = ..., promotion_status: _Optional[str] = ..., discover_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_seen_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListConventionsResponse(_message.Message):
    __slots__ = ("conventions", "next_page_token", "total_size")
    CONVENTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    conventions: _containers.RepeatedCompositeFieldContainer[PatternConvention]
    next_page_token: str
    total_size: int
    def __init__(self, conventions: _Optional[_Iterable[_Union[PatternConvention, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class GetBoundarySummaryRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class GetBoundarySummaryResponse(_message.Message):
    __slots__ = ("model_count", "sensitive_field_count", "pii_count", "credentials_count", "financial_count", "health_count", "frameworks_detected")
    MODEL_COUNT_FIELD_NUMBER: _ClassVar[int]
    SENSITIVE_FIELD_COUNT_FIELD_NUMBER: _ClassVar[int]
    PII_COUNT_FIELD_NUMBER: _ClassVar[int]
    CREDENTIALS_COUNT_FIELD_NUMBER: _ClassVar[int]
    FINANCIAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    HEALTH_COUNT_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORKS_DETECTED_FIELD_NUMBER: _ClassVar[int]
    model_count: int
    sensitive_field_count: int
    pii_count: int
    credentials_count: int
    financial_count: int
    health_count: int
    frameworks_detected: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, model_count: _Optional[int] = ..., sensitive_field_count: _Optional[int] = ..., pii_count: _Optional[int] = ..., credentials_count: _Optional[int] = ..., financial_count: _Optional[int] = ..., health_count: _Optional[int] = ..., frameworks_detected: _Optional[_Iterable[str]] = ...) -> None: ...

class ListBoundaryModelsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "framework", "model_name", "file")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    framework: str
    model_name: str
    file: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., framework: _Optional[str] = ..., model_name: _Optional[str] = ..., file: _Optional[str] = ...) -> None: ...

class BoundaryModel(_message.Message):
    __slots__ = ("id", "model_name", "table_name", "file", "framework", "field_count", "confidence")
    ID_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    TABLE_NAME_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_FIELD_NUMBER: _ClassVar[int]
    FIELD_COUNT_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    id: int
    model_name: str
    table_name: str
    file: str
    framework: str
    field_count: int
    confidence: float
    def __init__(self, id: _Optional[int] = ..., model_name: _Optional[str] = ..., table_name: _Optional[str] = ..., file: _Optional[str] = ..., framework: _Optional[str] = ..., field_count: _Optional[int] = ..., confidence: _Optional[float] = ...) -> None: ...

class ListBoundaryModelsResponse(_message.Message):
    __slots__ = ("boundary_models", "next_page_token", "total_size")
    BOUNDARY_MODELS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    boundary_models: _containers.RepeatedCompositeFieldContainer[BoundaryModel]
    next_page_token: str
    total_size: int
    def __init__(self, boundary_models: _Optional[_Iterable[_Union[BoundaryModel, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class ListSensitiveFieldsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "sensitivity", "model_name", "file")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SENSITIVITY_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    sensitivity: str
    model_name: str
    file: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., sensitivity: _Optional[str] = ..., model_name: _Optional[str] = ..., file: _Optional[str] = ...) -> None: ...

class BoundarySensitiveField(_message.Message):
    __slots__ = ("id", "model_name", "field_name", "file", "sensitivity", "confidence")
    ID_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    FIELD_NAME_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    SENSITIVITY_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    id: int
    model_name: str
    field_name: str
    file: str
    sensitivity: str
    confidence: float
    def __init__(self, id: _Optional[int] = ..., model_name: _Optional[str] = ..., field_name: _Optional[str] = ..., file: _Optional[str] = ..., sensitivity: _Optional[str] = ..., confidence: _Optional[float] = ...) -> None: ...

class ListSensitiveFieldsResponse(_message.Message):
    __slots__ = ("sensitive_fields", "next_page_token", "total_size")
    SENSITIVE_FIELDS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    sensitive_fields: _containers.RepeatedCompositeFieldContainer[BoundarySensitiveField]
    next_page_token: str
    total_size: int
    def __init__(self, sensitive_fields: _Optional[_Iterable[_Union[BoundarySensitiveField, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...
