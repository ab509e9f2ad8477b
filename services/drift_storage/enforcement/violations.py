"""Reads of ``violations``: one by id, pages by id under filters, and the open ones per
severity.

Pages are keysets on ``id`` (the primary key): every filter column leads an index ending in id
(0014), so a page is a range of one index whatever the filters. Severity is a closed set,
compared with ``COLLATE NOCASE``; file, rule and pattern ids are exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import apsw

from services.common import choices

SEVERITIES = ("error", "warning", "info", "hint")

COLUMNS = (
    "id, file, line, column_num, end_line, end_column, severity, pattern_id, rule_id, message,"
    " quick_fix_strategy, quick_fix_description, cwe_id, owasp_category, suppressed, is_new,"
    " created_at"
)


class ViolationRow(NamedTuple):
    id: str
    file: str
    line: int
    column_num: int | None
    end_line: int | None
    end_column: int | None
    severity: str
    pattern_id: str
    rule_id: str
    message: str
    quick_fix_strategy: str | None
    quick_fix_description: str | None
    cwe_id: int | None
    owasp_category: str | None
    suppressed: int
    is_new: int
    created_at: int


@dataclass(frozen=True)
class ViolationFilter:
    """The filters of ListViolations; None means no filter. ``severity`` is canonical."""

    file: str | None = None
    severity: str | None = None
    rule_id: str | None = None
    pattern_id: str | None = None
    suppressed: bool | None = None
    is_new: bool | None = None

    def where(self) -> tuple[list[str], list[Any]]:
        """The SQL conditions and parameters of the filters."""
        conditions: list[str] = []
        params: list[Any] = []
        for column, value in (
            ("file", self.file),
            ("rule_id", self.rule_id),
            ("pattern_id", self.pattern_id),
        ):
            if value is not None:
                conditions.append(f"{column} = ?")
                params.append(value)
        if self.severity is not None:
            conditions.append("severity = ? COLLATE NOCASE")
            params.append(self.severity)
        for column, flag in (("suppressed", self.suppressed), ("is_new", self.is_new)):
            if flag is not None:
                conditions.append(f"{column} = ?")
                params.append(int(flag))
        return conditions, params


class SeverityCounts(NamedTuple):
    total: int
    error: int
    warning: int
    info: int
    hint: int


def get(conn: apsw.Connection, violation_id: str) -> ViolationRow | None:
    """The violation ``violation_id``, if there is one."""
    row = conn.execute(f"SELECT {COLUMNS} FROM violations WHERE id = ?", (violation_id,)).fetchone()
    return ViolationRow(*row) if row else None


def list_violations(
    conn: apsw.Connection, where: ViolationFilter, after: Sequence[Any] | None, limit: int
) -> list[ViolationRow]:
    """Up to ``limit`` violations matching ``where`` with an id above the keyset ``after``
    (``[id]``), by id."""
    conditions, params = where.where()
    # The first page is the range from the smallest text up (every id is TEXT in this STRICT
    # table), so it is read off an index like any later page.
    conditions.append("id > ?" if after else "id >= ''")
    params.extend(after or ())
    sql = f"SELECT {COLUMNS} FROM violations WHERE {' AND '.join(conditions)} ORDER BY id LIMIT ?"
    return [ViolationRow(*row) for row in conn.execute(sql, [*params, limit])]


def count_violations(conn: apsw.Connection, where: ViolationFilter) -> int:
    """Violations matching ``where`` (the listing's total_size)."""
    conditions, params = where.where()
    condition = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    count: int = conn.execute(f"SELECT COUNT(*) FROM violations {condition}", params).get
    return count


def open_counts(conn: apsw.Connection, new_only: bool) -> SeverityCounts:
    """Unsuppressed violations (only those marked new with ``new_only``): all, and per severity
    without regard to case. Severities outside the set count in the total only."""
    condition = "suppressed = 0 AND is_new = 1" if new_only else "suppressed = 0"
    per: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
    total = 0
    for severity, count in conn.execute(
        f"SELECT severity, COUNT(*) FROM violations WHERE {condition}"
        " GROUP BY severity COLLATE NOCASE"
    ):
        total += count
        name = choices.canonical(severity, SEVERITIES)
        if name in per:
            per[name] += count
    return SeverityCounts(total, *per.values())
