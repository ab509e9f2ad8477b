"""Findings by fingerprint, per scan: what a scan saw, and what changed between two scans.

A finding is a row of one of the finding tables (``KINDS``). Its fingerprint is the xxh3 of its
kind, rule, file, normalised text (whitespace collapsed) and rank among the findings that share
all four (ordered by line, then id): it does not change when code above it moves it to another
line, and two identical findings of one file keep two fingerprints, as SARIF's
``partialFingerprints`` are meant to work. A finding whose text changes is a new one, and the
old one is fixed.

When a scan completes (or ``record`` is asked again for it), the current findings are copied
into ``finding_snapshots`` under the scan's id, with a level on one scale for every kind
(``error``, ``warning``, ``note``, SARIF's levels), and each unsuppressed violation's ``is_new``
says whether the previous recorded scan lacked its fingerprint. ``diff_*`` then compare two
recorded scans by fingerprint, through the snapshots' primary key.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import apsw
import xxhash

from services.common import errors
from services.common.writer import Operation, WriteResult, execute_changes

# kind -> SELECT of (id, rule, file, line, anchor text, level, message) over its table. Findings
# that are not problems are left out: suppressed violations, secrets judged false positives or
# suppressed, sanitized taint flows.
KINDS: dict[str, str] = {
    "violation": (
        "SELECT id, rule_id, file, line, message,"
        " CASE lower(severity) WHEN 'error' THEN 'error' WHEN 'warning' THEN 'warning'"
        " ELSE 'note' END, message FROM violations WHERE suppressed = 0"
    ),
    "detection": (
        "SELECT id, pattern_id, file, line, coalesce(matched_text, ''),"
        " CASE WHEN category = 'security' COLLATE NOCASE THEN 'warning' ELSE 'note' END,"
        " pattern_id || coalesce(': ' || matched_text, '') FROM detections"
    ),
    "secret": (
        "SELECT id, pattern_name, file, line, redacted_value,"
        " CASE lower(severity) WHEN 'critical' THEN 'error' WHEN 'high' THEN 'error'"
        " WHEN 'medium' THEN 'warning' ELSE 'note' END,"
        " 'possible secret (' || pattern_name || '): ' || redacted_value FROM secrets"
        " WHERE lower(severity) NOT IN ('falsepositive', 'false_positive', 'suppressed')"
    ),
    "taint_flow": (
        "SELECT id, source_type || ' -> ' || sink_type, sink_file, sink_line,"
        " source_file || ' ' || path, 'error',"
        " 'unsanitized ' || source_type || ' from ' || source_file || ':' || source_line"
        " || ' reaches ' || sink_type FROM taint_flows WHERE is_sanitized = 0"
    ),
    "error_gap": (
        "SELECT id, gap_type, file, 0, function_id,"
        " CASE lower(severity) WHEN 'critical' THEN 'error' WHEN 'high' THEN 'error'"
        " WHEN 'medium' THEN 'warning' ELSE 'note' END,"
        " gap_type || ' in ' || function_id FROM error_gaps"
    ),
    "crypto_finding": (
        "SELECT id, category, file, line, code,"
        " CASE WHEN confidence >= 0.9 THEN 'error' WHEN confidence >= 0.7 THEN 'warning'"
        " ELSE 'note' END, description FROM crypto_findings"
    ),
}
LEVELS = ("error", "warning", "note")
# Fingerprints per IN (...) list, well below SQLite's limit of bound variables.
CHUNK = 500
STATES = ("new", "fixed", "persisting")


def normalise(text: str | None) -> str:
    """``text`` with every run of whitespace made one space, trimmed."""
    return " ".join((text or "").split())


def fingerprint(kind: str, rule: str, file: str, anchor: str, rank: int) -> str:
    """The fingerprint of the ``rank``-th finding (from 1) of ``kind``, ``rule``, ``file`` and
    normalised text ``anchor``: 16 hex digits of xxh3-64. Parts are joined by NUL, which no
    path or rule holds, so no two different tuples hash the same text."""
    return xxhash.xxh3_64_hexdigest("\0".join((kind, rule, file, anchor, str(rank))).encode())


def _sql_normalise(*args: apsw.SQLiteValue) -> str:
    (text,) = args
    return normalise(str(text) if text is not None else None)


def _sql_fingerprint(*args: apsw.SQLiteValue) -> str:
    kind, rule, file, anchor, rank = (str(a) for a in args)
    return fingerprint(kind, rule, file, anchor, int(rank))


def _with_functions(conn: apsw.Connection) -> None:
    conn.create_scalar_function("drift_normalise", _sql_normalise, 1, deterministic=True)
    conn.create_scalar_function("drift_fingerprint", _sql_fingerprint, 5, deterministic=True)


def _fingerprinted(kind: str) -> str:
    """A WITH clause defining ``fingerprinted(id, fp, rule, file, line, level, message)``: the
    findings of ``kind`` (bound as ?1) with their fingerprints."""
    return (
        f"WITH found(id, rule, file, line, anchor, level, message) AS ({KINDS[kind]}),"
        " normalised AS (SELECT id, rule, file, line, drift_normalise(anchor) AS anchor, level,"
        " message FROM found),"
        " fingerprinted(id, fp, rule, file, line, level, message) AS (SELECT id,"
        " drift_fingerprint(?1, rule, file, anchor, ROW_NUMBER() OVER"
        " (PARTITION BY rule, file, anchor ORDER BY line, id)), rule, file, line, level, message"
        " FROM normalised)"
    )


class Recorded(NamedTuple):
    """What ``record`` stored: findings per kind, the scan compared with, violations marked."""

    scan_id: int
    counts: dict[str, int]
    previous_scan: int | None
    new_violations: int


def _previous_recorded(conn: apsw.Connection, scan_id: int) -> int | None:
    # An aggregate without GROUP BY has its one row; the annotation gives max()'s type.
    previous: int | None = conn.execute(
        "SELECT max(id) FROM scan_history WHERE id < ? AND findings_recorded_at IS NOT NULL",
        (scan_id,),
    ).get
    return previous


def record(conn: apsw.Connection, scan_id: int, now: int) -> Recorded:
    """Replace the snapshot of scan ``scan_id`` with the current findings, stamp the scan, and
    set each unsuppressed violation's ``is_new`` (absent from the previous recorded scan; all
    are new when there is none). Runs inside the writer's transaction."""
    _with_functions(conn)
    conn.execute("DELETE FROM finding_snapshots WHERE scan_id = ?", (scan_id,))
    counts = {}
    for kind in KINDS:
        counts[kind] = execute_changes(
            conn,
            f"{_fingerprinted(kind)} INSERT INTO finding_snapshots (scan_id, fingerprint, kind,"
            " rule, file, line, level, message, source_id)"
            " SELECT ?2, fp, ?1, rule, file, line, level, message, CAST(id AS TEXT)"
            " FROM fingerprinted",
            (kind, scan_id),
        )
    conn.execute("UPDATE scan_history SET findings_recorded_at = ? WHERE id = ?", (now, scan_id))
    previous = _previous_recorded(conn, scan_id)
    execute_changes(
        conn,
        f"{_fingerprinted('violation')} UPDATE violations SET is_new = (?2 IS NULL OR NOT EXISTS"
        " (SELECT 1 FROM finding_snapshots p WHERE p.scan_id = ?2 AND p.fingerprint = f.fp))"
        " FROM fingerprinted f WHERE f.id = violations.id",
        ("violation", previous),
    )
    new = int(conn.execute("SELECT count(*) FROM violations WHERE is_new = 1").get)
    return Recorded(scan_id, counts, previous, new)


def record_operation(scan_id: int, now: int) -> Operation:
    """``record`` as a writer command for the completed scan ``scan_id`` (0: the newest), which
    it checks in the same transaction; the result's value is the ``Recorded``."""

    def run(conn: apsw.Connection) -> WriteResult:
        done = record(conn, completed_scan(conn, scan_id), now)
        return WriteResult({("finding_snapshots", "insert"): sum(done.counts.values())}, done)

    return run


def latest_recorded_scan(conn: apsw.Connection) -> int | None:
    """The newest scan whose findings were recorded."""
    latest: int | None = conn.execute(
        "SELECT max(id) FROM scan_history WHERE findings_recorded_at IS NOT NULL"
    ).get
    return latest


def completed_scan(conn: apsw.Connection, scan_id: int) -> int:
    """``scan_id`` if it names a scan that completed (complete or partial), or for 0 the newest
    such scan; NOT_FOUND or FAILED_PRECONDITION otherwise."""
    if scan_id == 0:
        newest: int | None = conn.execute(
            "SELECT max(id) FROM scan_history WHERE status IN ('complete', 'partial')"
        ).get
        if newest is None:
            raise errors.ScanNotFound("scan_id: the project has no completed scan yet")
        return newest
    row = conn.execute("SELECT status FROM scan_history WHERE id = ?", (scan_id,)).fetchone()
    if row is None:
        raise errors.ScanNotFound(
            f"scan_id: the project has no scan {scan_id}", metadata={"scanId": str(scan_id)}
        )
    if row[0] not in ("complete", "partial"):
        raise errors.ScanNotComplete(
            f"scan_id: scan {scan_id} is {row[0]}; only a completed scan has findings to record",
            metadata={"scanId": str(scan_id)},
        )
    return scan_id


def require_recorded(conn: apsw.Connection, scan_id: int, field: str) -> None:
    """NOT_FOUND if there is no scan ``scan_id``; FAILED_PRECONDITION if its findings were
    never recorded (it did not complete, or ran before this version)."""
    row = conn.execute(
        "SELECT findings_recorded_at FROM scan_history WHERE id = ?", (scan_id,)
    ).fetchone()
    if row is None:
        raise errors.ScanNotFound(
            f"{field}: the project has no scan {scan_id}", metadata={"scanId": str(scan_id)}
        )
    if row[0] is None:
        raise errors.FindingsNotRecorded(
            f"{field}: the findings of scan {scan_id} were never recorded (it did not complete)",
            metadata={"scanId": str(scan_id)},
        )


class DiffCount(NamedTuple):
    state: str
    level: str
    total: int


class DiffEntry(NamedTuple):
    fingerprint: str
    kind: str
    rule: str
    file: str
    line: int
    level: str
    message: str


def _side(state: str) -> tuple[str, str]:
    """For ``state``: (the condition on a snapshot row, the scan its rows come from)."""
    if state == "new":  # in head, not in base
        return "NOT EXISTS", "head"
    if state == "fixed":  # in base, not in head
        return "NOT EXISTS", "base"
    return "EXISTS", "head"  # persisting: in both (reported as head sees it)


def _level_counts(conn: apsw.Connection, sql: str, params: tuple[int, ...]) -> list[list[Any]]:
    return [list(row) for row in conn.execute(sql, params)]


def diff_counts(conn: apsw.Connection, base: int, head: int) -> list[DiffCount]:
    """Findings per state and level between scans ``base`` and ``head``: the persisting ones
    counted in one pass over head's snapshot (each looked up in base's), new and fixed ones as
    each side's count per level (off the (scan_id, level) index) less the persisting ones."""
    per_level = "SELECT level, count(*) FROM finding_snapshots WHERE scan_id = ? GROUP BY level"
    in_head = {level: n for level, n in _level_counts(conn, per_level, (head,))}
    in_base = {level: n for level, n in _level_counts(conn, per_level, (base,))}
    persisting: dict[str, int] = {}
    # A persisting finding counts at head's level on head's side and at base's on base's.
    for head_level, base_level, n in _level_counts(
        conn,
        "SELECT h.level, b.level, count(*) FROM finding_snapshots h JOIN finding_snapshots b"
        " ON b.scan_id = ? AND b.fingerprint = h.fingerprint WHERE h.scan_id = ?"
        " GROUP BY h.level, b.level",
        (base, head),
    ):
        persisting[head_level] = persisting.get(head_level, 0) + n
        in_head[head_level] -= n
        in_base[base_level] -= n
    found = [DiffCount("new", level, n) for level, n in in_head.items() if n]
    found += [DiffCount("fixed", level, n) for level, n in in_base.items() if n]
    found += [DiffCount("persisting", level, n) for level, n in persisting.items()]
    return sorted(found, key=lambda c: (STATES.index(c.state), LEVELS.index(c.level)))


def diff_page(
    conn: apsw.Connection, base: int, head: int, state: str, after: str | None, limit: int
) -> list[DiffEntry]:
    """Up to ``limit`` findings in ``state`` between ``base`` and ``head``, by fingerprint,
    after the fingerprint ``after``."""
    test, side = _side(state)
    this, other = (head, base) if side == "head" else (base, head)
    return [
        DiffEntry(*row)
        for row in conn.execute(
            "SELECT s.fingerprint, s.kind, s.rule, s.file, s.line, s.level, s.message"
            " FROM finding_snapshots s WHERE s.scan_id = ? AND s.fingerprint > ?"
            f" AND {test} (SELECT 1 FROM finding_snapshots o WHERE o.scan_id = ?"
            " AND o.fingerprint = s.fingerprint) ORDER BY s.fingerprint LIMIT ?",
            (this, after or "", other, limit),
        )
    ]


def levels_in(conn: apsw.Connection, scan_id: int, fingerprints: Sequence[str]) -> dict[str, str]:
    """The level at which the recorded scan ``scan_id`` saw each of ``fingerprints`` it has."""
    found: dict[str, str] = {}
    for start in range(0, len(fingerprints), CHUNK):
        chunk = list(fingerprints[start : start + CHUNK])
        marks = ", ".join("?" * len(chunk))
        for fingerprint, level in conn.execute(
            "SELECT fingerprint, level FROM finding_snapshots WHERE scan_id = ?"
            f" AND fingerprint IN ({marks})",
            (scan_id, *chunk),
        ):
            found[str(fingerprint)] = str(level)
    return found


def snapshot_page(
    conn: apsw.Connection, scan_id: int, kind: str, after: str, limit: int
) -> list[DiffEntry]:
    """Up to ``limit`` findings of ``kind`` the scan ``scan_id`` recorded, by fingerprint, after
    the fingerprint ``after``."""
    return [
        DiffEntry(*row)
        for row in conn.execute(
            "SELECT fingerprint, kind, rule, file, line, level, message FROM finding_snapshots"
            " WHERE scan_id = ? AND fingerprint > ? AND kind = ? ORDER BY fingerprint LIMIT ?",
            (scan_id, after, kind, limit),
        )
    ]
