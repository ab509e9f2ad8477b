"""The one place where exceptions become gRPC statuses.

Servicers raise (or let through) domain errors from ``errors`` and apsw exceptions; the
``ErrorMappingInterceptor`` wraps every method of a server and aborts the call with a rich status:
the canonical code, a message meant for developers, an ``ErrorInfo`` (reason, domain, metadata)
and, for validation errors, a ``BadRequest`` listing the field violations. Unexpected exceptions
become ``INTERNAL`` with an incident id; their traceback goes to the server log only.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any

import apsw
import grpc
from google.protobuf import any_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from services.common import errors

log = logging.getLogger(__name__)

_CONSTRAINT_COLUMN = re.compile(r"(?:constraint failed|column): (?:\w+\.)?(\w+)|column \w+\.(\w+)")
_CONSTRAINT_ERRORS: dict[int, tuple[type[errors.StorageError], str]] = {
    apsw.SQLITE_CONSTRAINT_NOTNULL: (errors.InvalidArgument, "must not be null"),
    apsw.SQLITE_CONSTRAINT_DATATYPE: (errors.InvalidArgument, "has the wrong type"),
    apsw.SQLITE_CONSTRAINT_CHECK: (errors.InvalidArgument, "fails a check constraint"),
    apsw.SQLITE_CONSTRAINT_UNIQUE: (errors.AlreadyExists, "duplicates an existing row"),
    apsw.SQLITE_CONSTRAINT_PRIMARYKEY: (errors.AlreadyExists, "duplicates an existing row"),
    apsw.SQLITE_CONSTRAINT_FOREIGNKEY: (errors.FailedPrecondition, "refers to a missing row"),
}


def _constraint_error(exc: apsw.ConstraintError) -> errors.StorageError:
    kind, what = _CONSTRAINT_ERRORS.get(
        getattr(exc, "extendedresult", None), (errors.FailedPrecondition, "violates a constraint")
    )
    match = _CONSTRAINT_COLUMN.search(str(exc))
    column = next((g for g in match.groups() if g), None) if match else None
    detail = f"{column} {what}" if column else f"a row {what}"
    if kind is errors.InvalidArgument:
        return errors.InvalidArgument(
            errors.FieldViolation(column or "rows", what), message=f"{detail} ({exc})"
        )
    return kind(f"{detail} ({exc})", metadata={"column": column} if column else None)


def as_storage_error(exc: BaseException) -> errors.StorageError:
    """Translate any exception into a ``StorageError`` whose message is safe to return."""
    if isinstance(exc, errors.StorageError):
        return exc
    if isinstance(exc, apsw.ConstraintError):
        return _constraint_error(exc)
    if isinstance(exc, apsw.MismatchError):
        return errors.InvalidArgument(errors.FieldViolation("rows", "datatype mismatch"))
    if isinstance(exc, apsw.BusyError | apsw.LockedError):
        return errors.Unavailable("the database is busy; retry the request")
    if isinstance(exc, apsw.FullError):
        return errors.ResourceExhausted("the database or disk is full")
    if isinstance(exc, apsw.NotADBError | apsw.CorruptError):
        return errors.DatabaseUnusable(f"the database file is unusable: {exc}")
    incident = uuid.uuid4().hex[:12]
    log.error("internal error, incident %s", incident, exc_info=exc)
    return errors.StorageError(f"internal error (incident {incident}); see the server log")


def _pack(message: Any) -> any_pb2.Any:
    packed = any_pb2.Any()
    packed.Pack(message)
    return packed


def to_rpc_status(exc: BaseException, domain: str) -> status_pb2.Status:
    """The ``google.rpc.Status`` for an exception, with ErrorInfo and BadRequest details."""
    err = as_storage_error(exc)
    info = error_details_pb2.ErrorInfo(reason=err.reason, domain=domain, metadata=err.metadata)
    details = [_pack(info)]
    if isinstance(err, errors.InvalidArgument):
        details.append(
            _pack(
                error_details_pb2.BadRequest(
                    field_violations=[
                        error_details_pb2.BadRequest.FieldViolation(
                            field=v.field, description=v.description
                        )
                        for v in err.violations
                    ]
                )
            )
        )
    return status_pb2.Status(
        code=getattr(code_pb2, err.code.name), message=err.message, details=details
    )


class ErrorMappingInterceptor(grpc.aio.ServerInterceptor):
    """Wraps every method handler so that exceptions end the call with a mapped status."""

    def __init__(self, domain: str) -> None:
        self._domain = domain

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Any],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(handler_call_details)
        if handler is None:
            return handler
        if handler.unary_unary:
            return grpc.unary_unary_rpc_method_handler(
                self._wrap_unary(handler.unary_unary),
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        if handler.stream_unary:
            return grpc.stream_unary_rpc_method_handler(
                self._wrap_unary(handler.stream_unary),
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        if handler.unary_stream:
            return grpc.unary_stream_rpc_method_handler(
                self._wrap_stream(handler.unary_stream),
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        return grpc.stream_stream_rpc_method_handler(
            self._wrap_stream(handler.stream_stream),
            request_deserializer=handler.request_deserializer,
            response_serializer=handler.response_serializer,
        )

    async def _abort(self, context: grpc.aio.ServicerContext, exc: Exception) -> None:
        await context.abort_with_status(rpc_status.to_status(to_rpc_status(exc, self._domain)))

    def _wrap_unary(self, behavior: Callable[..., Any]) -> Callable[..., Any]:
        async def wrapper(request: Any, context: grpc.aio.ServicerContext) -> Any:
            try:
                return await behavior(request, context)
            except grpc.aio.AbortError:
                raise
            except Exception as exc:  # this is the mapping place
                await self._abort(context, exc)

        return wrapper

    def _wrap_stream(self, behavior: Callable[..., AsyncIterator[Any]]) -> Callable[..., Any]:
        async def wrapper(request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
            try:
                async for response in behavior(request, context):
                    yield response
            except grpc.aio.AbortError:
                raise
            except Exception as exc:  # this is the mapping place
                await self._abort(context, exc)

        return wrapper
