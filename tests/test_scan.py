"""Scan: discovery, incremental rescans, persistence, history, cancellation and allowed roots."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import time
from pathlib import Path

import apsw
import grpc
import pytest
import xxhash

from services.common.writer import WriteResult
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from tests.conftest import serving
from tests.grpc_errors import failure
from tests.processes import ServiceProcess, run_cli, serve_args


def make_tree(root: Path, files: dict[str, bytes | str]) -> None:
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode() if isinstance(content, str) else content)


TREE = {
    ".gitignore": "*.log\nbuild/\n",
    "src/app.py": "def main():\n    return 1\n",
    "src/util.ts": "export function f() {}\n",
    "src/lib.rs": "pub fn g() {}\n",
    "README.md": "# readme\n",
    "debug.log": "ignored\n",
    "build/out.js": "ignored\n",
    "node_modules/pkg/index.js": "ignored\n",
    "image.png": b"\x89PNG\r\n\x1a\n\x00\x00binary",
    ".hidden.py": "x = 1\n",
}


@pytest.fixture
async def project(tmp_path: Path):
    """A drift server allowed to scan tmp_path/project, with a fixture tree there."""
    root = tmp_path / "project"
    make_tree(root, TREE)
    async with (
        serving(tmp_path / "drift.db", allowed_roots=str(root)) as server,
        grpc.aio.insecure_channel(server.address) as channel,
    ):
        yield root, server, drift_storage_pb2_grpc.DriftStorageServiceStub(channel)


async def scan(stub, root: Path, **options) -> tuple[list[pb.ScanResponse], pb.ScanSummary]:
    events = [e async for e in stub.Scan(pb.ScanRequest(root=str(root), options=options))]
    assert events[0].WhichOneof("event") == "started"
    assert events[-1].WhichOneof("event") == "summary"
    return events, events[-1].summary


async def stored(server) -> dict[str, tuple]:
    rows = await server.storage.reads.run(
        lambda conn: conn.execute(
            "SELECT path, language, file_size, content_hash FROM file_metadata"
        ).fetchall()
    )
    return {path: tuple(rest) for path, *rest in rows}


async def test_a_first_scan_records_exactly_the_scannable_files(project) -> None:
    root, server, stub = project
    _, summary = await scan(stub, root)
    assert summary.status == "complete"
    files = await stored(server)
    assert sorted(files) == [".gitignore", ".hidden.py", "README.md", "src/app.py", "src/lib.rs",
                             "src/util.ts"]  # fmt: skip
    assert files["src/app.py"][:2] == ("Python", len(TREE["src/app.py"]))
    digest = xxhash.xxh3_64_intdigest(TREE["src/app.py"].encode()).to_bytes(8, "little")
    assert files["src/app.py"][2] == digest
    assert files["README.md"][0] is None  # unknown languages are recorded too
    assert (summary.files_total, summary.files_added, summary.files_skipped_binary) == (6, 6, 1)
    assert summary.files_skipped_ignored >= 3
    assert dict(summary.languages) == {"Python": 2, "TypeScript": 1, "Rust": 1, "": 2}


async def test_a_rescan_reads_nothing_unchanged_and_follows_every_change(project) -> None:
    root, server, stub = project
    await scan(stub, root)
    _, again = await scan(stub, root)
    assert (again.files_unchanged, again.files_added, again.cache_hit_rate) == (6, 0, 1.0)
    (root / "src/new.py").write_text("y = 2\n")
    (root / "src/app.py").write_text("def main():\n    return 2\n")
    (root / "src/lib.rs").unlink()
    touched = root / "README.md"
    os.utime(touched, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))  # touch: same content
    _, summary = await scan(stub, root)
    assert (summary.files_added, summary.files_modified, summary.files_removed) == (1, 1, 1)
    assert summary.files_unchanged == 4  # README.md was read (new mtime) but is unchanged
    assert "src/lib.rs" not in await stored(server)
    _, settled = await scan(stub, root)
    assert settled.files_unchanged == 6 and settled.cache_hit_rate == 1.0


async def test_force_full_reads_every_file(project) -> None:
    root, _, stub = project
    await scan(stub, root)
    _, summary = await scan(stub, root, force_full=True)
    assert (summary.files_unchanged, summary.cache_hit_rate) == (6, 0.0)


async def test_a_removed_file_loses_its_rows_in_every_per_file_table(project) -> None:
    root, server, stub = project
    await scan(stub, root)

    def detections(conn):
        conn.executemany(
            "INSERT INTO detections (file, line, column_num, pattern_id, category, confidence,"
            " detection_method) VALUES (?, 1, 1, 'p', 'c', 0.5, 'ast')",
            [("src/lib.rs",), ("src/app.py",)],
        )
        return WriteResult()

    await server.storage.writer.execute("fixture", detections)
    (root / "src/lib.rs").unlink()
    await scan(stub, root)
    left = await server.storage.reads.run(
        lambda conn: conn.execute("SELECT file FROM detections").fetchall()
    )
    assert left == [("src/app.py",)]


async def test_size_limit_and_options(project) -> None:
    root, server, stub = project
    make_tree(root, {"big.py": "x" * 5000})
    _, summary = await scan(stub, root, max_file_size=1000, extra_ignore=["*.ts"])
    files = await stored(server)
    assert "big.py" not in files and "src/util.ts" not in files
    assert summary.files_skipped_large == 1
    _, only = await scan(stub, root, include=["*.py"])
    assert set(await stored(server)) == {"src/app.py", ".hidden.py", "big.py"}
    assert only.files_removed >= 1


async def test_an_unreadable_file_makes_the_scan_partial(project) -> None:
    root, _, stub = project
    secret = root / "src/secret.py"
    secret.write_text("s = 1\n")
    secret.chmod(0)
    if os.access(secret, os.R_OK):
        pytest.skip("running as root: permissions do not stop reads")
    _, summary = await scan(stub, root)
    assert summary.status == "partial"
    assert [e.path for e in summary.errors] == ["src/secret.py"]


@pytest.mark.parametrize("where", ["outside", "dotdot", "symlink"])
async def test_roots_outside_the_allowed_roots_are_refused(project, tmp_path, where) -> None:
    root, _, stub = project
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    target = {
        "outside": outside,
        "dotdot": root / ".." / "elsewhere",
        "symlink": root / "link-out",
    }[where]
    if where == "symlink":
        target.symlink_to(outside)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await scan(stub, target)
    assert failure(caught.value).code == grpc.StatusCode.PERMISSION_DENIED


async def test_a_missing_root_is_not_found(project) -> None:
    root, _, stub = project
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await scan(stub, root / "missing")
    assert failure(caught.value).code == grpc.StatusCode.NOT_FOUND


async def test_history_records_each_scan(project) -> None:
    root, server, stub = project
    _, first = await scan(stub, root)
    _, second = await scan(stub, root)
    history = await server.storage.reads.run(
        lambda conn: conn.execute(
            "SELECT id, root_path, status, total_files, added_files, unchanged_files,"
            " completed_at IS NOT NULL FROM scan_history ORDER BY id"
        ).fetchall()
    )
    assert history == [
        (first.scan_id, str(root), "complete", 6, 6, 0, 1),
        (second.scan_id, str(root), "complete", 6, 0, 6, 1),
    ]


BIG = 20_000  # enough files that a scan is still running at its first progress event


async def read_until(call, kind: str) -> pb.ScanResponse:
    """Read events of a Scan call until one of ``kind`` (``started``, ``progress``...)."""
    while (event := await call.read()) is not grpc.aio.EOF:
        if event.WhichOneof("event") == kind:
            return event
    raise AssertionError(f"the scan ended without a {kind} event")


async def rest(call) -> list[pb.ScanResponse]:
    events = []
    while (event := await call.read()) is not grpc.aio.EOF:
        events.append(event)
    return events


def big_tree(root: Path, count: int) -> None:
    """``count`` small Python files; every tenth defines a function calling its neighbour's."""
    for i in range(count):
        directory = root / "many" / f"d{i // 200}"
        directory.mkdir(parents=True, exist_ok=True)
        body = f"x = {i}\n"
        if i % 10 == 0:
            body = f"def f{i}():\n    return f{i - 10}()\n"
        (directory / f"f{i}.py").write_text(body)


async def test_cancel_scan_by_id_stops_it_and_history_says_cancelled(project) -> None:
    root, server, stub = project
    big_tree(root, BIG)
    call = stub.Scan(pb.ScanRequest(root=str(root)))
    started = (await read_until(call, "started")).started
    await read_until(call, "progress")
    assert (await stub.CancelScan(pb.CancelScanRequest(scan_id=started.scan_id))).cancelled
    summary = (await rest(call))[-1].summary
    assert summary.status == "cancelled"
    assert summary.files_total < BIG
    assert not (await stub.CancelScan(pb.CancelScanRequest(scan_id=started.scan_id))).cancelled
    status = await server.storage.reads.run(
        lambda conn: (
            conn.execute("SELECT status FROM scan_history WHERE id = ?", (started.scan_id,)).get
        )
    )
    assert status == "cancelled"


async def test_a_client_that_cancels_the_stream_cancels_the_scan(project) -> None:
    root, server, stub = project
    big_tree(root, BIG)
    call = stub.Scan(pb.ScanRequest(root=str(root)))
    started = (await read_until(call, "started")).started
    await read_until(call, "progress")
    call.cancel()

    async def history_status():
        return await server.storage.reads.run(
            lambda conn: (
                conn.execute("SELECT status FROM scan_history WHERE id = ?", (started.scan_id,)).get
            )
        )

    for _ in range(100):
        if await history_status() != "running":
            break
        await asyncio.sleep(0.05)
    assert await history_status() == "cancelled"
    _, after = await scan(stub, root)  # the root is free again, and the state is consistent
    assert after.status == "complete" and after.files_total == BIG + 6


async def test_a_second_scan_of_the_same_root_is_aborted(project) -> None:
    root, _, stub = project
    big_tree(root, BIG)
    first = stub.Scan(pb.ScanRequest(root=str(root)))
    await read_until(first, "progress")
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await scan(stub, root)
    assert failure(caught.value).code == grpc.StatusCode.ABORTED
    assert (await rest(first))[-1].summary.status == "complete"


async def test_the_cli_prints_the_summary_as_json(project, tmp_path) -> None:
    root, server, _ = project
    result = await asyncio.to_thread(
        run_cli, "scan", str(root), "--json", "--drift-address", server.address, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["files_total"] == 6 and summary["files_added"] == 6
    assert {"files_modified", "files_removed", "files_unchanged", "status"} <= set(summary)


def file_rows(db: Path) -> list[tuple]:
    """Files, their functions and call edges (by name: ids depend on write order)."""
    conn = apsw.Connection(str(db), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        assert conn.execute("PRAGMA integrity_check").get == "ok"
        return [
            *conn.execute(
                "SELECT path, language, file_size, content_hash, function_count"
                " FROM file_metadata ORDER BY path"
            ),
            *conn.execute("SELECT file, name, line, body_hash FROM functions ORDER BY 1, 2, 3"),
            *conn.execute(
                "SELECT c.file, c.name, d.file, d.name, e.resolution FROM call_edges e"
                " JOIN functions c ON c.id = e.caller_id JOIN functions d ON d.id = e.callee_id"
                " ORDER BY 1, 2, 3, 4"
            ),
        ]
    finally:
        conn.close()


async def scan_with_process(process: ServiceProcess, root: Path, kill: bool = False) -> None:
    """Scan ``root`` through ``process``; with ``kill``, SIGKILL it at the first progress event."""
    async with grpc.aio.insecure_channel(process.address) as channel:
        stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
        call = stub.Scan(pb.ScanRequest(root=str(root)))
        if not kill:
            assert (await rest(call))[-1].summary.status == "complete"
            return
        await read_until(call, "progress")
        process.process.send_signal(signal.SIGKILL)
        process.process.wait()


async def test_kill_9_mid_scan_then_rescan_gives_the_uninterrupted_state(tmp_path: Path) -> None:
    """A scan killed with SIGKILL leaves whole batches; rescanning reaches exactly the state an
    uninterrupted scan reaches, and the killed scan's history row ends up `failed`."""
    root = tmp_path / "project"
    make_tree(root, TREE)
    big_tree(root, BIG)
    env = {"DRIFT_SERVICES_ALLOWED_ROOTS": str(root)}
    with ServiceProcess("drift", *serve_args(tmp_path / "clean.db"), cwd=tmp_path, env=env) as p:
        await scan_with_process(p, root)
    with ServiceProcess("drift", *serve_args(tmp_path / "killed.db"), cwd=tmp_path, env=env) as p:
        await scan_with_process(p, root, kill=True)
    interrupted = file_rows(tmp_path / "killed.db")
    assert len(interrupted) < len(file_rows(tmp_path / "clean.db"))
    with ServiceProcess("drift", *serve_args(tmp_path / "killed.db"), cwd=tmp_path, env=env) as p:
        await scan_with_process(p, root)
    assert file_rows(tmp_path / "killed.db") == file_rows(tmp_path / "clean.db")
    conn = apsw.Connection(str(tmp_path / "killed.db"), flags=apsw.SQLITE_OPEN_READONLY)
    statuses = [row[0] for row in conn.execute("SELECT status FROM scan_history ORDER BY id")]
    assert statuses == ["failed", "complete"]


async def test_files_that_cannot_be_scanned_make_it_partial_with_their_reasons(project) -> None:
    """Works as root too: a dangling symbolic link, followed, cannot be scanned."""
    root, _, stub = project
    (root / "src/dangling.py").symlink_to(root / "nowhere.py")
    _, summary = await scan(stub, root, follow_symlinks=True)
    assert summary.status == "partial"
    assert [e.path for e in summary.errors] == ["src/dangling.py"]
    assert summary.files_total == 6


async def test_allowed_roots_come_from_the_environment_of_serve(tmp_path: Path) -> None:
    """With DRIFT_SERVICES_ALLOWED_ROOTS set, the project (outside the service's working
    directory) may be scanned and the working directory itself may not."""
    root = tmp_path / "project"
    make_tree(root, TREE)
    elsewhere = tmp_path / "service-cwd"
    elsewhere.mkdir()
    env = {"DRIFT_SERVICES_ALLOWED_ROOTS": str(root)}
    with ServiceProcess("drift", *serve_args(tmp_path / "d.db"), cwd=elsewhere, env=env) as p:
        async with grpc.aio.insecure_channel(p.address) as channel:
            stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
            _, summary = await scan(stub, root)
            assert summary.status == "complete" and summary.files_total == 6
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await scan(stub, elsewhere)
            assert failure(caught.value).code == grpc.StatusCode.PERMISSION_DENIED


async def test_progress_tells_each_phase_done_of_total(project) -> None:
    """Discovery ends with its total (the 7 files it found, the binary image included), linking
    counts the 4 parsed files, removal the removed files."""
    root, _, stub = project
    events, _ = await scan(stub, root)
    progress = [
        (e.progress.phase, e.progress.done, e.progress.total)
        for e in events
        if e.WhichOneof("event") == "progress"
    ]
    assert progress[-2:] == [("discovery", 7, 7), ("linking", 0, 4)]

    (root / "src/app.py").unlink()
    (root / "README.md").unlink()
    events, _ = await scan(stub, root)
    progress = [
        (e.progress.phase, e.progress.done, e.progress.total)
        for e in events
        if e.WhichOneof("event") == "progress"
    ]
    assert progress[-2:] == [("discovery", 5, 5), ("removal", 0, 2)]
