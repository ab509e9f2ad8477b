"""``pattern_status``: the decisions on patterns (discovered, approved, ignored), listed by
pattern id and counted per status, and a user's decision recorded.

A user's decision is a row whose ``approved_by`` is ``user``, whatever its status (the column
says who decided, not only who approved); the audit never changes such a row (``audit``).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any, NamedTuple

import apsw

from services.common.writer import Operation, WriteResult
from services.drift_storage.enforcement import confidence

STATUSES = ("discovered", "approved", "ignored")
USER = "user"

COLUMNS = "pattern_id, status, approved_by, approved_at, confidence_at_approval, reason, updated_at"


class PatternStatusRow(NamedTuple):
    pattern_id: str
    status: str
    approved_by: str | None
    approved_at: int | None
    confidence_at_approval: float | None
    reason: str | None
    updated_at: int


class StatusCounts(NamedTuple):
    discovered: int
    approved: int
    ignored: int


class StatusChange(NamedTuple):
    previous_status: str | None
    row: PatternStatusRow


def list_statuses(
    conn: apsw.Connection, status: str | None, after: Sequence[Any] | None, limit: int
) -> list[PatternStatusRow]:
    """Up to ``limit`` rows by pattern id after the keyset ``after`` (``[pattern_id]``), only
    those of ``status`` (canonical; compared without regard to case) unless None."""
    conditions = ["pattern_id > ?" if after else "pattern_id >= ''"]  # see violations
    params: list[Any] = [*(after or ())]
    if status is not None:
        conditions.append("status = ? COLLATE NOCASE")
        params.append(status)
    sql = (
        f"SELECT {COLUMNS} FROM pattern_status WHERE {' AND '.join(conditions)}"
        " ORDER BY pattern_id LIMIT ?"
    )
    return [PatternStatusRow(*row) for row in conn.execute(sql, [*params, limit])]


def count_statuses(conn: apsw.Connection, status: str | None) -> int:
    """Rows of ``status`` (all rows when None)."""
    if status is None:
        # total_size of the unfiltered list: every row, counted off the smallest index.
        total: int = conn.execute("SELECT COUNT(*) FROM pattern_status").get
        return total
    count: int = conn.execute(
        "SELECT COUNT(*) FROM pattern_status WHERE status = ? COLLATE NOCASE", (status,)
    ).get
    return count


def counts(conn: apsw.Connection) -> StatusCounts:
    """Rows per status, without regard to case (one index range each)."""
    return StatusCounts(*(count_statuses(conn, status) for status in STATUSES))


def get(conn: apsw.Connection, pattern_id: str) -> PatternStatusRow | None:
    row = conn.execute(
        f"SELECT {COLUMNS} FROM pattern_status WHERE pattern_id = ?", (pattern_id,)
    ).fetchone()
    return PatternStatusRow(*row) if row else None


def set_status(
    pattern_id: str, status: str, reason: str | None, now: int | None = None
) -> Operation:
    """A writer operation recording a user's decision ``status`` (canonical) on the pattern:
    approved_by ``user``, the time, the pattern's posterior mean now (NULL without a confidence
    row) and the reason, replacing any earlier decision. Its value is a ``StatusChange``."""

    def run(conn: apsw.Connection) -> WriteResult:
        clock = int(time.time()) if now is None else now
        previous = get(conn, pattern_id)
        current = confidence.get(conn, pattern_id)
        conn.execute(
            "INSERT INTO pattern_status (pattern_id, status, approved_by, approved_at,"
            " confidence_at_approval, reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (pattern_id) DO UPDATE SET status = excluded.status,"
            " approved_by = excluded.approved_by, approved_at = excluded.approved_at,"
            " confidence_at_approval = excluded.confidence_at_approval,"
            " reason = excluded.reason, updated_at = excluded.updated_at",
            (
                pattern_id,
                status,
                USER,
                clock,
                current.posterior_mean if current else None,
                reason,
                clock,
            ),
        )
        row = get(conn, pattern_id)
        assert row is not None  # just written
        return WriteResult(
            {("pattern_status", "upsert"): 1},
            StatusChange(previous.status if previous else None, row),
        )

    return run
