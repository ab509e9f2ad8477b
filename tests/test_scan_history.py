"""ListScanHistory (the Rust driftScanHistory, paged) and Checkpoint (driftShutdown): the
scans of a project newest first, and the write-ahead log folded into the database on request."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import apsw
import grpc
import pytest

from services.common.database import Database
from services.common.migrations import migrate
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc, tables_pb2_grpc
from services.drift_storage.service import SCHEMA
from services.drift_storage.store import scan_history
from tests.conftest import serving
from tests.grpc_errors import failure
from tests.query_plans import plan_problems
from tests.table_rows import BY_NAME, full_row
from tests.test_scan import make_tree, scan
from tests.test_tables_service import batch, ingest


@pytest.fixture
async def project(tmp_path: Path):
    """A drift server allowed to scan tmp_path/project, which holds two files."""
    root = tmp_path / "project"
    make_tree(root, {"a.py": "x = 1\n", "b.py": "y = 2\n"})
    async with (
        serving(tmp_path / "drift.db", allowed_roots=str(root)) as server,
        grpc.aio.insecure_channel(server.address) as channel,
    ):
        yield root, server, channel


async def test_scans_are_listed_newest_first_across_pages(project) -> None:
    root, _, channel = project
    stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
    ids = [(await scan(stub, root))[1].scan_id for _ in range(3)]
    first = await stub.ListScanHistory(pb.ListScanHistoryRequest(page_size=2))
    second = await stub.ListScanHistory(
        pb.ListScanHistoryRequest(page_size=2, page_token=first.next_page_token)
    )
    assert (
        [s.scan_id for s in first.scans],
        [s.scan_id for s in second.scans],
        second.next_page_token,
        first.total_size,
    ) == ([ids[2], ids[1]], [ids[0]], "", 3)


async def test_an_entry_carries_the_scans_counts_root_and_times(project) -> None:
    root, _, channel = project
    stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
    await scan(stub, root)
    (entry,) = (await stub.ListScanHistory(pb.ListScanHistoryRequest())).scans
    assert (
        entry.root,
        entry.status,
        entry.files_total,
        entry.files_added,
        entry.files_unchanged,
        entry.completed_at.seconds >= entry.started_at.seconds > 0,
        entry.HasField("duration_ms"),
    ) == (str(root), "complete", 2, 2, 0, True, True)


async def test_the_status_filter_takes_any_case_and_refuses_unknown_statuses(project) -> None:
    root, _, channel = project
    stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
    await scan(stub, root)
    none_failed = await stub.ListScanHistory(pb.ListScanHistoryRequest(status="FAILED"))
    complete = await stub.ListScanHistory(pb.ListScanHistoryRequest(status="Complete"))
    with pytest.raises(grpc.aio.AioRpcError) as error:
        await stub.ListScanHistory(pb.ListScanHistoryRequest(status="done"))
    refused = failure(error.value)
    assert (len(none_failed.scans), none_failed.total_size, len(complete.scans)) == (0, 0, 1)
    assert (refused.code, refused.reason, refused.fields) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "FIELD_INVALID",
        ["status"],
    )


async def test_a_checkpoint_empties_the_write_ahead_log(project, tmp_path: Path) -> None:
    _, _, channel = project
    detections = BY_NAME["detections"]
    rows = [full_row(detections, i, id=i) for i in range(1, 51)]
    await ingest(tables_pb2_grpc.DriftTablesServiceStub(channel), [batch(detections, rows)])
    wal = tmp_path / "drift.db-wal"
    grown = wal.stat().st_size
    done = await drift_storage_pb2_grpc.DriftStorageServiceStub(channel).Checkpoint(
        pb.CheckpointRequest()
    )
    assert (grown > 0, done.busy, done.wal_frames == done.checkpointed_frames > 0) == (
        True,
        False,
        True,
    )
    assert wal.stat().st_size == 0


@pytest.fixture
def migrated(tmp_path: Path) -> Iterator[apsw.Connection]:
    conn = Database.at(tmp_path / "plans.db").open_writer()
    migrate(conn, SCHEMA)
    yield conn
    conn.close()


def test_the_history_queries_are_served_by_indexes(migrated) -> None:
    assert plan_problems(migrated, scan_history.history, "failed", 10, 5) == []
    assert plan_problems(migrated, scan_history.history, None, 10, 5) == []
    assert plan_problems(migrated, scan_history.history_count, "failed") == []
