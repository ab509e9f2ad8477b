"""The results from the command line: ``scans``, ``files``, ``functions``, ``callers``, ``callees``.

One drift service (a real ``serve`` subprocess) holds a small scanned project for the whole module;
every test runs the real command as a subprocess against it and checks what a user or a script
sees: the JSON (a list of objects keyed by the proto field names, numbers as numbers, unset values
as null, hashes as hex), the tables, the page tokens on stderr, one-line errors and exit codes.
"""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import xxhash

from tests.processes import ServiceProcess, run_cli, serve_args
from tests.test_scan_parsing import APP, MODELS

REPOSITORY = Path(__file__).resolve().parents[1]

# Two functions of one name in one file: ``callers dup.py:run`` must ask which.
DUP = """\
class A:
    def run(self):
        return 1


class B:
    def run(self):
        return 2
"""
PROJECT = {"app.py": APP, "dup.py": DUP, "models.py": MODELS, "notes.txt": "not code\n"}

# Values that depend on the clock or the file system, checked for their type only.
SCAN_TIMES = ("started_at", "completed_at", "duration_ms", "findings_recorded_at")
FILE_TIMES = ("mtime_secs", "mtime_nanos", "last_scanned_at", "scan_duration_us")
FUNCTION_KEYS = ["id", "file", "function_name", "qualified_name", "language", "line", "end_line",
                 "parameter_count", "return_type", "is_exported", "is_async", "body_hash",
                 "signature_hash"]  # fmt: skip
NEXT_PAGE = re.compile(r"^more (\w+): repeat with --page-token (\S+) \(and the same filters\)")


@dataclass
class Project:
    root: Path
    service: ServiceProcess

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """``drift-services ARGS --drift-address`` of the module's service."""
        return run_cli(*args, "--drift-address", self.service.address, cwd=self.root.parent)

    def cli_all(self, *commands: tuple[str, ...]) -> list[subprocess.CompletedProcess[str]]:
        """``cli`` of each command, run at the same time (each costs a Python start-up)."""
        with ThreadPoolExecutor(len(commands)) as pool:
            return list(pool.map(lambda args: self.cli(*args), commands))

    def json(self, *args: str) -> list[dict[str, object]]:
        """The JSON list ``drift-services ARGS --json`` prints; fails on a non-zero exit."""
        result = self.cli(*args, "--json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    """PROJECT scanned twice (a full scan, then a rescan that finds no change)."""
    base = tmp_path_factory.mktemp("results")
    root = base / "project"
    for relative, content in PROJECT.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(content)
    args = serve_args(base / "drift.db", "--allowed-roots", str(root))
    with ServiceProcess("drift", *args, cwd=base) as service:
        scanned = Project(root, service)
        for _ in range(2):
            result = scanned.cli("scan", str(root), "--json")
            assert result.returncode == 0, result.stderr
        yield scanned


def without(row: dict[str, object], keys: tuple[str, ...]) -> dict[str, object]:
    """``row`` without ``keys``, after checking that each of them is an integer or null."""
    for key in keys:
        assert row[key] is None or isinstance(row[key], int), (key, row[key])
    return {key: value for key, value in row.items() if key not in keys}


def table_row(line: str) -> list[str]:
    """The cells of one row of a rich table."""
    return [cell.strip() for cell in line.split("│")[1:-1]]


def next_page(stderr: str) -> tuple[str, str] | None:
    """``(what, token)`` of the next-page hint on stderr, None when the page was the last."""
    match = NEXT_PAGE.match(stderr)
    return (match[1], match[2]) if match else None


# -- scans ---------------------------------------------------------------------------------------


def test_scans_json_lists_the_history_oldest_first_with_every_column(project: Project) -> None:
    """``scans --json``: every scan_history row, in the order the scans ran, each column under
    its proto field name; ``--status`` filters (no scan failed: ``[]``)."""
    listed, failed = project.cli_all(("scans", "--json"), ("scans", "--status", "failed", "--json"))
    assert (listed.returncode, failed.returncode) == (0, 0), listed.stderr + failed.stderr
    scans = json.loads(listed.stdout)

    assert [without(scan, SCAN_TIMES) for scan in scans] == [
        {"id": 1, "root_path": str(project.root), "total_files": 4, "added_files": 4,
         "modified_files": 0, "removed_files": 0, "unchanged_files": 0, "status": "complete",
         "error": None},
        {"id": 2, "root_path": str(project.root), "total_files": 4, "added_files": 0,
         "modified_files": 0, "removed_files": 0, "unchanged_files": 4, "status": "complete",
         "error": None},
    ]  # fmt: skip
    assert list(scans[0]) == ["id", "started_at", "completed_at", "root_path", "total_files",
                              "added_files", "modified_files", "removed_files",
                              "unchanged_files", "duration_ms", "status", "error",
                              "findings_recorded_at"]  # fmt: skip
    assert json.loads(failed.stdout) == []


def test_scans_table_names_the_root_once_and_shows_changes(project: Project) -> None:
    """The table's title names the project's root; each row gives the scan's id, status, file
    count and changes (+added ~modified -removed)."""
    result = project.cli("scans")

    assert result.returncode == 0, result.stderr
    assert f"scans of {project.root}" in result.stdout
    cells = [table_row(line) for line in result.stdout.splitlines() if line.startswith("│")]
    assert [[row[0], *row[2:5]] for row in cells] == [
        ["1", "complete", "4", "+4 ~0 -0"],
        ["2", "complete", "4", "+0 ~0 -0"],
    ]


# -- files ---------------------------------------------------------------------------------------


def test_files_json_of_one_language_has_every_field_and_hashes_in_hex(project: Project) -> None:
    """``files --language Python --json``: the Python files by path, sizes and counts as
    numbers, the content hash as the hex of its 8 bytes (xxh3-64, little endian)."""
    files = project.json("files", "--language", "Python")

    def expected(path: str, functions: int) -> dict[str, object]:
        data = PROJECT[path].encode()
        digest = xxhash.xxh3_64_intdigest(data).to_bytes(8, "little").hex()
        return {"path": path, "language": "Python", "file_size": len(data),
                "content_hash": digest, "pattern_count": 0, "function_count": functions,
                "error_count": 0, "error": ""}  # fmt: skip

    assert [without(file, FILE_TIMES) for file in files] == [
        expected("app.py", 1),
        expected("dup.py", 2),
        expected("models.py", 3),
    ]
    assert list(files[0]) == ["path", "language", "file_size", "content_hash", "mtime_secs",
                              "mtime_nanos", "last_scanned_at", "scan_duration_us",
                              "pattern_count", "function_count", "error_count",
                              "error"]  # fmt: skip


def test_files_table_lists_every_file_and_names_unparsed_ones(project: Project) -> None:
    result = project.cli("files")

    assert result.returncode == 0, result.stderr
    rows = [table_row(line)[:3] for line in result.stdout.splitlines() if line.startswith("│")]
    assert rows == [
        ["app.py", "Python", "146"],
        ["dup.py", "Python", "92"],
        ["models.py", "Python", "154"],
        ["notes.txt", "(not parsed)", "9"],
    ]
    assert result.stderr == ""  # one page held them all: no next-page hint


def test_a_bad_page_token_is_a_one_line_error_exit_1(project: Project) -> None:
    result = project.cli("files", "--page-token", "not-a-token")

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(
        "drift-services files: error: INVALID_ARGUMENT: page_token: is not a page token"
    )
    assert result.stderr.count("\n") == 1, result.stderr


# -- functions -----------------------------------------------------------------------------------

FUNCTIONS = [
    (1, "app.py", "main", None, 4),
    (2, "dup.py", "run", "A.run", 2),
    (3, "dup.py", "run", "B.run", 7),
    (4, "models.py", "save", "Store.save", 2),
    (5, "models.py", "check", "Store.check", 5),
    (6, "models.py", "helper", None, 9),
]


def summary(functions: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [tuple(f[key] for key in ("id", "file", "function_name", "qualified_name", "line"))
            for f in functions]  # fmt: skip


def test_functions_pages_follow_each_other_with_the_printed_token(project: Project) -> None:
    """``--page-size 4`` gives the first four functions by id and prints the next page's token
    on stderr; that token gives the other two and no further token."""
    first = project.cli("functions", "--json", "--page-size", "4")
    assert first.returncode == 0, first.stderr
    hint = next_page(first.stderr)
    assert hint is not None and hint[0] == "functions", first.stderr

    second = project.cli("functions", "--json", "--page-size", "4", "--page-token", hint[1])

    assert second.returncode == 0, second.stderr
    assert summary(json.loads(first.stdout)) == FUNCTIONS[:4]
    assert summary(json.loads(second.stdout)) == FUNCTIONS[4:]
    assert second.stderr == ""


def test_functions_all_reads_every_page_and_rows_have_every_column(project: Project) -> None:
    """``--all`` with pages of one row still lists every function, and nothing on stderr."""
    result = project.cli("functions", "--json", "--all", "--page-size", "1")

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    functions = json.loads(result.stdout)
    assert summary(functions) == FUNCTIONS
    assert list(functions[0]) == FUNCTION_KEYS
    main = functions[0]
    assert {key: main[key] for key in FUNCTION_KEYS[6:11]} == {
        "end_line": 8, "parameter_count": 1, "return_type": None, "is_exported": True,
        "is_async": True,
    }  # fmt: skip
    assert all(re.fullmatch(r"[0-9a-f]{16}", str(main[key])) for key in FUNCTION_KEYS[11:])


def test_functions_filter_by_file_and_qualified_name(project: Project) -> None:
    both = project.json("functions", "--file", "dup.py", "--qualified-name", "B.run")
    assert summary(both) == [FUNCTIONS[2]]


# -- callers and callees -------------------------------------------------------------------------


def test_callers_json_gives_each_edge_with_the_calling_function(project: Project) -> None:
    """``callers models.py:check --json``: the edge (ids, resolution, confidence, line of the
    call) and, under ``caller``, the calling function as ``functions --json`` shows it."""
    (edge,) = project.json("callers", "models.py:check")

    caller = edge.pop("caller")
    assert edge == {"caller_id": 4, "callee_id": 5, "resolution": "same_file",
                    "confidence": 0.95, "call_site_line": 3}  # fmt: skip
    assert isinstance(caller, dict)
    assert list(caller) == FUNCTION_KEYS
    assert summary([caller]) == [FUNCTIONS[3]]


def test_callees_by_id_and_by_name_agree_and_show_file_name_line(project: Project) -> None:
    """A function given by id (1) or as ``FILE:NAME`` lists the same callees; the table shows
    each callee as FILE:NAME:LINE with the call's line, resolution and confidence."""
    by_id, by_name = project.cli_all(("callees", "1"), ("callees", "app.py:main"))

    assert by_id.returncode == 0 and by_name.returncode == 0, by_id.stderr + by_name.stderr
    assert by_id.stdout == by_name.stdout
    assert "callees of app.py:main:4 (id 1)" in by_id.stdout
    rows = [table_row(line) for line in by_id.stdout.splitlines() if line.startswith("│")]
    assert rows == [
        ["models.py:save:2", "7", "method_match", "0.60"],
        ["models.py:helper:9", "8", "import_resolved", "0.90"],
    ]


def test_callees_page_with_the_printed_token(project: Project) -> None:
    """``--page-size 1``: main's first callee (by the line of the call) and the token of the
    next page on stderr; that token gives the second one and no further token."""
    first = project.cli("callees", "app.py:main", "--json", "--page-size", "1")
    assert first.returncode == 0, first.stderr
    hint = next_page(first.stderr)
    assert hint is not None and hint[0] == "callees", first.stderr

    second = project.cli(
        "callees", "app.py:main", "--json", "--page-size", "1", "--page-token", hint[1]
    )

    assert second.returncode == 0, second.stderr
    pages = [json.loads(first.stdout), json.loads(second.stdout)]
    calls = [
        [(call["callee"]["function_name"], call["call_site_line"]) for call in page]
        for page in pages
    ]
    assert calls == [[("save", 7)], [("helper", 8)]]
    assert second.stderr == ""


def test_a_qualified_name_or_a_line_picks_one_of_two_functions_of_one_name(
    project: Project,
) -> None:
    """``dup.py:run`` names two functions: the error lists both with their ids; ``dup.py:B.run``
    and ``dup.py:run:7`` name the second one."""
    ambiguous, *picked = project.cli_all(
        ("callers", "dup.py:run"), ("callees", "dup.py:B.run"), ("callees", "dup.py:run:7")
    )

    assert ambiguous.returncode == 1
    assert ambiguous.stderr == (
        "drift-services callers: error: FUNCTION: 'dup.py:run' names 2"
        " functions, give one: dup.py:run:2 (id 2), dup.py:run:7 (id 3)\n"
    )
    for result in picked:
        assert result.returncode == 0, result.stderr
        assert "callees of dup.py:run:7 (id 3)" in result.stdout


def test_a_function_that_is_not_there_is_a_one_line_error_exit_1(project: Project) -> None:
    errors = {
        "models.py:nope": "no function 'nope' in 'models.py'",
        "missing.py:main": "'missing.py' has no functions",
        "99": "NOT_FOUND: no function has id 99",
        "models.py": "FUNCTION: 'models.py' is neither a function id nor FILE:NAME[:LINE]",
    }

    results = project.cli_all(*(("callers", spec) for spec in errors))

    for result, error in zip(results, errors.values(), strict=True):
        assert (result.returncode, result.stdout) == (1, "")
        assert result.stderr == f"drift-services callers: error: {error}\n"


# -- status, --version, ingest -------------------------------------------------------------------


def test_status_of_one_service_checks_only_that_one(project: Project) -> None:
    """``status drift`` reports the drift service alone and exits 0 although cortex and bridge
    are not running."""
    result = run_cli("status", "drift", "--drift-address", project.service.address,
                     cwd=project.root.parent)  # fmt: skip

    assert result.returncode == 0, result.stdout + result.stderr
    assert re.sub(r"\s+", " ", result.stdout) == f"drift {project.service.address} SERVING "


def test_version_is_the_distributions(tmp_path: Path) -> None:
    declared = tomllib.loads((REPOSITORY / "pyproject.toml").read_text())["project"]["version"]

    result = run_cli("--version", cwd=tmp_path)

    assert (result.returncode, result.stdout) == (0, f"drift-services {declared}\n")


def test_ingest_is_gone_scan_records_the_files(tmp_path: Path) -> None:
    """``ingest`` and ``up --ingest`` (a second file walker with other rules than the scan's)
    no longer exist: both are usage errors."""
    with ThreadPoolExecutor(2) as pool:
        ingest, up = pool.map(
            lambda args: run_cli(*args, cwd=tmp_path), [("ingest", "."), ("up", "--ingest", ".")]
        )

    assert ingest.returncode == 2 and "invalid choice: 'ingest'" in ingest.stderr
    assert up.returncode == 2 and "unrecognized arguments: --ingest" in up.stderr
