"""Rows that belong to files: the one list of per-file tables, and the one way to delete them.

A table's rows belong to a file when the catalog names its file column (``TableSpec.file_column``).
``functions`` rows are also referred to by id, from ``call_edges`` (caller and callee) and
``data_access``: deleting a function deletes those rows with it, so no edge ever points at a
function that is gone. Three callers delete file rows, all through this module:

- the scanner, for files that left the tree (``delete_files``: every per-file table,
  ``file_metadata`` included);
- retention, for rows whose file is no longer in ``file_metadata`` (``delete_orphans``);
- ``IngestRows`` with ``replace_files``, for one table's rows of some files (``delete_files``
  with that table only).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import apsw

from services.common.writer import execute_changes, execute_rows
from services.drift_storage.store.catalog import TABLES

# (table, file column) of every table whose rows belong to a file, in catalog order.
PER_FILE_TABLES: tuple[tuple[str, str], ...] = tuple(
    (spec.table, spec.file_column) for spec in TABLES if spec.file_column
)
FILE_TABLE = "file_metadata"
# The tables whose rows refer to a function by id, deleted with it.
FUNCTION_DEPENDENTS = ("call_edges", "data_access")


def drop_functions(conn: apsw.Connection, ids: Sequence[int]) -> Counter[str]:
    """Delete functions by id, with the call edges and data accesses that refer to them.

    Returns the rows deleted per table (the dependents counted even when zero).
    """
    deleted: Counter[str] = Counter()
    deleted["call_edges"] = execute_rows(
        conn, "DELETE FROM call_edges WHERE caller_id = ? OR callee_id = ?", [(i, i) for i in ids]
    )
    deleted["data_access"] = execute_rows(
        conn, "DELETE FROM data_access WHERE function_id = ?", [(i,) for i in ids]
    )
    deleted["functions"] = execute_rows(
        conn, "DELETE FROM functions WHERE id = ?", [(i,) for i in ids]
    )
    return deleted


def delete_files(
    conn: apsw.Connection,
    paths: Sequence[str],
    tables: Iterable[tuple[str, str]] = PER_FILE_TABLES,
) -> Counter[str]:
    """Delete the rows of the files ``paths`` from ``tables``; returns rows deleted per table."""
    keys = [(path,) for path in paths]
    deleted: Counter[str] = Counter()
    for table, column in tables:
        if table == "functions":
            ids = [
                row[0]
                for key in keys
                for row in conn.execute("SELECT id FROM functions WHERE file = ?", key)
            ]
            deleted.update(drop_functions(conn, ids))
        else:
            deleted[table] += execute_rows(conn, f"DELETE FROM {table} WHERE {column} = ?", keys)
    return deleted


def delete_orphans(conn: apsw.Connection) -> list[tuple[str, int]]:
    """Delete the rows of every per-file table whose file is not in ``file_metadata``.

    Returns ``(table, rows deleted)`` for every table in order, zero counts included, the
    dependents of ``functions`` right after it.
    """
    report: list[tuple[str, int]] = []
    for table, column in PER_FILE_TABLES:
        if table == FILE_TABLE:
            continue
        orphan = f"{column} NOT IN (SELECT path FROM {FILE_TABLE})"
        if table == "functions":
            ids = [row[0] for row in conn.execute(f"SELECT id FROM functions WHERE {orphan}")]
            deleted = drop_functions(conn, ids)
            report.append(("functions", deleted["functions"]))
            report.extend((name, deleted[name]) for name in FUNCTION_DEPENDENTS)
        else:
            report.append((table, execute_changes(conn, f"DELETE FROM {table} WHERE {orphan}")))
    return report


def as_write_rows(deleted: Counter[str]) -> dict[tuple[str, str], int]:
    """``deleted`` as the writer's per-(table, operation) counters, zero counts left out."""
    return {(table, "delete"): n for table, n in deleted.items() if n}
