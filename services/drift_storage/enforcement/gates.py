"""Reads of ``gate_results``: each gate's latest result, and the history of one gate.

A gate's latest result is its row with the highest (run_at, id): ``gate_results`` is appended
to at every run, and a client may ingest an older run after a newer one. The 0014 index
(gate_id, run_at) serves both the latest row of a gate and its history newest first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import apsw

STATUSES = ("passed", "failed", "warned", "skipped", "errored", "no_data")
# Statuses of a gate that judged nothing: they neither pass nor fail a check.
INACTIVE = ("skipped", "no_data")

COLUMNS = (
    "g.id, g.gate_id, g.status, g.passed, g.score, g.summary, g.violation_count,"
    " g.warning_count, g.execution_time_ms, g.details, g.error, g.run_at"
)
_LATEST = (
    "g.id = (SELECT x.id FROM gate_results x WHERE x.gate_id = g.gate_id"
    " ORDER BY x.run_at DESC, x.id DESC LIMIT 1)"
)


class GateRow(NamedTuple):
    id: int
    gate_id: str
    status: str
    passed: int
    score: float
    summary: str
    violation_count: int
    warning_count: int
    execution_time_ms: int
    details: str | None
    error: str | None
    run_at: int

    @property
    def active(self) -> bool:
        """Did the gate judge anything (its status is not skipped or no_data)?"""
        return self.status.casefold() not in INACTIVE


def latest(conn: apsw.Connection, after: Sequence[Any] | None, limit: int) -> list[GateRow]:
    """Up to ``limit`` gates' latest results, by gate id, after the keyset ``after``
    (``[gate_id]``)."""
    # The first page starts at the smallest text, so it too is a range of the index.
    bound = "g.gate_id > ?" if after else "g.gate_id >= ''"
    sql = (
        f"SELECT {COLUMNS} FROM gate_results g WHERE {bound} AND {_LATEST}"
        " ORDER BY g.gate_id LIMIT ?"
    )
    return [GateRow(*row) for row in conn.execute(sql, [*(after or ()), limit])]


def all_latest(conn: apsw.Connection) -> list[GateRow]:
    """Every gate's latest result, by gate id (a project has a handful of gates)."""
    sql = f"SELECT {COLUMNS} FROM gate_results g WHERE {_LATEST} ORDER BY g.gate_id"
    return [GateRow(*row) for row in conn.execute(sql)]


def gate_count(conn: apsw.Connection) -> int:
    """Gates with at least one result."""
    count: int = conn.execute("SELECT COUNT(DISTINCT gate_id) FROM gate_results").get
    return count


def history(
    conn: apsw.Connection, gate_id: str, after: Sequence[Any] | None, limit: int
) -> list[GateRow]:
    """Up to ``limit`` results of the gate ``gate_id``, newest first (run_at, then id), after
    the keyset ``after`` (``[run_at, id]``)."""
    bound = "AND (g.run_at, g.id) < (?, ?)" if after else ""
    sql = (
        f"SELECT {COLUMNS} FROM gate_results g WHERE g.gate_id = ? {bound}"
        " ORDER BY g.run_at DESC, g.id DESC LIMIT ?"
    )
    return [GateRow(*row) for row in conn.execute(sql, [gate_id, *(after or ()), limit])]


def history_count(conn: apsw.Connection, gate_id: str) -> int:
    """Results of the gate ``gate_id``."""
    count: int = conn.execute("SELECT COUNT(*) FROM gate_results WHERE gate_id = ?", (gate_id,)).get
    return count
