"""What changed between two scans: findings recorded per completed scan under fingerprints that
survive line shifts, DiffFindings (new, fixed, persisting) and violations marked new.

The fixture: a project of two files whose violations a client ingests. Scan 1 sees three:
an error in a.py at line 10, a warning in a.py at line 20 and an info in b.py. Before scan 2 the
error moves to line 15 (code above it grew), the warning is fixed and an error appears in b.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import apsw
import grpc
import pytest

from services.common.database import Database
from services.common.migrations import migrate
from services.contracts.drift.enforcement.v1 import findings_pb2 as fpb
from services.contracts.drift.enforcement.v1 import findings_pb2_grpc
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc, tables_pb2_grpc
from services.contracts.drift.storage.v1 import tables_pb2 as tpb
from services.drift_storage.service import SCHEMA
from services.drift_storage.store import findings
from tests.conftest import serving
from tests.grpc_errors import failure
from tests.query_plans import plan_problems
from tests.table_rows import BY_NAME, full_row
from tests.test_reports import SARIF, report
from tests.test_scan import make_tree, scan
from tests.test_tables_service import batch, ingest

VIOLATIONS = BY_NAME["violations"]


def violation(id: str, file: str, line: int, severity: str, rule: str, message: str) -> Any:
    return full_row(
        VIOLATIONS,
        id=id,
        file=file,
        line=line,
        severity=severity,
        rule_id=rule,
        pattern_id=rule,
        message=message,
        suppressed=False,
        is_new=False,
    )


EVAL = ("v1", "a.py", 10, "error", "no-eval", "eval() of user input")
SQL = ("v2", "a.py", 20, "warning", "sql-concat", "SQL built by concatenation")
TODO = ("v3", "b.py", 5, "info", "todo", "TODO   left in   code")
SECRET = ("v4", "b.py", 8, "Error", "hardcoded-secret", "password in source")


class Project:
    def __init__(self, root: Path, channel: grpc.aio.Channel) -> None:
        self.root = root
        self.channel = channel
        self.storage = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
        self.tables = tables_pb2_grpc.DriftTablesServiceStub(channel)
        self.findings = findings_pb2_grpc.FindingsServiceStub(channel)

    async def violations(self, *rows: tuple[Any, ...], replace: tuple[str, ...] = ()) -> None:
        await ingest(self.tables, [batch(VIOLATIONS, [violation(*r) for r in rows], replace)])

    async def scan(self) -> int:
        return (await scan(self.storage, self.root))[1].scan_id

    async def diff(self, base: int, head: int, state: int, **request: Any) -> Any:
        return await self.findings.DiffFindings(
            fpb.DiffFindingsRequest(base_scan=base, head_scan=head, state=state, **request)
        )


@pytest.fixture
async def project(tmp_path: Path):
    root = tmp_path / "project"
    make_tree(root, {"a.py": "x = 1\n", "b.py": "y = 2\n"})
    async with (
        serving(tmp_path / "drift.db", allowed_roots=str(root)) as server,
        grpc.aio.insecure_channel(server.address) as channel,
    ):
        yield Project(root, channel)


@pytest.fixture
async def two_scans(project: Project) -> tuple[Project, int, int]:
    await project.violations(EVAL, SQL, TODO)
    first = await project.scan()
    moved = (*EVAL[:2], 15, *EVAL[3:])
    await project.violations(moved, replace=("a.py",))
    await project.violations(SECRET)
    return project, first, await project.scan()


def brief(entries: Any) -> list[tuple[str, str, int, str]]:
    return [(f.rule, f.file, f.line, f.level) for f in entries]


async def test_a_finding_new_in_head_is_new(two_scans) -> None:
    project, first, second = two_scans
    new = await project.diff(first, second, fpb.FINDING_STATE_NEW)
    assert brief(new.findings) == [("hardcoded-secret", "b.py", 8, "error")]


async def test_a_finding_gone_from_head_is_fixed_as_base_saw_it(two_scans) -> None:
    project, first, second = two_scans
    fixed = await project.diff(first, second, fpb.FINDING_STATE_FIXED)
    assert brief(fixed.findings) == [("sql-concat", "a.py", 20, "warning")]


async def test_a_finding_that_moved_lines_persists_at_its_new_line(two_scans) -> None:
    project, first, second = two_scans
    persisting = await project.diff(first, second, fpb.FINDING_STATE_PERSISTING)
    assert sorted(brief(persisting.findings)) == [
        ("no-eval", "a.py", 15, "error"),
        ("todo", "b.py", 5, "note"),
    ]


async def test_counts_cover_every_state_and_level(two_scans) -> None:
    project, first, second = two_scans
    diff = await project.diff(first, second, fpb.FINDING_STATE_NEW)
    counts = sorted((c.state, c.level, c.count) for c in diff.counts)
    assert (diff.new_count, diff.fixed_count, diff.persisting_count, counts) == (
        1,
        1,
        2,
        [
            (fpb.FINDING_STATE_NEW, "error", 1),
            (fpb.FINDING_STATE_FIXED, "warning", 1),
            (fpb.FINDING_STATE_PERSISTING, "error", 1),
            (fpb.FINDING_STATE_PERSISTING, "note", 1),
        ],
    )


async def test_each_scan_marks_the_violations_its_predecessor_lacked_as_new(two_scans) -> None:
    project, _, _ = two_scans
    rows = (await project.tables.ListViolations(tpb.ListViolationsRequest())).violations
    assert sorted((r.id, r.is_new) for r in rows) == [
        ("v1", False),
        ("v3", False),
        ("v4", True),
    ]


async def test_the_first_recorded_scan_finds_every_violation_new(project) -> None:
    await project.violations(EVAL, SQL)
    await project.scan()
    recorded = await project.findings.RecordFindings(fpb.RecordFindingsRequest())
    assert (recorded.previous_scan, recorded.new_violations, recorded.findings["violation"]) == (
        0,
        2,
        2,
    )


async def test_record_findings_replaces_the_snapshot_of_the_newest_scan(project) -> None:
    await project.violations(EVAL)
    first = await project.scan()
    await project.violations(SQL)  # ingested after the scan: RecordFindings takes it in
    recorded = await project.findings.RecordFindings(fpb.RecordFindingsRequest())
    second = await project.scan()
    persisting = await project.diff(first, second, fpb.FINDING_STATE_PERSISTING)
    assert (recorded.scan_id, recorded.findings["violation"], len(persisting.findings)) == (
        first,
        2,
        2,
    )


async def test_two_identical_findings_of_one_file_are_two(project) -> None:
    twin = ("v5", *EVAL[1:])
    await project.violations(EVAL, twin)
    first = await project.scan()
    await project.violations(twin, replace=("a.py",))  # one of the two is fixed
    second = await project.scan()
    fixed = await project.diff(first, second, fpb.FINDING_STATE_FIXED)
    persisting = await project.diff(first, second, fpb.FINDING_STATE_PERSISTING)
    assert (len(fixed.findings), len(persisting.findings)) == (1, 1)


async def test_whitespace_changes_in_a_message_keep_the_finding(project) -> None:
    await project.violations(TODO)
    first = await project.scan()
    await project.violations((*TODO[:5], "TODO left\tin code"))
    second = await project.scan()
    assert (await project.diff(first, second, fpb.FINDING_STATE_NEW)).new_count == 0


async def test_a_diff_pages_by_fingerprint(project) -> None:
    await project.violations(*[(f"n{i}", "a.py", i, "warning", f"r{i}", "m") for i in range(5)])
    first = await project.scan()
    await project.violations(*[(f"m{i}", "b.py", i, "warning", f"r{i}", "m") for i in range(5)])
    second = await project.scan()
    pages, token = [], ""
    while True:
        page = await project.diff(
            first, second, fpb.FINDING_STATE_NEW, page_size=2, page_token=token
        )
        pages.append(len(page.findings))
        token = page.next_page_token
        if not token:
            break
    assert pages == [2, 2, 1]


async def test_a_scan_that_is_not_there_or_never_recorded_is_refused(project) -> None:
    first = await project.scan()
    with pytest.raises(grpc.aio.AioRpcError) as missing:
        await project.diff(first, 999, fpb.FINDING_STATE_NEW)
    with pytest.raises(grpc.aio.AioRpcError) as bad:
        await project.diff(0, first, fpb.FINDING_STATE_NEW)
    assert [(f.code, f.reason) for f in (failure(missing.value), failure(bad.value))] == [
        (grpc.StatusCode.NOT_FOUND, "SCAN_NOT_FOUND"),
        (grpc.StatusCode.INVALID_ARGUMENT, "FIELD_INVALID"),
    ]


async def test_recording_without_a_completed_scan_is_not_found(project) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as none:
        await project.findings.RecordFindings(fpb.RecordFindingsRequest())
    assert (failure(none.value).code, failure(none.value).reason) == (
        grpc.StatusCode.NOT_FOUND,
        "SCAN_NOT_FOUND",
    )


def test_fingerprints_ignore_the_line_and_depend_on_everything_else() -> None:
    base = findings.fingerprint("violation", "no-eval", "a.py", "eval()", 1)
    others = {
        findings.fingerprint("detection", "no-eval", "a.py", "eval()", 1),
        findings.fingerprint("violation", "no-exec", "a.py", "eval()", 1),
        findings.fingerprint("violation", "no-eval", "b.py", "eval()", 1),
        findings.fingerprint("violation", "no-eval", "a.py", "exec()", 1),
        findings.fingerprint("violation", "no-eval", "a.py", "eval()", 2),
    }
    assert (len(base), base in others, len(others)) == (16, False, 5)


@pytest.fixture
def migrated(tmp_path: Path) -> Iterator[apsw.Connection]:
    conn = Database.at(tmp_path / "plans.db").open_writer()
    migrate(conn, SCHEMA)
    conn.execute(
        "INSERT INTO scan_history (id, started_at, root_path, status, findings_recorded_at)"
        " VALUES (1, 1, '/r', 'complete', 1), (2, 2, '/r', 'complete', 2)"
    )
    yield conn
    conn.close()


@pytest.mark.parametrize("state", findings.STATES)
def test_the_diff_is_served_by_the_snapshots_key(migrated, state: str) -> None:
    assert plan_problems(migrated, findings.diff_page, 1, 2, state, None, 10) == []
    assert plan_problems(migrated, findings.diff_counts, 1, 2) == []


def test_recording_reads_no_other_table_whole(migrated) -> None:
    """Recording copies every finding, so it may read the finding tables whole, and nothing
    else (the rank of each finding among its equals sorts them, hence ``sorts``)."""
    with migrated:
        problems = plan_problems(migrated, findings.record, 2, 3, sorts=True)
    scanned = {line.split()[1] for line in problems}
    # Some are searched on an index of their condition instead (unsanitized taint flows).
    finding_tables = {"violations", "detections", "secrets", "taint_flows", "error_gaps",
                      "crypto_findings"}  # fmt: skip
    assert scanned - finding_tables == set()


def test_a_snapshot_goes_with_its_scan(migrated) -> None:
    """Retention removes old scans; their snapshots follow (ON DELETE CASCADE)."""
    with migrated:
        findings.record(migrated, 1, 10)
        migrated.execute("INSERT INTO violations (id, file, line, severity, pattern_id, rule_id,"
                         " message) VALUES ('v', 'a.py', 1, 'error', 'p', 'r', 'm')")  # fmt: skip
        findings.record(migrated, 2, 20)
        count = "SELECT scan_id, count(*) FROM finding_snapshots GROUP BY scan_id"
        before = migrated.execute(count).fetchall()
        migrated.execute("DELETE FROM scan_history WHERE id = 2")
    assert (before, migrated.execute(count).fetchall()) == ([(2, 1)], [])


def start_line(result: dict[str, Any]) -> int:
    line: int = result["locations"][0]["physicalLocation"]["region"]["startLine"]
    return line


async def test_sarif_against_a_baseline_scan_says_each_results_baseline_state(two_scans) -> None:
    """The current violations against scan 1: the moved error and the info are unchanged, the
    secret is new, and the fixed warning follows as an absent result. Valid SARIF 2.1.0."""
    project, first, _ = two_scans
    sarif = json.loads(await report(project.channel, "sarif", baseline_scan=first))
    SARIF.validate(sarif)
    states = sorted(
        (
            r["ruleId"],
            r["baselineState"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for r in sarif["runs"][0]["results"]
    )
    assert states == [
        ("hardcoded-secret", "new", 8),
        ("no-eval", "unchanged", 15),
        ("sql-concat", "absent", 20),
        ("todo", "unchanged", 5),
    ]


async def test_a_result_whose_level_changed_is_updated(project) -> None:
    await project.violations(EVAL)
    first = await project.scan()
    await project.violations((*EVAL[:3], "warning", *EVAL[4:]))  # the same finding, now a warning
    sarif = json.loads(await report(project.channel, "sarif", baseline_scan=first))
    assert [r["baselineState"] for r in sarif["runs"][0]["results"]] == ["updated"]


async def test_a_baseline_is_a_recorded_scan_and_only_for_sarif(project) -> None:
    first = await project.scan()
    refusals = []
    for format, scan_id in (("sarif", 99), ("json", first)):
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await report(project.channel, format, baseline_scan=scan_id)
        refusals.append((failure(refused.value).code, failure(refused.value).reason))
    assert refusals == [
        (grpc.StatusCode.NOT_FOUND, "SCAN_NOT_FOUND"),
        (grpc.StatusCode.INVALID_ARGUMENT, "FIELD_INVALID"),
    ]
