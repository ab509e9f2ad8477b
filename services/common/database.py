"""Where a service's database lives and how its connections are opened.

A service has exactly one read-write connection (held by its ``Writer``) and a pool of read-only
connections. Pragmas follow the Rust system (drift-schema.md §1.0): WAL, synchronous NORMAL,
foreign keys, 5 s busy timeout, ~64 MB page cache, 256 MiB mmap, in-memory temp store,
incremental auto-vacuum. Read-only connections set only per-connection pragmas plus
``query_only``: they never change the journal mode or anything stored in the file.

``:memory:`` selects test mode: a named in-memory database on SQLite's ``memdb`` VFS, which every
connection of the process opening the same name shares (a private ``:memory:`` database would be
invisible to the read pool).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import apsw

from services.common import errors

MEMORY = ":memory:"
BUSY_TIMEOUT_MS = 5000
CACHE_SIZE_KIB = -64000
MMAP_SIZE = 268_435_456

_CONNECTION_PRAGMAS = (
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    f"PRAGMA cache_size = {CACHE_SIZE_KIB}",
    f"PRAGMA mmap_size = {MMAP_SIZE}",
    "PRAGMA temp_store = MEMORY",
)


@dataclass(frozen=True)
class Database:
    """A database location: a file path, or a process-wide in-memory database name."""

    filename: str
    in_memory: bool = False

    @classmethod
    def at(cls, path: str | Path) -> Database:
        """The database at ``path``; ``:memory:`` gives a fresh shared in-memory database."""
        if str(path) == MEMORY:
            return cls(f"file:/drift-services-{uuid.uuid4().hex}?vfs=memdb", in_memory=True)
        return cls(str(Path(path)))

    def __str__(self) -> str:
        return MEMORY if self.in_memory else self.filename

    @property
    def exists(self) -> bool:
        return self.in_memory or Path(self.filename).exists()

    def _open(self, flags: int) -> apsw.Connection:
        if self.in_memory:
            flags |= apsw.SQLITE_OPEN_URI
        return apsw.Connection(self.filename, flags=flags)

    def open_writer(self) -> apsw.Connection:
        """The read-write connection, with the writer pragmas applied. Creates the file."""
        if not self.in_memory:
            Path(self.filename).parent.mkdir(parents=True, exist_ok=True)
        conn = self._open(apsw.SQLITE_OPEN_READWRITE | apsw.SQLITE_OPEN_CREATE)
        for pragma in _CONNECTION_PRAGMAS:
            conn.execute(pragma)
        # auto_vacuum only takes effect before the first table exists; Rust databases have it.
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        mode = conn.execute("PRAGMA journal_mode = WAL").get
        if not self.in_memory and str(mode).lower() != "wal":
            conn.close()
            raise errors.DatabaseUnusable(f"{self}: could not switch to WAL (journal_mode={mode})")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def open_copy_target(self) -> apsw.Connection:
        """A plain read-write connection to a new file, for SQLite's online backup to fill: no
        pragmas, since the backup brings the source's page size, auto_vacuum and journal mode."""
        return self._open(apsw.SQLITE_OPEN_READWRITE | apsw.SQLITE_OPEN_CREATE)

    def open_reader(self) -> apsw.Connection:
        """A read-only connection that sees what the writer committed."""
        conn = self._open(apsw.SQLITE_OPEN_READONLY)
        for pragma in _CONNECTION_PRAGMAS:
            conn.execute(pragma)
        conn.execute("PRAGMA query_only = ON")
        return conn

    def open_inspector(self) -> apsw.Connection | None:
        """A read-only connection with no side effects, to inspect an existing file before use.

        Returns None for a file that does not exist yet and for in-memory databases. Unlike a
        read-write connection, closing it never checkpoints a WAL into the main file, so a
        refused database stays byte-for-byte unchanged.
        """
        if self.in_memory or not self.exists:
            return None
        conn = self._open(apsw.SQLITE_OPEN_READONLY)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return conn
