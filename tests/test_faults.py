"""Process-level faults: crashes, signals, ports in use and databases the service must refuse.

Each test runs ``drift-services serve`` as a real subprocess on a loopback ephemeral port (see
``tests/processes.py``) and checks what an operator would see: exit codes, messages, and the state
of the database file afterwards.
"""

from __future__ import annotations

import hashlib
import re
import signal
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import apsw
import grpc
import pytest

from services.cli.definitions import definition
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from tests.processes import (
    ServiceProcess,
    assert_clean_failure,
    health_status,
    run_cli,
    serve_args,
)

ROWS_PER_BATCH = 500
BATCHES = 300
KILL_AFTER_ACKS = 20
BATCH_PREFIX = re.compile(r"^b\d{4}$")


def file_batch(batch: int, rows: int = ROWS_PER_BATCH) -> pb.IngestFileMetadataRequest:
    """Batch ``batch`` of the crash test: paths ``bNNNN/fNNNN``, so a prefix names its batch."""
    return pb.IngestFileMetadataRequest(
        files=pb.FileMetadataColumns(
            path=[f"b{batch:04d}/f{i:04d}" for i in range(rows)],
            language=["Python"] * rows,
            file_size=[batch * rows + i for i in range(rows)],
            content_hash=[(batch * rows + i).to_bytes(8, "little") for i in range(rows)],
            mtime_secs=[1_700_000_000 + batch] * rows,
            mtime_nanos=[i for i in range(rows)],
        )
    )


def read_only(db: Path) -> apsw.Connection:
    return apsw.Connection(str(db), flags=apsw.SQLITE_OPEN_READONLY)


def integrity(db: Path) -> list[str]:
    """``PRAGMA integrity_check`` of ``db`` through a read-only connection."""
    conn = read_only(db)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def rows_per_batch(db: Path) -> dict[int, int]:
    """How many ``file_metadata`` rows each batch prefix (``b0007`` -> 7) has in ``db``."""
    conn = read_only(db)
    try:
        counts = conn.execute(
            "SELECT substr(path, 1, instr(path, '/') - 1), COUNT(*) FROM file_metadata GROUP BY 1"
        ).fetchall()
    finally:
        conn.close()
    assert all(BATCH_PREFIX.match(prefix) for prefix, _ in counts), counts
    return {int(prefix[1:]): count for prefix, count in counts}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecar_files(db: Path) -> list[str]:
    """The ``-wal``, ``-shm`` and ``-journal`` files next to ``db`` that exist."""
    return [
        db.name + suffix
        for suffix in ("-wal", "-shm", "-journal")
        if (db.parent / (db.name + suffix)).exists()
    ]


def drift_stub(channel: grpc.Channel) -> drift_storage_pb2_grpc.DriftStorageServiceStub:
    return drift_storage_pb2_grpc.DriftStorageServiceStub(channel)


async def test_sigkill_during_a_long_ingest_keeps_every_acknowledged_batch_whole_and_recovers(
    tmp_path: Path,
) -> None:
    """A server killed with SIGKILL in the middle of an IngestFileMetadata stream leaves a
    database that passes ``integrity_check``, holds every batch it acknowledged with all its rows,
    holds no batch partially, and serves (reads and writes) again after a restart."""
    db = tmp_path / "drift.db"
    server = ServiceProcess("drift", *serve_args(db), cwd=tmp_path)
    acked: list[int] = []
    stream_error: grpc.aio.AioRpcError | None = None
    try:

        async def requests() -> AsyncIterator[pb.IngestFileMetadataRequest]:
            for batch in range(BATCHES):
                yield file_batch(batch)

        async with grpc.aio.insecure_channel(server.address) as channel:
            stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
            call = stub.IngestFileMetadata(requests(), timeout=90)
            try:
                async for ack in call:
                    acked.append(ack.batch_index)
                    assert ack.rows_written == ROWS_PER_BATCH
                    if len(acked) == KILL_AFTER_ACKS:
                        server.process.send_signal(signal.SIGKILL)
            except grpc.aio.AioRpcError as exc:
                stream_error = exc
        assert server.wait() == -signal.SIGKILL
    finally:
        server.close()

    assert stream_error is not None, "the stream should have broken when the server died"
    assert KILL_AFTER_ACKS <= len(acked) < BATCHES, "the kill must land in the middle of the stream"
    assert acked == list(range(len(acked))), "acknowledgements come in stream order"

    # The crashed files as any reader finds them, before the service touches them again.
    assert integrity(db) == ["ok"]
    counts = rows_per_batch(db)
    partial = {batch: count for batch, count in counts.items() if count != ROWS_PER_BATCH}
    assert partial == {}, f"batches present only in part: {partial}"
    missing = [batch for batch in acked if batch not in counts]
    assert missing == [], f"acknowledged batches lost by the crash: {missing}"
    committed = len(counts)
    assert sorted(counts) == list(range(committed)), "batches commit in stream order"

    # Restart on the same file: it recovers, reads what was committed and accepts new writes.
    with ServiceProcess("drift", *serve_args(db), cwd=tmp_path) as restarted:
        assert restarted.schema_version == definition("drift").schema.latest
        with grpc.insecure_channel(restarted.address) as channel:
            stub = drift_stub(channel)
            summary = stub.GetFileSummary(pb.GetFileSummaryRequest(), timeout=30)
            assert summary.file_count == committed * ROWS_PER_BATCH
            acks = list(stub.IngestFileMetadata(iter([file_batch(committed)]), timeout=30))
            assert [(a.batch_index, a.rows_written) for a in acks] == [(0, ROWS_PER_BATCH)]
        assert restarted.stop() == 0, restarted.describe()

    assert integrity(db) == ["ok"]
    assert rows_per_batch(db) == dict.fromkeys(range(committed + 1), ROWS_PER_BATCH)


def test_a_second_server_on_a_port_in_use_exits_with_a_clear_message(tmp_path: Path) -> None:
    """Starting a server on a port another server holds fails at start with a message naming the
    address and saying it is in use (no traceback), without creating its database; the first
    server keeps serving."""
    with ServiceProcess("drift", *serve_args(tmp_path / "first.db"), cwd=tmp_path) as first:
        second_db = tmp_path / "second.db"
        result = run_cli(
            "serve", "drift", "--host", "127.0.0.1", "--port", str(first.port),
            "--db", str(second_db), cwd=tmp_path, timeout=30,
        )  # fmt: skip
        stderr = assert_clean_failure(result)
        assert f"127.0.0.1:{first.port}" in stderr
        assert "in use" in stderr
        assert not second_db.exists(), "the port is checked before the database is opened"

        assert first.running()
        assert health_status(first.address) == "SERVING"
        with grpc.insecure_channel(first.address) as channel:
            summary = drift_stub(channel).GetFileSummary(pb.GetFileSummaryRequest(), timeout=30)
        assert summary.file_count == 0


def _drift_version_99(conn: apsw.Connection) -> None:
    conn.execute("PRAGMA user_version = 99")


def _cortex_version_99(conn: apsw.Connection) -> None:
    conn.execute(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL "
        "DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"
    )
    conn.execute("INSERT INTO schema_version (version) VALUES (1), (2), (99)")


def _bridge_version_99(conn: apsw.Connection) -> None:
    conn.execute("CREATE TABLE bridge_schema_version (version INTEGER NOT NULL) STRICT")
    conn.execute("INSERT INTO bridge_schema_version (version) VALUES (99)")


@pytest.mark.parametrize(
    ("service", "stamp_version_99"),
    [("drift", _drift_version_99), ("cortex", _cortex_version_99), ("bridge", _bridge_version_99)],
)
def test_a_database_with_a_newer_schema_version_is_refused_and_left_untouched(
    tmp_path: Path, service: str, stamp_version_99: Callable[[apsw.Connection], None]
) -> None:
    """A database whose schema version (99) is newer than the newest migration is refused at
    start: non-zero exit, a message naming both versions, no traceback, and the file is
    byte-for-byte unchanged with no -wal/-shm/-journal left behind."""
    db = tmp_path / f"{service}.db"
    conn = apsw.Connection(str(db))
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("CREATE TABLE user_data (id INTEGER PRIMARY KEY, note TEXT)")
    conn.execute("INSERT INTO user_data (note) VALUES ('written by a newer release')")
    stamp_version_99(conn)
    conn.close()
    before = sha256(db)
    latest = definition(service).schema.latest
    assert latest < 99

    result = run_cli("serve", service, *serve_args(db), cwd=tmp_path, timeout=30)

    stderr = assert_clean_failure(result)
    assert str(db.name) in stderr
    assert "version 99" in stderr
    assert re.search(rf"newest[^\n]*\b{latest}\b", stderr), stderr
    assert "listening" not in result.stdout
    assert sha256(db) == before
    assert sidecar_files(db) == []


@pytest.mark.parametrize("service", ["drift", "cortex", "bridge"])
def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(
    tmp_path: Path, service: str
) -> None:
    """A ``--db`` file that is not a SQLite database (4 KiB of text) is refused at start with a
    message naming the file, no traceback, and the file keeps its exact bytes."""
    db = tmp_path / "notes.txt"
    db.write_bytes((b"these are my notes, not a database\n" * 200)[:4096])
    before = sha256(db)

    result = run_cli("serve", service, *serve_args(db), cwd=tmp_path, timeout=30)

    stderr = assert_clean_failure(result)
    assert db.name in stderr
    assert re.search(r"not a (usable )?SQLite database", stderr), stderr
    assert "listening" not in result.stdout
    assert sha256(db) == before
    assert sidecar_files(db) == []


def test_sigterm_exits_zero_after_checkpointing_the_wal(tmp_path: Path) -> None:
    """SIGTERM stops a serving process with exit code 0; the WAL was checkpointed into the main
    file (no ``drift.db-wal`` left, or an empty one) and the rows written before are there."""
    db = tmp_path / "drift.db"
    with ServiceProcess("drift", *serve_args(db), cwd=tmp_path) as server:
        with grpc.insecure_channel(server.address) as channel:
            batches = [file_batch(batch, rows=100) for batch in range(3)]
            acks = list(drift_stub(channel).IngestFileMetadata(iter(batches), timeout=30))
        assert [ack.batch_index for ack in acks] == [0, 1, 2]
        wal = tmp_path / "drift.db-wal"
        assert wal.exists() and wal.stat().st_size > 0, "writes go to the WAL while serving"

        assert server.stop(signal.SIGTERM) == 0, server.describe()
        assert "Traceback" not in server.stderr, server.describe()

    assert not wal.exists() or wal.stat().st_size == 0, "the WAL was not checkpointed"
    assert integrity(db) == ["ok"]
    assert rows_per_batch(db) == {0: 100, 1: 100, 2: 100}
