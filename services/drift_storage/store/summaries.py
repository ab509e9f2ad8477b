"""Status, security and trend summaries (the Rust ``materialized/`` views, which had no caller);
the call graph's is in ``call_graph``.

They are computed on request through the read pool: each is a handful of indexed queries, and
computing them on demand means they always reflect the last committed ingest, so nothing is
stored or refreshed separately. Differences from Rust: a failing query is an error rather than a
silent zero, and gate counts use each gate's latest result rather than only the gates stamped in
the very second of the newest run.
"""

from __future__ import annotations

from typing import NamedTuple

import apsw


class StatusSummary(NamedTuple):
    health_score: float
    avg_confidence: float
    pattern_count: int
    snapshot_at: int
    open_violations: int
    gates_passed: int
    gates_failed: int
    needs_review: int


class SecuritySummary(NamedTuple):
    critical: int
    high: int
    total: int


def status(conn: apsw.Connection) -> StatusSummary:
    """The latest audit snapshot, unsuppressed violations and each gate's latest result."""
    # Cursor rows are untyped: the annotations give the SQL's own column types.
    snapshot: tuple[float, float, int, int] = conn.execute(
        "SELECT health_score, avg_confidence, pattern_count, created_at FROM audit_snapshots"
        " ORDER BY created_at DESC, id DESC LIMIT 1"
    ).fetchone() or (0.0, 0.0, 0, 0)
    open_violations = conn.execute("SELECT COUNT(*) FROM violations WHERE suppressed = 0").get
    # An aggregate without GROUP BY always has its one row.
    gates: tuple[int, int] = conn.execute(
        "SELECT COALESCE(SUM(passed = 1), 0), COALESCE(SUM(passed = 0), 0) FROM gate_results g"
        " WHERE id = (SELECT id FROM gate_results WHERE gate_id = g.gate_id"
        "             ORDER BY run_at DESC, id DESC LIMIT 1)"
    ).get
    # Rust's count_needs_review: open violations nobody has fixed or dismissed through feedback.
    needs_review = conn.execute(
        "SELECT COUNT(*) FROM violations WHERE suppressed = 0 AND id NOT IN"
        " (SELECT violation_id FROM feedback WHERE action IN ('fix', 'dismiss'))"
    ).get
    return StatusSummary(*snapshot, open_violations, *gates, needs_review)


def security(conn: apsw.Connection) -> SecuritySummary:
    """Unsuppressed violations with a CWE: errors (critical), warnings (high), all."""
    counts: tuple[int, int, int] = conn.execute(
        "SELECT COALESCE(SUM(severity = 'error'), 0), COALESCE(SUM(severity = 'warning'), 0),"
        " COUNT(*) FROM violations WHERE cwe_id IS NOT NULL AND suppressed = 0"
    ).get
    return SecuritySummary(*counts)


def health_trend(conn: apsw.Connection, metric: str, since: int) -> list[tuple[int, float]]:
    """(recorded_at, value) of ``metric`` recorded at or after ``since``, oldest first."""
    points: list[tuple[int, float]] = list(
        conn.execute(
            "SELECT recorded_at, metric_value FROM health_trends"
            " WHERE metric_name = ? AND recorded_at >= ? ORDER BY recorded_at, id",
            (metric, since),
        )
    )
    return points
