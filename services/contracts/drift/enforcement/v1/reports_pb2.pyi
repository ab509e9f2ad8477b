from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class StreamReportRequest(_message.Message):
    __slots__ = ("project", "format", "include_suppressed", "baseline_scan")
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_SUPPRESSED_FIELD_NUMBER: _ClassVar[int]
    BASELINE_SCAN_FIELD_NUMBER: _ClassVar[int]
    project: str
    format: str
    include_suppressed: bool
    baseline_scan: int
    def __init__(self, project: _Optional[str] = ..., format: _Optional[str] = ..., include_suppressed: _Optional[bool] = ..., baseline_scan: _Optional[int] = ...) -> None: ...

class StreamReportResponse(_message.Message):
    __slots__ = ("content_type", "file_extension", "chunk")
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    FILE_EXTENSION_FIELD_NUMBER: _ClassVar[int]
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    content_type: str
    file_extension: str
    chunk: bytes
    def __init__(self, content_type: _Optional[str] = ..., file_extension: _Optional[str] = ..., chunk: _Optional[bytes] = ...) -> None: ...
