"""Streaming ingest over real gRPC when a batch fails: the stream ends at once with the error
naming the batch, whatever the client keeps sending; nothing after that batch is written; other
streams sharing its transaction are unaffected; a dead writer fails streams with UNAVAILABLE."""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import apsw
import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from services.common.batch_stream import IN_FLIGHT_BATCHES
from services.common.server import RunningServer
from services.common.writer import WriteResult
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc, tables_pb2, tables_pb2_grpc
from tests.conftest import serving
from tests.file_records import FileRecord, file_batch
from tests.grpc_errors import Failure, failure

# Only keeps a broken build from hanging: a correct server answers at once.
DEADLINE_S = 20


def files(name: str, rows: int = 3) -> pb.IngestFileMetadataRequest:
    """A batch of ``rows`` files under directory ``name``."""
    return file_batch(
        [FileRecord(f"{name}/f{i:04d}.py", "Python", i, b"12345678", 1, 0) for i in range(rows)]
    )


def invalid_files() -> pb.IngestFileMetadataRequest:
    request = files("bad")
    request.files.path[1] = ""
    return request


def detections(name: str, rows: int = 1) -> tables_pb2.IngestRowsRequest:
    """A batch of ``rows`` detections in file ``name``."""
    row = {"pattern_id": "p", "category": "c", "confidence": 0.5, "detection_method": "m"}
    found = [tables_pb2.DetectionRow(file=name, line=i, column_num=1, **row) for i in range(rows)]
    return tables_pb2.IngestRowsRequest(detections=tables_pb2.DetectionBatch(rows=found))


def three_detections(name: str) -> tables_pb2.IngestRowsRequest:
    return detections(name, 3)


def invalid_detections() -> tables_pb2.IngestRowsRequest:
    request = detections("bad", 3)
    request.detections.rows[0].file = ""
    return request


def orphan_verification() -> tables_pb2.IngestRowsRequest:
    """A constraint verification of a constraint that does not exist (a foreign key)."""
    row = tables_pb2.ConstraintVerificationRow(
        constraint_id="missing", passed=True, violations="[]"
    )
    return tables_pb2.IngestRowsRequest(
        constraint_verifications=tables_pb2.ConstraintVerificationBatch(rows=[row])
    )


def stream(
    server: RunningServer,
    method: str,
    requests: Iterable[Any],
    acknowledged: Callable[[int], None] | None = None,
) -> tuple[list[int], Failure | None]:
    """The acknowledged batch indexes of one stream, and the error that ended it, if any;
    ``acknowledged`` is told each index as it comes.

    A blocking client, run in a thread: the asyncio client can report INTERNAL ("Internal error
    from Core") instead of the server's status when the server ends a stream it is still
    writing to (grpc/grpc#36066).
    """
    with grpc.insecure_channel(server.address) as channel:
        if method == "IngestRows":
            call = tables_pb2_grpc.DriftTablesServiceStub(channel).IngestRows
        else:
            call = drift_storage_pb2_grpc.DriftStorageServiceStub(channel).IngestFileMetadata
        acks: list[int] = []
        try:
            for ack in call(iter(requests), timeout=DEADLINE_S):
                acks.append(ack.batch_index)
                if acknowledged is not None:
                    acknowledged(ack.batch_index)
        except grpc.RpcError as exc:
            # the sync stub raises an RpcError that is also a grpc.Call, which is all failure()
            # reads (code, details, trailing metadata); typeshed's RpcError declares none of them
            return acks, failure(exc)  # type: ignore[arg-type]
        return acks, None


def ingest(
    server: RunningServer,
    method: str,
    requests: Iterable[Any],
    acknowledged: Callable[[int], None] | None = None,
) -> asyncio.Future[Any]:
    """``stream`` started in a thread; the future's result is ``stream``'s."""
    return asyncio.ensure_future(asyncio.to_thread(stream, server, method, requests, acknowledged))


class Hold:
    """A writer command that keeps the writer busy until released, so that commands queue up
    behind it: it makes the order of the writer's work, and so each test, deterministic."""

    def __init__(self, server: RunningServer) -> None:
        self._writer = server.storage.writer
        self._running = threading.Event()
        self._release = threading.Event()
        self.future: Future[WriteResult] | None = None

    def start(self) -> None:
        """Queue the hold (from any thread)."""
        self.future = self._writer.submit("hold", self._run)

    def _run(self, conn: apsw.Connection) -> WriteResult:
        self._running.set()
        self._release.wait(DEADLINE_S)
        return WriteResult()

    async def release_when_queued_beyond(self, depth: int) -> None:
        """Once the hold runs and more than ``depth`` commands wait behind it, release it."""
        try:
            assert await asyncio.to_thread(self._running.wait, DEADLINE_S)
            for _ in range(DEADLINE_S * 100):
                if self._writer.stats().queue_depth > depth:
                    return
                await asyncio.sleep(0.01)
            raise TimeoutError(f"never more than {depth} commands queued")
        finally:
            self._release.set()

    async def result(self) -> WriteResult:
        assert self.future is not None
        return await asyncio.wrap_future(self.future)


class FailingStream:
    """Batches ``b0000``, ``b0001``, ... without end, batch ``bad`` being invalid. That one is
    sent once every batch before it is acknowledged, with the writer held: the batches sent
    after it pile up in flight behind it, more than the acknowledgement window."""

    def __init__(
        self, batch: Callable[[str], Any], invalid: Callable[[], Any], bad: int, hold: Hold
    ) -> None:
        self._batch, self._invalid, self._bad, self._hold = batch, invalid, bad, hold
        self._before_acknowledged = threading.Event()

    def __iter__(self) -> Iterator[Any]:
        for i in itertools.count():
            if i == self._bad:
                assert self._before_acknowledged.wait(DEADLINE_S)
                self._hold.start()
                yield self._invalid()
            else:
                yield self._batch(f"b{i:04d}")

    def acknowledged(self, index: int) -> None:
        if index == self._bad - 1:
            self._before_acknowledged.set()


def query(server: RunningServer, sql: str) -> list[Any]:
    """The first column of ``sql``'s rows, read through a new read-only connection."""
    reader = server.storage.database.open_reader()
    try:
        return [row[0] for row in reader.execute(sql)]
    finally:
        reader.close()


def directories(server: RunningServer) -> list[str]:
    """The top directories of the paths in file_metadata."""
    sql = "SELECT DISTINCT substr(path, 1, instr(path, '/') - 1) FROM file_metadata ORDER BY 1"
    return query(server, sql)


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[RunningServer]:
    async with serving(tmp_path / "drift.db") as running:
        yield running


async def test_a_failing_file_batch_with_many_behind_it_ends_the_stream(
    server: RunningServer,
) -> None:
    """Batch 20 of an endless IngestFileMetadata stream is invalid, and more batches than the
    acknowledgement window are in flight behind it: 20 acks, then the error, at once."""
    hold = Hold(server)
    requests = FailingStream(files, invalid_files, 20, hold)
    ingesting = ingest(server, "IngestFileMetadata", requests, requests.acknowledged)
    await hold.release_when_queued_beyond(IN_FLIGHT_BATCHES)
    acks, error = await ingesting
    assert acks == list(range(20))
    assert error == Failure(
        grpc.StatusCode.INVALID_ARGUMENT,
        "batch 20: files.path[1]: must not be empty",
        "FIELD_INVALID",
        {"batchIndex": "20"},
        ["files.path[1]"],
    )
    assert directories(server) == [f"b{i:04d}" for i in range(20)]
    assert await hold.result() == WriteResult()


async def test_a_failing_rows_batch_with_many_behind_it_ends_the_stream(
    server: RunningServer,
) -> None:
    """The same for IngestRows: 20 acks, then the error naming batch 20."""
    hold = Hold(server)
    requests = FailingStream(three_detections, invalid_detections, 20, hold)
    ingesting = ingest(server, "IngestRows", requests, requests.acknowledged)
    await hold.release_when_queued_beyond(IN_FLIGHT_BATCHES)
    acks, error = await ingesting
    assert acks == list(range(20))
    assert error is not None
    assert (error.code, error.metadata, error.fields) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        {"batchIndex": "20"},
        ["detections.rows[0].file"],
    )
    assert query(server, "SELECT DISTINCT file FROM detections ORDER BY 1") == [
        f"b{i:04d}" for i in range(20)
    ]


async def test_a_full_disk_ends_the_stream_with_resource_exhausted(
    server: RunningServer,
) -> None:
    """The database may not grow (PRAGMA max_page_count on the writer's connection, so SQLite
    fails with SQLITE_FULL) and the stream has more batches in flight than its acknowledgement
    window when its first batch fails: RESOURCE_EXHAUSTED at once; none of the 30 is written."""

    def forbid_growth(conn: apsw.Connection) -> WriteResult:
        conn.execute("PRAGMA max_page_count = " + str(conn.execute("PRAGMA page_count").get))
        return WriteResult()

    await server.storage.writer.execute("forbid growth", forbid_growth)
    hold = Hold(server)
    hold.start()
    ingesting = ingest(server, "IngestFileMetadata", [files(f"b{i:04d}", 500) for i in range(30)])
    await hold.release_when_queued_beyond(IN_FLIGHT_BATCHES)
    acks, error = await ingesting
    assert acks == []
    assert error == Failure(
        grpc.StatusCode.RESOURCE_EXHAUSTED,
        "batch 0: the database or disk is full",
        "DISK_FULL",
        {"batchIndex": "0"},
    )
    assert directories(server) == []
    assert await hold.result() == WriteResult()  # it shared the lost transaction: retried


async def test_a_batch_that_loses_the_group_transaction_fails_alone(
    server: RunningServer,
) -> None:
    """Two streams share one transaction; a batch of one makes SQLite roll the transaction back
    (a trigger's RAISE(ROLLBACK)). That stream fails at that batch and none of its later batches
    is written; the batches of both streams applied before it are retried and commit."""
    poison = server.storage.database.open_writer()
    poison.execute(
        "CREATE TRIGGER poison BEFORE INSERT ON file_metadata WHEN NEW.path LIKE 'poison%' "
        "BEGIN SELECT RAISE(ROLLBACK, 'poisoned row'); END"
    )
    poison.close()
    hold = Hold(server)
    hold.start()
    innocent = ingest(server, "IngestFileMetadata", [files(f"a{i}") for i in range(5)])
    failing = ingest(server, "IngestFileMetadata", [files("b0"), files("poison"), files("b2")])
    await hold.release_when_queued_beyond(7)  # the 8 batches of both streams
    assert await innocent == ([0, 1, 2, 3, 4], None)
    acks, error = await failing
    assert acks == [0]
    assert error is not None
    assert (error.code, error.reason, error.metadata) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "CONSTRAINT_VIOLATED",
        {"batchIndex": "1"},
    )
    assert directories(server) == ["a0", "a1", "a2", "a3", "a4", "b0"]


async def test_a_batch_that_fails_at_commit_stops_its_stream(tmp_path: Path) -> None:
    """A batch whose transaction fails only at COMMIT (a foreign key checked at COMMIT, as
    ``PRAGMA defer_foreign_keys`` set by the command before it asks) fails on its own once
    retried alone; the next batches, in the next transaction, are not applied."""
    async with serving(tmp_path / "drift.db", max_group_commands=4) as server:

        def defer_foreign_keys(conn: apsw.Connection) -> WriteResult:
            conn.execute("PRAGMA defer_foreign_keys = ON")  # until this transaction ends
            return WriteResult()

        hold = Hold(server)
        hold.start()
        deferring = server.storage.writer.submit("defer", defer_foreign_keys)
        requests = [detections("v0"), orphan_verification(), detections("v2"), detections("v3")]
        ingesting = ingest(server, "IngestRows", requests)
        # transactions: [hold, defer, v0, orphan] (its COMMIT fails), then [v2, v3]
        await hold.release_when_queued_beyond(4)
        acks, error = await ingesting
        assert acks == [0]
        assert error is not None
        assert (error.code, error.metadata["batchIndex"]) == (
            grpc.StatusCode.FAILED_PRECONDITION,
            "1",
        )
        assert query(server, "SELECT file FROM detections ORDER BY id") == ["v0"]
        assert query(server, "SELECT COUNT(*) FROM constraint_verifications") == [0]
        assert await asyncio.wrap_future(deferring) == WriteResult()


async def test_a_dead_writer_fails_streams_with_unavailable(server: RunningServer) -> None:
    """Once the writer thread has died (here a command closed its connection), a stream fails
    at once with UNAVAILABLE (WRITER_FAILED) naming its first batch."""

    def close_the_connection(conn: apsw.Connection) -> WriteResult:
        conn.close()
        return WriteResult()

    with pytest.raises(apsw.ConnectionClosedError):
        await server.storage.writer.execute("close", close_the_connection)
    acks, error = await ingest(server, "IngestFileMetadata", [files(f"b{i}") for i in range(30)])
    assert acks == []
    assert error is not None
    assert (error.code, error.reason, error.metadata) == (
        grpc.StatusCode.UNAVAILABLE,
        "WRITER_FAILED",
        {"batchIndex": "0"},
    )


async def test_a_dead_writer_turns_health_not_serving(server: RunningServer) -> None:
    def close_the_connection(conn: apsw.Connection) -> WriteResult:
        conn.close()
        return WriteResult()

    with pytest.raises(apsw.ConnectionClosedError):
        await server.storage.writer.execute("close", close_the_connection)
    async with grpc.aio.insecure_channel(server.address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        watch = stub.Watch(health_pb2.HealthCheckRequest(service=""))
        statuses = []
        async with asyncio.timeout(10):  # only keeps a regression from hanging the suite
            async for response in watch:
                statuses.append(response.status)
                if response.status == health_pb2.HealthCheckResponse.NOT_SERVING:
                    break
        watch.cancel()
    assert statuses[-1] == health_pb2.HealthCheckResponse.NOT_SERVING
