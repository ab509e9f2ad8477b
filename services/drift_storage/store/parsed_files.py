"""SQL for what parsing produces: ``functions``, ``parse_cache``, ``call_edges`` and
``unresolved_calls``.

Functions are upserted on their natural key (file, name, line), so a function that survives an
edit keeps its id and the call edges pointing at it. Functions that disappeared from a file
(``store_parses``) or left with their file (``remove_files``) are deleted with the edges that
touch them (``file_rows.drop_functions``); the calls other files made to them become unresolved
calls of those files first, so that the counts stay true until those files are linked again
(the deletes of retention and of ``IngestRows`` with ``replace_files``, which are not a scan's,
only drop the edges). Both commands return the names of the functions they added or deleted,
from which the scanner finds the unchanged files to link again (``files_to_relink``).

A parsed file's ``file_metadata`` row is written last, in the same command as its call edges and
unresolved calls (``record_files``): a crash before that leaves the file looking new, so the
next scan parses it again rather than skipping it half done.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from typing import Any

import apsw

from services.common.writer import Operation, WriteResult, execute_rows
from services.drift_storage.parsing import LANGUAGES, ParseResult, to_json
from services.drift_storage.parsing.resolve import Links
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
ADD_UNRESOLVED = """
INSERT INTO unresolved_calls (file, callee_name, call_count) VALUES (?, ?, ?)
ON CONFLICT (file, callee_name) DO UPDATE SET call_count = call_count + excluded.call_count
"""
CACHE = "INSERT OR REPLACE INTO parse_cache VALUES (?, ?, ?, ?)"
# Values bound per IN (...) list, well below SQLite's limit of 32,766 variables.
CHUNK = 500


def _chunks(values: Sequence[Any]) -> Iterator[tuple[Sequence[Any], str]]:
    """``values`` in chunks, each with its ``?, ?, ...`` placeholders."""
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        yield chunk, ", ".join("?" * len(chunk))


def _function_rows(path: str, result: ParseResult) -> list[tuple[Any, ...]]:
    return [
        (path, f.name, f.qualified_name, result.language, f.line, f.end_line, f.parameter_count,
         f.return_type, int(f.is_exported), int(f.is_async), f.body_hash, f.signature_hash)
        for f in result.functions
    ]  # fmt: skip


def unresolve_callers(conn: apsw.Connection, ids: Sequence[int]) -> int:
    """Turn the edges to the functions ``ids``, which are about to be deleted, into unresolved
    calls of their callers' files (callers among ``ids`` go too); returns the rows written."""
    gone = set(ids)
    calls: Counter[tuple[str, str]] = Counter()
    for chunk, marks in _chunks(ids):
        for caller_id, file, name in conn.execute(
            "SELECT e.caller_id, caller.file, callee.name FROM call_edges e"
            " JOIN functions caller ON caller.id = e.caller_id"
            f" JOIN functions callee ON callee.id = e.callee_id WHERE e.callee_id IN ({marks})",
            chunk,
        ):
            if caller_id not in gone:
                calls[file, name] += 1
    return execute_rows(conn, ADD_UNRESOLVED, [(*key, n) for key, n in calls.items()])


def store_parses(parsed: Sequence[tuple[str, bytes, ParseResult, bool]]) -> Operation:
    """Upsert each file's functions (path, content hash, result, fresh) and cache fresh results.

    The value is the set of names of the functions added or deleted (one that moved to another
    line is both).
    """

    def run(conn: apsw.Connection) -> WriteResult:
        upserted = cached = unresolved = 0
        dropped: Counter[str] = Counter()
        changed: set[str] = set()
        now = int(time.time())
        for path, digest, result, fresh in parsed:
            existing = {
                (name, line): fid
                for fid, name, line in conn.execute(
                    "SELECT id, name, line FROM functions WHERE file = ?", (path,)
                )
            }
            keep = {(f.name, f.line) for f in result.functions}
            changed.update(name for name, _ in keep.symmetric_difference(existing))
            stale = [fid for key, fid in existing.items() if key not in keep]
            if stale:
                unresolved += unresolve_callers(conn, stale)
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
            ("unresolved_calls", "upsert"): unresolved,
        }
        return WriteResult({k: n for k, n in rows.items() if n}, frozenset(changed))

    return run


def remove_files(paths: Sequence[str]) -> Operation:
    """Delete the rows of the files ``paths`` from every per-file table; the value is the set of
    names of the functions deleted with them."""

    def run(conn: apsw.Connection) -> WriteResult:
        functions = [
            row
            for path in paths
            for row in conn.execute("SELECT id, name FROM functions WHERE file = ?", (path,))
        ]
        unresolved = unresolve_callers(conn, [fid for fid, _ in functions])
        rows = file_rows.as_write_rows(file_rows.delete_files(conn, paths))
        if unresolved:
            rows["unresolved_calls", "upsert"] = unresolved
        return WriteResult(rows, frozenset(name for _, name in functions))

    return run


def record_files(
    metadata: Sequence[Sequence[Any]], results: dict[str, ParseResult], links: Links
) -> Operation:
    """Replace the call edges and unresolved calls of the files ``results`` (path -> parse
    result) with ``links``, then write the file_metadata rows ``metadata`` of those that changed
    (an unchanged file linked again keeps its row)."""
    paths = [(path,) for path in results]
    changed = [row[0] for row in metadata]
    edge_rows = [
        (e.caller_id, e.callee_id, e.resolution, e.confidence, e.call_site_line)
        for e in links.edges
    ]
    unresolved_rows = [(*key, n) for key, n in links.unresolved.items()]

    def run(conn: apsw.Connection) -> WriteResult:
        removed = execute_rows(
            conn,
            "DELETE FROM call_edges WHERE caller_id IN (SELECT id FROM functions WHERE file = ?)",
            paths,
        )
        cleared = execute_rows(conn, "DELETE FROM unresolved_calls WHERE file = ?", paths)
        added = execute_rows(conn, UPSERT_EDGE, edge_rows)
        unresolved = execute_rows(conn, ADD_UNRESOLVED, unresolved_rows)
        written = execute_rows(conn, files.UPSERT, metadata)
        execute_rows(
            conn,
            "UPDATE file_metadata SET function_count = ?, error_count = ? WHERE path = ?",
            [(len(results[p].functions), results[p].errors, p) for p in changed],
        )
        rows = {("call_edges", "delete"): removed, ("call_edges", "upsert"): added,
                ("unresolved_calls", "delete"): cleared,
                ("unresolved_calls", "upsert"): unresolved,
                ("file_metadata", "upsert"): written}  # fmt: skip
        return WriteResult({k: n for k, n in rows.items() if n}, added)

    return run


def cached_results(conn: apsw.Connection, hashes: Sequence[bytes]) -> dict[bytes, str]:
    """parse_result_json of the cached hashes among ``hashes``."""
    found: dict[bytes, str] = {}
    for chunk, marks in _chunks(hashes):
        cached: list[tuple[bytes, str]] = list(
            conn.execute(
                "SELECT content_hash, parse_result_json FROM parse_cache"
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


def source_paths(conn: apsw.Connection) -> set[str]:
    """The recorded files of the parsed languages: the files an import may name."""
    languages = sorted(LANGUAGES)
    marks = ", ".join("?" * len(languages))
    return {
        row[0]
        for row in conn.execute(
            f"SELECT path FROM file_metadata WHERE language IN ({marks})", languages
        )
    }


# A recorded file whose parse result is cached, so that it can be linked without reading it.
_LINKABLE = (
    "SELECT f.path, f.content_hash FROM file_metadata f JOIN parse_cache p"
    " ON p.content_hash = f.content_hash AND p.language = f.language"
)


def files_to_relink(
    conn: apsw.Connection,
    callee_names: Collection[str],
    function_names: Collection[str],
    linked: Collection[str],
) -> list[tuple[str, bytes]]:
    """(path, content hash) of the recorded files, but ``linked``, whose calls may resolve
    otherwise now: those with unresolved calls to one of ``callee_names``, and those calling a
    function named one of ``function_names`` (an added one may be a better pick). Only files
    whose parse result is cached, by path."""
    found: set[str] = set()
    for chunk, marks in _chunks(sorted(callee_names)):
        found.update(
            row[0]
            for row in conn.execute(
                f"SELECT DISTINCT file FROM unresolved_calls WHERE callee_name IN ({marks})", chunk
            )
        )
    for chunk, marks in _chunks(sorted(function_names)):
        found.update(
            row[0]
            for row in conn.execute(
                "SELECT DISTINCT caller.file FROM functions callee"
                " JOIN call_edges e ON e.callee_id = callee.id"
                f" JOIN functions caller ON caller.id = e.caller_id WHERE callee.name IN ({marks})",
                chunk,
            )
        )
    relink: list[tuple[str, bytes]] = []
    for chunk, marks in _chunks(sorted(found.difference(linked))):
        relink.extend(conn.execute(f"{_LINKABLE} WHERE f.path IN ({marks})", chunk))
    return sorted(relink)


def linkable_files(conn: apsw.Connection, linked: Collection[str]) -> list[tuple[str, bytes]]:
    """(path, content hash) of every recorded file, but ``linked``, whose parse result is
    cached, by path: what a full scan links again."""
    excluded = set(linked)
    rows: list[tuple[str, bytes]] = list(conn.execute(f"{_LINKABLE} ORDER BY f.path"))
    return [row for row in rows if row[0] not in excluded]
