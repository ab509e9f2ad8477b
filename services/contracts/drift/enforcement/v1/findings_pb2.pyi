from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class FindingState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FINDING_STATE_UNSPECIFIED: _ClassVar[FindingState]
    FINDING_STATE_NEW: _ClassVar[FindingState]
    FINDING_STATE_FIXED: _ClassVar[FindingState]
    FINDING_STATE_PERSISTING: _ClassVar[FindingState]
FINDING_STATE_UNSPECIFIED: FindingState
FINDING_STATE_NEW: FindingState
FINDING_STATE_FIXED: FindingState
FINDING_STATE_PERSISTING: FindingState

class DiffFindingsRequest(_message.Message):
    __slots__ = ("project", "base_scan", "head_scan", "state", "page_size", "page_token")
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    BASE_SCAN_FIELD_NUMBER: _ClassVar[int]
    HEAD_SCAN_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    project: str
    base_scan: int
    head_scan: int
    state: FindingState
    page_size: int
    page_token: str
    def __init__(self, project: _Optional[str] = ..., base_scan: _Optional[int] = ..., head_scan: _Optional[int] = ..., state: _Optional[_Union[FindingState, str]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class RecordedFinding(_message.Message):
    __slots__ = ("fingerprint", "kind", "rule", "file", "line", "level", "message")
    FINGERPRINT_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    RULE_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    fingerprint: str
    kind: str
    rule: str
    file: str
    line: int
    level: str
    message: str
    def __init__(self, fingerprint: _Optional[str] = ..., kind: _Optional[str] = ..., rule: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., level: _Optional[str] = ..., message: _Optional[str] = ...) -> None: ...

class FindingStateCount(_message.Message):
    __slots__ = ("state", "level", "count")
    STATE_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    state: FindingState
    level: str
    count: int
    def __init__(self, state: _Optional[_Union[FindingState, str]] = ..., level: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class DiffFindingsResponse(_message.Message):
    __slots__ = ("findings", "next_page_token", "counts", "new_count", "fixed_count", "persisting_count")
    FINDINGS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    COUNTS_FIELD_NUMBER: _ClassVar[int]
    NEW_COUNT_FIELD_NUMBER: _ClassVar[int]
    FIXED_COUNT_FIELD_NUMBER: _ClassVar[int]
    PERSISTING_COUNT_FIELD_NUMBER: _ClassVar[int]
    findings: _containers.RepeatedCompositeFieldContainer[RecordedFinding]
    next_page_token: str
    counts: _containers.RepeatedCompositeFieldContainer[FindingStateCount]
    new_count: int
    fixed_count: int
    persisting_count: int
    def __init__(self, findings: _Optional[_Iterable[_Union[RecordedFinding, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., counts: _Optional[_Iterable[_Union[FindingStateCount, _Mapping]]] = ..., new_count: _Optional[int] = ..., fixed_count: _Optional[int] = ..., persisting_count: _Optional[int] = ...) -> None: ...

class RecordFindingsRequest(_message.Message):
    __slots__ = ("project", "scan_id")
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    SCAN_ID_FIELD_NUMBER: _ClassVar[int]
    project: str
    scan_id: int
    def __init__(self, project: _Optional[str] = ..., scan_id: _Optional[int] = ...) -> None: ...

class RecordFindingsResponse(_message.Message):
    __slots__ = ("scan_id", "findings", "previous_scan", "new_violations")
    class FindingsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: int
        def __init__(self, key: _Optional[str] = ..., value: _Optional[int] = ...) -> None: ...
    SCAN_ID_FIELD_NUMBER: _ClassVar[int]
    FINDINGS_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_SCAN_FIELD_NUMBER: _ClassVar[int]
    NEW_VIOLATIONS_FIELD_NUMBER: _ClassVar[int]
    scan_id: int
    findings: _containers.ScalarMap[str, int]
    previous_scan: int
    new_violations: int
    def __init__(self, scan_id: _Optional[int] = ..., findings: _Optional[_Mapping[str, int]] = ..., previous_scan: _Optional[int] = ..., new_violations: _Optional[int] = ...) -> None: ...
