"""A project's own description, kept in its database's ``project`` table (one row at most).

The row travels with the file: a project database imported or moved elsewhere keeps its root,
display name and times. A database whose project was never scanned (a ``--db`` file, a Rust
drift.db scanned with relative roots) has no row yet: its root is then empty until a scan records
it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import apsw

from services.common.writer import Operation, WriteResult


@dataclass(frozen=True)
class ProjectDetails:
    """What the ``project`` row says; all empty or 0 when there is no row."""

    root: str = ""
    display_name: str = ""
    created_at: int = 0
    updated_at: int = 0
    full_scan_pending: bool = False


def read_details(conn: apsw.Connection) -> ProjectDetails:
    """The ``project`` row of a migrated database."""
    row = conn.execute(
        "SELECT root, display_name, created_at, updated_at, full_scan_pending FROM project"
        " WHERE id = 1"
    ).fetchone()
    if row is None:
        return ProjectDetails()
    root, display_name, created_at, updated_at, pending = row
    return ProjectDetails(root, display_name, created_at, updated_at, bool(pending))


def write_new(conn: apsw.Connection, root: str, display_name: str, now: int) -> None:
    """Record a new project's row (CreateProject, before the database is anyone's)."""
    conn.execute(
        "INSERT INTO project (id, root, display_name, created_at, updated_at)"
        " VALUES (1, ?, ?, ?, ?)",
        (root, display_name, now, now),
    )


def update(display_name: str | None, root: str | None) -> Operation:
    """Change the display name and/or the root (each None: unchanged); the value is the new
    ``ProjectDetails``.

    A new root makes the next scan a full one (``full_scan_pending``): the project's paths are
    relative to its root, so every file is read again, and files the new root does not hold leave
    as removed files.
    """

    def run(conn: apsw.Connection) -> WriteResult:
        now = int(time.time())
        current = read_details(conn)
        if not current.created_at:  # a --db project never scanned: the row starts here
            conn.execute(
                "INSERT INTO project (id, root, created_at, updated_at) VALUES (1, ?, ?, ?)",
                (root or "", now, now),
            )
        if display_name is not None:
            conn.execute("UPDATE project SET display_name = ? WHERE id = 1", (display_name,))
        if root is not None and root != current.root:
            conn.execute("UPDATE project SET root = ?, full_scan_pending = 1 WHERE id = 1", (root,))
        conn.execute("UPDATE project SET updated_at = ? WHERE id = 1", (now,))
        return WriteResult({("project", "update"): 1}, read_details(conn))

    return run
