"""Query plans of the statements a query function runs: a read that scans a large table where an
index should serve, or sorts a page it should read off an index, is a failure.

``plan_problems(conn, fn, *args)`` runs ``fn(conn, *args)`` with an execution tracer on, then asks
SQLite for the plan (``EXPLAIN QUERY PLAN``, with the same bindings) of every statement it ran,
and returns the offending plan lines (empty when every statement is served by indexes):

- ``SCAN <table>`` of a table in ``LARGE_TABLES`` (one that grows with the code base), whether
  over the table or one of its indexes: both read every row. A summary that counts a whole table
  names it in ``whole_table``; that is the only way a scan passes.
- ``USE TEMP B-TREE FOR ORDER BY``: a page must come off an index in its order, not from sorting
  every matching row. A statement ordering a small grouped result passes ``sorts=True``.

Aliases (``FROM violations v``) are mapped back to their table from the statement's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import apsw

# The tables with a row per file, function, finding, pattern or scan: every table but the
# handful that hold one row per project, gate, gene, constraint or user decision.
LARGE_TABLES = frozenset(
    {
        "boundaries",
        "call_edges",
        "constants",
        "contract_mismatches",
        "contracts",
        "conventions",
        "coupling_metrics",
        "crypto_findings",
        "data_access",
        "detections",
        "dna_mutations",
        "env_variables",
        "error_gaps",
        "feedback",
        "file_metadata",
        "functions",
        "impact_scores",
        "outliers",
        "owasp_findings",
        "parse_cache",
        "pattern_confidence",
        "pattern_status",
        "reachability_cache",
        "scan_history",
        "secrets",
        "taint_flows",
        "test_coverage",
        "test_quality",
        "unresolved_calls",
        "violations",
        "wrappers",
    }
)

_FROM = re.compile(r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?", re.IGNORECASE)
_NOT_ALIASES = frozenset(
    {"where", "join", "left", "inner", "cross", "on", "group", "order", "limit", "union", "using"}
)
_SCAN = re.compile(r"^SCAN (\w+)")


def traced(conn: apsw.Connection, fn: Callable[..., Any], *args: Any) -> list[tuple[str, Any]]:
    """Run ``fn(conn, *args)`` and return each statement it ran with its bindings."""
    ran: list[tuple[str, Any]] = []

    def trace(cursor: apsw.Cursor, sql: str, bindings: Any) -> bool:
        ran.append((sql, bindings))
        return True

    previous = conn.exec_trace
    conn.exec_trace = trace
    try:
        fn(conn, *args)
    finally:
        conn.exec_trace = previous
    return ran


def aliases(sql: str) -> dict[str, str]:
    """Each name a table goes by in ``sql`` (itself and its alias) -> the table."""
    found: dict[str, str] = {}
    for table, alias in _FROM.findall(sql):
        found[table] = table
        if alias and alias.lower() not in _NOT_ALIASES:
            found[alias] = table
    return found


def plan(conn: apsw.Connection, sql: str, bindings: Any) -> list[str]:
    """The detail lines of ``EXPLAIN QUERY PLAN sql``."""
    return [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", bindings)]


def plan_problems(
    conn: apsw.Connection,
    fn: Callable[..., Any],
    *args: Any,
    whole_table: Iterable[str] = (),
    sorts: bool = False,
) -> list[str]:
    """The plan lines of the statements ``fn(conn, *args)`` runs that read a large table in full
    (other than those in ``whole_table``) or sort for ORDER BY (unless ``sorts``)."""
    allowed = set(whole_table)
    problems: list[str] = []
    for sql, bindings in traced(conn, fn, *args):
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            continue
        names = aliases(sql)
        for line in plan(conn, sql, bindings):
            scan = _SCAN.match(line)
            table = names.get(scan.group(1), scan.group(1)) if scan else None
            full_scan = table in LARGE_TABLES and table not in allowed
            page_sort = line.startswith("USE TEMP B-TREE FOR ORDER BY") and not sorts
            if full_scan or page_sort:
                problems.append(f"{line}  <-  {' '.join(sql.split())}")
    return problems
