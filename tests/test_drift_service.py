"""drift_storage over real gRPC: streaming ingest, paging, summaries, stats, health, errors."""

from __future__ import annotations

import asyncio
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from services.common import pagination
from services.common.server import RunningServer
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from tests.file_records import FileRecord, batches, file_batch
from tests.grpc_errors import failure
from tests.processes import ServiceProcess, serve_args

SERVICE = "drift.storage.v1.DriftStorageService"


def records(prefix: str, count: int, language: str | None = "Python") -> list[FileRecord]:
    return [
        FileRecord(f"{prefix}/f{i:05d}.py", language, i, i.to_bytes(8, "little"), 1_700_000_000, i)
        for i in range(count)
    ]


async def ingest(stub, requests) -> list[pb.IngestFileMetadataResponse]:
    return [ack async for ack in stub.IngestFileMetadata(iter(requests))]


async def file_count(stub) -> int:
    return (await stub.GetFileSummary(pb.GetFileSummaryRequest())).file_count


async def list_all(stub, **request) -> list[pb.File]:
    found, token = [], ""
    while True:
        page = await stub.ListFiles(pb.ListFilesRequest(page_token=token, **request))
        found.extend(page.files)
        if not (token := page.next_page_token):
            return found


async def test_health_and_reflection_are_served(drift_server: RunningServer) -> None:
    async with grpc.aio.insecure_channel(drift_server.address) as channel:
        health = health_pb2_grpc.HealthStub(channel)
        for name in ("", SERVICE):
            response = await health.Check(health_pb2.HealthCheckRequest(service=name))
            assert response.status == health_pb2.HealthCheckResponse.SERVING
        reflect = reflection_pb2_grpc.ServerReflectionStub(channel)
        request = reflection_pb2.ServerReflectionRequest(list_services="")
        response = await anext(aiter(reflect.ServerReflectionInfo(iter([request]))))
        names = {s.name for s in response.list_services_response.service}
        assert {SERVICE, "grpc.health.v1.Health"} <= names


async def test_batches_are_acknowledged_in_order_with_counts(drift_stub) -> None:
    acks = await ingest(drift_stub, batches(records("src", 1050), rows=100))
    assert [a.batch_index for a in acks] == list(range(11))
    assert [a.rows_written for a in acks] == [100] * 10 + [50]
    assert acks[-1].total_rows_written == 1050
    assert await file_count(drift_stub) == 1050


async def test_list_files_pages_through_every_row_in_path_order(drift_stub) -> None:
    await ingest(drift_stub, [file_batch(records("b", 120) + records("a", 130, "Go"))])
    files = await list_all(drift_stub, page_size=47)
    paths = [f.path for f in files]
    assert len(paths) == 250 and paths == sorted(paths)
    go = await list_all(drift_stub, page_size=1000, language="Go")
    assert {f.language for f in go} == {"Go"} and len(go) == 130
    first = files[0]
    assert (first.path, first.file_size, first.content_hash, first.mtime_nanos) == (
        "a/f00000.py",
        0,
        (0).to_bytes(8, "little"),
        0,
    )


async def test_page_size_is_clamped_to_the_maximum(drift_stub) -> None:
    await ingest(drift_stub, batches(records("x", 1200)))
    page = await drift_stub.ListFiles(pb.ListFilesRequest(page_size=5000))
    assert len(page.files) == 1000 and page.next_page_token


@pytest.mark.parametrize(
    ("request_fields", "field"),
    [
        ({"page_size": -1}, "page_size"),
        ({"page_token": "not-a-token"}, "page_token"),
    ],
)
async def test_bad_paging_arguments_are_invalid_argument(drift_stub, request_fields, field) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await drift_stub.ListFiles(pb.ListFilesRequest(**request_fields))
    error = failure(caught.value)
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert error.fields == [field]


async def test_a_token_is_refused_with_other_filters(drift_stub) -> None:
    await ingest(drift_stub, [file_batch(records("a", 5))])
    page = await drift_stub.ListFiles(pb.ListFilesRequest(page_size=2, language="Python"))
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await drift_stub.ListFiles(pb.ListFilesRequest(page_token=page.next_page_token))
    assert failure(caught.value).code == grpc.StatusCode.INVALID_ARGUMENT


def malformed(**changes) -> pb.IngestFileMetadataRequest:
    request = file_batch(records("m", 3))
    for name, values in changes.items():
        column = getattr(request.files, name)
        del column[:]
        column.extend(values)
    return request


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        (pb.IngestFileMetadataRequest(), "files.path"),
        (malformed(file_size=[1, 2]), "files.file_size"),
        (malformed(path=["a", "", "c"]), "files.path[1]"),
        (malformed(path=["a", "b", "a"]), "files.path[2]"),
        (malformed(file_size=[1, -5, 3]), "files.file_size[1]"),
        (malformed(mtime_nanos=[0, 0, 1_000_000_000]), "files.mtime_nanos[2]"),
        (malformed(content_hash=[bytes(8), b"", bytes(8)]), "files.content_hash[1]"),
        (malformed(content_hash=[bytes(8), bytes(7), bytes(8)]), "files.content_hash[1]"),
        (malformed(content_hash=[bytes(8), bytes(8), bytes(9)]), "files.content_hash[2]"),
        (malformed(path=["a" * 8192, "b", "a" * 8192]), "files.path[2]"),
        (malformed(scan_duration_us=[1]), "files.scan_duration_us"),
    ],
)
async def test_a_malformed_batch_is_refused_naming_the_field(drift_stub, request_, field) -> None:
    """INVALID_ARGUMENT with a BadRequest naming the field and row; nothing is written."""
    good = file_batch(records("good", 4))
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await ingest(drift_stub, [good, request_])
    error = failure(caught.value)
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert error.fields == [field]
    assert error.metadata["batchIndex"] == "1"
    assert "Traceback" not in error.message
    assert await file_count(drift_stub) == 4  # the acknowledged first batch only


def poison(server: RunningServer) -> None:
    """Fault injection: a trigger that makes any row whose path starts with 'poison' fail."""
    conn = server.storage.database.open_writer()
    conn.execute(
        "CREATE TRIGGER poison BEFORE INSERT ON file_metadata WHEN NEW.path LIKE 'poison%' "
        "BEGIN SELECT RAISE(ABORT, 'poisoned row'); END"
    )
    conn.close()


async def test_a_batch_violating_a_constraint_fails_whole_and_alone(
    drift_server: RunningServer, drift_stub
) -> None:
    """The failing batch leaves no row; earlier batches stay; later ones in the stream are not
    applied; other streams and later streams are unaffected."""
    poison(drift_server)
    bad = file_batch(records("ok-in-bad-batch", 10) + records("poison", 1))
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await ingest(
            drift_stub,
            [file_batch(records("first", 10)), bad, file_batch(records("after", 10))],
        )
    error = failure(caught.value)
    assert error.code == grpc.StatusCode.FAILED_PRECONDITION
    assert error.metadata["batchIndex"] == "1"
    assert "batch 1" in error.message
    await ingest(drift_stub, [file_batch(records("later", 10))])
    prefixes = {f.path.split("/")[0] for f in await list_all(drift_stub, page_size=1000)}
    assert prefixes == {"first", "later"}


async def test_concurrent_streams_are_isolated_from_a_failing_one(
    drift_server: RunningServer, drift_stub
) -> None:
    poison(drift_server)
    good_streams = [
        ingest(drift_stub, batches(records(f"stream{n}", 500), rows=50)) for n in range(3)
    ]
    bad_stream = ingest(drift_stub, [file_batch(records("poison", 5))])
    results = await asyncio.gather(*good_streams, bad_stream, return_exceptions=True)
    assert isinstance(results[-1], grpc.aio.AioRpcError)
    assert all(acks[-1].total_rows_written == 500 for acks in results[:-1])
    assert await file_count(drift_stub) == 1500


async def test_ingest_upserts_by_path(drift_stub) -> None:
    await ingest(drift_stub, [file_batch(records("u", 3))])
    changed = [FileRecord("u/f00001.py", "Rust", 999, b"12345678", 5, 6, 77)]
    await ingest(drift_stub, [file_batch(changed)])
    files = {f.path: f for f in await list_all(drift_stub)}
    assert len(files) == 3
    updated = files["u/f00001.py"]
    assert (updated.language, updated.file_size, updated.scan_duration_us) == ("Rust", 999, 77)


async def test_summary_counts_languages_and_bytes(drift_stub) -> None:
    await ingest(
        drift_stub, [file_batch(records("p", 4) + records("g", 2, "Go") + records("n", 1, None))]
    )
    summary = await drift_stub.GetFileSummary(pb.GetFileSummaryRequest())
    assert summary.file_count == 7
    assert summary.total_bytes == (0 + 1 + 2 + 3) + (0 + 1) + 0
    assert [(entry.language, entry.file_count) for entry in summary.languages] == [
        ("Python", 4),
        ("Go", 2),
        ("", 1),
    ]


async def test_write_stats_count_rows_commands_and_transactions(drift_stub) -> None:
    await ingest(drift_stub, batches(records("s", 300), rows=100))
    stats = (await drift_stub.GetWriteStats(pb.GetWriteStatsRequest())).stats
    assert [(t.table, t.operation, t.rows) for t in stats.tables] == [
        ("file_metadata", "upsert", 300)
    ]
    assert stats.commands_committed == 3
    assert 1 <= stats.transactions_committed <= 3
    assert stats.ack_latency.samples == 3 and stats.queue_capacity > 0


async def test_a_content_hash_must_be_the_8_bytes_of_an_xxh3(drift_stub) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await ingest(drift_stub, [malformed(content_hash=[bytes(8), bytes(32), bytes(8)])])
    error = failure(caught.value)
    assert error.message == (
        "batch 0: files.content_hash[1]: must be 8 bytes (the xxh3-64 of the content), got 32"
    )


async def test_an_error_quotes_a_long_value_shortened(drift_stub) -> None:
    """An 8 KB duplicated path is echoed in 80 characters: the client gets the real error, not
    RESOURCE_EXHAUSTED for a status trailer too large."""
    long = "a" * 8192
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await ingest(drift_stub, [malformed(path=[long, "b", long])])
    error = failure(caught.value)
    assert (error.code, error.fields) == (grpc.StatusCode.INVALID_ARGUMENT, ["files.path[2]"])
    assert error.message == (
        "batch 0: files.path[2]: duplicates path[0] ('" + "a" * 80 + "'... (8192 characters))"
    )


LIST_FILES = pagination.fingerprint(method="ListFiles", language="")


@pytest.mark.parametrize(
    "token",
    [
        pagination.encode_token([5], LIST_FILES),
        pagination.encode_token([None], LIST_FILES),
        pagination.encode_token([], LIST_FILES),
        pagination.encode_token(["a", "b"], LIST_FILES),
        pagination.sign(b"[1]"),
        pagination.sign(b'{"c":"a/f00001.py","q":"' + LIST_FILES.encode() + b'"}'),
        pagination.sign(b"{" * 50_000),
    ],
    ids=[
        "int-path",
        "null-path",
        "empty-cursor",
        "two-paths",
        "not-an-object",
        "cursor-not-a-list",
        "not-json",
    ],
)
async def test_a_well_signed_token_of_the_wrong_shape_is_invalid_argument(
    drift_stub, token: str
) -> None:
    """Tokens forged with the real signing key (this server runs in the test's process), so only
    the payload check can refuse them."""
    await ingest(drift_stub, [file_batch(records("a", 3))])
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await drift_stub.ListFiles(pb.ListFilesRequest(page_token=token))
    error = failure(caught.value)
    assert (error.code, error.fields) == (grpc.StatusCode.INVALID_ARGUMENT, ["page_token"])


async def test_a_well_signed_token_of_the_right_shape_resumes_after_its_path(drift_stub) -> None:
    """The control for the test above: the same query fingerprint with a path cursor works."""
    await ingest(drift_stub, [file_batch(records("a", 3))])
    token = pagination.encode_token(["a/f00000.py"], LIST_FILES)
    page = await drift_stub.ListFiles(pb.ListFilesRequest(page_token=token))
    assert [f.path for f in page.files] == ["a/f00001.py", "a/f00002.py"]


async def test_a_page_token_does_not_survive_a_restart(tmp_path: Path) -> None:
    """Tokens are signed with a key drawn when the process starts: after a restart, a client
    holding one is told to list again from the first page."""
    db = tmp_path / "drift.db"
    with ServiceProcess("drift", *serve_args(db), cwd=tmp_path) as server:
        async with grpc.aio.insecure_channel(server.address) as channel:
            stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
            await ingest(stub, [file_batch(records("a", 3))])
            token = (await stub.ListFiles(pb.ListFilesRequest(page_size=1))).next_page_token
            page = await stub.ListFiles(pb.ListFilesRequest(page_size=1, page_token=token))
            assert [f.path for f in page.files] == ["a/f00001.py"]
    with ServiceProcess("drift", *serve_args(db), cwd=tmp_path) as server:
        async with grpc.aio.insecure_channel(server.address) as channel:
            stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await stub.ListFiles(pb.ListFilesRequest(page_size=1, page_token=token))
    error = failure(caught.value)
    assert (error.code, error.fields) == (grpc.StatusCode.INVALID_ARGUMENT, ["page_token"])
    assert error.message == (
        "page_token: is not a page token of this method and service instance (tokens expire "
        "when the service restarts): list again from the first page, without page_token"
    )


async def test_bytes_that_are_not_a_request_message_are_invalid_argument(drift_server) -> None:
    """Undecodable request bytes, unary or streamed, are MALFORMED_REQUEST, not UNKNOWN."""
    garbage = b"\xff\xff\xff"
    async with grpc.aio.insecure_channel(drift_server.address) as channel:
        list_files = channel.unary_unary(f"/{SERVICE}/ListFiles")
        with pytest.raises(grpc.aio.AioRpcError) as unary:
            await list_files(garbage)
        ingest_raw = channel.stream_stream(f"/{SERVICE}/IngestFileMetadata")
        with pytest.raises(grpc.aio.AioRpcError) as streamed:
            [ack async for ack in ingest_raw(iter([garbage]))]
    for caught in (unary, streamed):
        error = failure(caught.value)
        assert (error.code, error.reason) == (grpc.StatusCode.INVALID_ARGUMENT, "MALFORMED_REQUEST")
    assert failure(unary.value).message == (
        "the request is not a valid message: Error parsing message with type "
        "'drift.storage.v1.ListFilesRequest': Wire format was corrupt"
    )


async def test_byte_totals_beyond_int64_saturate(drift_stub) -> None:
    """Sizes near 2**63 are accepted at ingest, so their sum may exceed int64: it saturates at
    the int64 maximum instead of failing the summary (SQLite's SUM raised 'integer overflow')."""
    biggest = 2**63 - 1
    await ingest(
        drift_stub,
        [
            file_batch(
                [
                    FileRecord("a.py", "Python", biggest, bytes(8), 1_700_000_000, 0),
                    FileRecord("b.py", "Python", biggest, bytes(8), 1_700_000_000, 0),
                    FileRecord("c.go", "Go", 5, bytes(8), 1_700_000_000, 0),
                ]
            )
        ],
    )
    summary = await drift_stub.GetFileSummary(pb.GetFileSummaryRequest())
    assert (summary.file_count, summary.total_bytes) == (3, 9_223_372_036_854_775_807)
    assert [(e.language, e.file_count, e.total_bytes) for e in summary.languages] == [
        ("Python", 2, 9_223_372_036_854_775_807),
        ("Go", 1, 5),
    ]
