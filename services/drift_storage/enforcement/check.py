"""The check of a project's quality gates (driftCheck): do the latest gate results pass, and how
many violations are open.

A gate counts by its latest result unless that result is ``skipped`` or ``no_data``; the check
passes when every counted gate passed, and when no gate counts. With ``new_only`` only the
violations marked new (``is_new = 1``) are counted, and a gate whose latest result is ``failed``
fails the check only while an open new ``error`` violation exists: a violation does not record
the gate that reported it, so that test is project-wide. A gate that ``errored`` fails in both
modes, since it judged nothing.
"""

from __future__ import annotations

from typing import NamedTuple

import apsw

from services.drift_storage.enforcement import gates, violations
from services.drift_storage.enforcement.gates import GateRow
from services.drift_storage.enforcement.violations import SeverityCounts


class CheckResult(NamedTuple):
    overall_passed: bool
    counts: SeverityCounts
    gates: list[GateRow]
    failing_gate_ids: list[str]


def _fails(gate: GateRow, new_only: bool, new_errors: int) -> bool:
    if not gate.active or gate.passed:
        return False
    if new_only and gate.status.casefold() == "failed":
        return new_errors > 0
    return True


def check(conn: apsw.Connection, new_only: bool) -> CheckResult:
    """The gates' latest results judged, and the open violations per severity."""
    counts = violations.open_counts(conn, new_only)
    latest = gates.all_latest(conn)
    failing = [g.gate_id for g in latest if _fails(g, new_only, counts.error)]
    return CheckResult(not failing, counts, latest, failing)
