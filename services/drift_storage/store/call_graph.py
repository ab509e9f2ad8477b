"""SQL for the call graph: functions by id, the callers and callees of one function, and the
graph's size and resolution.

Callers and callees come from ``call_edges`` joined with ``functions``: an edge whose other end
is not a function (only the tables API can write one) is not listed. Pages are keysets: callers
by (caller's file, line of the call, caller id), callees by (line of the call, callee id), which
is unique per edge (the primary key is caller, callee and line).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import apsw

from services.common import errors
from services.drift_storage.store.files import INT64_MAX

# IN (...) lists stay well below SQLite's limit of 32,766 bound variables.
CHUNK = 500
# Missing ids a NOT_FOUND message names at most.
NAMED_MISSING = 10

_FUNCTION = (
    "f.id, f.file, f.name, f.qualified_name, f.language, f.line, f.end_line, f.parameter_count,"
    " f.return_type, f.is_exported, f.is_async, f.body_hash, f.signature_hash"
)


class FunctionRecord(NamedTuple):
    id: int
    file: str
    name: str
    qualified_name: str | None
    language: str
    line: int
    end_line: int
    parameter_count: int
    return_type: str | None
    is_exported: int
    is_async: int
    body_hash: bytes | None
    signature_hash: bytes | None


class CallRecord(NamedTuple):
    """A call with the function at its other end."""

    function: FunctionRecord
    call_site_line: int
    resolution: str
    confidence: float


class CallGraphSummary(NamedTuple):
    functions: int
    edges: int
    entry_points: int
    resolved_edges: int
    unresolved_calls: int

    @property
    def resolution_rate(self) -> float:
        """Resolved edges among all calls (edges and unresolved calls); 0 without calls."""
        calls = self.edges + self.unresolved_calls
        return self.resolved_edges / calls if calls else 0.0


def _not_found(ids: Sequence[int]) -> errors.NotFound:
    shown = ", ".join(map(str, ids[:NAMED_MISSING]))
    more = f" and {len(ids) - NAMED_MISSING} more" if len(ids) > NAMED_MISSING else ""
    what = f"no function has id {shown}" if len(ids) == 1 else f"no functions have ids {shown}"
    return errors.FunctionNotFound(what + more, metadata={"functionIds": shown + more})


def get_functions(conn: apsw.Connection, ids: Sequence[int]) -> list[FunctionRecord]:
    """The functions ``ids``, in that order; NOT_FOUND naming the ids no function has."""
    distinct = sorted(set(ids))
    found: dict[int, FunctionRecord] = {}
    for start in range(0, len(distinct), CHUNK):
        chunk = distinct[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT {_FUNCTION} FROM functions f WHERE id IN ({marks})", chunk
        ):
            found[row[0]] = FunctionRecord(*row)
    missing = [i for i in distinct if i not in found]
    if missing:
        raise _not_found(missing)
    return [found[i] for i in ids]


def _calls(
    conn: apsw.Connection, function_id: int, sql: str, params: Sequence[Any]
) -> list[CallRecord]:
    if conn.execute("SELECT 1 FROM functions WHERE id = ?", (function_id,)).fetchone() is None:
        raise _not_found([function_id])
    return [CallRecord(FunctionRecord(*row[:13]), *row[13:]) for row in conn.execute(sql, params)]


def callers(
    conn: apsw.Connection, function_id: int, after: Sequence[Any] | None, limit: int
) -> list[CallRecord]:
    """Up to ``limit`` calls to the function ``function_id`` with their callers, after the
    keyset ``after`` (caller's file, line, caller id); NOT_FOUND when there is no such function."""
    where = "AND (f.file, e.call_site_line, f.id) > (?, ?, ?)" if after else ""
    sql = (
        f"SELECT {_FUNCTION}, e.call_site_line, e.resolution, e.confidence FROM call_edges e"
        f" JOIN functions f ON f.id = e.caller_id WHERE e.callee_id = ? {where}"
        " ORDER BY f.file, e.call_site_line, f.id LIMIT ?"
    )
    return _calls(conn, function_id, sql, [function_id, *(after or ()), limit])


def callees(
    conn: apsw.Connection, function_id: int, after: Sequence[Any] | None, limit: int
) -> list[CallRecord]:
    """Up to ``limit`` calls the function ``function_id`` makes, with their callees, after the
    keyset ``after`` (line, callee id); NOT_FOUND when there is no such function."""
    where = "AND (e.call_site_line, f.id) > (?, ?)" if after else ""
    sql = (
        f"SELECT {_FUNCTION}, e.call_site_line, e.resolution, e.confidence FROM call_edges e"
        f" JOIN functions f ON f.id = e.callee_id WHERE e.caller_id = ? {where}"
        " ORDER BY e.call_site_line, f.id LIMIT ?"
    )
    return _calls(conn, function_id, sql, [function_id, *(after or ()), limit])


def summary(conn: apsw.Connection) -> CallGraphSummary:
    """Functions, edges, entry points (functions nothing calls), edges resolved beyond a fuzzy
    guess (as the Rust driftCallGraph counted them) and calls that resolved to nothing."""
    # An aggregate without GROUP BY always has its one row. TOTAL, not SUM: counts written
    # through the tables API may add up beyond int64, where SUM fails; the total saturates.
    functions, edges, entry_points, resolved, unresolved = conn.execute(
        "SELECT (SELECT COUNT(*) FROM functions), (SELECT COUNT(*) FROM call_edges),"
        " (SELECT COUNT(*) FROM functions WHERE id NOT IN"
        "   (SELECT callee_id FROM call_edges)),"
        " (SELECT COUNT(*) FROM call_edges WHERE resolution NOT IN ('fuzzy', 'unresolved')),"
        " (SELECT TOTAL(call_count) FROM unresolved_calls)"
    ).get
    return CallGraphSummary(
        functions, edges, entry_points, resolved, min(int(unresolved), INT64_MAX)
    )
