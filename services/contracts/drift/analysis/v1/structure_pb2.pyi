import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetCouplingSummaryRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class GetCouplingSummaryResponse(_message.Message):
    __slots__ = ("module_count", "main_sequence_count", "zone_of_pain_count", "zone_of_uselessness_count", "other_zone_count", "cycle_count", "average_instability", "average_abstractness", "average_distance")
    MODULE_COUNT_FIELD_NUMBER: _ClassVar[int]
    MAIN_SEQUENCE_COUNT_FIELD_NUMBER: _ClassVar[int]
    ZONE_OF_PAIN_COUNT_FIELD_NUMBER: _ClassVar[int]
    ZONE_OF_USELESSNESS_COUNT_FIELD_NUMBER: _ClassVar[int]
    OTHER_ZONE_COUNT_FIELD_NUMBER: _ClassVar[int]
    CYCLE_COUNT_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_INSTABILITY_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_ABSTRACTNESS_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_DISTANCE_FIELD_NUMBER: _ClassVar[int]
    module_count: int
    main_sequence_count: int
    zone_of_pain_count: int
    zone_of_uselessness_count: int
    other_zone_count: int
    cycle_count: int
    average_instability: float
    average_abstractness: float
    average_distance: float
    def __init__(self, module_count: _Optional[int] = ..., main_sequence_count: _Optional[int] = ..., zone_of_pain_count: _Optional[int] = ..., zone_of_uselessness_count: _Optional[int] = ..., other_zone_count: _Optional[int] = ..., cycle_count: _Optional[int] = ..., average_instability: _Optional[float] = ..., average_abstractness: _Optional[float] = ..., average_distance: _Optional[float] = ...) -> None: ...

class CouplingMetric(_message.Message):
    __slots__ = ("module", "ce", "ca", "instability", "abstractness", "distance", "zone")
    MODULE_FIELD_NUMBER: _ClassVar[int]
    CE_FIELD_NUMBER: _ClassVar[int]
    CA_FIELD_NUMBER: _ClassVar[int]
    INSTABILITY_FIELD_NUMBER: _ClassVar[int]
    ABSTRACTNESS_FIELD_NUMBER: _ClassVar[int]
    DISTANCE_FIELD_NUMBER: _ClassVar[int]
    ZONE_FIELD_NUMBER: _ClassVar[int]
    module: str
    ce: int
    ca: int
    instability: float
    abstractness: float
    distance: float
    zone: str
    def __init__(self, module: _Optional[str] = ..., ce: _Optional[int] = ..., ca: _Optional[int] = ..., instability: _Optional[float] = ..., abstractness: _Optional[float] = ..., distance: _Optional[float] = ..., zone: _Optional[str] = ...) -> None: ...

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
    __slots__ = ("coupling_metrics", "next_page_token", "total_size")
    COUPLING_METRICS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    coupling_metrics: _containers.RepeatedCompositeFieldContainer[CouplingMetric]
    next_page_token: str
    total_size: int
    def __init__(self, coupling_metrics: _Optional[_Iterable[_Union[CouplingMetric, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class CouplingCycle(_message.Message):
    __slots__ = ("id", "members", "break_suggestion_count", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    BREAK_SUGGESTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: int
    members: _containers.RepeatedScalarFieldContainer[str]
    break_suggestion_count: int
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., members: _Optional[_Iterable[str]] = ..., break_suggestion_count: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListCouplingCyclesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListCouplingCyclesResponse(_message.Message):
    __slots__ = ("coupling_cycles", "next_page_token", "total_size")
    COUPLING_CYCLES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    coupling_cycles: _containers.RepeatedCompositeFieldContainer[CouplingCycle]
    next_page_token: str
    total_size: int
    def __init__(self, coupling_cycles: _Optional[_Iterable[_Union[CouplingCycle, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class GetConstraintSummaryRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class GetConstraintSummaryResponse(_message.Message):
    __slots__ = ("total_constraints", "passing", "failing", "unverified")
    TOTAL_CONSTRAINTS_FIELD_NUMBER: _ClassVar[int]
    PASSING_FIELD_NUMBER: _ClassVar[int]
    FAILING_FIELD_NUMBER: _ClassVar[int]
    UNVERIFIED_FIELD_NUMBER: _ClassVar[int]
    total_constraints: int
    passing: int
    failing: int
    unverified: int
    def __init__(self, total_constraints: _Optional[int] = ..., passing: _Optional[int] = ..., failing: _Optional[int] = ..., unverified: _Optional[int] = ...) -> None: ...

class ConstraintViolation(_message.Message):
    __slots__ = ("constraint_id", "verification_id", "position", "file", "line", "message", "expected", "actual", "verify_time")
    CONSTRAINT_ID_FIELD_NUMBER: _ClassVar[int]
    VERIFICATION_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_FIELD_NUMBER: _ClassVar[int]
    ACTUAL_FIELD_NUMBER: _ClassVar[int]
    VERIFY_TIME_FIELD_NUMBER: _ClassVar[int]
    constraint_id: str
    verification_id: int
    position: int
    file: str
    line: int
    message: str
    expected: str
    actual: str
    verify_time: _timestamp_pb2.Timestamp
    def __init__(self, constraint_id: _Optional[str] = ..., verification_id: _Optional[int] = ..., position: _Optional[int] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., message: _Optional[str] = ..., expected: _Optional[str] = ..., actual: _Optional[str] = ..., verify_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListConstraintViolationsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListConstraintViolationsResponse(_message.Message):
    __slots__ = ("constraint_violations", "next_page_token", "total_size")
    CONSTRAINT_VIOLATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    constraint_violations: _containers.RepeatedCompositeFieldContainer[ConstraintViolation]
    next_page_token: str
    total_size: int
    def __init__(self, constraint_violations: _Optional[_Iterable[_Union[ConstraintViolation, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class ApiEndpoint(_message.Message):
    __slots__ = ("method", "path", "line", "request_field_count", "response_field_count")
    METHOD_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_FIELD_COUNT_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_FIELD_COUNT_FIELD_NUMBER: _ClassVar[int]
    method: str
    path: str
    line: int
    request_field_count: int
    response_field_count: int
    def __init__(self, method: _Optional[str] = ..., path: _Optional[str] = ..., line: _Optional[int] = ..., request_field_count: _Optional[int] = ..., response_field_count: _Optional[int] = ...) -> None: ...

class ApiContract(_message.Message):
    __slots__ = ("id", "paradigm", "source_file", "framework", "confidence", "endpoint_count", "endpoints", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PARADIGM_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FILE_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    ENDPOINT_COUNT_FIELD_NUMBER: _ClassVar[int]
    ENDPOINTS_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    paradigm: str
    source_file: str
    framework: str
    confidence: float
    endpoint_count: int
    endpoints: _containers.RepeatedCompositeFieldContainer[ApiEndpoint]
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., paradigm: _Optional[str] = ..., source_file: _Optional[str] = ..., framework: _Optional[str] = ..., confidence: _Optional[float] = ..., endpoint_count: _Optional[int] = ..., endpoints: _Optional[_Iterable[_Union[ApiEndpoint, _Mapping]]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListApiContractsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "paradigm", "framework")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    PARADIGM_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    paradigm: str
    framework: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., paradigm: _Optional[str] = ..., framework: _Optional[str] = ...) -> None: ...

class ListApiContractsResponse(_message.Message):
    __slots__ = ("api_contracts", "next_page_token", "total_size")
    API_CONTRACTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    api_contracts: _containers.RepeatedCompositeFieldContainer[ApiContract]
    next_page_token: str
    total_size: int
    def __init__(self, api_contracts: _Optional[_Iterable[_Union[ApiContract, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class ContractMismatch(_message.Message):
    __slots__ = ("id", "backend_endpoint", "frontend_call", "mismatch_type", "severity", "message", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    BACKEND_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    FRONTEND_CALL_FIELD_NUMBER: _ClassVar[int]
    MISMATCH_TYPE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: int
    backend_endpoint: str
    frontend_call: str
    mismatch_type: str
    severity: str
    message: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., backend_endpoint: _Optional[str] = ..., frontend_call: _Optional[str] = ..., mismatch_type: _Optional[str] = ..., severity: _Optional[str] = ..., message: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListContractMismatchesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "severity", "mismatch_type")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    MISMATCH_TYPE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    severity: str
    mismatch_type: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., severity: _Optional[str] = ..., mismatch_type: _Optional[str] = ...) -> None: ...

class ListContractMismatchesResponse(_message.Message):
    __slots__ = ("contract_mismatches", "next_page_token", "total_size")
    CONTRACT_MISMATCHES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    contract_mismatches: _containers.RepeatedCompositeFieldContainer[ContractMismatch]
    next_page_token: str
    total_size: int
    def __init__(self, contract_mismatches: _Optional[_Iterable[_Union[ContractMismatch, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class GetContractSummaryRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class GetContractSummaryResponse(_message.Message):
    __slots__ = ("contract_count", "endpoint_count", "paradigm_count", "framework_count", "mismatch_count", "critical_mismatches", "high_mismatches", "medium_mismatches", "low_mismatches")
    CONTRACT_COUNT_FIELD_NUMBER: _ClassVar[int]
    ENDPOINT_COUNT_FIELD_NUMBER: _ClassVar[int]
    PARADIGM_COUNT_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_COUNT_FIELD_NUMBER: _ClassVar[int]
    MISMATCH_COUNT_FIELD_NUMBER: _ClassVar[int]
    CRITICAL_MISMATCHES_FIELD_NUMBER: _ClassVar[int]
    HIGH_MISMATCHES_FIELD_NUMBER: _ClassVar[int]
    MEDIUM_MISMATCHES_FIELD_NUMBER: _ClassVar[int]
    LOW_MISMATCHES_FIELD_NUMBER: _ClassVar[int]
    contract_count: int
    endpoint_count: int
    paradigm_count: int
    framework_count: int
    mismatch_count: int
    critical_mismatches: int
    high_mismatches: int
    medium_mismatches: int
    low_mismatches: int
    def __init__(self, contract_count: _Optional[int] = ..., endpoint_count: _Optional[int] = ..., paradigm_count: _Optional[int] = ..., framework_count: _Optional[int] = ..., mismatch_count: _Optional[int] = ..., critical_mismatches: _Optional[int] = ..., high_mismatches: _Optional[int] = ..., medium_mismatches: _Optional[int] = ..., low_mismatches: _Optional[int] = ...) -> None: ...

class DnaGene(_message.Message):
    __slots__ = ("id", "name", "description", "dominant_allele", "allele_count", "confidence", "consistency")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    DOMINANT_ALLELE_FIELD_NUMBER: _ClassVar[int]
    ALLELE_COUNT_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    CONSISTENCY_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    description: str
    dominant_allele: str
    allele_count: int
    confidence: float
    consistency: float
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., dominant_allele: _Optional[str] = ..., allele_count: _Optional[int] = ..., confidence: _Optional[float] = ..., consistency: _Optional[float] = ...) -> None: ...

class DnaHealth(_message.Message):
    __slots__ = ("overall", "consistency", "confidence", "mutation_score")
    OVERALL_FIELD_NUMBER: _ClassVar[int]
    CONSISTENCY_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    MUTATION_SCORE_FIELD_NUMBER: _ClassVar[int]
    overall: float
    consistency: float
    confidence: float
    mutation_score: float
    def __init__(self, overall: _Optional[float] = ..., consistency: _Optional[float] = ..., confidence: _Optional[float] = ..., mutation_score: _Optional[float] = ...) -> None: ...

class GetDnaProfileRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class GetDnaProfileResponse(_message.Message):
    __slots__ = ("genes", "health", "unresolved_mutation_count", "genetic_diversity")
    GENES_FIELD_NUMBER: _ClassVar[int]
    HEALTH_FIELD_NUMBER: _ClassVar[int]
    UNRESOLVED_MUTATION_COUNT_FIELD_NUMBER: _ClassVar[int]
    GENETIC_DIVERSITY_FIELD_NUMBER: _ClassVar[int]
    genes: _containers.RepeatedCompositeFieldContainer[DnaGene]
    health: DnaHealth
    unresolved_mutation_count: int
    genetic_diversity: float
    def __init__(self, genes: _Optional[_Iterable[_Union[DnaGene, _Mapping]]] = ..., health: _Optional[_Union[DnaHealth, _Mapping]] = ..., unresolved_mutation_count: _Optional[int] = ..., genetic_diversity: _Optional[float] = ...) -> None: ...

class DnaMutation(_message.Message):
    __slots__ = ("id", "file", "line", "gene_id", "expected", "actual", "impact", "code", "suggestion", "resolved", "detect_time", "resolve_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    GENE_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_FIELD_NUMBER: _ClassVar[int]
    ACTUAL_FIELD_NUMBER: _ClassVar[int]
    IMPACT_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    SUGGESTION_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_FIELD_NUMBER: _ClassVar[int]
    DETECT_TIME_FIELD_NUMBER: _ClassVar[int]
    RESOLVE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    file: str
    line: int
    gene_id: str
    expected: str
    actual: str
    impact: str
    code: str
    suggestion: str
    resolved: bool
    detect_time: _timestamp_pb2.Timestamp
    resolve_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., gene_id: _Optional[str] = ..., expected: _Optional[str] = ..., actual: _Optional[str] = ..., impact: _Optional[str] = ..., code: _Optional[str] = ..., suggestion: _Optional[str] = ..., resolved: _Optional[bool] = ..., detect_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., resolve_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListDnaMutationsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "gene_id", "impact", "file", "include_resolved")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    GENE_ID_FIELD_NUMBER: _ClassVar[int]
    IMPACT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_RESOLVED_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    gene_id: str
    impact: str
    file: str
    include_resolved: bool
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., gene_id: _Optional[str] = ..., impact: _Optional[str] = ..., file: _Optional[str] = ..., include_resolved: _Optional[bool] = ...) -> None: ...

class ListDnaMutationsResponse(_message.Message):
    __slots__ = ("dna_mutations", "next_page_token", "total_size")
    DNA_MUTATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    dna_mutations: _containers.RepeatedCompositeFieldContainer[DnaMutation]
    next_page_token: str
    total_size: int
    def __init__(self, dna_mutations: _Optional[_Iterable[_Union[DnaMutation, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class GetDecompositionSummaryRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class GetDecompositionSummaryResponse(_message.Message):
    __slots__ = ("module_count", "total_files", "average_cohesion", "average_coupling")
    MODULE_COUNT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FILES_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_COHESION_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_COUPLING_FIELD_NUMBER: _ClassVar[int]
    module_count: int
    total_files: int
    average_cohesion: float
    average_coupling: float
    def __init__(self, module_count: _Optional[int] = ..., total_files: _Optional[int] = ..., average_cohesion: _Optional[float] = ..., average_coupling: _Optional[float] = ...) -> None: ...

class DecompositionModule(_message.Message):
    __slots__ = ("name", "file_count", "public_interface_count", "internal_function_count", "cohesion", "coupling", "estimated_complexity", "applied_prior_count")
    NAME_FIELD_NUMBER: _ClassVar[int]
    FILE_COUNT_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_INTERFACE_COUNT_FIELD_NUMBER: _ClassVar[int]
    INTERNAL_FUNCTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    COHESION_FIELD_NUMBER: _ClassVar[int]
    COUPLING_FIELD_NUMBER: _ClassVar[int]
    ESTIMATED_COMPLEXITY_FIELD_NUMBER: _ClassVar[int]
    APPLIED_PRIOR_COUNT_FIELD_NUMBER: _ClassVar[int]
    name: str
    file_count: int
    public_interface_count: int
    internal_function_count: int
    cohesion: float
    coupling: float
    estimated_complexity: int
    applied_prior_count: int
    def __init__(self, name: _Optional[str] = ..., file_count: _Optional[int] = ..., public_interface_count: _Optional[int] = ..., internal_function_count: _Optional[int] = ..., cohesion: _Optional[float] = ..., coupling: _Optional[float] = ..., estimated_complexity: _Optional[int] = ..., applied_prior_count: _Optional[int] = ...) -> None: ...

class ListDecompositionModulesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListDecompositionModulesResponse(_message.Message):
    __slots__ = ("decomposition_modules", "next_page_token", "total_size")
    DECOMPOSITION_MODULES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    decomposition_modules: _containers.RepeatedCompositeFieldContainer[DecompositionModule]
    next_page_token: str
    total_size: int
    def __init__(self, decomposition_modules: _Optional[_Iterable[_Union[DecompositionModule, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class DecompositionDecision(_message.Message):
    __slots__ = ("id", "dna_profile_hash", "adjustment", "confidence", "dna_similarity", "narrative", "source_dna_hash", "applied_weight", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    DNA_PROFILE_HASH_FIELD_NUMBER: _ClassVar[int]
    ADJUSTMENT_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    DNA_SIMILARITY_FIELD_NUMBER: _ClassVar[int]
    NARRATIVE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_DNA_HASH_FIELD_NUMBER: _ClassVar[int]
    APPLIED_WEIGHT_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: int
    dna_profile_hash: str
    adjustment: str
    confidence: float
    dna_similarity: float
    narrative: str
    source_dna_hash: str
    applied_weight: float
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., dna_profile_hash: _Optional[str] = ..., adjustment: _Optional[str] = ..., confidence: _Optional[float] = ..., dna_similarity: _Optional[float] = ..., narrative: _Optional[str] = ..., source_dna_hash: _Optional[str] = ..., applied_weight: _Optional[float] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListDecompositionDecisionsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListDecompositionDecisionsResponse(_message.Message):
    __slots__ = ("decomposition_decisions", "next_page_token", "total_size")
    DECOMPOSITION_DECISIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    decomposition_decisions: _containers.RepeatedCompositeFieldContainer[DecompositionDecision]
    next_page_token: str
    total_size: int
    def __init__(self, decomposition_decisions: _Optional[_Iterable[_Union[DecompositionDecision, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...
