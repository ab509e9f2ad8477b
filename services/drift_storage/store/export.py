"""Row export for synchronisation: the rows of one table after a rowid cursor.

The table name comes from a client, so it is checked against the live schema before it is used,
and then quoted as an identifier: it is never interpolated unchecked. The cursor is per table
(the rowid of the table's last exported row), unlike the Rust ``driftCloudMaxCursor`` which read
one database-wide value from ``sqlite_sequence``. Rows updated in place keep their rowid, so an
export after a cursor carries new rows, not updates.
"""

from __future__ import annotations

from typing import Any

import apsw

from services.common import errors

# Characters of a refused table name the error message repeats: the whole name could exceed the


def tables(conn: apsw.Connection) -> list[str]:
    """The database's own tables (SQLite's internal ``sqlite_*`` tables excluded)."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%'"
            " ESCAPE '\\' ORDER BY name"
        )
    ]


def _checked(conn: apsw.Connection, table: str) -> str:
    """``table`` quoted as an identifier, if it is one of the database's tables."""
    if table not in tables(conn):
        raise errors.TableNotFound(
            errors.FieldViolation("table", f"{errors.quote(table)} is not a table of this database")
        )
    return '"' + table.replace('"', '""') + '"'


def column_names(conn: apsw.Connection, table: str) -> list[str]:
    """The columns of ``table``, in order."""
    return [row[1] for row in conn.execute(f"PRAGMA table_info({_checked(conn, table)})")]


def rows_after(
    conn: apsw.Connection, table: str, after_rowid: int, limit: int
) -> list[tuple[Any, ...]]:
    """Up to ``limit`` rows of ``table`` with rowid > ``after_rowid``: (rowid, *columns)."""
    sql = f"SELECT rowid, * FROM {_checked(conn, table)} WHERE rowid > ? ORDER BY rowid LIMIT ?"
    return conn.execute(sql, (after_rowid, limit)).fetchall()


def max_rowid(conn: apsw.Connection, table: str) -> int:
    """The highest rowid of ``table``, 0 when empty."""
    rowid: int = conn.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM {_checked(conn, table)}").get
    return rowid
