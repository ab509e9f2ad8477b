"""A drift.db holds one project: its root is recorded at the first scan and never changes
silently; one scan runs at a time per database, whatever its root."""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path

import apsw
import grpc
import pytest

from services.common.migrations import migrate
from services.common.writer import WriteResult
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from services.drift_storage.service import SCHEMA
from tests.conftest import serving
from tests.grpc_errors import failure
from tests.processes import run_cli
from tests.test_drift_schema import at_version, schema_up_to
from tests.test_scan import make_tree, scan, stored


@pytest.fixture
async def two_trees(tmp_path: Path):
    """A server allowed to scan tmp_path, and two trees ``a`` and ``b`` there."""
    make_tree(tmp_path / "a", {"one.py": "def one():\n    return two()\n\ndef two():\n    pass\n"})
    make_tree(tmp_path / "b", {"other.py": "x = 1\n", "more.py": "y = 2\n"})
    async with (
        serving(tmp_path / "drift.db", allowed_roots=str(tmp_path)) as server,
        grpc.aio.insecure_channel(server.address) as channel,
    ):
        yield tmp_path, server, drift_storage_pb2_grpc.DriftStorageServiceStub(channel)


async def counts(server) -> tuple[int, int, int]:
    """(files, functions, call edges) in the database."""
    return await server.storage.reads.run(
        lambda conn: tuple(
            conn.execute(f"SELECT count(*) FROM {table}").get
            for table in ("file_metadata", "functions", "call_edges")
        )
    )


async def test_the_first_scan_records_the_project_root(two_trees) -> None:
    base, server, stub = two_trees
    await scan(stub, base / "a")
    root = await server.storage.reads.run(
        lambda conn: conn.execute("SELECT root FROM project").fetchall()
    )
    assert root == [(str(base / "a"),)]


async def test_a_scan_of_another_root_is_refused_and_deletes_nothing(two_trees) -> None:
    base, server, stub = two_trees
    await scan(stub, base / "a")
    assert await counts(server) == (1, 2, 1)

    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await scan(stub, base / "b")

    error = failure(caught.value)
    assert error.code == grpc.StatusCode.FAILED_PRECONDITION
    assert error.reason == "PROJECT_ROOT_MISMATCH"
    assert error.metadata == {"recordedRoot": str(base / "a"), "requestedRoot": str(base / "b")}
    assert str(base / "a") in error.message and str(base / "b") in error.message
    assert await counts(server) == (1, 2, 1)
    assert sorted(await stored(server)) == ["one.py"]


async def test_replace_root_replaces_the_project_in_the_open(two_trees) -> None:
    base, server, stub = two_trees
    await scan(stub, base / "a")

    events = [e async for e in stub.Scan(pb.ScanRequest(root=str(base / "b"), replace_root=True))]

    started, summary = events[0].started, events[-1].summary
    assert started.previous_root == str(base / "a")
    assert (summary.status, summary.files_added, summary.files_removed) == ("complete", 2, 1)
    assert sorted(await stored(server)) == ["more.py", "other.py"]
    assert await counts(server) == (2, 0, 0)


async def test_replace_root_on_the_recorded_root_is_an_ordinary_scan(two_trees) -> None:
    base, _, stub = two_trees
    await scan(stub, base / "a")
    events = [e async for e in stub.Scan(pb.ScanRequest(root=str(base / "a"), replace_root=True))]
    assert events[0].started.previous_root == ""
    assert events[-1].summary.files_unchanged == 1


async def test_only_one_scan_runs_at_a_time_whatever_its_root(two_trees) -> None:
    """A second scan while one runs is ABORTED naming the running scan; the first completes
    (it is not marked failed, as it was when two scans started together)."""
    base, server, stub = two_trees
    first = stub.Scan(pb.ScanRequest(root=str(base / "a")))
    started = await first.read()
    assert started.WhichOneof("event") == "started"
    # Hold the writer: the first scan cannot record its end until the attempts are made.
    release = threading.Event()
    held = server.storage.writer.submit("hold", lambda conn: release.wait(30) and WriteResult())

    for root in (base / "a", base / "b"):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await scan(stub, root)
        error = failure(caught.value)
        assert error.code == grpc.StatusCode.ABORTED
        assert error.metadata == {"scanId": str(started.started.scan_id), "root": str(base / "a")}
    release.set()
    held.result(10)

    last = started
    while (event := await first.read()) is not grpc.aio.EOF:
        last = event
    assert last.summary.status == "complete"
    history = await server.storage.reads.run(
        lambda conn: conn.execute("SELECT id, status FROM scan_history").fetchall()
    )
    assert history == [(started.started.scan_id, "complete")]


async def test_scans_started_together_one_runs_the_other_is_aborted(two_trees) -> None:
    base, server, stub = two_trees

    async def attempt(root: Path) -> str:
        try:
            _, summary = await scan(stub, root)
        except grpc.aio.AioRpcError as exc:
            return exc.code().name
        return summary.status

    # With the writer held, neither scan can get past recording its start.
    release = threading.Event()
    server.storage.writer.submit("hold", lambda conn: release.wait(30) and WriteResult())
    both = asyncio.gather(attempt(base / "a"), attempt(base / "a"))
    await asyncio.wait({both}, timeout=0.5)  # both requests reach the service
    release.set()
    outcomes = await both
    assert sorted(outcomes) == ["ABORTED", "complete"]
    statuses = await server.storage.reads.run(
        lambda conn: conn.execute("SELECT status FROM scan_history").fetchall()
    )
    assert statuses == [("complete",)]


async def test_a_scan_left_running_by_a_crash_is_marked_failed_at_the_next_start(
    tmp_path: Path,
) -> None:
    db = tmp_path / "drift.db"
    async with serving(db):
        pass
    conn = apsw.Connection(str(db))
    conn.execute(
        "INSERT INTO scan_history (started_at, root_path, status) VALUES (1, '/x', 'running')"
    )
    conn.close()

    async with serving(db) as server:
        rows = await server.storage.reads.run(
            lambda conn: conn.execute("SELECT status, error FROM scan_history").fetchall()
        )
    assert rows == [("failed", "interrupted: the service stopped during the scan")]


def test_migration_0011_takes_the_root_of_the_latest_scan_of_an_older_database(
    tmp_path: Path,
) -> None:
    db = tmp_path / "drift.db"
    conn = at_version(db, schema_up_to(tmp_path, 10))
    conn.execute(
        "INSERT INTO scan_history (started_at, root_path, status) VALUES"
        " (100, '/old/root', 'complete'), (200, '/new/root', 'complete'), (300, 'rel', 'failed')"
    )
    migrate(conn, SCHEMA)
    assert conn.execute("SELECT root, created_at FROM project").fetchall() == [("/new/root", 200)]


async def test_the_cli_replaces_the_root_when_asked(two_trees) -> None:
    base, server, stub = two_trees
    await scan(stub, base / "a")
    result = await asyncio.to_thread(
        run_cli,
        "scan",
        str(base / "b"),
        "--replace-root",
        "--json",
        "--drift-address",
        server.address,
        cwd=base,
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["files_added"], summary["files_removed"]) == (2, 1)
