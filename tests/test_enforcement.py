"""EnforcementService: Check, Audit, ListViolations, ListGateResults, SetPatternStatus and
ListPatternStatuses against a real drift server, on rows ingested through
DriftTablesService.IngestRows; and the query plan of every store function of
``services/drift_storage/enforcement``."""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Awaitable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import apsw
import grpc
import pytest
from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp

from services.common.migrations import migrate
from services.contracts.drift.enforcement.v1 import enforcement_pb2 as epb
from services.contracts.drift.enforcement.v1 import enforcement_pb2_grpc
from services.contracts.drift.storage.v1 import tables_pb2 as tpb
from services.contracts.drift.storage.v1 import tables_pb2_grpc
from services.drift_storage.enforcement import audit, check, gates, pattern_status, violations
from services.drift_storage.enforcement.violations import ViolationFilter
from services.drift_storage.service import SCHEMA
from tests.conftest import serving
from tests.grpc_errors import Failure, failure
from tests.query_plans import plan_problems
from tests.table_rows import BY_NAME, TIME
from tests.test_tables_service import batch, ingest, list_all

HOUR = 3600


@dataclass
class Clients:
    enforcement: enforcement_pb2_grpc.EnforcementServiceStub
    tables: tables_pb2_grpc.DriftTablesServiceStub

    async def ingest(self, table: str, rows: list[Message]) -> None:
        await ingest(self.tables, [batch(BY_NAME[table], rows)])

    async def rows(self, table: str, **request: Any) -> list[Any]:
        return await list_all(self.tables, BY_NAME[table], **request)


@contextlib.asynccontextmanager
async def clients(tmp_path: Path) -> AsyncIterator[Clients]:
    async with (
        serving(tmp_path / "drift.db") as running,
        grpc.aio.insecure_channel(running.address) as channel,
    ):
        yield Clients(
            enforcement_pb2_grpc.EnforcementServiceStub(channel),
            tables_pb2_grpc.DriftTablesServiceStub(channel),
        )


async def refused(call: Awaitable[Any]) -> Failure:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return failure(caught.value)


# --- rows -----------------------------------------------------------------------------------------


def violation(
    id: str,
    severity: str = "error",
    *,
    file: str = "src/a.py",
    pattern: str = "pkg/p",
    rule: str = "rule-1",
    suppressed: bool = False,
    is_new: bool = False,
) -> tpb.ViolationRow:
    return tpb.ViolationRow(
        id=id,
        file=file,
        line=1,
        severity=severity,
        pattern_id=pattern,
        rule_id=rule,
        message=f"violation {id}",
        suppressed=suppressed,
        is_new=is_new,
        created_at=Timestamp(seconds=TIME),
    )


def gate(gate_id: str, status: str, passed: bool, run_at: int = TIME) -> tpb.GateResultRow:
    return tpb.GateResultRow(
        gate_id=gate_id,
        status=status,
        passed=passed,
        score=100.0 if passed else 40.0,
        summary=f"{gate_id} {status}",
        run_at=Timestamp(seconds=run_at),
    )


def confidence(pattern: str, mean: float, alpha: float = 1.0, beta: float = 1.0) -> Any:
    return tpb.PatternConfidenceRow(
        pattern_id=pattern,
        alpha=alpha,
        beta=beta,
        posterior_mean=mean,
        credible_interval_low=0.0,
        credible_interval_high=1.0,
        tier="Tentative",
    )


def detections(pattern: str, n: int) -> list[tpb.DetectionRow]:
    return [
        tpb.DetectionRow(
            file=f"src/{pattern}.py",
            line=i + 1,
            column_num=0,
            pattern_id=pattern,
            category="structural",
            confidence=0.9,
            detection_method="ast",
        )
        for i in range(n)
    ]


def outliers(pattern: str, n: int) -> list[tpb.OutlierRow]:
    return [
        tpb.OutlierRow(
            pattern_id=pattern,
            file=f"src/{pattern}.py",
            line=i + 1,
            deviation_score=3.0,
            significance="high",
            method="z_score",
        )
        for i in range(n)
    ]


def status_row(pattern: str, status: str, approved_by: str = "") -> tpb.PatternStatusRow:
    row = tpb.PatternStatusRow(pattern_id=pattern, status=status)
    if approved_by:
        row.approved_by = approved_by
    return row


def alert(created_at: int, message: str = "gate score low") -> tpb.DegradationAlertRow:
    return tpb.DegradationAlertRow(
        alert_type="gate_score_low",
        severity="high",
        message=message,
        current_value=0.2,
        previous_value=0.8,
        delta=-0.6,
        created_at=Timestamp(seconds=created_at),
    )


# --- Check ----------------------------------------------------------------------------------------


async def test_check_of_an_empty_project_passes_with_nothing_counted(tmp_path: Path) -> None:
    async with clients(tmp_path) as c:
        result = await c.enforcement.Check(epb.CheckRequest())
    assert (result.overall_passed, result.total_violations, list(result.gates)) == (True, 0, [])


async def test_check_judges_each_gate_by_its_latest_result_and_counts_open_violations(
    tmp_path: Path,
) -> None:
    """pattern-compliance failed, then passed (latest: passed); test-coverage is "Skipped" and
    error-handling "no_data" (neither counts, though stored as not passed). Severities are
    counted without regard to case; "critical" is outside the set and counts in the total only;
    the suppressed error is not open."""
    async with clients(tmp_path) as c:
        await c.ingest(
            "gate_results",
            [
                gate("pattern-compliance", "failed", False, TIME),
                gate("pattern-compliance", "passed", True, TIME + 60),
                gate("test-coverage", "Skipped", False),
                gate("error-handling", "no_data", False),
            ],
        )
        await c.ingest(
            "violations",
            [
                violation("v1", "ERROR"),
                violation("v2", "Warning"),
                violation("v3", "info"),
                violation("v4", "hint"),
                violation("v5", "critical"),
                violation("v6", "error", suppressed=True),
            ],
        )
        result = await c.enforcement.Check(epb.CheckRequest())
    assert result.overall_passed is True
    assert list(result.failing_gate_ids) == []
    # v1..v5 are open: 5; one of each known severity.
    assert result.total_violations == 5
    counts = result.severity_counts
    assert (counts.error, counts.warning, counts.info, counts.hint) == (1, 1, 1, 1)
    assert [(g.gate_id, g.status, g.passed) for g in result.gates] == [
        ("error-handling", "no_data", False),
        ("pattern-compliance", "passed", True),
        ("test-coverage", "skipped", False),
    ]


async def test_check_fails_on_a_failed_or_errored_gate(tmp_path: Path) -> None:
    async with clients(tmp_path) as c:
        await c.ingest(
            "gate_results",
            [gate("pattern-compliance", "failed", False), gate("error-handling", "errored", False)],
        )
        await c.ingest("violations", [violation("v1", "error"), violation("v2", "warning")])
        result = await c.enforcement.Check(epb.CheckRequest())
    assert result.overall_passed is False
    assert list(result.failing_gate_ids) == ["error-handling", "pattern-compliance"]
    assert result.total_violations == 2


async def test_check_new_only_fails_a_failed_gate_only_on_new_error_violations(
    tmp_path: Path,
) -> None:
    """The old error v1 does not count with new_only: only the new warning v2 does, so the failed
    pattern-compliance gate passes; error-handling errored and still fails. A new error (v3)
    makes pattern-compliance fail again."""
    async with clients(tmp_path) as c:
        await c.ingest(
            "gate_results",
            [gate("pattern-compliance", "failed", False), gate("error-handling", "errored", False)],
        )
        await c.ingest(
            "violations", [violation("v1", "error"), violation("v2", "warning", is_new=True)]
        )
        before = await c.enforcement.Check(epb.CheckRequest(new_only=True))
        await c.ingest("violations", [violation("v3", "Error", is_new=True)])
        after = await c.enforcement.Check(epb.CheckRequest(new_only=True))
    assert (before.total_violations, before.severity_counts.error) == (1, 0)
    assert list(before.failing_gate_ids) == ["error-handling"]
    assert (after.total_violations, after.severity_counts.error) == (2, 1)
    assert list(after.failing_gate_ids) == ["error-handling", "pattern-compliance"]
    assert after.overall_passed is False


# --- ListViolations -------------------------------------------------------------------------------


async def test_violations_page_by_id_with_the_total_on_every_page(tmp_path: Path) -> None:
    async with clients(tmp_path) as c:
        await c.ingest("violations", [violation(f"v{i}") for i in (5, 3, 1, 4, 2)])
        pages, token = [], ""
        while True:
            page = await c.enforcement.ListViolations(
                epb.ListViolationsRequest(page_size=2, page_token=token)
            )
            pages.append(([v.id for v in page.violations], page.total_size))
            if not (token := page.next_page_token):
                break
    assert pages == [(["v1", "v2"], 5), (["v3", "v4"], 5), (["v5"], 5)]


async def test_violation_filters_match_severity_in_any_case_and_the_rest_exactly(
    tmp_path: Path,
) -> None:
    rows = [
        violation("a", "warning", file="src/x.py", rule="r1", pattern="p1"),
        violation("b", "Warning", file="src/y.py", rule="r2", pattern="p1", is_new=True),
        violation("c", "WARNING", file="src/x.py", rule="r1", pattern="p2", suppressed=True),
        violation("d", "error", file="src/x.py", rule="r2", pattern="p2", is_new=True),
    ]
    filters: list[tuple[dict[str, Any], list[str]]] = [
        ({"severity": "wArNiNg"}, ["a", "b", "c"]),
        ({"file": "src/x.py"}, ["a", "c", "d"]),
        ({"file": "SRC/X.PY"}, []),
        ({"rule_id": "r2"}, ["b", "d"]),
        ({"pattern_id": "p2"}, ["c", "d"]),
        ({"suppressed": True}, ["c"]),
        ({"suppressed": False}, ["a", "b", "d"]),
        ({"is_new": True}, ["b", "d"]),
        ({"is_new": False, "severity": "warning", "file": "src/x.py"}, ["a", "c"]),
    ]
    async with clients(tmp_path) as c:
        await c.ingest("violations", rows)
        found = []
        for request in filters:
            page = await c.enforcement.ListViolations(epb.ListViolationsRequest(**request[0]))
            found.append(([v.id for v in page.violations], page.total_size))
        one = await c.enforcement.ListViolations(epb.ListViolationsRequest(severity="WARNING"))
    assert found == [(ids, len(ids)) for _, ids in filters]
    # Stored spellings are answered in the set's one spelling.
    assert {v.severity for v in one.violations} == {"warning"}


async def test_a_violation_is_answered_with_every_column(tmp_path: Path) -> None:
    row = violation("full", "Info", is_new=True)
    row.MergeFrom(
        tpb.ViolationRow(
            column_num=4,
            end_line=9,
            end_column=2,
            quick_fix_strategy="add_import",
            quick_fix_description="import os",
            cwe_id=89,
            owasp_category="A03",
        )
    )
    async with clients(tmp_path) as c:
        await c.ingest("violations", [row])
        page = await c.enforcement.ListViolations(epb.ListViolationsRequest())
    assert list(page.violations) == [
        epb.EnforcementViolation(
            id="full",
            file="src/a.py",
            line=1,
            column=4,
            end_line=9,
            end_column=2,
            severity="info",
            pattern_id="pkg/p",
            rule_id="rule-1",
            message="violation full",
            quick_fix_strategy="add_import",
            quick_fix_description="import os",
            cwe_id=89,
            owasp_category="A03",
            suppressed=False,
            is_new=True,
            create_time=Timestamp(seconds=TIME),
        )
    ]


async def test_bad_listing_arguments_are_refused_naming_the_field(tmp_path: Path) -> None:
    async with clients(tmp_path) as c:
        await c.ingest("violations", [violation("v1"), violation("v2")])
        first = await c.enforcement.ListViolations(epb.ListViolationsRequest(page_size=1))
        refusals = [
            await refused(c.enforcement.ListViolations(epb.ListViolationsRequest(severity=s)))
            for s in ("fatal", "errors")
        ]
        negative = await refused(
            c.enforcement.ListViolations(epb.ListViolationsRequest(page_size=-1))
        )
        other_filter = await refused(
            c.enforcement.ListViolations(
                epb.ListViolationsRequest(page_token=first.next_page_token, file="src/a.py")
            )
        )
        status = await refused(
            c.enforcement.ListPatternStatuses(epb.ListPatternStatusesRequest(status="approve"))
        )
    assert [(r.code, r.reason, r.fields) for r in refusals] == [
        (grpc.StatusCode.INVALID_ARGUMENT, "FIELD_INVALID", ["severity"])
    ] * 2
    assert "error, warning, info, hint" in refusals[0].message
    assert (negative.code, negative.fields) == (grpc.StatusCode.INVALID_ARGUMENT, ["page_size"])
    assert (other_filter.reason, other_filter.fields) == ("INVALID_PAGE_TOKEN", ["page_token"])
    assert (status.code, status.fields) == (grpc.StatusCode.INVALID_ARGUMENT, ["status"])


# --- ListGateResults ------------------------------------------------------------------------------


async def test_gate_results_list_each_gates_latest_by_gate_id_paged(tmp_path: Path) -> None:
    async with clients(tmp_path) as c:
        await c.ingest(
            "gate_results",
            [
                gate("c-gate", "passed", True, TIME),
                gate("a-gate", "passed", True, TIME + 10),
                gate("a-gate", "failed", False, TIME + 20),
                gate("b-gate", "warned", True, TIME),
                # Ingested last but run earlier: not the latest of a-gate.
                gate("a-gate", "errored", False, TIME + 5),
            ],
        )
        first = await c.enforcement.ListGateResults(epb.ListGateResultsRequest(page_size=2))
        second = await c.enforcement.ListGateResults(
            epb.ListGateResultsRequest(page_size=2, page_token=first.next_page_token)
        )
    assert [(g.gate_id, g.status) for g in first.gate_results] == [
        ("a-gate", "failed"),
        ("b-gate", "warned"),
    ]
    assert [(g.gate_id, g.status) for g in second.gate_results] == [("c-gate", "passed")]
    assert (first.total_size, second.total_size, second.next_page_token) == (3, 3, "")


async def test_one_gates_history_is_newest_first_with_the_id_breaking_ties(tmp_path: Path) -> None:
    async with clients(tmp_path) as c:
        await c.ingest(
            "gate_results",
            [
                gate("g", "passed", True, TIME),  # id 1
                gate("g", "failed", False, TIME + 60),  # id 2
                gate("g", "warned", True, TIME + 60),  # id 3: same second, higher id
                gate("other", "passed", True, TIME + 90),  # id 4
            ],
        )
        pages, token = [], ""
        while True:
            page = await c.enforcement.ListGateResults(
                epb.ListGateResultsRequest(gate_id="g", page_size=2, page_token=token)
            )
            pages.append([(g.id, g.status) for g in page.gate_results])
            if not (token := page.next_page_token):
                break
    assert pages == [[(3, "warned"), (2, "failed")], [(1, "passed")]]
    assert page.total_size == 3


# --- SetPatternStatus and ListPatternStatuses -----------------------------------------------------


async def test_a_users_decision_records_who_when_and_the_confidence_then(tmp_path: Path) -> None:
    async with clients(tmp_path) as c:
        await c.ingest("pattern_confidence", [confidence("pkg/p", 0.75, 3.0, 1.0)])
        before = time.time()
        approved = await c.enforcement.SetPatternStatus(
            epb.SetPatternStatusRequest(pattern_id="pkg/p", status="Approved", reason="house style")
        )
        ignored = await c.enforcement.SetPatternStatus(
            epb.SetPatternStatusRequest(pattern_id="pkg/p", status="ignored")
        )
        unseen = await c.enforcement.SetPatternStatus(
            epb.SetPatternStatusRequest(pattern_id="pkg/new", status="discovered")
        )
    assert approved.previous_status == ""
    decision = approved.pattern_status
    assert (decision.status, decision.approved_by, decision.reason) == (
        "approved",
        "user",
        "house style",
    )
    # confidence_at_approval is the posterior mean at the time: 0.75.
    assert decision.confidence_at_approval == 0.75
    assert decision.approve_time.seconds >= int(before)
    assert (ignored.previous_status, ignored.pattern_status.status) == ("approved", "ignored")
    assert ignored.pattern_status.reason == ""
    # A pattern without a confidence row can be decided; it has no confidence to record.
    assert not unseen.pattern_status.HasField("confidence_at_approval")


async def test_a_pattern_decision_needs_a_pattern_and_a_known_status(tmp_path: Path) -> None:
    async with clients(tmp_path) as c:
        missing = await refused(
            c.enforcement.SetPatternStatus(epb.SetPatternStatusRequest(status="approved"))
        )
        no_status = await refused(
            c.enforcement.SetPatternStatus(epb.SetPatternStatusRequest(pattern_id="p"))
        )
        unknown = await refused(
            c.enforcement.SetPatternStatus(
                epb.SetPatternStatusRequest(pattern_id="p", status="rejected")
            )
        )
    assert [(f.code, f.fields) for f in (missing, no_status, unknown)] == [
        (grpc.StatusCode.INVALID_ARGUMENT, ["pattern_id"]),
        (grpc.StatusCode.INVALID_ARGUMENT, ["status"]),
        (grpc.StatusCode.INVALID_ARGUMENT, ["status"]),
    ]


async def test_pattern_statuses_page_filter_in_any_case_and_count_every_status(
    tmp_path: Path,
) -> None:
    async with clients(tmp_path) as c:
        await c.ingest(
            "pattern_status",
            [
                status_row("p1", "Approved", "auto"),
                status_row("p2", "discovered"),
                status_row("p3", "approved", "user"),
                status_row("p4", "IGNORED", "user"),
                status_row("p5", "APPROVED", "user"),
            ],
        )
        pages, token = [], ""
        while True:
            page = await c.enforcement.ListPatternStatuses(
                epb.ListPatternStatusesRequest(status="approved", page_size=2, page_token=token)
            )
            pages.append([(p.pattern_id, p.status) for p in page.pattern_statuses])
            if not (token := page.next_page_token):
                break
        everything = await c.enforcement.ListPatternStatuses(epb.ListPatternStatusesRequest())
    assert pages == [[("p1", "approved"), ("p3", "approved")], [("p5", "approved")]]
    assert page.total_size == 3
    assert everything.total_size == 5
    # The counts are over every row whatever the filter: 3 approved, 1 discovered, 1 ignored.
    counts = (page.discovered_count, page.approved_count, page.ignored_count)
    assert counts == (1, 3, 1)


# --- Audit ----------------------------------------------------------------------------------------


async def test_audit_classifies_patterns_at_the_edges_of_the_auto_approver(tmp_path: Path) -> None:
    """auto/exact: confidence exactly 0.90, 3 locations, outlier ratio 3/(3+3) = 0.50 and only a
    suppressed error: approved. auto/discovered: qualifies (0.97, 4 locations) over an automatic
    'discovered' row: approved. review/below: 0.8999. review/two: 2 locations. review/ratio:
    51/(49+51) = 0.51. review/error: an open Error violation. Those four need review and get a
    'discovered' row. fp/low: 0.6999 < 0.70, likely a false positive, no row. user/discovered
    (set back to discovered by a user) and user/ignored qualify but are users' decisions; done/
    approved was approved before: none of the three is classified or changed."""
    qualifying = [
        "auto/exact",
        "auto/discovered",
        "review/error",
        "user/discovered",
        "user/ignored",
    ]
    async with clients(tmp_path) as c:
        await c.ingest(
            "pattern_confidence",
            [
                confidence("auto/exact", 0.90),
                confidence("auto/discovered", 0.97),
                confidence("review/below", 0.8999),
                confidence("review/two", 0.95),
                confidence("review/ratio", 0.95),
                confidence("review/error", 0.95),
                confidence("fp/low", 0.6999),
                confidence("user/discovered", 0.95),
                confidence("user/ignored", 0.95),
                confidence("done/approved", 0.95),
            ],
        )
        await c.ingest(
            "detections",
            [
                *detections("auto/exact", 3),
                *detections("auto/discovered", 4),
                *detections("review/below", 3),
                *detections("review/two", 2),
                *detections("review/ratio", 49),
                *[row for p in qualifying[2:] for row in detections(p, 3)],
            ],
        )
        await c.ingest("outliers", [*outliers("auto/exact", 3), *outliers("review/ratio", 51)])
        await c.ingest(
            "violations",
            [
                violation("v1", "error", pattern="auto/exact", suppressed=True),
                violation("v2", "Error", pattern="review/error"),
            ],
        )
        await c.ingest(
            "pattern_status",
            [
                status_row("auto/discovered", "discovered"),
                status_row("user/discovered", "discovered", "user"),
                status_row("user/ignored", "ignored", "user"),
                status_row("done/approved", "approved", "auto"),
            ],
        )
        report = await c.enforcement.Audit(epb.AuditRequest())
        statuses = await c.enforcement.ListPatternStatuses(epb.ListPatternStatusesRequest())
    counts = (
        report.auto_approved_count,
        report.needs_review_count,
        report.likely_false_positive_count,
    )
    assert counts == (2, 4, 1)
    assert {p.pattern_id: (p.status, p.approved_by) for p in statuses.pattern_statuses} == {
        "auto/discovered": ("approved", "auto"),
        "auto/exact": ("approved", "auto"),
        "done/approved": ("approved", "auto"),
        "review/below": ("discovered", ""),
        "review/error": ("discovered", ""),
        "review/ratio": ("discovered", ""),
        "review/two": ("discovered", ""),
        "user/discovered": ("discovered", "user"),
        "user/ignored": ("ignored", "user"),
    }
    exact = next(p for p in statuses.pattern_statuses if p.pattern_id == "auto/exact")
    assert exact.confidence_at_approval == 0.90


async def test_audit_scores_health_from_the_available_factors_minus_the_alerts(
    tmp_path: Path,
) -> None:
    """Patterns: p/good 0.9 with 3 locations (approved by this audit), p/weak 0.5. Violations:
    4, one suppressed. Gates: one passed, one failed, one skipped. Alerts: 3 in the last day, 1
    two days old (deleted).

    avg_confidence = (0.9 + 0.5) / 2 = 0.7; approval_ratio = 1 / 2 = 0.5;
    compliance_rate = 1 / 4 = 0.25; cross_validation_rate = 1 / 2 = 0.5; duplicate_free = 1.
    health = (0.7 + 0.5 + 0.25 + 0.5 + 1) / 5 * 100 - 3 * 2 = 59 - 6 = 53."""
    now = int(time.time())
    async with clients(tmp_path) as c:
        await c.ingest("pattern_confidence", [confidence("p/good", 0.9), confidence("p/weak", 0.5)])
        await c.ingest("detections", detections("p/good", 3))
        await c.ingest(
            "violations",
            [
                violation("v1", "warning", pattern="other"),
                violation("v2", "error", pattern="other"),
                violation("v3", "info", pattern="other"),
                violation("v4", "error", pattern="other", suppressed=True),
            ],
        )
        await c.ingest(
            "gate_results",
            [gate("g1", "passed", True), gate("g2", "failed", False), gate("g3", "skipped", True)],
        )
        await c.ingest(
            "degradation_alerts",
            [
                alert(now - 2 * 24 * HOUR, "old"),
                alert(now - 3 * HOUR, "third"),
                alert(now - 2 * HOUR, "second"),
                alert(now - HOUR, "first"),
            ],
        )
        report = await c.enforcement.Audit(epb.AuditRequest())
        snapshots = await c.rows("audit_snapshots")
        trend = await c.rows("health_trends")
        alerts_left = await c.rows("degradation_alerts")
    assert report.health_score == pytest.approx(53.0, abs=1e-9)
    factors = report.breakdown
    assert factors.avg_confidence == pytest.approx(0.7, abs=1e-12)
    assert (factors.approval_ratio, factors.compliance_rate) == (0.5, 0.25)
    assert (factors.cross_validation_rate, factors.duplicate_free_rate) == (0.5, 1.0)
    assert report.data_completeness == 1.0
    assert report.trend == epb.AUDIT_TREND_DEGRADING
    assert [a.message for a in report.degradation_alerts] == ["first", "second", "third"]
    assert (report.alerts_deleted, len(alerts_left)) == (1, 3)
    assert report.pattern_count == 2
    [snapshot] = snapshots
    assert (snapshot.id, snapshot.pattern_count) == (report.snapshot_id, 2)
    assert snapshot.health_score == pytest.approx(53.0, abs=1e-9)
    assert (snapshot.compliance_rate, snapshot.cross_validation_rate) == (0.25, 0.5)
    assert [(t.metric_name, round(t.metric_value, 9)) for t in trend] == [("health_score", 53.0)]


async def test_audit_of_an_empty_project_has_two_factors_and_caps_the_alert_penalty(
    tmp_path: Path,
) -> None:
    """No patterns, violations or gates: compliance_rate 1 and duplicate_free_rate 1 are the only
    factors (data_completeness 2 / 5 = 0.4), mean 1 -> 100. Eleven recent alerts would cost 22
    points; the penalty stops at 20: health 80. Unavailable factors are unset here and stored
    as 0 in the snapshot."""
    now = int(time.time())
    async with clients(tmp_path) as c:
        await c.ingest("degradation_alerts", [alert(now - 60 * i) for i in range(11)])
        report = await c.enforcement.Audit(epb.AuditRequest())
        [snapshot] = await c.rows("audit_snapshots")
    assert report.health_score == 80.0
    assert report.data_completeness == 0.4
    assert not report.breakdown.HasField("avg_confidence")
    assert not report.breakdown.HasField("approval_ratio")
    assert not report.breakdown.HasField("cross_validation_rate")
    assert (report.breakdown.compliance_rate, report.breakdown.duplicate_free_rate) == (1.0, 1.0)
    assert (snapshot.avg_confidence, snapshot.approval_ratio) == (0.0, 0.0)
    assert (report.auto_approved_count, report.needs_review_count) == (0, 0)


async def test_audit_without_recent_alerts_is_stable(tmp_path: Path) -> None:
    async with clients(tmp_path) as c:
        report = await c.enforcement.Audit(epb.AuditRequest())
    assert (report.trend, report.health_score) == (epb.AUDIT_TREND_STABLE, 100.0)


# --- query plans ----------------------------------------------------------------------------------


def plan_database() -> apsw.Connection:
    """A migrated in-memory database with a few rows in every table the functions read."""
    db = apsw.Connection(":memory:")
    migrate(db, SCHEMA)
    db.execute(
        "INSERT INTO violations (id, file, line, severity, pattern_id, rule_id, message,"
        " suppressed, is_new) VALUES ('v1', 'a.py', 1, 'error', 'p', 'r', 'm', 0, 1),"
        " ('v2', 'b.py', 2, 'Warning', 'q', 'r', 'm', 1, 0)"
    )
    db.execute(
        "INSERT INTO gate_results (gate_id, status, passed, score, summary, run_at)"
        " VALUES ('g', 'passed', 1, 100, 's', 1), ('g', 'failed', 0, 10, 's', 2),"
        " ('h', 'skipped', 1, 0, 's', 1)"
    )
    db.execute(
        "INSERT INTO pattern_confidence (pattern_id, alpha, beta, posterior_mean,"
        " credible_interval_low, credible_interval_high, tier)"
        " VALUES ('p', 9, 1, 0.9, 0.7, 0.99, 'Established'), ('q', 1, 1, 0.5, 0.02, 0.98, 'x')"
    )
    db.execute(
        "INSERT INTO pattern_status (pattern_id, status, approved_by)"
        " VALUES ('q', 'ignored', 'user')"
    )
    db.execute(
        "INSERT INTO detections (file, line, column_num, pattern_id, category, confidence,"
        " detection_method) VALUES ('a.py', 1, 0, 'p', 'c', 0.9, 'ast')"
    )
    db.execute(
        "INSERT INTO outliers (pattern_id, file, line, deviation_score, significance, method)"
        " VALUES ('p', 'a.py', 1, 3.0, 'high', 'z')"
    )
    db.execute(
        "INSERT INTO degradation_alerts (alert_type, severity, message, current_value,"
        " previous_value, delta) VALUES ('gate_score_low', 'high', 'm', 0.2, 0.8, -0.6)"
    )
    return db


@pytest.fixture
def conn() -> apsw.Connection:
    return plan_database()


FILTERS = [
    ViolationFilter(),
    ViolationFilter(file="a.py"),
    ViolationFilter(severity="warning"),
    ViolationFilter(rule_id="r"),
    ViolationFilter(pattern_id="p"),
    ViolationFilter(suppressed=True),
    ViolationFilter(is_new=False),
    ViolationFilter(file="a.py", severity="error", suppressed=False, is_new=True),
]


@pytest.mark.parametrize("where", FILTERS)
@pytest.mark.parametrize("after", [None, ["v1"]])
def test_violation_pages_are_index_ranges(conn, where, after) -> None:
    assert plan_problems(conn, violations.list_violations, where, after, 10) == []


@pytest.mark.parametrize("where", FILTERS[1:])
def test_filtered_violation_counts_are_index_searches(conn, where) -> None:
    assert plan_problems(conn, violations.count_violations, where) == []


def test_the_unfiltered_violation_count_reads_the_whole_table(conn) -> None:
    # total_size of the unfiltered listing counts every violation.
    assert (
        plan_problems(
            conn, violations.count_violations, ViolationFilter(), whole_table=["violations"]
        )
        == []
    )


@pytest.mark.parametrize("new_only", [False, True])
def test_open_counts_and_the_check_are_index_searches(conn, new_only) -> None:
    assert plan_problems(conn, violations.open_counts, new_only) == []
    assert plan_problems(conn, check.check, new_only) == []


def test_violation_by_id_is_a_key_lookup(conn) -> None:
    assert plan_problems(conn, violations.get, "v1") == []


@pytest.mark.parametrize("after", [None, ["g"]])
def test_latest_gate_pages_are_index_ranges(conn, after) -> None:
    assert plan_problems(conn, gates.latest, after, 10) == []


@pytest.mark.parametrize("after", [None, [2, 2]])
def test_gate_history_pages_are_index_ranges(conn, after) -> None:
    assert plan_problems(conn, gates.history, "g", after, 10) == []
    assert plan_problems(conn, gates.history_count, "g") == []


def test_gate_summaries_read_the_small_gate_table(conn) -> None:
    # gate_results holds a row per gate and run, not per file or finding: not a large table.
    assert plan_problems(conn, gates.all_latest) == []
    assert plan_problems(conn, gates.gate_count) == []


@pytest.mark.parametrize("status", [None, "approved"])
@pytest.mark.parametrize("after", [None, ["p"]])
def test_pattern_status_pages_are_index_ranges(conn, status, after) -> None:
    assert plan_problems(conn, pattern_status.list_statuses, status, after, 10) == []


def test_pattern_status_counts_are_index_searches(conn) -> None:
    assert plan_problems(conn, pattern_status.counts) == []
    assert plan_problems(conn, pattern_status.count_statuses, "ignored") == []
    assert plan_problems(conn, pattern_status.get, "p") == []
    assert plan_problems(conn, pattern_status.set_status("p", "approved", None, 5)) == []
    # total_size of the unfiltered listing counts every decision.
    assert (
        plan_problems(conn, pattern_status.count_statuses, None, whole_table=["pattern_status"])
        == []
    )


def test_the_audit_reads_whole_tables_only_for_its_means_and_ratios(conn) -> None:
    # The audit classifies every pattern (pattern_confidence) and its compliance rate is a ratio
    # over every violation; everything else is an index search.
    problems = plan_problems(
        conn, audit.run_audit(10_000), whole_table=["pattern_confidence", "violations"]
    )
    assert problems == []
