"""``drift-services check|audit|violations|report|diff``: the CI-facing commands, run as a user
runs them (subprocesses) against a real ``serve`` process, with exit codes a CI job can use.

The module's service holds a small scanned project whose violations a client ingested between
two scans: scan 1 saw an error and a warning; before scan 2 the warning was fixed and a new
error appeared. One gate passed, one failed.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
import junitparser
import pytest

from services.contracts.drift.storage.v1 import tables_pb2 as pb
from services.contracts.drift.storage.v1 import tables_pb2_grpc
from tests.processes import ServiceProcess, run_cli, serve_args
from tests.table_rows import BY_NAME, full_row

FAILED_EXIT = 3


def violation(id: str, file: str, line: int, severity: str, rule: str, message: str) -> Any:
    return full_row(
        BY_NAME["violations"], id=id, file=file, line=line, severity=severity, rule_id=rule,
        pattern_id=rule, message=message, suppressed=False, is_new=False, cwe_id=89,
    )  # fmt: skip


def gate(id: int, gate_id: str, passed: bool) -> Any:
    return full_row(
        BY_NAME["gate_results"], id=id, gate_id=gate_id, status="passed" if passed else "failed",
        passed=passed, score=100.0 if passed else 40.0, summary=f"{gate_id} summary",
    )  # fmt: skip


@dataclass
class Project:
    root: Path
    service: ServiceProcess

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(*args, "--drift-address", self.service.address, cwd=self.root.parent)

    def ingest(self, table: str, rows: list[Any], replace: tuple[str, ...] = ()) -> None:
        request = pb.IngestRowsRequest(replace_files=replace)
        getattr(request, BY_NAME[table].batch_field).rows.extend(rows)
        with grpc.insecure_channel(self.service.address) as channel:
            acks = list(tables_pb2_grpc.DriftTablesServiceStub(channel).IngestRows(iter([request])))
        assert len(acks) == 1

    def scan(self) -> None:
        result = self.cli("scan", str(self.root), "--json")
        assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    base = tmp_path_factory.mktemp("enforcement")
    root = base / "project"
    root.mkdir()
    (root / "app.py").write_text("x = 1\n")
    (root / "db.py").write_text("y = 2\n")
    args = serve_args(base / "drift.db", "--allowed-roots", str(root))
    with ServiceProcess("drift", *args, cwd=base) as service:
        scanned = Project(root, service)
        scanned.ingest(
            "violations",
            [
                violation("v1", "app.py", 3, "error", "no-eval", "eval() of user input"),
                violation("v2", "db.py", 7, "warning", "sql-concat", "SQL built by concatenation"),
            ],
        )
        scanned.scan()  # scan 1
        scanned.ingest(
            "violations",
            [violation("v3", "db.py", 9, "Error", "hardcoded-secret", "password in source")],
            replace=("db.py",),
        )
        scanned.ingest(
            "gate_results", [gate(1, "pattern-compliance", True), gate(2, "security", False)]
        )
        scanned.scan()  # scan 2
        yield scanned


def test_check_fails_with_exit_3_naming_the_failed_gate(project: Project) -> None:
    result = project.cli("check")
    assert (result.returncode, result.stdout.strip().splitlines()[-2:]) == (
        FAILED_EXIT,
        ["2 open violations: 2 error, 0 warning, 0 info, 0 hint", "check failed: security"],
    )


def test_check_new_only_counts_the_violations_scan_2_brought(project: Project) -> None:
    result = project.cli("check", "--new-only", "--json")
    (answer,) = json.loads(result.stdout)
    assert (result.returncode, answer["total_violations"], answer["failing_gate_ids"]) == (
        FAILED_EXIT,
        1,
        ["security"],
    )


def test_violations_filter_by_severity_in_any_case(project: Project) -> None:
    result = project.cli("violations", "--severity", "ERROR", "--json")
    assert result.returncode == 0, result.stderr
    assert sorted(row["id"] for row in json.loads(result.stdout)) == ["v1", "v3"]


def test_violations_new_lists_what_the_latest_scan_brought(project: Project) -> None:
    result = project.cli("violations", "--new", "--json")
    assert [row["id"] for row in json.loads(result.stdout)] == ["v3"]


def test_report_writes_the_whole_report_to_a_file(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "report.xml"
    result = project.cli("report", "--format", "junit", "--output", str(out))
    suites = junitparser.JUnitXml.fromfile(str(out))
    failures = sum(suite.failures for suite in suites)
    # The failed gate (in the gates' suite) and the two error violations (in their rules').
    assert (result.returncode, result.stdout, failures) == (0, "", 3)


def test_report_sarif_against_scan_1_marks_new_and_absent(project: Project) -> None:
    result = project.cli("report", "--format", "sarif", "--baseline", "1")
    states = sorted(
        (r["ruleId"], r["baselineState"]) for r in json.loads(result.stdout)["runs"][0]["results"]
    )
    assert states == [
        ("hardcoded-secret", "new"),
        ("no-eval", "unchanged"),
        ("sql-concat", "absent"),
    ]


def test_report_of_an_unknown_format_is_a_one_line_error(project: Project) -> None:
    result = project.cli("report", "--format", "pdf")
    assert result.returncode == 1
    assert result.stderr.startswith("drift-services report: error: INVALID_ARGUMENT: format:")


def test_diff_fail_on_new_exits_3_and_lists_the_new_finding(project: Project) -> None:
    result = project.cli("diff", "1", "2", "--fail-on-new")
    assert result.returncode == FAILED_EXIT
    assert result.stdout.splitlines()[0] == (
        "scan 1 -> scan 2: 1 new (1 error), 1 fixed (1 warning), 1 persisting (1 error)"
    )


def test_diff_of_fixed_findings_as_json(project: Project) -> None:
    result = project.cli("diff", "1", "2", "--state", "fixed", "--json")
    rows = json.loads(result.stdout)
    assert (result.returncode, [(r["rule"], r["file"], r["line"]) for r in rows]) == (
        0,
        [("sql-concat", "db.py", 7)],
    )


def test_audit_scores_the_project(project: Project) -> None:
    """No pattern has a confidence, so three factors of five: compliance 0 (no violation is
    suppressed), cross-validation 1/2 (one of the two gates passed), duplicate-free 1: health
    (0 + 0.5 + 1) / 3 * 100 = 50, completeness 3/5."""
    result = project.cli("audit", "--json")
    (answer,) = json.loads(result.stdout)
    assert (answer["trend"], answer["health_score"], answer["data_completeness"]) == (
        "stable",
        50.0,
        0.6,
    )
