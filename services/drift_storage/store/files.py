"""SQL for ``file_metadata``: the ingest command and the queries behind ListFiles and summaries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

import apsw

from services.common.writer import Operation, WriteResult, execute_rows

# Scanner columns only: an existing row keeps its per-file counters (the Rust INSERT OR REPLACE
# reset them to their defaults on every rescan). An empty language is stored as NULL (unknown).
UPSERT = """
INSERT INTO file_metadata
    (path, language, file_size, content_hash, mtime_secs, mtime_nanos, last_scanned_at,
     scan_duration_us)
VALUES (?, NULLIF(?, ''), ?, ?, ?, ?, ?, ?)
ON CONFLICT (path) DO UPDATE SET
    language = excluded.language,
    file_size = excluded.file_size,
    content_hash = excluded.content_hash,
    mtime_secs = excluded.mtime_secs,
    mtime_nanos = excluded.mtime_nanos,
    last_scanned_at = excluded.last_scanned_at,
    scan_duration_us = excluded.scan_duration_us
"""

COLUMNS = (
    "path, language, file_size, content_hash, mtime_secs, mtime_nanos, last_scanned_at, "
    "scan_duration_us, pattern_count, function_count, error_count, error"
)


class FileRow(NamedTuple):
    path: str
    language: str | None
    file_size: int
    content_hash: bytes
    mtime_secs: int
    mtime_nanos: int
    last_scanned_at: int
    scan_duration_us: int | None
    pattern_count: int | None
    function_count: int | None
    error_count: int | None
    error: str | None


class LanguageTotal(NamedTuple):
    language: str | None
    file_count: int
    total_bytes: int


class FileSummary(NamedTuple):
    file_count: int
    total_bytes: int
    last_scanned_at: int
    languages: list[LanguageTotal]


def upsert_files(rows: Iterable[Sequence[Any]]) -> Operation:
    """A writer operation upserting scanner rows (the 8 columns of ``UPSERT``)."""

    def run(conn: apsw.Connection) -> WriteResult:
        return WriteResult({("file_metadata", "upsert"): execute_rows(conn, UPSERT, rows)})

    return run


def list_files_query(
    language: str | None, after_path: str | None, limit: int
) -> tuple[str, list[Any]]:
    """The SQL and parameters of ``list_files`` (a range scan of the PK or of the 0010 index)."""
    where: list[str] = []
    params: list[Any] = []
    if after_path is not None:
        where.append("path > ?")
        params.append(after_path)
    if language is not None:
        where.append("language = ?")
        params.append(language)
    condition = f"WHERE {' AND '.join(where)}" if where else ""
    sql = f"SELECT {COLUMNS} FROM file_metadata {condition} ORDER BY path LIMIT ?"
    return sql, [*params, limit]


def list_files(
    conn: apsw.Connection, language: str | None, after_path: str | None, limit: int
) -> list[FileRow]:
    """Up to ``limit`` rows ordered by path, after ``after_path``, optionally of one language."""
    sql, params = list_files_query(language, after_path, limit)
    return [FileRow(*row) for row in conn.execute(sql, params)]


# SUM(file_size) fails with "integer overflow" once the total passes 2**63 (one file may be that
# large: sizes are only checked to be >= 0). Summing the high and the low 32 bits of the sizes
# separately cannot overflow below 2**31 rows and gives the exact total, which the response's
# int64 then carries saturated.
_BYTES = "COALESCE(SUM(file_size >> 32), 0), COALESCE(SUM(file_size & 4294967295), 0)"
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


def _total_bytes(high: int, low: int) -> int:
    """The total of ``_BYTES``'s two sums, saturated to int64."""
    return min(max((high << 32) + low, INT64_MIN), INT64_MAX)


def summarize(conn: apsw.Connection) -> FileSummary:
    """File count, bytes and newest scan time overall, and per language (most files first)."""
    count, high, low, newest = conn.execute(
        f"SELECT COUNT(*), {_BYTES}, COALESCE(MAX(last_scanned_at), 0) FROM file_metadata"
    ).get
    languages = [
        LanguageTotal(language, files, _total_bytes(high, low))
        for language, files, high, low in conn.execute(
            f"SELECT language, COUNT(*), {_BYTES} FROM file_metadata "
            "GROUP BY language ORDER BY COUNT(*) DESC, language"
        )
    ]
    return FileSummary(count, _total_bytes(high, low), newest, languages)
