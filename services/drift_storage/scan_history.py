"""SQL of ``scan_history``: a row per scan, written when it starts and completed when it ends."""

from __future__ import annotations

from dataclasses import dataclass

import apsw

from services.common.writer import Operation, WriteResult, execute_changes

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


def start(started_at: int, root: str, active_ids: frozenset[int]) -> Operation:
    """Insert a ``running`` row (its id is the result's value).

    Rows still ``running`` that no live scan owns were left by a crash: they become ``failed``.
    """

    def run(conn: apsw.Connection) -> WriteResult:
        stale = [
            (INTERRUPTED, row[0])
            for row in conn.execute("SELECT id FROM scan_history WHERE status = 'running'")
            if row[0] not in active_ids
        ]
        conn.executemany("UPDATE scan_history SET status = 'failed', error = ? WHERE id = ?", stale)
        conn.execute(
            "INSERT INTO scan_history (started_at, root_path, status) VALUES (?, ?, 'running')",
            (started_at, root),
        )
        rows = {("scan_history", "insert"): 1}
        if stale:
            rows[("scan_history", "update")] = len(stale)
        return WriteResult(rows, conn.last_insert_rowid())

    return run


def complete(scan_id: int, done: Completion) -> Operation:
    """Record the outcome of scan ``scan_id``."""

    def run(conn: apsw.Connection) -> WriteResult:
        changed = execute_changes(
            conn,
            "UPDATE scan_history SET completed_at = ?, total_files = ?, added_files = ?,"
            " modified_files = ?, removed_files = ?, unchanged_files = ?, duration_ms = ?,"
            " status = ?, error = ? WHERE id = ?",
            (done.completed_at, done.total, done.added, done.modified, done.removed,
             done.unchanged, done.duration_ms, done.status, done.error, scan_id),
        )  # fmt: skip
        return WriteResult({("scan_history", "update"): changed})

    return run
