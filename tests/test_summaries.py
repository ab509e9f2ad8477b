"""Status, security and health-trend summaries, computed through the read pool."""

from __future__ import annotations

import time

import apsw
import grpc
import pytest

from services.common.server import RunningServer
from services.common.writer import WriteResult
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from tests.grpc_errors import failure

NOW = int(time.time())


async def write(server: RunningServer, *statements: tuple[str, tuple]) -> None:
    """Fixture rows, written through the service's own writer."""

    def run(conn: apsw.Connection) -> WriteResult:
        for sql, params in statements:
            conn.execute(sql, params)
        return WriteResult()

    await server.storage.writer.execute("fixture", run)


def snapshot(score: float, created_at: int, patterns: int) -> tuple[str, tuple]:
    return (
        "INSERT INTO audit_snapshots (health_score, avg_confidence, approval_ratio,"
        " compliance_rate, cross_validation_rate, duplicate_free_rate, pattern_count, created_at)"
        " VALUES (?, 0.8, 0.5, 0.9, 0.7, 1.0, ?, ?)",
        (score, patterns, created_at),
    )


def violation(vid: str, severity: str, cwe: int | None, suppressed: int) -> tuple[str, tuple]:
    return (
        "INSERT INTO violations (id, file, line, severity, pattern_id, rule_id, message, cwe_id,"
        " suppressed) VALUES (?, 'a.py', 1, ?, 'p', 'r', 'm', ?, ?)",
        (vid, severity, cwe, suppressed),
    )


def gate(gate_id: str, passed: int, run_at: int) -> tuple[str, tuple]:
    return (
        "INSERT INTO gate_results (gate_id, status, passed, score, summary, run_at)"
        " VALUES (?, 'done', ?, 1.0, '', ?)",
        (gate_id, passed, run_at),
    )


def trend(metric: str, value: float, recorded_at: int) -> tuple[str, tuple]:
    return (
        "INSERT INTO health_trends (metric_name, metric_value, recorded_at) VALUES (?, ?, ?)",
        (metric, value, recorded_at),
    )


async def test_an_empty_database_summarises_to_zeros(drift_stub) -> None:
    status = await drift_stub.GetStatusSummary(pb.GetStatusSummaryRequest())
    security = await drift_stub.GetSecuritySummary(pb.GetSecuritySummaryRequest())
    graph = await drift_stub.GetCallGraphSummary(pb.GetCallGraphSummaryRequest())
    assert status == pb.GetStatusSummaryResponse()
    assert security == pb.GetSecuritySummaryResponse()
    assert graph == pb.GetCallGraphSummaryResponse()  # no edges: a rate of 0, not a division


async def test_status_uses_the_latest_snapshot_open_violations_and_latest_gate_results(
    drift_server: RunningServer, drift_stub
) -> None:
    await write(
        drift_server,
        snapshot(70.0, NOW - 100, 5),
        snapshot(82.5, NOW - 10, 12),
        violation("v1", "error", 89, 0),
        violation("v2", "warning", None, 0),
        violation("v3", "error", 79, 1),
        gate("coverage", 1, NOW - 50),
        gate("coverage", 0, NOW - 5),  # the latest result of this gate fails
        gate("security", 1, NOW - 60),
    )
    status = await drift_stub.GetStatusSummary(pb.GetStatusSummaryRequest())
    assert (status.health_score, status.pattern_count, status.snapshot_at) == (82.5, 12, NOW - 10)
    assert status.avg_confidence == pytest.approx(0.8)
    assert status.open_violations == 2
    assert (status.gates_passed, status.gates_failed) == (1, 1)


async def test_security_counts_unsuppressed_violations_with_a_cwe(
    drift_server: RunningServer, drift_stub
) -> None:
    await write(
        drift_server,
        violation("e1", "error", 89, 0),
        violation("e2", "error", 79, 0),
        violation("w1", "warning", 22, 0),
        violation("i1", "info", 200, 0),
        violation("s1", "error", 89, 1),  # suppressed
        violation("n1", "error", None, 0),  # no CWE
    )
    summary = await drift_stub.GetSecuritySummary(pb.GetSecuritySummaryRequest())
    assert (summary.critical_count, summary.high_count, summary.total_count) == (2, 1, 4)


async def test_the_health_trend_covers_the_requested_days_oldest_first(
    drift_server: RunningServer, drift_stub
) -> None:
    day = 86_400
    await write(
        drift_server,
        trend("health_score", 80.0, NOW - 2 * day),
        trend("health_score", 70.0, NOW - 5 * day),
        trend("health_score", 60.0, NOW - 40 * day),
        trend("coverage", 0.5, NOW - day),
    )
    default = await drift_stub.GetHealthTrend(pb.GetHealthTrendRequest())
    assert [p.value for p in default.points] == [70.0, 80.0]
    week = await drift_stub.GetHealthTrend(pb.GetHealthTrendRequest(days=3))
    assert [(p.recorded_at, p.value) for p in week.points] == [(NOW - 2 * day, 80.0)]
    other = await drift_stub.GetHealthTrend(pb.GetHealthTrendRequest(metric_name="coverage"))
    assert [p.value for p in other.points] == [0.5]


@pytest.mark.parametrize("days", [-1, 3651])
async def test_a_trend_window_out_of_range_is_invalid(drift_stub, days: int) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await drift_stub.GetHealthTrend(pb.GetHealthTrendRequest(days=days))
    error = failure(caught.value)
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT and error.fields == ["days"]


async def test_needs_review_counts_open_violations_without_fix_or_dismiss_feedback(
    drift_server: RunningServer, drift_stub
) -> None:
    feedback = (
        "INSERT INTO feedback (violation_id, pattern_id, detector_id, action)"
        " VALUES (?, 'p', 'd', ?)"
    )
    await write(
        drift_server,
        violation("fixed", "error", None, 0),
        violation("dismissed", "error", None, 0),
        violation("escalated", "error", None, 0),
        violation("untouched", "error", None, 0),
        violation("suppressed", "error", None, 1),
        (feedback, ("fixed", "fix")),
        (feedback, ("dismissed", "dismiss")),
        (feedback, ("escalated", "escalate")),
    )
    status = await drift_stub.GetStatusSummary(pb.GetStatusSummaryRequest())
    assert (status.open_violations, status.needs_review) == (4, 2)


async def test_the_call_graph_summary_counts_entry_points_and_resolution(
    drift_server: RunningServer, drift_stub
) -> None:
    function = (
        "INSERT INTO functions (id, file, name, language, line, end_line) VALUES (?, 'a.py', ?,"
        " 'Python', ?, ?)"
    )
    edge = "INSERT INTO call_edges VALUES (?, ?, ?, 0.9, ?)"
    await write(
        drift_server,
        *((function, (i, f"f{i}", i, i)) for i in range(1, 5)),
        (edge, (1, 2, "same_file", 1)),
        (edge, (1, 3, "import_resolved", 2)),
        (edge, (2, 3, "fuzzy", 3)),
        (edge, (3, 2, "unresolved", 4)),
    )
    graph = await drift_stub.GetCallGraphSummary(pb.GetCallGraphSummaryRequest())
    assert (graph.functions, graph.edges, graph.entry_points, graph.resolved_edges) == (4, 4, 2, 2)
    assert graph.resolution_rate == 0.5
    empty_rate = await drift_stub.GetCallGraphSummary(pb.GetCallGraphSummaryRequest())
    assert empty_rate.resolution_rate == 0.5


async def test_unresolved_calls_count_in_the_resolution_rate(
    drift_server: RunningServer, drift_stub
) -> None:
    """2 resolved edges, 1 fuzzy one and 5 calls that resolved to nothing (3 + 2, in two files):
    2 of 8 calls resolved. Counts too large to add up in SQLite's int64 saturate."""
    function = "INSERT INTO functions (id, file, name, language, line, end_line) VALUES (?, ?, ?,"
    function += " 'Python', 1, 2)"
    unresolved = "INSERT INTO unresolved_calls VALUES (?, ?, ?)"
    await write(
        drift_server,
        (function, (1, "a.py", "f")),
        (function, (2, "b.py", "g")),
        ("INSERT INTO call_edges VALUES (1, 2, 'same_file', 0.95, 1)", ()),
        ("INSERT INTO call_edges VALUES (2, 1, 'name_match', 0.6, 1)", ()),
        ("INSERT INTO call_edges VALUES (2, 2, 'fuzzy', 0.4, 2)", ()),
        (unresolved, ("a.py", "print", 3)),
        (unresolved, ("b.py", "len", 2)),
    )
    graph = await drift_stub.GetCallGraphSummary(pb.GetCallGraphSummaryRequest())
    assert (graph.edges, graph.resolved_edges, graph.unresolved_calls) == (3, 2, 5)
    assert graph.resolution_rate == 2 / 8

    await write(drift_server, (unresolved, ("c.py", "huge", 2**63 - 1)))
    saturated = await drift_stub.GetCallGraphSummary(pb.GetCallGraphSummaryRequest())
    assert saturated.unresolved_calls == 2**63 - 1
