"""Reading rows of any drift.db table (List and Get RPCs of DriftTablesService).

Lists page in rowid order: every index of a table ends with the rowid, so an equality filter on
an indexed column followed by ``rowid > cursor ORDER BY rowid`` is a range scan of that index.
"""

from __future__ import annotations

from typing import Any

import apsw

from services.drift_storage.store.table_schema import Table

MAX_GROUPS = 10_000


def _where(
    table: Table, filters: dict[str, Any], since: int | None, until: int | None
) -> tuple[list[str], list[Any]]:
    """SQL conditions and parameters for equality filters and a time range."""
    where: list[str] = []
    params: list[Any] = []
    for name, value in filters.items():
        where.append(f"{table.column(name).name} = ?")
        params.append(value)
    time_column = table.spec.time_column
    if since is not None:
        where.append(f"{time_column} >= ?")
        params.append(since)
    if until is not None:
        where.append(f"{time_column} < ?")
        params.append(until)
    return where, params


def list_rows(
    conn: apsw.Connection,
    table: Table,
    filters: dict[str, Any],
    since: int | None,
    until: int | None,
    after_rowid: int,
    limit: int,
) -> list[tuple[Any, ...]]:
    """Up to ``limit`` rows as (rowid, *columns), rowid > ``after_rowid``, matching filters."""
    where, params = _where(table, filters, since, until)
    columns = ", ".join(c.name for c in table.columns)
    sql = (
        f"SELECT rowid, {columns} FROM {table.name} WHERE {' AND '.join(['rowid > ?', *where])} "
        "ORDER BY rowid LIMIT ?"
    )
    return conn.execute(sql, [after_rowid, *params, limit]).fetchall()


def count_rows(
    conn: apsw.Connection,
    table: Table,
    filters: dict[str, Any],
    since: int | None,
    until: int | None,
    group_by: str | None,
) -> tuple[int, list[tuple[Any, int]]]:
    """Rows matching the filters, and with ``group_by`` the count per value (most first)."""
    where, params = _where(table, filters, since, until)
    condition = f"WHERE {' AND '.join(where)}" if where else ""
    total = conn.execute(f"SELECT COUNT(*) FROM {table.name} {condition}", params).get
    if group_by is None:
        return total, []
    column = table.column(group_by).name
    groups: list[tuple[Any, int]] = list(
        conn.execute(
            f"SELECT {column}, COUNT(*) FROM {table.name} {condition} GROUP BY {column}"
            f" ORDER BY COUNT(*) DESC, {column} LIMIT ?",
            [*params, MAX_GROUPS + 1],
        )
    )
    return total, groups


def get_row(conn: apsw.Connection, table: Table, key: dict[str, Any]) -> tuple[Any, ...] | None:
    """The row with natural key ``key`` (its columns), or None."""
    columns = ", ".join(c.name for c in table.columns)
    condition = " AND ".join(f"{table.column(name).name} = ?" for name in key)
    sql = f"SELECT {columns} FROM {table.name} WHERE {condition}"
    return conn.execute(sql, list(key.values())).fetchone()
