"""Read-only connections, each confined to its own worker thread (invariant 2).

Every query of a service runs here, never on the writer's connection. A query is a plain function
``fn(conn, *args)``; ``run`` executes it on one of the pool's threads, in one read transaction,
and awaits the result without blocking the event loop.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import apsw

from services.common.database import Database

T = TypeVar("T")
DEFAULT_READERS = 4


class ReadPool:
    """``size`` threads, each holding one read-only connection to ``database``."""

    def __init__(self, database: Database, size: int = DEFAULT_READERS) -> None:
        if size < 1:
            raise ValueError("a read pool needs at least one connection")
        self._database = database
        self._local = threading.local()
        self._connections: list[apsw.Connection] = []
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(
            max_workers=size, thread_name_prefix="reader", initializer=self._open
        )
        self.size = size

    def _open(self) -> None:
        conn = self._database.open_reader()
        self._local.conn = conn
        with self._lock:
            self._connections.append(conn)

    def _call(self, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        conn: apsw.Connection = self._local.conn
        # One read transaction a query: its statements (a page and the count of all matching
        # rows, say) all see the same commit.
        with conn:
            result = fn(conn, *args)
        return result

    def run_sync(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(conn, *args)`` on a reader thread and wait for it (for non-async callers)."""
        return self._executor.submit(self._call, fn, args).result()

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(conn, *args)`` on a reader thread."""
        return await asyncio.wrap_future(self._executor.submit(self._call, fn, args))

    def close(self) -> None:
        """Wait for running queries, then close every connection."""
        self._executor.shutdown(wait=True)
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
