"""The audit of a project's health (driftAudit, drift-api.md §4.7): one writer operation that
prunes old degradation alerts, decides the undecided patterns, scores the project's health and
records the score. Its reads run inside the same operation, on the writer's connection, so they
see exactly the state it writes over.

Patterns are those with a ``pattern_confidence`` row. A pattern is undecided when it has no
``pattern_status`` row, or a ``discovered`` one that no user set; approved and ignored patterns,
and every decision a user made (``approved_by = 'user'``), are left alone. The AutoApprover's
thresholds classify each undecided pattern:

- auto-approve: posterior mean >= 0.90, outlier ratio (outliers ÷ (locations + outliers))
  <= 0.50, at least 3 locations (detections) and no unsuppressed ``error`` violation: written
  ``approved`` by ``auto`` with the time and the posterior mean;
- needs review: posterior mean >= 0.70: gets a ``discovered`` row if it has none;
- otherwise likely a false positive: nothing is written.

Health: the mean of the available factors * 100, minus 2 points per recent alert (at most 20),
within 0..100. Factors: average confidence and approval ratio (with patterns; approved counted
after this audit's approvals), compliance rate (suppressed ÷ all violations, the Rust formula;
1 without violations), cross-validation rate (passed ÷ counted gates, by their latest result;
with counted gates) and the duplicate-free rate (always 1). Data completeness: factors available
÷ 5. The trend is degrading when a recent alert exists.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import NamedTuple

import apsw

from services.common.writer import Operation, WriteResult, execute_changes
from services.drift_storage.enforcement import gates

ALERT_MAX_AGE_S = 24 * 3600
RECENT_ALERTS = 50
AUTO_APPROVE_CONFIDENCE = 0.90
MAX_OUTLIER_RATIO = 0.50
MIN_LOCATIONS = 3
REVIEW_CONFIDENCE = 0.70
POINTS_PER_ALERT = 2.0
MAX_ALERT_PENALTY = 20.0
FACTORS = 5
AUTO = "auto"
AUTO_REASON = "auto-approved by the audit"

# The undecided patterns with their verdict. Each count is a search of a pattern_id index;
# MATERIALIZED evaluates them once per pattern, not once per use in the CASE.
_VERDICTS = """
WITH undecided AS MATERIALIZED (
    SELECT c.pattern_id, c.posterior_mean,
        (SELECT COUNT(*) FROM detections d WHERE d.pattern_id = c.pattern_id) AS locations,
        (SELECT COUNT(*) FROM outliers o WHERE o.pattern_id = c.pattern_id) AS outliers,
        EXISTS (SELECT 1 FROM violations v WHERE v.pattern_id = c.pattern_id
                AND v.suppressed = 0 AND v.severity = 'error' COLLATE NOCASE) AS has_errors
    FROM pattern_confidence c LEFT JOIN pattern_status s ON s.pattern_id = c.pattern_id
    WHERE s.pattern_id IS NULL
       OR (s.status = 'discovered' COLLATE NOCASE
           AND COALESCE(s.approved_by, '') <> 'user' COLLATE NOCASE)
), verdicts AS (
    SELECT pattern_id, posterior_mean, CASE
        WHEN posterior_mean >= :approve AND locations >= :min_locations AND NOT has_errors
             AND CAST(outliers AS REAL) / (locations + outliers) <= :max_outlier_ratio
            THEN 'auto_approve'
        WHEN posterior_mean >= :review THEN 'needs_review'
        ELSE 'likely_false_positive'
    END AS verdict
    FROM undecided
)
"""
_THRESHOLDS = {
    "approve": AUTO_APPROVE_CONFIDENCE,
    "min_locations": MIN_LOCATIONS,
    "max_outlier_ratio": MAX_OUTLIER_RATIO,
    "review": REVIEW_CONFIDENCE,
}


class AlertRow(NamedTuple):
    id: int
    alert_type: str
    severity: str
    message: str
    current_value: float
    previous_value: float
    delta: float
    created_at: int


class Breakdown(NamedTuple):
    avg_confidence: float | None
    approval_ratio: float | None
    compliance_rate: float
    cross_validation_rate: float | None
    duplicate_free_rate: float

    @property
    def available(self) -> list[float]:
        return [factor for factor in self if factor is not None]


class AuditReport(NamedTuple):
    health_score: float
    breakdown: Breakdown
    degrading: bool
    alerts: list[AlertRow]
    auto_approved: int
    needs_review: int
    likely_false_positive: int
    data_completeness: float
    pattern_count: int
    alerts_deleted: int
    snapshot_id: int


def health_score(breakdown: Breakdown, alerts: int) -> float:
    """mean(available factors) * 100 - 2 per alert (at most 20), within 0..100."""
    factors = breakdown.available
    penalty = min(POINTS_PER_ALERT * alerts, MAX_ALERT_PENALTY)
    return min(max(sum(factors) / len(factors) * 100 - penalty, 0.0), 100.0)


def _decide(conn: apsw.Connection, now: int) -> tuple[dict[str, int], int]:
    """Classify the undecided patterns and write the decisions; the verdict counts and the
    pattern_status rows written."""
    verdicts = dict.fromkeys(("auto_approve", "needs_review", "likely_false_positive"), 0)
    for verdict, count in conn.execute(
        f"{_VERDICTS} SELECT verdict, COUNT(*) FROM verdicts GROUP BY verdict", _THRESHOLDS
    ):
        verdicts[verdict] = count
    params = {**_THRESHOLDS, "now": now, "auto": AUTO, "reason": AUTO_REASON}
    # Only undecided patterns are verdicts, so the upsert replaces at most an automatic
    # 'discovered' row, never a user's decision.
    conn.execute(
        f"{_VERDICTS} INSERT INTO pattern_status (pattern_id, status, approved_by, approved_at,"
        " confidence_at_approval, reason, updated_at)"
        " SELECT pattern_id, 'approved', :auto, :now, posterior_mean, :reason, :now"
        " FROM verdicts WHERE verdict = 'auto_approve'"
        " ON CONFLICT (pattern_id) DO UPDATE SET status = excluded.status,"
        " approved_by = excluded.approved_by, approved_at = excluded.approved_at,"
        " confidence_at_approval = excluded.confidence_at_approval,"
        " reason = excluded.reason, updated_at = excluded.updated_at",
        params,
    )
    written = conn.changes()
    conn.execute(
        f"{_VERDICTS} INSERT INTO pattern_status (pattern_id, status, updated_at)"
        " SELECT pattern_id, 'discovered', :now FROM verdicts WHERE verdict = 'needs_review'"
        " ON CONFLICT (pattern_id) DO NOTHING",
        params,
    )
    return verdicts, written + conn.changes()


def _breakdown(conn: apsw.Connection) -> tuple[Breakdown, int]:
    """The health factors and the pattern count."""
    # Whole-table aggregates: the factors are means and ratios over every pattern and violation.
    patterns, avg_confidence = conn.execute(
        "SELECT COUNT(*), AVG(posterior_mean) FROM pattern_confidence"
    ).get
    approved: int = conn.execute(
        "SELECT COUNT(*) FROM pattern_confidence c JOIN pattern_status s"
        " ON s.pattern_id = c.pattern_id WHERE s.status = 'approved' COLLATE NOCASE"
    ).get
    violation_count, suppressed = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(suppressed <> 0), 0) FROM violations"
    ).get
    counted = [gate for gate in gates.all_latest(conn) if gate.active]
    breakdown = Breakdown(
        avg_confidence=avg_confidence if patterns else None,
        approval_ratio=approved / patterns if patterns else None,
        compliance_rate=suppressed / violation_count if violation_count else 1.0,
        cross_validation_rate=(
            sum(1 for gate in counted if gate.passed) / len(counted) if counted else None
        ),
        duplicate_free_rate=1.0,
    )
    return breakdown, patterns


def _recent_alerts(conn: apsw.Connection) -> list[AlertRow]:
    return [
        AlertRow(*row)
        for row in conn.execute(
            "SELECT id, alert_type, severity, message, current_value, previous_value, delta,"
            " created_at FROM degradation_alerts ORDER BY created_at DESC, id DESC LIMIT ?",
            (RECENT_ALERTS,),
        )
    ]


def _record(
    conn: apsw.Connection, score: float, breakdown: Breakdown, patterns: int, now: int
) -> int:
    """Write the audit snapshot (an unavailable factor stored as 0, its columns being NOT NULL)
    and the health_score trend point; the snapshot's id."""
    factors: Sequence[float] = [0.0 if f is None else f for f in breakdown]
    conn.execute(
        "INSERT INTO audit_snapshots (health_score, avg_confidence, approval_ratio,"
        " compliance_rate, cross_validation_rate, duplicate_free_rate, pattern_count, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (score, *factors, patterns, now),
    )
    snapshot_id = conn.last_insert_rowid()
    conn.execute(
        "INSERT INTO health_trends (metric_name, metric_value, recorded_at)"
        " VALUES ('health_score', ?, ?)",
        (score, now),
    )
    return snapshot_id


def run_audit(now: int | None = None) -> Operation:
    """The audit as a writer operation; its value is an ``AuditReport``."""

    def run(conn: apsw.Connection) -> WriteResult:
        clock = int(time.time()) if now is None else now
        deleted = execute_changes(
            conn, "DELETE FROM degradation_alerts WHERE created_at < ?", (clock - ALERT_MAX_AGE_S,)
        )
        alerts = _recent_alerts(conn)
        verdicts, decided = _decide(conn, clock)
        breakdown, patterns = _breakdown(conn)
        score = health_score(breakdown, len(alerts))
        snapshot_id = _record(conn, score, breakdown, patterns, clock)
        rows = {
            ("degradation_alerts", "delete"): deleted,
            ("pattern_status", "upsert"): decided,
            ("audit_snapshots", "insert"): 1,
            ("health_trends", "insert"): 1,
        }
        report = AuditReport(
            health_score=score,
            breakdown=breakdown,
            degrading=bool(alerts),
            alerts=alerts,
            auto_approved=verdicts["auto_approve"],
            needs_review=verdicts["needs_review"],
            likely_false_positive=verdicts["likely_false_positive"],
            data_completeness=len(breakdown.available) / FACTORS,
            pattern_count=patterns,
            alerts_deleted=deleted,
            snapshot_id=snapshot_id,
        )
        return WriteResult({key: n for key, n in rows.items() if n}, report)

    return run
