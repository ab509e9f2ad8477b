"""Rows of ``memories`` and its four link tables: inserting a memory, reading memories (now or
as of a past time) with their links.

A memory's past states are in ``memory_states`` (kept by triggers, migration 0016): the state
current at time T is the row itself if it was last changed at or before T, else the state whose
interval ``[recorded_from, recorded_until)`` holds T. Links are read as they are now.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import apsw

from services.cortex_storage.model.times import NOW_SQL

COLUMNS = (
    "id", "memory_type", "content", "summary", "transaction_time", "valid_time", "valid_until",
    "confidence", "importance", "last_accessed", "access_count", "tags", "archived",
    "superseded_by", "supersedes", "content_hash", "created_at", "updated_at", "namespace_id",
    "source_agent",
)  # fmt: skip
SELECT_COLUMNS = ", ".join(COLUMNS)
# The same columns out of memory_states, whose id column is memory_id.
STATE_COLUMNS = ", ".join("memory_id AS id" if c == "id" else c for c in COLUMNS)


@dataclass
class Links:
    """A memory's links, each as its table's columns."""

    patterns: list[tuple[str, str]] = field(default_factory=list)
    constraints: list[tuple[str, str]] = field(default_factory=list)
    # file_path, line_start, line_end, content_hash
    files: list[tuple[str, int | None, int | None, str | None]] = field(default_factory=list)
    # function_name, file_path, signature
    functions: list[tuple[str, str, str | None]] = field(default_factory=list)


@dataclass
class MemoryRow:
    """A memory as stored: its columns in ``COLUMNS`` order, and its links."""

    id: str
    memory_type: str
    content: str
    summary: str
    transaction_time: str
    valid_time: str
    valid_until: str | None
    confidence: float
    importance: str
    last_accessed: str
    access_count: int
    tags: str
    archived: int
    superseded_by: str | None
    supersedes: str | None
    content_hash: str
    created_at: str
    updated_at: str
    namespace_id: str | None
    source_agent: str | None
    links: Links = field(default_factory=Links)

    @property
    def tag_list(self) -> list[str]:
        """The tags, each once, in stored order (stored as a JSON array, which a Rust-written row
        may hold with repeats; anything else reads as none)."""
        try:
            value = json.loads(self.tags)
        except ValueError:
            return []
        if not isinstance(value, list):
            return []
        return list(dict.fromkeys(t for t in value if isinstance(t, str)))


@dataclass
class NewMemory:
    """What creating a memory writes. Times left None are stamped with SQLite's clock."""

    id: str
    memory_type: str
    content: str
    content_hash: str
    summary: str
    confidence: float
    importance: str
    tags: list[str]
    namespace_id: str
    source_agent: str
    valid_time: str | None = None
    valid_until: str | None = None
    links: Links = field(default_factory=Links)
    # Kept from an export on import; stamped now otherwise.
    transaction_time: str | None = None
    last_accessed: str | None = None
    access_count: int = 0
    archived: bool = False
    superseded_by: str | None = None
    supersedes: str | None = None
    created_at: str | None = None
    updated_at: str | None = None


def tags_json(tags: Sequence[str]) -> str:
    """Tags as the stored JSON array."""
    return json.dumps(list(tags), ensure_ascii=False, separators=(",", ":"))


def insert(conn: apsw.Connection, memory: NewMemory) -> None:
    """Insert ``memory`` and its links (the id must be free)."""
    now = f"COALESCE(?, {NOW_SQL})"
    conn.execute(
        f"INSERT INTO memories ({SELECT_COLUMNS}) VALUES (?, ?, ?, ?, {now}, "
        f"COALESCE(?, ?, {NOW_SQL}), ?, ?, ?, {now}, ?, ?, ?, ?, ?, ?, {now}, {now}, ?, ?)",
        (
            memory.id, memory.memory_type, memory.content, memory.summary,
            memory.transaction_time, memory.valid_time, memory.transaction_time,
            memory.valid_until, memory.confidence, memory.importance, memory.last_accessed,
            memory.access_count, tags_json(memory.tags), int(memory.archived),
            memory.superseded_by, memory.supersedes, memory.content_hash, memory.created_at,
            memory.updated_at, memory.namespace_id, memory.source_agent,
        ),
    )  # fmt: skip
    insert_links(conn, memory.id, memory.links)


def insert_links(conn: apsw.Connection, memory_id: str, links: Links) -> None:
    """Add ``links`` to the memory, replacing links with the same key."""
    conn.executemany(
        "INSERT OR REPLACE INTO memory_patterns (memory_id, pattern_id, pattern_name) "
        "VALUES (?, ?, ?)",
        [(memory_id, *link) for link in links.patterns],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO memory_constraints (memory_id, constraint_id, constraint_name) "
        "VALUES (?, ?, ?)",
        [(memory_id, *link) for link in links.constraints],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO memory_files (memory_id, file_path, line_start, line_end, "
        "content_hash) VALUES (?, ?, ?, ?, ?)",
        [(memory_id, *link) for link in links.files],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO memory_functions (memory_id, function_name, file_path, "
        "signature) VALUES (?, ?, ?, ?)",
        [(memory_id, *link) for link in links.functions],
    )


def delete_links(conn: apsw.Connection, memory_id: str) -> None:
    """Remove every link of the memory."""
    for table in ("memory_patterns", "memory_constraints", "memory_files", "memory_functions"):
        conn.execute(f"DELETE FROM {table} WHERE memory_id = ?", (memory_id,))


def exists(conn: apsw.Connection, memory_id: str) -> bool:
    """Is there a memory with this id (archived or not)?"""
    return bool(conn.execute("SELECT 1 FROM memories WHERE id = ?", (memory_id,)).fetchall())


def as_of_source(moment: str | None) -> tuple[str, tuple[str, ...]]:
    """SQL of a row source with ``COLUMNS`` holding every memory as it was at ``moment`` (the
    ``memories`` table itself for None), and its parameters; use it as ``FROM (...) AS m``."""
    if moment is None:
        return "memories", ()
    return (
        f"(SELECT {SELECT_COLUMNS} FROM memories WHERE created_at <= ?1 AND updated_at <= ?1 "
        f"UNION ALL SELECT {STATE_COLUMNS} FROM memory_states "
        "WHERE recorded_from <= ?1 AND recorded_until > ?1 AND created_at <= ?1)",
        (moment,),
    )


def load(conn: apsw.Connection, memory_id: str, moment: str | None = None) -> MemoryRow | None:
    """The memory with its links (as of ``moment`` if given); None if it does not (yet) exist."""
    found = load_many(conn, [memory_id], moment)
    return found[0] if found else None


def load_many(
    conn: apsw.Connection, ids: Sequence[str], moment: str | None = None, links: bool = True
) -> list[MemoryRow]:
    """The memories of ``ids`` that exist (as of ``moment``), in the order of ``ids``."""
    source, params = as_of_source(moment)
    found_rows = conn.execute(
        f"SELECT {SELECT_COLUMNS} FROM {source} AS m WHERE id IN (SELECT value FROM json_each(?))",
        (*params, json.dumps(list(ids))),
    )
    by_id = {m.id: m for m in map(_memory_row, found_rows)}
    found = [by_id[i] for i in dict.fromkeys(ids) if i in by_id]
    if links:
        attach_links(conn, found)
    return found


def rows(conn: apsw.Connection, sql: str, params: Iterable[object] = ()) -> list[MemoryRow]:
    """Memories of a query selecting ``COLUMNS`` in order (links not loaded)."""
    return [_memory_row(row) for row in conn.execute(sql, tuple(params))]


def _memory_row(values: Sequence[Any]) -> MemoryRow:
    return MemoryRow(*values)


def attach_links(conn: apsw.Connection, memories: Sequence[MemoryRow]) -> None:
    """Load the links of ``memories`` (four queries, whatever their number)."""
    if not memories:
        return
    by_id = {m.id: m for m in memories}
    ids = json.dumps(list(by_id))
    keyed = "memory_id IN (SELECT value FROM json_each(?))"
    for memory_id, *link in conn.execute(
        f"SELECT memory_id, pattern_id, pattern_name FROM memory_patterns WHERE {keyed} "
        "ORDER BY memory_id, created_at, pattern_id",
        (ids,),
    ):
        by_id[memory_id].links.patterns.append((link[0], link[1]))
    for memory_id, *link in conn.execute(
        f"SELECT memory_id, constraint_id, constraint_name FROM memory_constraints WHERE {keyed} "
        "ORDER BY memory_id, created_at, constraint_id",
        (ids,),
    ):
        by_id[memory_id].links.constraints.append((link[0], link[1]))
    for memory_id, *link in conn.execute(
        "SELECT memory_id, file_path, line_start, line_end, content_hash FROM memory_files "
        f"WHERE {keyed} ORDER BY memory_id, created_at, file_path",
        (ids,),
    ):
        by_id[memory_id].links.files.append((link[0], link[1], link[2], link[3]))
    for memory_id, *link in conn.execute(
        "SELECT memory_id, function_name, file_path, signature FROM memory_functions "
        f"WHERE {keyed} ORDER BY memory_id, created_at, function_name, file_path",
        (ids,),
    ):
        by_id[memory_id].links.functions.append((link[0], link[1], link[2]))
