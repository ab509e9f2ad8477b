import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetReachabilityRequest(_message.Message):
    __slots__ = ("project", "function_key", "direction")
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_KEY_FIELD_NUMBER: _ClassVar[int]
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    project: str
    function_key: str
    direction: str
    def __init__(self, project: _Optional[str] = ..., function_key: _Optional[str] = ..., direction: _Optional[str] = ...) -> None: ...

class GetReachabilityResponse(_message.Message):
    __slots__ = ("function_key", "direction", "reachable_count", "sensitivity", "compute_time")
    FUNCTION_KEY_FIELD_NUMBER: _ClassVar[int]
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    REACHABLE_COUNT_FIELD_NUMBER: _ClassVar[int]
    SENSITIVITY_FIELD_NUMBER: _ClassVar[int]
    COMPUTE_TIME_FIELD_NUMBER: _ClassVar[int]
    function_key: str
    direction: str
    reachable_count: int
    sensitivity: str
    compute_time: _timestamp_pb2.Timestamp
    def __init__(self, function_key: _Optional[str] = ..., direction: _Optional[str] = ..., reachable_count: _Optional[int] = ..., sensitivity: _Optional[str] = ..., compute_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListReachableNodesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "function_key", "direction")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_KEY_FIELD_NUMBER: _ClassVar[int]
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    function_key: str
    direction: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., function_key: _Optional[str] = ..., direction: _Optional[str] = ...) -> None: ...

class ListReachableNodesResponse(_message.Message):
    __slots__ = ("function_keys", "next_page_token", "total_size")
    FUNCTION_KEYS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    function_keys: _containers.RepeatedScalarFieldContainer[str]
    next_page_token: str
    total_size: int
    def __init__(self, function_keys: _Optional[_Iterable[str]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class ListTaintFlowsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "sanitized", "cwe_id", "source_type", "sink_type", "file")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SANITIZED_FIELD_NUMBER: _ClassVar[int]
    CWE_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    SINK_TYPE_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    sanitized: bool
    cwe_id: int
    source_type: str
    sink_type: str
    file: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., sanitized: _Optional[bool] = ..., cwe_id: _Optional[int] = ..., source_type: _Optional[str] = ..., sink_type: _Optional[str] = ..., file: _Optional[str] = ...) -> None: ...

class TaintFlow(_message.Message):
    __slots__ = ("id", "source_file", "source_line", "source_type", "sink_file", "sink_line", "sink_type", "cwe_id", "sanitized", "confidence", "path", "path_length", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FILE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_LINE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    SINK_FILE_FIELD_NUMBER: _ClassVar[int]
    SINK_LINE_FIELD_NUMBER: _ClassVar[int]
    SINK_TYPE_FIELD_NUMBER: _ClassVar[int]
    CWE_ID_FIELD_NUMBER: _ClassVar[int]
    SANITIZED_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    PATH_LENGTH_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: int
    source_file: str
    source_line: int
    source_type: str
    sink_file: str
    sink_line: int
    sink_type: str
    cwe_id: int
    sanitized: bool
    confidence: float
    path: _containers.RepeatedScalarFieldContainer[str]
    path_length: int
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., source_file: _Optional[str] = ..., source_line: _Optional[int] = ..., source_type: _Optional[str] = ..., sink_file: _Optional[str] = ..., sink_line: _Optional[int] = ..., sink_type: _Optional[str] = ..., cwe_id: _Optional[int] = ..., sanitized: _Optional[bool] = ..., confidence: _Optional[float] = ..., path: _Optional[_Iterable[str]] = ..., path_length: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListTaintFlowsResponse(_message.Message):
    __slots__ = ("taint_flows", "next_page_token")
    TAINT_FLOWS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    taint_flows: _containers.RepeatedCompositeFieldContainer[TaintFlow]
    next_page_token: str
    def __init__(self, taint_flows: _Optional[_Iterable[_Union[TaintFlow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetTaintSummaryRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class GetTaintSummaryResponse(_message.Message):
    __slots__ = ("flow_count", "vulnerability_count", "source_count", "sink_count", "flows_by_cwe", "flows_without_cwe", "flows_by_sink_type")
    class FlowsByCweEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    class FlowsBySinkTypeEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: int
        def __init__(self, key: _Optional[str] = ..., value: _Optional[int] = ...) -> None: ...
    FLOW_COUNT_FIELD_NUMBER: _ClassVar[int]
    VULNERABILITY_COUNT_FIELD_NUMBER: _ClassVar[int]
    SOURCE_COUNT_FIELD_NUMBER: _ClassVar[int]
    SINK_COUNT_FIELD_NUMBER: _ClassVar[int]
    FLOWS_BY_CWE_FIELD_NUMBER: _ClassVar[int]
    FLOWS_WITHOUT_CWE_FIELD_NUMBER: _ClassVar[int]
    FLOWS_BY_SINK_TYPE_FIELD_NUMBER: _ClassVar[int]
    flow_count: int
    vulnerability_count: int
    source_count: int
    sink_count: int
    flows_by_cwe: _containers.ScalarMap[int, int]
    flows_without_cwe: int
    flows_by_sink_type: _containers.ScalarMap[str, int]
    def __init__(self, flow_count: _Optional[int] = ..., vulnerability_count: _Optional[int] = ..., source_count: _Optional[int] = ..., sink_count: _Optional[int] = ..., flows_by_cwe: _Optional[_Mapping[int, int]] = ..., flows_without_cwe: _Optional[int] = ..., flows_by_sink_type: _Optional[_Mapping[str, int]] = ...) -> None: ...

class ListErrorGapsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "file", "gap_type", "severity")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    GAP_TYPE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    file: str
    gap_type: str
    severity: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., file: _Optional[str] = ..., gap_type: _Optional[str] = ..., severity: _Optional[str] = ...) -> None: ...

class ErrorGap(_message.Message):
    __slots__ = ("id", "file", "function_name", "gap_type", "error_type", "framework", "cwe_id", "severity", "propagation_chain", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_NAME_FIELD_NUMBER: _ClassVar[int]
    GAP_TYPE_FIELD_NUMBER: _ClassVar[int]
    ERROR_TYPE_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_FIELD_NUMBER: _ClassVar[int]
    CWE_ID_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    PROPAGATION_CHAIN_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: int
    file: str
    function_name: str
    gap_type: str
    error_type: str
    framework: str
    cwe_id: int
    severity: str
    propagation_chain: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., file: _Optional[str] = ..., function_name: _Optional[str] = ..., gap_type: _Optional[str] = ..., error_type: _Optional[str] = ..., framework: _Optional[str] = ..., cwe_id: _Optional[int] = ..., severity: _Optional[str] = ..., propagation_chain: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListErrorGapsResponse(_message.Message):
    __slots__ = ("error_gaps", "next_page_token")
    ERROR_GAPS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    error_gaps: _containers.RepeatedCompositeFieldContainer[ErrorGap]
    next_page_token: str
    def __init__(self, error_gaps: _Optional[_Iterable[_Union[ErrorGap, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetErrorHandlingSummaryRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class GetErrorHandlingSummaryResponse(_message.Message):
    __slots__ = ("gap_count", "gaps_by_severity", "gaps_by_type", "unhandled_count")
    class GapsBySeverityEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: int
        def __init__(self, key: _Optional[str] = ..., value: _Optional[int] = ...) -> None: ...
    class GapsByTypeEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: int
        def __init__(self, key: _Optional[str] = ..., value: _Optional[int] = ...) -> None: ...
    GAP_COUNT_FIELD_NUMBER: _ClassVar[int]
    GAPS_BY_SEVERITY_FIELD_NUMBER: _ClassVar[int]
    GAPS_BY_TYPE_FIELD_NUMBER: _ClassVar[int]
    UNHANDLED_COUNT_FIELD_NUMBER: _ClassVar[int]
    gap_count: int
    gaps_by_severity: _containers.ScalarMap[str, int]
    gaps_by_type: _containers.ScalarMap[str, int]
    unhandled_count: int
    def __init__(self, gap_count: _Optional[int] = ..., gaps_by_severity: _Optional[_Mapping[str, int]] = ..., gaps_by_type: _Optional[_Mapping[str, int]] = ..., unhandled_count: _Optional[int] = ...) -> None: ...

class ListImpactScoresRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ImpactScore(_message.Message):
    __slots__ = ("function_key", "blast_radius", "risk_score", "dead_code", "dead_code_reason", "exclusion_category", "update_time")
    FUNCTION_KEY_FIELD_NUMBER: _ClassVar[int]
    BLAST_RADIUS_FIELD_NUMBER: _ClassVar[int]
    RISK_SCORE_FIELD_NUMBER: _ClassVar[int]
    DEAD_CODE_FIELD_NUMBER: _ClassVar[int]
    DEAD_CODE_REASON_FIELD_NUMBER: _ClassVar[int]
    EXCLUSION_CATEGORY_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    function_key: str
    blast_radius: int
    risk_score: float
    dead_code: bool
    dead_code_reason: str
    exclusion_category: str
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, function_key: _Optional[str] = ..., blast_radius: _Optional[int] = ..., risk_score: _Optional[float] = ..., dead_code: _Optional[bool] = ..., dead_code_reason: _Optional[str] = ..., exclusion_category: _Optional[str] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListImpactScoresResponse(_message.Message):
    __slots__ = ("impact_scores", "next_page_token")
    IMPACT_SCORES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    impact_scores: _containers.RepeatedCompositeFieldContainer[ImpactScore]
    next_page_token: str
    def __init__(self, impact_scores: _Optional[_Iterable[_Union[ImpactScore, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListDeadFunctionsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class DeadFunction(_message.Message):
    __slots__ = ("function_key", "reason", "exclusion_category")
    FUNCTION_KEY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    EXCLUSION_CATEGORY_FIELD_NUMBER: _ClassVar[int]
    function_key: str
    reason: str
    exclusion_category: str
    def __init__(self, function_key: _Optional[str] = ..., reason: _Optional[str] = ..., exclusion_category: _Optional[str] = ...) -> None: ...

class ListDeadFunctionsResponse(_message.Message):
    __slots__ = ("dead_functions", "next_page_token")
    DEAD_FUNCTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    dead_functions: _containers.RepeatedCompositeFieldContainer[DeadFunction]
    next_page_token: str
    def __init__(self, dead_functions: _Optional[_Iterable[_Union[DeadFunction, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetImpactSummaryRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class GetImpactSummaryResponse(_message.Message):
    __slots__ = ("scored_function_count", "dead_code_count", "excluded_dead_code_count", "max_risk_score", "average_risk_score")
    SCORED_FUNCTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    DEAD_CODE_COUNT_FIELD_NUMBER: _ClassVar[int]
    EXCLUDED_DEAD_CODE_COUNT_FIELD_NUMBER: _ClassVar[int]
    MAX_RISK_SCORE_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_RISK_SCORE_FIELD_NUMBER: _ClassVar[int]
    scored_function_count: int
    dead_code_count: int
    excluded_dead_code_count: int
    max_risk_score: float
    average_risk_score: float
    def __init__(self, scored_function_count: _Optional[int] = ..., dead_code_count: _Optional[int] = ..., excluded_dead_code_count: _Optional[int] = ..., max_risk_score: _Optional[float] = ..., average_risk_score: _Optional[float] = ...) -> None: ...

class GetTestTopologyRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class TestQualityDimensions(_message.Message):
    __slots__ = ("coverage_breadth", "coverage_depth", "assertion_density", "mock_ratio", "isolation", "freshness", "stability", "overall")
    COVERAGE_BREADTH_FIELD_NUMBER: _ClassVar[int]
    COVERAGE_DEPTH_FIELD_NUMBER: _ClassVar[int]
    ASSERTION_DENSITY_FIELD_NUMBER: _ClassVar[int]
    MOCK_RATIO_FIELD_NUMBER: _ClassVar[int]
    ISOLATION_FIELD_NUMBER: _ClassVar[int]
    FRESHNESS_FIELD_NUMBER: _ClassVar[int]
    STABILITY_FIELD_NUMBER: _ClassVar[int]
    OVERALL_FIELD_NUMBER: _ClassVar[int]
    coverage_breadth: float
    coverage_depth: float
    assertion_density: float
    mock_ratio: float
    isolation: float
    freshness: float
    stability: float
    overall: float
    def __init__(self, coverage_breadth: _Optional[float] = ..., coverage_depth: _Optional[float] = ..., assertion_density: _Optional[float] = ..., mock_ratio: _Optional[float] = ..., isolation: _Optional[float] = ..., freshness: _Optional[float] = ..., stability: _Optional[float] = ..., overall: _Optional[float] = ...) -> None: ...

class GetTestTopologyResponse(_message.Message):
    __slots__ = ("quality", "test_count", "source_count", "covered_function_count", "coverage_percent", "smells_by_type", "smell_count", "essential_test_count")
    class SmellsByTypeEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: int
        def __init__(self, key: _Optional[str] = ..., value: _Optional[int] = ...) -> None: ...
    QUALITY_FIELD_NUMBER: _ClassVar[int]
    TEST_COUNT_FIELD_NUMBER: _ClassVar[int]
    SOURCE_COUNT_FIELD_NUMBER: _ClassVar[int]
    COVERED_FUNCTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    COVERAGE_PERCENT_FIELD_NUMBER: _ClassVar[int]
    SMELLS_BY_TYPE_FIELD_NUMBER: _ClassVar[int]
    SMELL_COUNT_FIELD_NUMBER: _ClassVar[int]
    ESSENTIAL_TEST_COUNT_FIELD_NUMBER: _ClassVar[int]
    quality: TestQualityDimensions
    test_count: int
    source_count: int
    covered_function_count: int
    coverage_percent: float
    smells_by_type: _containers.ScalarMap[str, int]
    smell_count: int
    essential_test_count: int
    def __init__(self, quality: _Optional[_Union[TestQualityDimensions, _Mapping]] = ..., test_count: _Optional[int] = ..., source_count: _Optional[int] = ..., covered_function_count: _Optional[int] = ..., coverage_percent: _Optional[float] = ..., smells_by_type: _Optional[_Mapping[str, int]] = ..., smell_count: _Optional[int] = ..., essential_test_count: _Optional[int] = ...) -> None: ...
