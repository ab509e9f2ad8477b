"""One process per database, and what a start refuses: the lock beside the file, integrity at
every start, locations that cannot be databases. Real ``drift-services`` processes."""

from __future__ import annotations

import re
import resource
import signal
import subprocess
from pathlib import Path

import apsw
import pytest

from services.common.database_lock import DatabaseLock
from tests.processes import (
    CliProcess,
    ServiceProcess,
    assert_clean_failure,
    child_environment,
    cli_command,
    run_cli,
    serve_args,
)
from tests.test_faults import sha256, sidecar_files


def damaged_database(path: Path) -> None:
    """A drift.db at the latest version whose table pages were overwritten with garbage."""
    with ServiceProcess("drift", *serve_args(path), cwd=path.parent) as server:
        assert server.stop() == 0
    conn = apsw.Connection(str(path))
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("CREATE TABLE filler (x TEXT)")
    conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,) for _ in range(400)])
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(len(data) - 20 * page, len(data) - 2 * page, page):
        data[offset : offset + 64] = b"\xde\xad\xbe\xef" * 16
    path.write_bytes(bytes(data))


def test_a_second_server_on_the_same_database_fails_at_once_naming_the_holder(
    tmp_path: Path,
) -> None:
    db = tmp_path / "drift.db"
    with ServiceProcess("drift", *serve_args(db), cwd=tmp_path) as first:
        second = run_cli("serve", "drift", *serve_args(db), cwd=tmp_path)
        stderr = assert_clean_failure(second)
        assert f"is in use by process {first.pid}" in stderr
        assert stderr.count("\n") == 1, stderr
        assert first.running()


def test_migrate_on_a_database_in_use_fails_at_once_naming_the_holder(tmp_path: Path) -> None:
    db = tmp_path / "drift.db"
    with ServiceProcess("drift", *serve_args(db), cwd=tmp_path) as server:
        result = run_cli("migrate", "drift", "--db", str(db), cwd=tmp_path)
        assert f"is in use by process {server.pid}" in assert_clean_failure(result)


def test_the_lock_dies_with_its_process_so_a_restart_after_kill_9_starts(tmp_path: Path) -> None:
    db = tmp_path / "drift.db"
    with ServiceProcess("drift", *serve_args(db), cwd=tmp_path) as first:
        first.kill()
    with ServiceProcess("drift", *serve_args(db), cwd=tmp_path) as second:
        assert (tmp_path / "drift.db.lock").read_text() == f"{second.pid}\n"


def test_the_lock_refuses_a_second_holder_in_the_same_process(tmp_path: Path) -> None:
    held = DatabaseLock.acquire(tmp_path / "x.db")
    try:
        with pytest.raises(Exception, match="in use by process"):
            DatabaseLock.acquire(tmp_path / "x.db")
    finally:
        held.release()
    DatabaseLock.acquire(tmp_path / "x.db").release()


@pytest.mark.parametrize("command", ["serve", "migrate"])
def test_a_damaged_database_at_the_current_version_is_refused_untouched(
    tmp_path: Path, command: str
) -> None:
    db = tmp_path / "drift.db"
    damaged_database(db)
    before = sha256(db)
    args = serve_args(db) if command == "serve" else ("--db", str(db))
    result = run_cli(command, "drift", *args, cwd=tmp_path)
    stderr = assert_clean_failure(result)
    assert "is damaged" in stderr
    assert sha256(db) == before
    assert sidecar_files(db) == []


def test_integrity_check_off_starts_without_reading_the_whole_file(tmp_path: Path) -> None:
    """``--integrity-check off`` is the documented way to skip the start-up check."""
    db = tmp_path / "drift.db"
    damaged_database(db)
    with ServiceProcess(
        "drift", *serve_args(db, "--integrity-check", "off"), cwd=tmp_path
    ) as server:
        assert server.schema_version == 12


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda base: base.joinpath("adir").mkdir() or base / "adir", "is a directory"),
        (
            lambda base: base.joinpath("afile").write_text("x") and base / "afile" / "drift.db",
            "cannot create the directory",
        ),
    ],
    ids=["directory", "under-a-file"],
)
def test_a_location_that_cannot_be_a_database_is_a_one_line_error(
    tmp_path: Path, make, message: str
) -> None:
    db = make(tmp_path)
    stderr = assert_clean_failure(run_cli("serve", "drift", *serve_args(db), cwd=tmp_path))
    assert message in stderr
    assert stderr.count("\n") == 1, stderr


def test_a_start_that_cannot_write_its_database_is_a_one_line_error(tmp_path: Path) -> None:
    """A file-size limit of 16 KiB makes the first migrations fail to write, as a full disk."""

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))

    result = subprocess.run(
        cli_command("serve", "drift", *serve_args(tmp_path / "drift.db")),
        cwd=tmp_path,
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=limit,
        check=False,
    )
    stderr = assert_clean_failure(result)
    assert re.search(r"drift database \S+drift\.db", stderr), stderr
    assert stderr.count("\n") == 1, stderr


def test_sigterm_right_after_the_ready_line_exits_zero(tmp_path: Path) -> None:
    process = CliProcess("serve", "drift", *serve_args(tmp_path / "drift.db"), cwd=tmp_path)
    try:
        process.wait_for_line(r"listening on")
        process.send_signal(signal.SIGTERM)
        assert process.wait(10) == 0, process.describe()
    finally:
        process.close()
