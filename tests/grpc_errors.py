"""Reading the rich error details of a failed call, as a client would."""

from __future__ import annotations

from dataclasses import dataclass, field

import grpc
from google.rpc import error_details_pb2, status_pb2


@dataclass
class Failure:
    code: grpc.StatusCode
    message: str
    reason: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    fields: list[str] = field(default_factory=list)


def failure(exc: grpc.aio.AioRpcError) -> Failure:
    """The status code, message, ErrorInfo and BadRequest fields of a failed call."""
    result = Failure(exc.code(), exc.details() or "")
    for key, value in exc.trailing_metadata() or ():
        if key != "grpc-status-details-bin":
            continue
        status = status_pb2.Status.FromString(value)
        for detail in status.details:
            info, bad = error_details_pb2.ErrorInfo(), error_details_pb2.BadRequest()
            if detail.Unpack(info):
                result.reason, result.metadata = info.reason, dict(info.metadata)
            elif detail.Unpack(bad):
                result.fields = [v.field for v in bad.field_violations]
    return result
