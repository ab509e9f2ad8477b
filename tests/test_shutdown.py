"""Shutdown has one owner: SIGTERM at any moment (idle, ingest streams, a scan) exits 0 in time,
with every acknowledged batch whole and every scan's history saying how it ended."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import random
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import apsw
import grpc

from services.common.config import ServerConfig
from services.common.server import start_server
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.drift_storage.service import DEFINITION as DRIFT
from tests.processes import ServiceProcess, serve_args
from tests.test_faults import drift_stub, file_batch, integrity, rows_per_batch
from tests.test_scan import make_tree

GRACE_S = 1.0
# The sequence must end within the grace period plus 2 s; the rest is slack for a loaded CI.
EXIT_TIMEOUT_S = GRACE_S + 2 + 5


def big_tree(root: Path, files: int = 1500) -> None:
    """Enough small Python files that a first scan (with parsing) takes a while."""
    make_tree(
        root,
        {
            f"pkg{i // 100}/m{i}.py": f"def f{i}(x):\n    return g{i}(x)\n\ndef g{i}(y):\n"
            f"    return y * {i}\n"
            for i in range(files)
        },
    )


class Ingest(threading.Thread):
    """A client streaming file-metadata batches until the server goes away; records its acks."""

    def __init__(self, address: str, first_batch: int) -> None:
        super().__init__(daemon=True)
        self.address = address
        self.first_batch = first_batch
        self.acked: list[int] = []
        self.started_streaming = threading.Event()

    def batches(self) -> Iterator[pb.IngestFileMetadataRequest]:
        for batch in range(self.first_batch, self.first_batch + 10_000):
            self.started_streaming.set()
            yield file_batch(batch, rows=50)

    def run(self) -> None:
        with grpc.insecure_channel(self.address) as channel:
            try:
                for ack in drift_stub(channel).IngestFileMetadata(self.batches(), timeout=60):
                    self.acked.append(self.first_batch + ack.batch_index)
            except grpc.RpcError:
                pass  # the server stopped: the acks so far are what it promised


class ScanClient(threading.Thread):
    """A client running one scan; records its scan id and the events it saw."""

    def __init__(self, address: str, root: Path) -> None:
        super().__init__(daemon=True)
        self.address = address
        self.root = root
        self.events: list[str] = []
        self.progressing = threading.Event()

    def run(self) -> None:
        with grpc.insecure_channel(self.address) as channel:
            try:
                for event in drift_stub(channel).Scan(
                    pb.ScanRequest(root=str(self.root)), timeout=60
                ):
                    self.events.append(event.WhichOneof("event"))
                    if event.WhichOneof("event") != "started":
                        self.progressing.set()
            except grpc.RpcError:
                pass
            finally:
                self.progressing.set()


def history(db: Path) -> list[tuple[str, str | None]]:
    conn = apsw.Connection(str(db), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        return conn.execute("SELECT status, error FROM scan_history ORDER BY id").fetchall()
    finally:
        conn.close()


def serve_drift(tmp_path: Path, root: Path) -> ServiceProcess:
    return ServiceProcess(
        "drift",
        *serve_args(tmp_path / "drift.db", "--grace-s", str(GRACE_S), "--allowed-roots", str(root)),
        cwd=tmp_path,
    )


def test_sigterm_during_a_scan_records_it_cancelled_and_exits_zero(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    big_tree(root)
    with serve_drift(tmp_path, root) as server:
        client = ScanClient(server.address, root)
        client.start()
        assert client.progressing.wait(30), server.describe()
        server.send_signal(signal.SIGTERM)
        assert server.wait(EXIT_TIMEOUT_S) == 0, server.describe()
        client.join(10)
    assert history(tmp_path / "drift.db") == [("cancelled", None)]
    assert client.events[-1] == "summary"


def test_sigterm_during_two_ingest_streams_exits_zero_with_acknowledged_batches_whole(
    tmp_path: Path,
) -> None:
    with serve_drift(tmp_path, tmp_path) as server:
        clients = [Ingest(server.address, first) for first in (0, 5000)]
        for client in clients:
            client.start()
            assert client.started_streaming.wait(30)
        while sum(len(c.acked) for c in clients) < 20 and all(c.is_alive() for c in clients):
            threading.Event().wait(0.05)
        server.send_signal(signal.SIGTERM)
        assert server.wait(EXIT_TIMEOUT_S) == 0, server.describe()
        for client in clients:
            client.join(10)
    db = tmp_path / "drift.db"
    assert integrity(db) == ["ok"]
    stored = rows_per_batch(db)
    assert set(stored.values()) == {50}, "a stored batch is whole"
    assert {b for c in clients for b in c.acked} <= set(stored), "every acknowledged batch is there"


def test_ten_sigterms_at_random_moments_each_exit_zero_with_data_intact(tmp_path: Path) -> None:
    """Runs cycle through two ingest streams, a scan, and idle; SIGTERM comes at a random
    moment. (A scan would remove the ingested paths as files gone from its tree, so each run's
    batches are checked right after it.)"""
    root = tmp_path / "tree"
    big_tree(root, files=400)
    moments = random.Random(20261202)
    db = tmp_path / "drift.db"
    for run in range(10):
        kind = ("ingest", "scan", "idle")[run % 3]
        with serve_drift(tmp_path, root) as server:
            clients: list[Ingest | ScanClient] = []
            if kind == "ingest":
                clients = [Ingest(server.address, first) for first in (run * 100, run * 100 + 50)]
            elif kind == "scan":
                clients = [ScanClient(server.address, root)]
            for client in clients:
                client.start()
            threading.Event().wait(moments.uniform(0.0, 1.0))
            server.send_signal(signal.SIGTERM)
            assert server.wait(EXIT_TIMEOUT_S) == 0, f"run {run} ({kind}): {server.describe()}"
            for client in clients:
                client.join(10)
        assert integrity(db) == ["ok"], f"run {run}"
        assert "running" not in {status for status, _ in history(db)}, f"run {run}"
        if kind == "ingest":
            stored = ingested(db)
            assert set(stored.values()) <= {50}, f"run {run}: a stored batch is whole"
            acked = {b for c in clients if isinstance(c, Ingest) for b in c.acked}
            assert acked <= set(stored), f"run {run}: every acknowledged batch is there"


def ingested(db: Path) -> dict[int, int]:
    """Rows per ingested batch (paths ``bNNNN/...``) in ``db``."""
    conn = apsw.Connection(str(db), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        rows = conn.execute(
            "SELECT substr(path, 2, 4), count(*) FROM file_metadata WHERE path GLOB 'b[0-9]*'"
            " GROUP BY 1"
        ).fetchall()
    finally:
        conn.close()
    return {int(batch): count for batch, count in rows}


async def test_a_failed_background_task_is_logged_and_does_not_stop_the_shutdown(
    tmp_path: Path, caplog
) -> None:
    async def broken(storage, config) -> None:
        raise RuntimeError("the schedule broke")

    definition = dataclasses.replace(DRIFT, background=broken)
    running = await start_server(
        definition,
        ServerConfig(service="drift", port=0, db=str(tmp_path / "drift.db"), grace_s=0.5),
    )
    with caplog.at_level(logging.ERROR):
        await asyncio.sleep(0.1)
        assert "background task drift-background had failed" in caplog.text
        await running.stop()
    assert "the schedule broke" in caplog.text
    assert not running.storage.lock.held
