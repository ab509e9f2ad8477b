"""SQL of ``scan_history``: a row per scan, written when it starts and completed when it ends."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import apsw

from services.common import errors
from services.common.writer import Operation, WriteResult, execute_changes
from services.drift_storage.store import findings

INTERRUPTED = "interrupted: the service stopped during the scan"


@dataclass(frozen=True)
class Completion:
    status: str
    completed_at: int
    total: int
    added: int
    modified: int
    removed: int
    unchanged: int
    duration_ms: int
    error: str | None


@dataclass(frozen=True)
class Begun:
    scan_id: int
    # The project's root before this scan replaced it; "" when it did not change.
    previous_root: str
    # The project was re-rooted since its last completed scan: every file must be read.
    full_scan_pending: bool = False


def start(started_at: int, root: str, replace_root: bool) -> Operation:
    """Check ``root`` against the project's recorded root, then insert a ``running`` row.

    The first scan of a database records its root. A scan of another root is refused
    (``ProjectRootMismatch``, nothing written) unless ``replace_root``, which records the new
    root. The result's value is a ``Begun``.
    """

    def run(conn: apsw.Connection) -> WriteResult:
        recorded = conn.execute(
            "SELECT root, full_scan_pending FROM project WHERE id = 1"
        ).fetchone()
        previous = ""
        rows = {("scan_history", "insert"): 1}
        if recorded is None:
            conn.execute(
                "INSERT INTO project (id, root, created_at, updated_at) VALUES (1, ?, ?, ?)",
                (root, started_at, started_at),
            )
            rows[("project", "insert")] = 1
        elif not recorded[0]:  # a row without a root (a display name set before any scan)
            conn.execute(
                "UPDATE project SET root = ?, updated_at = ? WHERE id = 1", (root, started_at)
            )
            rows[("project", "update")] = 1
        elif recorded[0] != root:
            if not replace_root:
                raise errors.ProjectRootMismatch(
                    f"this database holds the project rooted at {recorded[0]}; {root} is another"
                    " root. Scan the project's root, use another database for the other tree, or"
                    " ask for replace_root to replace the project (its files are then removed)",
                    metadata={"recordedRoot": recorded[0], "requestedRoot": root},
                )
            conn.execute(
                "UPDATE project SET root = ?, updated_at = ? WHERE id = 1", (root, started_at)
            )
            previous = recorded[0]
            rows[("project", "update")] = 1
        conn.execute(
            "INSERT INTO scan_history (started_at, root_path, status) VALUES (?, ?, 'running')",
            (started_at, root),
        )
        pending = bool(recorded and recorded[1])
        return WriteResult(rows, Begun(conn.last_insert_rowid(), previous, pending))

    return run


def running_count(conn: apsw.Connection) -> int:
    """How many scans are recorded as ``running``."""
    return int(conn.execute("SELECT count(*) FROM scan_history WHERE status = 'running'").get)


def recover() -> Operation:
    """Mark every ``running`` row failed: run at start-up, when no scan can be live.

    The result's value is the number of rows marked.
    """

    def run(conn: apsw.Connection) -> WriteResult:
        changed = execute_changes(
            conn,
            "UPDATE scan_history SET status = 'failed', error = ? WHERE status = 'running'",
            (INTERRUPTED,),
        )
        return WriteResult({("scan_history", "update"): changed} if changed else {}, changed)

    return run


def complete(scan_id: int, done: Completion) -> Operation:
    """Record the outcome of scan ``scan_id``; for a scan that looked at every file (complete or
    partial), also the findings it leaves (``findings.record``)."""

    def run(conn: apsw.Connection) -> WriteResult:
        changed = execute_changes(
            conn,
            "UPDATE scan_history SET completed_at = ?, total_files = ?, added_files = ?,"
            " modified_files = ?, removed_files = ?, unchanged_files = ?, duration_ms = ?,"
            " status = ?, error = ? WHERE id = ?",
            (done.completed_at, done.total, done.added, done.modified, done.removed,
             done.unchanged, done.duration_ms, done.status, done.error, scan_id),
        )  # fmt: skip
        rows = {("scan_history", "update"): changed}
        if done.status in ("complete", "partial"):  # every file of the root was looked at
            rows[("project", "update")] = execute_changes(
                conn, "UPDATE project SET full_scan_pending = 0 WHERE full_scan_pending = 1"
            )
            recorded = findings.record(conn, scan_id, done.completed_at)
            rows[("finding_snapshots", "insert")] = sum(recorded.counts.values())
        return WriteResult(rows)

    return run


# The statuses a scan_history row can hold.
STATUSES = ("running", "complete", "partial", "cancelled", "failed")


class HistoryEntry(NamedTuple):
    id: int
    started_at: int
    completed_at: int | None
    root_path: str
    total_files: int | None
    added_files: int | None
    modified_files: int | None
    removed_files: int | None
    unchanged_files: int | None
    duration_ms: int | None
    status: str
    error: str | None


def history(
    conn: apsw.Connection, status: str | None, before_id: int | None, limit: int
) -> list[HistoryEntry]:
    """Up to ``limit`` scans with ids below ``before_id`` (all for None), newest first, of
    ``status`` (any case; all for None)."""
    where = ["id < ?"] if before_id is not None else []
    params: list[object] = [before_id] if before_id is not None else []
    if status is not None:
        where.append("status = ? COLLATE NOCASE")
        params.append(status)
    sql = (
        "SELECT id, started_at, completed_at, root_path, total_files, added_files,"
        " modified_files, removed_files, unchanged_files, duration_ms, status, error"
        f" FROM scan_history {'WHERE ' + ' AND '.join(where) if where else ''}"
        " ORDER BY id DESC LIMIT ?"
    )
    return [HistoryEntry(*row) for row in conn.execute(sql, [*params, limit])]


def history_count(conn: apsw.Connection, status: str | None) -> int:
    """Scans of ``status`` (any case), or all."""
    if status is None:
        return int(conn.execute("SELECT count(*) FROM scan_history").get)
    return int(
        conn.execute(
            "SELECT count(*) FROM scan_history WHERE status = ? COLLATE NOCASE", (status,)
        ).get
    )
