"""SQL for what parsing produces: ``functions``, ``parse_cache`` and ``call_edges``.

Functions are upserted on their natural key (file, name, line), so a function that survives an
edit keeps its id and the call edges pointing at it; functions that disappeared from a file are
deleted with the edges that touch them (``file_rows.drop_functions``). A parsed file's
``file_metadata`` row is written last, in the same command as its call edges (``record_files``):
a crash before that leaves the file looking new, so the next scan parses it again rather than
skipping it half done.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import apsw

from services.common.writer import Operation, WriteResult, execute_rows
from services.drift_storage.parsing import ParseResult, to_json
from services.drift_storage.parsing.resolve import Edge
from services.drift_storage.store import file_rows, files

UPSERT_FUNCTION = """
INSERT INTO functions (file, name, qualified_name, language, line, end_line, parameter_count,
                       return_type, is_exported, is_async, body_hash, signature_hash)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (file, name, line) DO UPDATE SET
    qualified_name = excluded.qualified_name, language = excluded.language,
    end_line = excluded.end_line, parameter_count = excluded.parameter_count,
    return_type = excluded.return_type, is_exported = excluded.is_exported,
    is_async = excluded.is_async, body_hash = excluded.body_hash,
    signature_hash = excluded.signature_hash
"""
UPSERT_EDGE = "INSERT OR REPLACE INTO call_edges VALUES (?, ?, ?, ?, ?)"
CACHE = "INSERT OR REPLACE INTO parse_cache VALUES (?, ?, ?, ?)"


def _function_rows(path: str, result: ParseResult) -> list[tuple[Any, ...]]:
    return [
        (path, f.name, f.qualified_name, result.language, f.line, f.end_line, f.parameter_count,
         f.return_type, int(f.is_exported), int(f.is_async), f.body_hash, f.signature_hash)
        for f in result.functions
    ]  # fmt: skip


def store_parses(parsed: Sequence[tuple[str, bytes, ParseResult, bool]]) -> Operation:
    """Upsert each file's functions (path, content hash, result, fresh) and cache fresh results."""

    def run(conn: apsw.Connection) -> WriteResult:
        upserted = cached = 0
        dropped: Counter[str] = Counter()
        now = int(time.time())
        for path, digest, result, fresh in parsed:
            keep = {(f.name, f.line) for f in result.functions}
            stale = [
                fid
                for fid, name, line in conn.execute(
                    "SELECT id, name, line FROM functions WHERE file = ?", (path,)
                )
                if (name, line) not in keep
            ]
            if stale:
                dropped.update(file_rows.drop_functions(conn, stale))
            upserted += execute_rows(conn, UPSERT_FUNCTION, _function_rows(path, result))
            if fresh:
                cached += execute_rows(
                    conn, CACHE, [(digest, result.language, to_json(result), now)]
                )
        rows = {
            **file_rows.as_write_rows(dropped),
            ("functions", "upsert"): upserted,
            ("parse_cache", "upsert"): cached,
        }
        return WriteResult({k: n for k, n in rows.items() if n})

    return run


def record_files(
    metadata: Sequence[Sequence[Any]], results: dict[str, ParseResult], edges: Iterable[Edge]
) -> Operation:
    """Replace the outgoing call edges of these files, then write their file_metadata rows."""
    paths = [(row[0],) for row in metadata]
    edge_rows = [
        (e.caller_id, e.callee_id, e.resolution, e.confidence, e.call_site_line) for e in edges
    ]

    def run(conn: apsw.Connection) -> WriteResult:
        removed = execute_rows(
            conn,
            "DELETE FROM call_edges WHERE caller_id IN (SELECT id FROM functions WHERE file = ?)",
            paths,
        )
        added = execute_rows(conn, UPSERT_EDGE, edge_rows)
        written = execute_rows(conn, files.UPSERT, metadata)
        execute_rows(
            conn,
            "UPDATE file_metadata SET function_count = ?, error_count = ? WHERE path = ?",
            [(len(results[p].functions), results[p].errors, p) for (p,) in paths],
        )
        rows = {("call_edges", "delete"): removed, ("call_edges", "upsert"): added,
                ("file_metadata", "upsert"): written}  # fmt: skip
        return WriteResult({k: n for k, n in rows.items() if n}, added)

    return run


def cached_results(conn: apsw.Connection, hashes: Sequence[bytes]) -> dict[bytes, str]:
    """parse_result_json of the cached hashes among ``hashes``."""
    found: dict[bytes, str] = {}
    for start in range(0, len(hashes), 500):
        chunk = hashes[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        cached: list[tuple[bytes, str]] = list(
            conn.execute(
                f"SELECT content_hash, parse_result_json FROM parse_cache"
                f" WHERE content_hash IN ({marks})",
                chunk,
            )
        )
        found.update(cached)
    return found


def function_index(conn: apsw.Connection) -> dict[tuple[str, str, int], int]:
    """(file, name, line) -> id of every function of the project."""
    return {
        (file, name, line): fid
        for fid, file, name, line in conn.execute("SELECT id, file, name, line FROM functions")
    }
