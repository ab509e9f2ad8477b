"""Feedback on a violation (the Rust feedback.rs): dismiss, fix or suppress. One writer
operation each, so the feedback row, the violation's new state and its pattern's confidence
change together or not at all.

What each does (drift-api.md §1.8 for the deltas; the state changes are ours, the Rust bindings
only wrote the feedback row):

- suppress: ``suppressed = 1``; beta +0.1.
- dismiss: ``suppressed = 1`` too (a dismissed violation is no longer open; its feedback row
  keeps action ``dismiss`` and the reason, which tell it from a suppression); beta +0.5 for
  ``false_positive``, +0.25 for ``not_applicable`` and ``other``, nothing for ``wont_fix`` and
  ``duplicate``.
- fix: the violation is left as it is: the code changed, and the next analysis of the file,
  which replaces the file's violations, removes it; until then Check still counts it (it judges
  what the analysis found). alpha +1.

The feedback row takes ``pattern_id`` and ``detector_id`` (the rule id) from the violation. A
call repeating an action the violation already has since the analysis recorded it (a feedback
row with that action, no older than the violation row) writes nothing, so that a retried call
does not move the confidence twice. A violation found again by a later analysis is a new row
(newer ``created_at``) and takes feedback anew.
"""

from __future__ import annotations

import time
from typing import NamedTuple

import apsw

from services.common import errors
from services.common.writer import Operation, WriteResult
from services.drift_storage.enforcement import confidence, violations
from services.drift_storage.enforcement.confidence import ConfidenceRow
from services.drift_storage.enforcement.violations import ViolationRow

DISMISSAL_REASONS = ("false_positive", "not_applicable", "wont_fix", "duplicate", "other")
# (alpha, beta) added to the violation's pattern per action (and dismissal reason).
DISMISS_DELTAS = {
    "false_positive": (0.0, 0.5),
    "not_applicable": (0.0, 0.25),
    "wont_fix": (0.0, 0.0),
    "duplicate": (0.0, 0.0),
    "other": (0.0, 0.25),
}
FIX_DELTA = (1.0, 0.0)
SUPPRESS_DELTA = (0.0, 0.1)


class Feedback(NamedTuple):
    """One feedback call: its action, the deltas it applies and what it stores."""

    action: str
    alpha_delta: float
    beta_delta: float
    suppresses: bool
    dismissal_reason: str | None = None
    reason: str | None = None
    author: str | None = None


class FeedbackOutcome(NamedTuple):
    recorded: bool
    feedback_id: int
    violation: ViolationRow
    confidence: ConfidenceRow | None


def dismiss(reason: str, comment: str | None, author: str | None) -> Feedback:
    """A dismissal for ``reason`` (canonical, one of ``DISMISSAL_REASONS``)."""
    return Feedback("dismiss", *DISMISS_DELTAS[reason], True, reason, comment, author)


def fix(author: str | None) -> Feedback:
    return Feedback("fix", *FIX_DELTA, False, author=author)


def suppress(reason: str | None, author: str | None) -> Feedback:
    return Feedback("suppress", *SUPPRESS_DELTA, True, reason=reason, author=author)


def _existing(conn: apsw.Connection, violation: ViolationRow, action: str) -> int | None:
    """The id of a feedback row with ``action`` on the violation since it was recorded."""
    earliest: int | None = conn.execute(
        "SELECT MIN(id) FROM feedback WHERE violation_id = ? AND action = ? AND created_at >= ?",
        (violation.id, action, violation.created_at),
    ).get
    return earliest


def apply(violation_id: str, feedback: Feedback, now: int | None = None) -> Operation:
    """A writer operation applying ``feedback`` to the violation ``violation_id``; NOT_FOUND
    (VIOLATION_NOT_FOUND) when there is none. Its value is a ``FeedbackOutcome``."""

    def run(conn: apsw.Connection) -> WriteResult:
        violation = violations.get(conn, violation_id)
        if violation is None:
            raise errors.ViolationNotFound(
                f"no violation has id {errors.quote(violation_id)}",
                metadata={"violationId": violation_id},
            )
        earlier = _existing(conn, violation, feedback.action)
        if earlier is not None:
            current = confidence.get(conn, violation.pattern_id)
            return WriteResult({}, FeedbackOutcome(False, earlier, violation, current))
        clock = int(time.time()) if now is None else now
        conn.execute(
            "INSERT INTO feedback (violation_id, pattern_id, detector_id, action,"
            " dismissal_reason, reason, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                violation.id,
                violation.pattern_id,
                violation.rule_id,
                feedback.action,
                feedback.dismissal_reason,
                feedback.reason,
                feedback.author,
                clock,
            ),
        )
        feedback_id = conn.last_insert_rowid()
        rows = {("feedback", "insert"): 1}
        if feedback.suppresses and not violation.suppressed:
            conn.execute("UPDATE violations SET suppressed = 1 WHERE id = ?", (violation.id,))
            rows[("violations", "update")] = 1
            violation = violation._replace(suppressed=1)
        moved = confidence.add_evidence(
            conn, violation.pattern_id, feedback.alpha_delta, feedback.beta_delta
        )
        if moved is not None and (feedback.alpha_delta or feedback.beta_delta):
            rows[("pattern_confidence", "update")] = 1
        return WriteResult(rows, FeedbackOutcome(True, feedback_id, violation, moved))

    return run
