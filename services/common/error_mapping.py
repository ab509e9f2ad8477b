"""The one place where exceptions become gRPC statuses.

Servicers raise (or let through) domain errors from ``errors`` and apsw exceptions; the
``ErrorMappingInterceptor`` wraps every method of a server and aborts the call with a rich status:
the canonical code, a message meant for developers, an ``ErrorInfo`` (reason, domain, metadata)
and, for validation errors, a ``BadRequest`` listing the field violations. Unexpected exceptions
become ``INTERNAL`` with an incident id; their traceback goes to the server log only. Request
bytes that do not decode as the method's request message are ``INVALID_ARGUMENT``
(``MALFORMED_REQUEST``), not the ``UNKNOWN`` grpc would give. Statuses are size-bounded (see
``MAX_MESSAGE_BYTES``) so that they always fit the response trailer.
"""

from __future__ import annotations

import inspect
import logging
import re
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import apsw
import grpc
from google.protobuf import any_pb2
from google.protobuf.message import DecodeError
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from services.common import errors

log = logging.getLogger(__name__)

_CONSTRAINT_COLUMN = re.compile(r"(?:constraint failed|column): (?:\w+\.)?(\w+)|column \w+\.(\w+)")
_CONSTRAINT_ERRORS: dict[int, tuple[type[errors.StorageError], str]] = {
    apsw.SQLITE_CONSTRAINT_NOTNULL: (errors.InvalidArgument, "must not be null"),
    apsw.SQLITE_CONSTRAINT_DATATYPE: (errors.InvalidArgument, "has the wrong type"),
    apsw.SQLITE_CONSTRAINT_CHECK: (errors.InvalidArgument, "fails a check constraint"),
    apsw.SQLITE_CONSTRAINT_UNIQUE: (errors.RowAlreadyExists, "duplicates an existing row"),
    apsw.SQLITE_CONSTRAINT_PRIMARYKEY: (errors.RowAlreadyExists, "duplicates an existing row"),
    apsw.SQLITE_CONSTRAINT_FOREIGNKEY: (errors.ReferencedRowMissing, "refers to a missing row"),
}


def _constraint_error(exc: apsw.ConstraintError) -> errors.StorageError:
    # apsw sets extendedresult on the errors it raises (its stub does not declare it); an
    # error made by hand has none: 0 is SQLITE_OK, which maps to no specific constraint.
    code: int = getattr(exc, "extendedresult", 0)
    kind, what = _CONSTRAINT_ERRORS.get(code, (errors.ConstraintViolated, "violates a constraint"))
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
        return errors.DatabaseBusy("the database is busy; retry the request")
    if isinstance(exc, NotImplementedError):
        return errors.Unimplemented("this method is not implemented by this server")
    if isinstance(exc, apsw.FullError):
        return errors.DiskFull("the database or disk is full")
    if isinstance(exc, apsw.NotADBError | apsw.CorruptError):
        return errors.DatabaseUnusable(f"the database file is unusable: {exc}")
    incident = uuid.uuid4().hex[:12]
    log.error("internal error, incident %s", incident, exc_info=exc)
    return errors.StorageError(f"internal error (incident {incident}); see the server log")


def _pack(message: Any) -> any_pb2.Any:
    packed = any_pb2.Any()
    packed.Pack(message)
    return packed


# The status travels in the response trailer, twice (``grpc-message``, percent-encoded, and
# inside ``grpc-status-details-bin``, base64), and clients refuse trailers above 8 KiB by default
# (they report RESOURCE_EXHAUSTED instead of the real error). These bounds keep the whole trailer
# under about 6 KiB whatever the error echoes.
MAX_MESSAGE_BYTES = 1024
# All ErrorInfo metadata keys and values and BadRequest fields and descriptions together.
MAX_DETAILS_BYTES = 1024
# Any one of them.
MAX_ITEM_BYTES = 256
TRUNCATED = "...[truncated]"


def _shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` UTF-8 bytes, ending with ``TRUNCATED`` if it was cut."""
    encoded = text.encode("utf-8", "replace")
    if len(encoded) <= limit:
        return encoded.decode("utf-8")
    return encoded[: limit - len(TRUNCATED)].decode("utf-8", "ignore") + TRUNCATED


class _Budget:
    """What is left of ``MAX_DETAILS_BYTES``; entries that do not fit are counted, not kept."""

    def __init__(self) -> None:
        self.left = MAX_DETAILS_BYTES
        self.omitted = 0

    def fit(self, first: str, second: str) -> tuple[str, str] | None:
        pair = (_shorten(first, MAX_ITEM_BYTES), _shorten(second, MAX_ITEM_BYTES))
        size = sum(len(text.encode("utf-8")) for text in pair)
        if size > self.left:
            self.omitted += 1
            return None
        self.left -= size
        return pair


def to_rpc_status(exc: BaseException, domain: str) -> status_pb2.Status:
    """The ``google.rpc.Status`` for an exception, with ErrorInfo and BadRequest details.

    Sizes are bounded (see ``MAX_MESSAGE_BYTES``): long texts are cut and end with
    ``...[truncated]``; metadata entries and field violations beyond the budget are left out and
    counted in the metadata entry ``truncated``.
    """
    err = as_storage_error(exc)
    budget = _Budget()
    metadata = dict(
        pair for pair in (budget.fit(k, v) for k, v in err.metadata.items()) if pair is not None
    )
    violations = []
    if isinstance(err, errors.InvalidArgument):
        violations = [
            error_details_pb2.BadRequest.FieldViolation(field=pair[0], description=pair[1])
            for pair in (budget.fit(v.field, v.description) for v in err.violations)
            if pair is not None
        ]
    if budget.omitted:
        metadata["truncated"] = f"{budget.omitted} metadata entries or field violations omitted"
    details = [
        _pack(error_details_pb2.ErrorInfo(reason=err.reason, domain=domain, metadata=metadata))
    ]
    if isinstance(err, errors.InvalidArgument):
        details.append(_pack(error_details_pb2.BadRequest(field_violations=violations)))
    return status_pb2.Status(
        code=getattr(code_pb2, err.code.name),
        message=_shorten(err.message, MAX_MESSAGE_BYTES),
        details=details,
    )


@dataclass(frozen=True)
class _Undecodable:
    """What a wrapped request deserializer gives for bytes that are not a request message.

    A deserializer that raised would end the call with UNKNOWN before any handler runs; this
    lets the handler's wrapper refuse the request as INVALID_ARGUMENT instead.
    """

    error: DecodeError


def _tolerant(deserializer: Callable[[bytes], Any] | None) -> Callable[[bytes], Any] | None:
    if deserializer is None:
        return None

    def deserialize(data: bytes) -> Any:
        try:
            return deserializer(data)
        except DecodeError as exc:
            return _Undecodable(exc)

    return deserialize


def _decoded(request: Any) -> Any:
    """``request``, or MalformedRequest if its bytes could not be decoded."""
    if isinstance(request, _Undecodable):
        raise errors.MalformedRequest(f"the request is not a valid message: {request.error}")
    return request


async def _decoded_async(requests: AsyncIterator[Any]) -> AsyncIterator[Any]:
    async for request in requests:
        yield _decoded(request)


def _decoded_sync(requests: Iterator[Any]) -> Iterator[Any]:
    for request in requests:
        yield _decoded(request)


_HANDLER_FACTORIES = {
    (False, False): ("unary_unary", grpc.unary_unary_rpc_method_handler),
    (True, False): ("stream_unary", grpc.stream_unary_rpc_method_handler),
    (False, True): ("unary_stream", grpc.unary_stream_rpc_method_handler),
    (True, True): ("stream_stream", grpc.stream_stream_rpc_method_handler),
}


class ErrorMappingInterceptor(grpc.aio.ServerInterceptor):
    """Wraps every method handler so that exceptions end the call with a mapped status.

    A handler may have any shape grpc.aio accepts, and its wrapper keeps that shape, since grpc
    dispatches on it: an async generator (yields responses), a coroutine (returns the response,
    or writes streamed responses with ``context.write``, as ``Health/Watch`` does), or a plain
    function (run in grpc's thread pool; returns the response or an iterator of responses, as
    the generated ``Health/List`` stub that raises NotImplementedError does).
    """

    def __init__(self, domain: str) -> None:
        self._domain = domain

    async def intercept_service(
        self,
        continuation: Callable[
            [grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler[Any, Any] | None]
        ],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler[Any, Any] | None:
        handler = await continuation(handler_call_details)
        if handler is None:
            return handler
        kind, factory = _HANDLER_FACTORIES[
            (bool(handler.request_streaming), bool(handler.response_streaming))
        ]
        return factory(
            self._wrap(
                getattr(handler, kind),
                handler_call_details.method,
                handler.request_streaming,
                handler.response_streaming,
            ),
            request_deserializer=_tolerant(handler.request_deserializer),
            response_serializer=handler.response_serializer,
        )

    def _status(self, method: str, exc: Exception) -> grpc.Status:
        status = to_rpc_status(exc, self._domain)
        # One line per failed call, so the server log shows what clients were refused.
        log.info("%s failed: %s: %s", method, code_pb2.Code.Name(status.code), status.message)
        return rpc_status.to_status(status)

    def _wrap(
        self,
        behavior: Callable[..., Any],
        method: str,
        request_streaming: bool,
        response_streaming: bool,
    ) -> Callable[..., Any]:
        """``behavior`` with its errors mapped, in the shape grpc dispatches on (the same tests,
        in the same order, as grpc.aio's server)."""
        if inspect.iscoroutinefunction(behavior):
            return self._wrap_coroutine(behavior, method, request_streaming)
        if inspect.isasyncgenfunction(behavior):
            return self._wrap_async_generator(behavior, method, request_streaming)
        return self._wrap_function(behavior, method, request_streaming, response_streaming)

    def _wrap_coroutine(
        self, behavior: Callable[..., Awaitable[Any]], method: str, request_streaming: bool
    ) -> Callable[..., Any]:
        async def wrapper(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
            try:
                request = _decoded_async(request) if request_streaming else _decoded(request)
                return await behavior(request, context)
            except grpc.aio.AbortError:
                raise
            except Exception as exc:  # this is the mapping place
                await context.abort_with_status(self._status(method, exc))

        return wrapper

    def _wrap_async_generator(
        self, behavior: Callable[..., AsyncIterator[Any]], method: str, request_streaming: bool
    ) -> Callable[..., Any]:
        async def wrapper(
            request: Any, context: grpc.aio.ServicerContext[Any, Any]
        ) -> AsyncIterator[Any]:
            try:
                request = _decoded_async(request) if request_streaming else _decoded(request)
                async for response in behavior(request, context):
                    yield response
            except grpc.aio.AbortError:
                raise
            except Exception as exc:  # this is the mapping place
                await context.abort_with_status(self._status(method, exc))

        return wrapper

    def _wrap_function(
        self,
        behavior: Callable[..., Any],
        method: str,
        request_streaming: bool,
        response_streaming: bool,
    ) -> Callable[..., Any]:
        # grpc runs it in its thread pool with a synchronous context. Aborting from there blocks
        # on the event loop, and while a streamed response is still being sent it fails (too
        # many operations on the call) and hangs the RPC; so the status is set on the context,
        # and grpc sends it when the handler returns, discarding any response. A streaming
        # handler is called on the loop and iterated in the pool: its wrapper is a generator,
        # so that the behavior's errors all surface while iterating.
        def fail(context: Any, exc: Exception) -> None:
            status = self._status(method, exc)
            context.set_code(status.code)
            context.set_details(status.details)
            context.set_trailing_metadata(status.trailing_metadata)

        def unary(request: Any, context: Any) -> Any:
            try:
                return behavior(
                    _decoded_sync(request) if request_streaming else _decoded(request), context
                )
            except grpc.aio.AbortError:
                raise
            except Exception as exc:  # this is the mapping place
                fail(context, exc)
                return None

        def streaming(request: Any, context: Any) -> Iterator[Any]:
            try:
                yield from behavior(
                    _decoded_sync(request) if request_streaming else _decoded(request), context
                )
            except grpc.aio.AbortError:
                raise
            except Exception as exc:  # this is the mapping place
                fail(context, exc)

        return streaming if response_streaming else unary
