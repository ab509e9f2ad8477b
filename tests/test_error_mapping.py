"""The one error-mapping place: exceptions become canonical codes with rich details."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import apsw
import grpc
import pytest
from google.rpc import code_pb2, error_details_pb2

from services.common import errors
from services.common.error_mapping import ErrorMappingInterceptor, to_rpc_status
from services.contracts.drift.storage.v1 import drift_storage_pb2, drift_storage_pb2_grpc
from tests.grpc_errors import failure


def sqlite_error(sql: str) -> apsw.Error:
    conn = apsw.Connection(":memory:")
    conn.execute(
        "PRAGMA foreign_keys = ON;"
        "CREATE TABLE p (id INTEGER PRIMARY KEY) STRICT;"
        "CREATE TABLE c (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, p INTEGER REFERENCES p(id))"
        " STRICT; INSERT INTO c (id, n) VALUES (1, 1);"
    )
    with pytest.raises(apsw.Error) as caught:
        conn.execute(sql)
    return caught.value


def details(status):
    info, bad = error_details_pb2.ErrorInfo(), error_details_pb2.BadRequest()
    found = {}
    for detail in status.details:
        if detail.Unpack(info):
            found["info"] = info
        elif detail.Unpack(bad):
            found["bad"] = bad
    return found


@pytest.mark.parametrize(
    ("sql", "code", "reason", "column"),
    [
        ("INSERT INTO c (id, n) VALUES (2, NULL)", code_pb2.INVALID_ARGUMENT, "FIELD_INVALID", "n"),
        ("INSERT INTO c (id, n) VALUES (2, 'x')", code_pb2.INVALID_ARGUMENT, "FIELD_INVALID", "n"),
        (
            "INSERT INTO c (id, n) VALUES (1, 1)",
            code_pb2.ALREADY_EXISTS,
            "ROW_ALREADY_EXISTS",
            "id",
        ),
        (
            "INSERT INTO c (id, n, p) VALUES (3, 1, 99)",
            code_pb2.FAILED_PRECONDITION,
            "REFERENCED_ROW_MISSING",
            None,
        ),
    ],
)
def test_constraint_violations_map_to_a_code_and_reason_naming_the_column(
    sql, code, reason, column
) -> None:
    status = to_rpc_status(sqlite_error(sql), "drift.storage.v1")
    assert status.code == code
    found = details(status)
    assert (found["info"].reason, found["info"].domain) == (reason, "drift.storage.v1")
    if code == code_pb2.INVALID_ARGUMENT:
        assert found["bad"].field_violations[0].field == column
    elif column:
        assert found["info"].metadata["column"] == column


def test_validation_errors_carry_bad_request_field_violations() -> None:
    error = errors.InvalidArgument(
        [errors.FieldViolation("files.path[3]", "must not be empty")],
        metadata={"batchIndex": "2"},
    )
    status = to_rpc_status(error, "drift.storage.v1")
    found = details(status)
    assert status.code == code_pb2.INVALID_ARGUMENT
    assert status.message == "files.path[3]: must not be empty"
    assert found["info"].reason == "FIELD_INVALID"
    assert found["info"].metadata["batchIndex"] == "2"
    assert [(v.field, v.description) for v in found["bad"].field_violations] == [
        ("files.path[3]", "must not be empty")
    ]


def test_a_busy_database_is_unavailable_so_clients_may_retry() -> None:
    status = to_rpc_status(apsw.BusyError("database is locked"), "d")
    assert (status.code, details(status)["info"].reason) == (code_pb2.UNAVAILABLE, "DATABASE_BUSY")


def test_a_constraint_sqlite_does_not_name_is_constraint_violated() -> None:
    """A trigger's RAISE(ABORT) is a constraint failure of no specific kind."""
    conn = apsw.Connection(":memory:")
    conn.execute(
        "CREATE TABLE t (x INTEGER); CREATE TRIGGER no BEFORE INSERT ON t"
        " BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    with pytest.raises(apsw.ConstraintError) as caught:
        conn.execute("INSERT INTO t VALUES (1)")
    status = to_rpc_status(caught.value, "d")
    assert (status.code, details(status)["info"].reason) == (
        code_pb2.FAILED_PRECONDITION,
        "CONSTRAINT_VIOLATED",
    )


@pytest.mark.parametrize(
    ("exc", "code", "reason"),
    [
        (apsw.FullError("database or disk is full"), code_pb2.RESOURCE_EXHAUSTED, "DISK_FULL"),
        (
            apsw.NotADBError("file is not a database"),
            code_pb2.FAILED_PRECONDITION,
            "DATABASE_UNUSABLE",
        ),
        (apsw.CorruptError("malformed"), code_pb2.FAILED_PRECONDITION, "DATABASE_UNUSABLE"),
    ],
)
def test_sqlite_failures_of_the_database_itself_have_their_reason(exc, code, reason) -> None:
    status = to_rpc_status(exc, "d")
    assert (status.code, details(status)["info"].reason) == (code, reason)


def test_a_newer_schema_is_failed_precondition() -> None:
    status = to_rpc_status(errors.SchemaTooNew("too new"), "d")
    assert status.code == code_pb2.FAILED_PRECONDITION
    assert details(status)["info"].reason == "SCHEMA_TOO_NEW"


def test_unexpected_errors_are_internal_without_internals(caplog) -> None:
    """The client gets an incident id; the message and traceback go to the server log only."""
    status = to_rpc_status(KeyError("secret_column_name"), "d")
    assert status.code == code_pb2.INTERNAL
    assert "secret_column_name" not in status.message
    assert "incident" in status.message
    assert "secret_column_name" in caplog.text


def test_not_implemented_is_unimplemented() -> None:
    status = to_rpc_status(NotImplementedError("Method not implemented!"), "d")
    assert (status.code, status.message) == (
        code_pb2.UNIMPLEMENTED,
        "this method is not implemented by this server",
    )
    assert details(status)["info"].reason == "UNIMPLEMENTED"


def test_unexpected_errors_have_the_reason_internal() -> None:
    assert details(to_rpc_status(KeyError("x"), "d"))["info"].reason == "INTERNAL"


def test_a_long_message_is_cut_with_a_marker() -> None:
    status = to_rpc_status(errors.NotFound("x" * 100_000), "d")
    assert status.message == "x" * 1010 + "...[truncated]"


def test_a_message_is_cut_between_characters() -> None:
    """1024 bytes hold 505 two-byte characters before the 14-byte marker."""
    status = to_rpc_status(errors.NotFound("é" * 1000), "d")
    assert status.message == "é" * 505 + "...[truncated]"


def test_metadata_and_field_violations_share_a_bounded_budget() -> None:
    """Each text is cut to 256 bytes; entries beyond 1024 bytes in all are left out and
    counted: two metadata entries (2 x 258 bytes) and one violation (263 bytes) fit."""
    error = errors.InvalidArgument(
        [errors.FieldViolation(f"rows[{i}]", "d" * 1000) for i in range(5)],
        metadata={f"k{i}": "v" * 1000 for i in range(2)},
    )
    found = details(to_rpc_status(error, "d"))
    assert dict(found["info"].metadata) == {
        "k0": "v" * 242 + "...[truncated]",
        "k1": "v" * 242 + "...[truncated]",
        "truncated": "4 metadata entries or field violations omitted",
    }
    assert [(v.field, v.description) for v in found["bad"].field_violations] == [
        ("rows[0]", "d" * 242 + "...[truncated]"),
    ]


async def test_a_long_echoed_value_does_not_hide_the_error(drift_server) -> None:
    """Scan echoes its root (a 4,001-byte path of short components, outside the allowed roots):
    the status stays under the 8 KiB trailer limit, so the client sees PERMISSION_DENIED rather
    than RESOURCE_EXHAUSTED."""
    async with grpc.aio.insecure_channel(drift_server.address) as channel:
        stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            [r async for r in stub.Scan(drift_storage_pb2.ScanRequest(root="/r" * 2000 + "/"))]
    error = failure(caught.value)
    assert (error.code, error.reason) == (
        grpc.StatusCode.PERMISSION_DENIED,
        "ROOT_OUTSIDE_ALLOWED_ROOTS",
    )
    assert error.message.endswith("...[truncated]")
    assert error.metadata["root"] == "/r" * 121 + "...[truncated]"


# Handlers of every shape grpc.aio accepts, each sending b"1" (the streaming ones) and then
# failing with NOT_FOUND, or answering b"ok".
async def coroutine_unary(request: bytes, context) -> bytes:
    if request == b"ok":
        return b"ok"
    raise errors.NotFound("coroutine unary")


def sync_unary(request: bytes, context) -> bytes:
    if request == b"ok":
        return b"ok"
    raise errors.NotFound("sync unary")


async def coroutine_stream(request: bytes, context) -> None:
    await context.write(b"1")
    raise errors.NotFound("coroutine stream")


async def async_generator_stream(request: bytes, context) -> AsyncIterator[bytes]:
    yield b"1"
    raise errors.NotFound("async generator stream")


def sync_generator_stream(request: bytes, context) -> Iterator[bytes]:
    yield b"1"
    raise errors.NotFound("sync generator stream")


def sync_stream_unary(requests: Iterator[bytes], context) -> bytes:
    raise errors.NotFound(f"sync stream unary after {len(list(requests))} requests")


SHAPES = grpc.method_handlers_generic_handler(
    "test.v1.Shapes",
    {
        "CoroutineUnary": grpc.unary_unary_rpc_method_handler(coroutine_unary),
        "SyncUnary": grpc.unary_unary_rpc_method_handler(sync_unary),
        "CoroutineStream": grpc.unary_stream_rpc_method_handler(coroutine_stream),
        "AsyncGeneratorStream": grpc.unary_stream_rpc_method_handler(async_generator_stream),
        "SyncGeneratorStream": grpc.unary_stream_rpc_method_handler(sync_generator_stream),
        "SyncStreamUnary": grpc.stream_unary_rpc_method_handler(sync_stream_unary),
    },
)


@pytest.fixture
async def shapes_channel() -> AsyncIterator[grpc.aio.Channel]:
    server = grpc.aio.server(interceptors=[ErrorMappingInterceptor("test.v1")])
    server.add_generic_rpc_handlers((SHAPES,))
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            yield channel
    finally:
        await server.stop(None)


@pytest.mark.parametrize("method", ["CoroutineUnary", "SyncUnary"])
async def test_unary_handlers_of_each_shape_answer_and_fail_mapped(shapes_channel, method) -> None:
    call = shapes_channel.unary_unary(f"/test.v1.Shapes/{method}")
    assert await call(b"ok") == b"ok"
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call(b"fail")
    error = failure(caught.value)
    assert (error.code, error.reason) == (grpc.StatusCode.NOT_FOUND, "NOT_FOUND")


@pytest.mark.parametrize(
    ("method", "message"),
    [
        ("CoroutineStream", "coroutine stream"),
        ("AsyncGeneratorStream", "async generator stream"),
        ("SyncGeneratorStream", "sync generator stream"),
    ],
)
async def test_streaming_handlers_of_each_shape_stream_then_fail_mapped(
    shapes_channel, method, message
) -> None:
    call = shapes_channel.unary_stream(f"/test.v1.Shapes/{method}")(b"")
    assert await call.read() == b"1"
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call.read()
    error = failure(caught.value)
    assert (error.code, error.reason, error.message) == (
        grpc.StatusCode.NOT_FOUND,
        "NOT_FOUND",
        message,
    )


async def test_a_sync_request_streaming_handler_reads_its_requests(shapes_channel) -> None:
    call = shapes_channel.stream_unary("/test.v1.Shapes/SyncStreamUnary")
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call(iter([b"a", b"b"]))
    assert failure(caught.value).message == "sync stream unary after 2 requests"
