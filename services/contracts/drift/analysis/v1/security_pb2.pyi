from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetConstantsSummaryRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class SecretSeverityCounts(_message.Message):
    __slots__ = ("critical", "high", "medium", "low", "info", "false_positive", "suppressed", "other")
    CRITICAL_FIELD_NUMBER: _ClassVar[int]
    HIGH_FIELD_NUMBER: _ClassVar[int]
    MEDIUM_FIELD_NUMBER: _ClassVar[int]
    LOW_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    FALSE_POSITIVE_FIELD_NUMBER: _ClassVar[int]
    SUPPRESSED_FIELD_NUMBER: _ClassVar[int]
    OTHER_FIELD_NUMBER: _ClassVar[int]
    critical: int
    high: int
    medium: int
    low: int
    info: int
    false_positive: int
    suppressed: int
    other: int
    def __init__(self, critical: _Optional[int] = ..., high: _Optional[int] = ..., medium: _Optional[int] = ..., low: _Optional[int] = ..., info: _Optional[int] = ..., false_positive: _Optional[int] = ..., suppressed: _Optional[int] = ..., other: _Optional[int] = ...) -> None: ...

class GetConstantsSummaryResponse(_message.Message):
    __slots__ = ("constant_count", "magic_number_count", "dead_constant_count", "env_variable_count", "missing_env_variable_count", "secret_count", "secrets_by_severity")
    CONSTANT_COUNT_FIELD_NUMBER: _ClassVar[int]
    MAGIC_NUMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    DEAD_CONSTANT_COUNT_FIELD_NUMBER: _ClassVar[int]
    ENV_VARIABLE_COUNT_FIELD_NUMBER: _ClassVar[int]
    MISSING_ENV_VARIABLE_COUNT_FIELD_NUMBER: _ClassVar[int]
    SECRET_COUNT_FIELD_NUMBER: _ClassVar[int]
    SECRETS_BY_SEVERITY_FIELD_NUMBER: _ClassVar[int]
    constant_count: int
    magic_number_count: int
    dead_constant_count: int
    env_variable_count: int
    missing_env_variable_count: int
    secret_count: int
    secrets_by_severity: SecretSeverityCounts
    def __init__(self, constant_count: _Optional[int] = ..., magic_number_count: _Optional[int] = ..., dead_constant_count: _Optional[int] = ..., env_variable_count: _Optional[int] = ..., missing_env_variable_count: _Optional[int] = ..., secret_count: _Optional[int] = ..., secrets_by_severity: _Optional[_Union[SecretSeverityCounts, _Mapping]] = ...) -> None: ...

class ListSecretsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "severity", "pattern_name", "file")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    PATTERN_NAME_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    severity: str
    pattern_name: str
    file: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., severity: _Optional[str] = ..., pattern_name: _Optional[str] = ..., file: _Optional[str] = ...) -> None: ...

class SecretFinding(_message.Message):
    __slots__ = ("id", "pattern_name", "redacted_value", "file", "line", "severity", "entropy", "confidence", "cwe_ids")
    ID_FIELD_NUMBER: _ClassVar[int]
    PATTERN_NAME_FIELD_NUMBER: _ClassVar[int]
    REDACTED_VALUE_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    ENTROPY_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    CWE_IDS_FIELD_NUMBER: _ClassVar[int]
    id: int
    pattern_name: str
    redacted_value: str
    file: str
    line: int
    severity: str
    entropy: float
    confidence: float
    cwe_ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, id: _Optional[int] = ..., pattern_name: _Optional[str] = ..., redacted_value: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., severity: _Optional[str] = ..., entropy: _Optional[float] = ..., confidence: _Optional[float] = ..., cwe_ids: _Optional[_Iterable[int]] = ...) -> None: ...

class ListSecretsResponse(_message.Message):
    __slots__ = ("secrets", "next_page_token")
    SECRETS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    secrets: _containers.RepeatedCompositeFieldContainer[SecretFinding]
    next_page_token: str
    def __init__(self, secrets: _Optional[_Iterable[_Union[SecretFinding, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListMagicNumbersRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class MagicNumber(_message.Message):
    __slots__ = ("id", "name", "value", "file", "line", "language", "is_used")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    IS_USED_FIELD_NUMBER: _ClassVar[int]
    id: int
    name: str
    value: str
    file: str
    line: int
    language: str
    is_used: bool
    def __init__(self, id: _Optional[int] = ..., name: _Optional[str] = ..., value: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., language: _Optional[str] = ..., is_used: _Optional[bool] = ...) -> None: ...

class ListMagicNumbersResponse(_message.Message):
    __slots__ = ("magic_numbers", "next_page_token")
    MAGIC_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    magic_numbers: _containers.RepeatedCompositeFieldContainer[MagicNumber]
    next_page_token: str
    def __init__(self, magic_numbers: _Optional[_Iterable[_Union[MagicNumber, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListEnvVariablesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "missing", "name", "file")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    MISSING_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    missing: bool
    name: str
    file: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., missing: _Optional[bool] = ..., name: _Optional[str] = ..., file: _Optional[str] = ...) -> None: ...

class EnvVariableRead(_message.Message):
    __slots__ = ("id", "name", "file", "line", "access_method", "has_default", "defined_in_env", "framework_prefix", "missing")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    ACCESS_METHOD_FIELD_NUMBER: _ClassVar[int]
    HAS_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    DEFINED_IN_ENV_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_PREFIX_FIELD_NUMBER: _ClassVar[int]
    MISSING_FIELD_NUMBER: _ClassVar[int]
    id: int
    name: str
    file: str
    line: int
    access_method: str
    has_default: bool
    defined_in_env: bool
    framework_prefix: str
    missing: bool
    def __init__(self, id: _Optional[int] = ..., name: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., access_method: _Optional[str] = ..., has_default: _Optional[bool] = ..., defined_in_env: _Optional[bool] = ..., framework_prefix: _Optional[str] = ..., missing: _Optional[bool] = ...) -> None: ...

class ListEnvVariablesResponse(_message.Message):
    __slots__ = ("env_variables", "next_page_token")
    ENV_VARIABLES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    env_variables: _containers.RepeatedCompositeFieldContainer[EnvVariableRead]
    next_page_token: str
    def __init__(self, env_variables: _Optional[_Iterable[_Union[EnvVariableRead, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListWrappersRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "category", "framework", "file")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    category: str
    framework: str
    file: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., category: _Optional[str] = ..., framework: _Optional[str] = ..., file: _Optional[str] = ...) -> None: ...

class FrameworkWrapper(_message.Message):
    __slots__ = ("id", "name", "file", "line", "category", "framework", "wrapped_primitives", "confidence", "is_multi_primitive", "is_exported", "usage_count")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_FIELD_NUMBER: _ClassVar[int]
    WRAPPED_PRIMITIVES_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    IS_MULTI_PRIMITIVE_FIELD_NUMBER: _ClassVar[int]
    IS_EXPORTED_FIELD_NUMBER: _ClassVar[int]
    USAGE_COUNT_FIELD_NUMBER: _ClassVar[int]
    id: int
    name: str
    file: str
    line: int
    category: str
    framework: str
    wrapped_primitives: _containers.RepeatedScalarFieldContainer[str]
    confidence: float
    is_multi_primitive: bool
    is_exported: bool
    usage_count: int
    def __init__(self, id: _Optional[int] = ..., name: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., category: _Optional[str] = ..., framework: _Optional[str] = ..., wrapped_primitives: _Optional[_Iterable[str]] = ..., confidence: _Optional[float] = ..., is_multi_primitive: _Optional[bool] = ..., is_exported: _Optional[bool] = ..., usage_count: _Optional[int] = ...) -> None: ...

class ListWrappersResponse(_message.Message):
    __slots__ = ("wrappers", "next_page_token")
    WRAPPERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    wrappers: _containers.RepeatedCompositeFieldContainer[FrameworkWrapper]
    next_page_token: str
    def __init__(self, wrappers: _Optional[_Iterable[_Union[FrameworkWrapper, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetWrapperHealthRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class WrapperCategoryCount(_message.Message):
    __slots__ = ("category", "wrapper_count")
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    WRAPPER_COUNT_FIELD_NUMBER: _ClassVar[int]
    category: str
    wrapper_count: int
    def __init__(self, category: _Optional[str] = ..., wrapper_count: _Optional[int] = ...) -> None: ...

class GetWrapperHealthResponse(_message.Message):
    __slots__ = ("wrapper_count", "consistency", "coverage", "overall", "framework_count", "category_count", "categories")
    WRAPPER_COUNT_FIELD_NUMBER: _ClassVar[int]
    CONSISTENCY_FIELD_NUMBER: _ClassVar[int]
    COVERAGE_FIELD_NUMBER: _ClassVar[int]
    OVERALL_FIELD_NUMBER: _ClassVar[int]
    FRAMEWORK_COUNT_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_COUNT_FIELD_NUMBER: _ClassVar[int]
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    wrapper_count: int
    consistency: float
    coverage: float
    overall: float
    framework_count: int
    category_count: int
    categories: _containers.RepeatedCompositeFieldContainer[WrapperCategoryCount]
    def __init__(self, wrapper_count: _Optional[int] = ..., consistency: _Optional[float] = ..., coverage: _Optional[float] = ..., overall: _Optional[float] = ..., framework_count: _Optional[int] = ..., category_count: _Optional[int] = ..., categories: _Optional[_Iterable[_Union[WrapperCategoryCount, _Mapping]]] = ...) -> None: ...

class GetOwaspComplianceRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class GetOwaspComplianceResponse(_message.Message):
    __slots__ = ("finding_count", "critical_count", "high_count", "medium_count", "low_count", "posture_score", "owasp_coverage", "cwe_top25_coverage")
    FINDING_COUNT_FIELD_NUMBER: _ClassVar[int]
    CRITICAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    HIGH_COUNT_FIELD_NUMBER: _ClassVar[int]
    MEDIUM_COUNT_FIELD_NUMBER: _ClassVar[int]
    LOW_COUNT_FIELD_NUMBER: _ClassVar[int]
    POSTURE_SCORE_FIELD_NUMBER: _ClassVar[int]
    OWASP_COVERAGE_FIELD_NUMBER: _ClassVar[int]
    CWE_TOP25_COVERAGE_FIELD_NUMBER: _ClassVar[int]
    finding_count: int
    critical_count: int
    high_count: int
    medium_count: int
    low_count: int
    posture_score: float
    owasp_coverage: float
    cwe_top25_coverage: float
    def __init__(self, finding_count: _Optional[int] = ..., critical_count: _Optional[int] = ..., high_count: _Optional[int] = ..., medium_count: _Optional[int] = ..., low_count: _Optional[int] = ..., posture_score: _Optional[float] = ..., owasp_coverage: _Optional[float] = ..., cwe_top25_coverage: _Optional[float] = ...) -> None: ...

class ListSecurityFindingsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class SecurityFinding(_message.Message):
    __slots__ = ("id", "source", "detector", "file", "line", "description", "severity", "severity_level", "cwe_ids", "owasp_categories", "confidence", "remediation")
    ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    DETECTOR_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_LEVEL_FIELD_NUMBER: _ClassVar[int]
    CWE_IDS_FIELD_NUMBER: _ClassVar[int]
    OWASP_CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    REMEDIATION_FIELD_NUMBER: _ClassVar[int]
    id: str
    source: str
    detector: str
    file: str
    line: int
    description: str
    severity: float
    severity_level: str
    cwe_ids: _containers.RepeatedScalarFieldContainer[int]
    owasp_categories: _containers.RepeatedScalarFieldContainer[str]
    confidence: float
    remediation: str
    def __init__(self, id: _Optional[str] = ..., source: _Optional[str] = ..., detector: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., description: _Optional[str] = ..., severity: _Optional[float] = ..., severity_level: _Optional[str] = ..., cwe_ids: _Optional[_Iterable[int]] = ..., owasp_categories: _Optional[_Iterable[str]] = ..., confidence: _Optional[float] = ..., remediation: _Optional[str] = ...) -> None: ...

class ListSecurityFindingsResponse(_message.Message):
    __slots__ = ("findings", "next_page_token")
    FINDINGS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    findings: _containers.RepeatedCompositeFieldContainer[SecurityFinding]
    next_page_token: str
    def __init__(self, findings: _Optional[_Iterable[_Union[SecurityFinding, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListCryptoFindingsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "category", "file", "language")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    category: str
    file: str
    language: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., category: _Optional[str] = ..., file: _Optional[str] = ..., language: _Optional[str] = ...) -> None: ...

class CryptoFinding(_message.Message):
    __slots__ = ("id", "file", "line", "category", "description", "confidence", "severity", "cwe_id", "owasp", "remediation", "language")
    ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    CWE_ID_FIELD_NUMBER: _ClassVar[int]
    OWASP_FIELD_NUMBER: _ClassVar[int]
    REMEDIATION_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    id: int
    file: str
    line: int
    category: str
    description: str
    confidence: float
    severity: str
    cwe_id: int
    owasp: str
    remediation: str
    language: str
    def __init__(self, id: _Optional[int] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., category: _Optional[str] = ..., description: _Optional[str] = ..., confidence: _Optional[float] = ..., severity: _Optional[str] = ..., cwe_id: _Optional[int] = ..., owasp: _Optional[str] = ..., remediation: _Optional[str] = ..., language: _Optional[str] = ...) -> None: ...

class ListCryptoFindingsResponse(_message.Message):
    __slots__ = ("findings", "next_page_token")
    FINDINGS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    findings: _containers.RepeatedCompositeFieldContainer[CryptoFinding]
    next_page_token: str
    def __init__(self, findings: _Optional[_Iterable[_Union[CryptoFinding, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetCryptoHealthRequest(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: str
    def __init__(self, project: _Optional[str] = ...) -> None: ...

class GetCryptoHealthResponse(_message.Message):
    __slots__ = ("finding_count", "critical_count", "high_count", "medium_count", "overall")
    FINDING_COUNT_FIELD_NUMBER: _ClassVar[int]
    CRITICAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    HIGH_COUNT_FIELD_NUMBER: _ClassVar[int]
    MEDIUM_COUNT_FIELD_NUMBER: _ClassVar[int]
    OVERALL_FIELD_NUMBER: _ClassVar[int]
    finding_count: int
    critical_count: int
    high_count: int
    medium_count: int
    overall: float
    def __init__(self, finding_count: _Optional[int] = ..., critical_count: _Optional[int] = ..., high_count: _Optional[int] = ..., medium_count: _Optional[int] = ..., overall: _Optional[float] = ...) -> None: ...
