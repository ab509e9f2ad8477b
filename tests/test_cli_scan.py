"""``drift-services scan`` as a user sees it: one-line errors with hints, the summary table, the
progress lines without a terminal, Ctrl-C, and the server's log lines (text and JSON).

Each test gets its own ``serve drift`` (a real subprocess, fresh database); every scan is a real
``drift-services scan`` subprocess with its output piped (no terminal).
"""

from __future__ import annotations

import json
import re
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.cli.scan import summary_table
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from tests.processes import (
    CliProcess,
    ServiceProcess,
    assert_clean_failure,
    free_port,
    run_cli,
    serve_args,
)

PROJECT = {
    "src/calls.py": "def caller():\n    callee()\n\n\ndef callee():\n    return 1\n",
    "README.md": "# a project\n",
    ".gitignore": "build/\n",
    "build/out.txt": "generated\n",
}


def one_line(stderr: str) -> str:
    """The only line of ``stderr``; fails on a traceback or more lines."""
    lines = stderr.splitlines()
    assert "Traceback" not in stderr and len(lines) == 1, stderr
    return lines[0]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, ServiceProcess]]:
    """A drift service whose only allowed root is ``base``; the project is ``base/project``."""
    base = tmp_path.resolve()
    for relative, text in PROJECT.items():
        (base / "project" / relative).parent.mkdir(parents=True, exist_ok=True)
        (base / "project" / relative).write_text(text)
    (base / "other").mkdir()
    (base / "a-file.txt").write_text("not a directory\n")
    server = ServiceProcess(
        "drift", *serve_args(base / "drift.db", "--allowed-roots", str(base)), cwd=base
    )
    try:
        yield base, server
    finally:
        server.close()


def scan(served: tuple[Path, ServiceProcess], *args: str) -> tuple[int, str, str]:
    base, server = served
    result = run_cli("scan", *args, "--drift-address", server.address, cwd=base)
    return result.returncode, result.stdout, result.stderr


def table_rows(stdout: str) -> dict[str, str]:
    """``{label: value}`` of the summary table's rows."""
    rows = {}
    for line in stdout.splitlines():
        cells = [cell.strip() for cell in re.split(r"[│|]", line)[1:-1]]
        if len(cells) == 2:
            rows[cells[0]] = cells[1]
    return rows


def test_errors_of_the_scan_are_one_line_with_a_hint(served) -> None:
    """Outside the allowed roots, a missing path, a file, another project's root: each exits 1
    with exactly one line, the status code, the server's message and what to do."""
    base, _ = served
    assert scan(served, "project")[0] == 0  # the project's root is now recorded
    prefix = "drift-services scan: error: "

    code, _, stderr = scan(served, "/etc")
    assert code == 1
    assert one_line(stderr) == (
        f"{prefix}PERMISSION_DENIED: '/etc' resolves to /etc, outside the allowed roots ({base});"
        " allow it with --allowed-roots or DRIFT_SERVICES_ALLOWED_ROOTS"
    )
    code, _, stderr = scan(served, "missing")
    assert code == 1
    assert one_line(stderr) == f"{prefix}NOT_FOUND: {base}/missing does not exist"
    code, _, stderr = scan(served, "a-file.txt")
    assert code == 1
    assert one_line(stderr) == f"{prefix}INVALID_ARGUMENT: root: {base}/a-file.txt is a file"
    code, _, stderr = scan(served, "other")
    assert code == 1
    line = one_line(stderr)
    assert line.startswith(f"{prefix}FAILED_PRECONDITION: this database holds the project rooted")
    assert line.endswith("; use --replace-root to make PATH the project's root")


def test_a_scan_without_a_running_service_says_how_to_start_it(tmp_path: Path) -> None:
    port = free_port()
    result = run_cli("scan", ".", "--drift-address", f"127.0.0.1:{port}", cwd=tmp_path)

    assert result.returncode == 1
    assert one_line(result.stderr) == (
        f"drift-services scan: error: UNAVAILABLE: no drift service at 127.0.0.1:{port}; start it"
        " with `drift-services up` (all three services) or `drift-services serve drift`"
    )


def test_the_summary_table_tells_what_was_found_and_progress_shows_without_a_terminal(
    served,
) -> None:
    """A full scan of the project: 3 files scanned (the ignored ``build/`` directory is one
    ignored entry), 1 parsed into 2 functions and 1 call edge, README.md and .gitignore in no
    parsed language, no cache rate on a scan where every file is new. With stdout piped,
    stderr carries progress lines. A rescan finds everything unchanged without reading it."""
    code, stdout, stderr = scan(served, "project")
    assert code == 0, stderr
    scan_id = int(re.search(r"scan (\d+): complete", stdout)[1])
    rows = table_rows(stdout)
    duration = rows.pop("duration")
    assert re.fullmatch(r"\d+\.\d\d s \(parsing \d+\.\d\d s\)", duration)
    assert rows == {
        "files scanned": "3",
        "added / modified / unchanged": "3 / 0 / 0",
        "removed since the last scan": "0",
        "files parsed": "1",
        "functions in the database": "2",
        "call edges written": "1",
        "ignored entries": "1 files and directories",
        "skipped: too large / binary": "0 / 0",
        "errors": "0",
        "files per language": "",
        "(not a parsed language)": "2",
        "Python": "1",
    }
    assert stderr.splitlines()[0] == f"scan {scan_id} of {served[0]}/project started"
    assert stderr.splitlines()[1:] == [
        f"scan {scan_id}: discovery: 3 read of 3 found (all)",
        f"scan {scan_id}: linking calls to functions: 0 of 1 files",
    ]

    code, stdout, _ = scan(served, "project")
    assert code == 0
    assert table_rows(stdout)["unchanged without reading"] == "100.0%"


def test_the_summary_shows_eight_languages_then_how_many_more() -> None:
    summary = pb.ScanSummary(
        scan_id=7,
        status="complete",
        files_total=66,
        files_added=10,
        files_unchanged=56,
        cache_hit_rate=0.5,
        languages={"": 20, "Python": 9, "Go": 8, "Rust": 7, "C": 6, "Java": 5, "Ruby": 4,
                   "PHP": 3, "Swift": 2, "Kotlin": 1, "Scala": 1},
    )  # fmt: skip
    from rich.console import Console

    console = Console(width=100, record=True)
    console.print(summary_table(summary, None))
    rows = table_rows(console.export_text())

    assert [(k, v) for k, v in rows.items()][-10:] == [
        ("files per language", ""),
        ("(not a parsed language)", "20"),
        ("Python", "9"),
        ("Go", "8"),
        ("Rust", "7"),
        ("C", "6"),
        ("Java", "5"),
        ("Ruby", "4"),
        ("PHP", "3"),
        ("3 more languages", "4"),
    ]
    assert rows["unchanged without reading"] == "50.0%"
    assert "functions in the database" not in rows


def test_the_json_summary_has_the_scan_summary_keys(served) -> None:
    assert scan(served, "project")[0] == 0
    code, stdout, _ = scan(served, "project", "--json")
    assert code == 0
    summary = json.loads(stdout)
    assert sorted(summary) == sorted(field.name for field in pb.ScanSummary.DESCRIPTOR.fields)
    assert (summary["status"], summary["files_total"], summary["files_unchanged"]) == (
        "complete", 3, 3,
    )  # fmt: skip


def test_ctrl_c_cancels_the_scan_and_prints_the_partial_summary(served) -> None:
    """SIGINT while a scan of 3,000 files runs: the CLI cancels it on the service, prints
    ``scan N cancelled after M files`` and the summary, and exits 130."""
    base, server = served
    big = base / "big"
    for index in range(3000):
        (big / f"d{index % 30}").mkdir(parents=True, exist_ok=True)
        (big / f"d{index % 30}" / f"f{index}.py").write_text(f"def f{index}():\n    pass\n")
    cli = CliProcess("scan", "big", "--drift-address", server.address, cwd=base)
    try:
        started = cli._stderr.wait_for(re.compile(r"^scan (\d+) of .* started$"), 30)
        assert started is not None, cli.describe()
        cli.send_signal(signal.SIGINT)
        assert cli.wait() == 130, cli.describe()
    finally:
        cli.close()
    scan_id = started[1][1]
    cancelled = re.search(rf"^scan {scan_id} cancelled after ([\d,]+) files$", cli.stdout, re.M)
    assert cancelled, cli.describe()
    assert f"scan {scan_id}: cancelled" in cli.stdout
    assert "Traceback" not in cli.stderr


def test_log_level_values_are_checked(tmp_path: Path) -> None:
    for command in (["serve", "drift", "--db", ":memory:"], ["up"]):
        result = run_cli(*command, "--log-level", "loud", cwd=tmp_path)
        stderr = assert_clean_failure(result)
        assert result.returncode == 2
        assert stderr.splitlines()[-1].endswith(
            "error: argument --log-level: must be one of debug, info, warning, error, got 'loud'"
        )


def test_json_log_lines_tell_the_migration_scans_and_failed_calls(tmp_path: Path) -> None:
    """``--log-format json``: every stderr line of the service is one JSON object; the log says
    in one line each how the database was migrated, that a scan started and how it ended, and
    which call failed with what."""
    tmp_path = tmp_path.resolve()
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "a.py").write_text("def a():\n    pass\n")
    server = ServiceProcess(
        "drift", *serve_args(tmp_path / "drift.db", "--log-format", "json"), cwd=tmp_path
    )
    try:
        run_cli("scan", "/etc", "--drift-address", server.address, cwd=tmp_path)
        assert run_cli("scan", "p", "--drift-address", server.address, cwd=tmp_path).returncode == 0
    finally:
        assert server.stop() == 0
    records = [json.loads(line) for line in server.stderr.splitlines()]
    assert {tuple(sorted(record)) for record in records} == {("level", "logger", "message", "time")}
    messages = [(r["level"], r["message"]) for r in records]
    migrated = [m for m in messages if "migrated from version" in m[1]]
    assert len(migrated) == 1
    assert migrated[0][1].startswith(
        f"drift database {tmp_path}/drift.db migrated from version 0 to "
    )
    assert " (0001_initial.sql, 0002_analysis.sql, " in migrated[0][1]
    assert (
        "INFO",
        "/drift.storage.v1.DriftStorageService/Scan failed: PERMISSION_DENIED: '/etc' resolves to"
        f" /etc, outside the allowed roots ({tmp_path})",
    ) in messages
    assert ("INFO", f"scan 1 of {tmp_path}/p started") in messages
    ended = [m for m in messages if m[1].startswith(f"scan 1 of {tmp_path}/p complete: ")]
    assert len(ended) == 1, messages
    assert re.fullmatch(
        r"scan 1 of \S+ complete: 1 files \(1 added, 0 modified, 0 removed, 0 unchanged\),"
        r" 1 parsed, 0 call edges, 0 errors, \d+\.\d\d s",
        ended[0][1],
    )
