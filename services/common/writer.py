"""The single writer of a service's database (invariant 1 of ARCHITECTURE.md).

One thread owns the only read-write connection. Producers submit ``Command`` objects to a bounded
queue and wait for an acknowledgement that is sent only after COMMIT. The thread groups the
commands already queued into one ``BEGIN IMMEDIATE`` transaction, up to ``max_group_commands``;
once the queue is empty it waits for more until ``max_group_delay`` seconds after the group
opened (default 0: commit at once, so a lone write is not delayed). Every command runs
inside its own savepoint, so a failing command is rolled back alone and only its own caller sees
the error. Nothing else in the code base begins or ends a transaction on the writer connection.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

import apsw

from services.common import errors
from services.common.bounded_queue import BoundedQueue, QueueClosed
from services.common.write_stats import WriteCounters, WriteStatsSnapshot

log = logging.getLogger(__name__)

DEFAULT_QUEUE_CAPACITY = 64
DEFAULT_MAX_GROUP_COMMANDS = 64
DEFAULT_MAX_GROUP_DELAY = 0.0


@dataclass
class WriteResult:
    """What a command wrote: rows per (table, operation), and an optional value for its caller."""

    rows: dict[tuple[str, str], int] = field(default_factory=dict)
    value: Any = None

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


Operation = Callable[[apsw.Connection], WriteResult]


@dataclass
class Command:
    """A unit of work: ``run`` executes inside a savepoint of the writer's transaction."""

    name: str
    run: Operation
    future: Future[WriteResult] = field(default_factory=Future)
    submitted_at: float = field(default_factory=time.perf_counter)


def execute_rows(conn: apsw.Connection, sql: str, rows: Iterable[Sequence[Any]]) -> int:
    """Run ``sql`` once per row with ``executemany``; returns the rows it changed."""
    before = conn.total_changes()
    conn.executemany(sql, rows)
    return conn.total_changes() - before


def execute_changes(conn: apsw.Connection, sql: str, params: Sequence[Any] = ()) -> int:
    """Run one statement; returns the rows it changed."""
    before = conn.total_changes()
    conn.execute(sql, params)
    return conn.total_changes() - before


class Writer:
    """The writer thread of one database connection."""

    def __init__(
        self,
        conn: apsw.Connection,
        *,
        name: str = "writer",
        queue_capacity: int = DEFAULT_QUEUE_CAPACITY,
        max_group_commands: int = DEFAULT_MAX_GROUP_COMMANDS,
        max_group_delay: float = DEFAULT_MAX_GROUP_DELAY,
    ) -> None:
        if max_group_commands < 1 or max_group_delay < 0:
            raise ValueError("max_group_commands must be >= 1 and max_group_delay >= 0")
        self._conn = conn
        self._queue: BoundedQueue[Command] = BoundedQueue(queue_capacity)
        self._max_group_commands = max_group_commands
        self._max_group_delay = max_group_delay
        self._counters = WriteCounters()
        self._thread = threading.Thread(target=self._loop, name=f"{name}-writer", daemon=True)

    # -- producer side -------------------------------------------------------------------------

    def start(self) -> Writer:
        self._thread.start()
        return self

    def submit(self, name: str, run: Operation) -> Future[WriteResult]:
        """Queue a command from a thread, blocking while the queue is full."""
        command = Command(name, run)
        try:
            self._queue.put(command)
        except QueueClosed:
            raise errors.WriterClosed("the service is shutting down; no more writes") from None
        return command.future

    async def submit_async(self, name: str, run: Operation) -> Future[WriteResult]:
        """Queue a command from a coroutine, awaiting while the queue is full."""
        command = Command(name, run)
        try:
            await self._queue.put_async(command)
        except QueueClosed:
            raise errors.WriterClosed("the service is shutting down; no more writes") from None
        return command.future

    async def execute(self, name: str, run: Operation) -> WriteResult:
        """Queue a command and wait for its acknowledgement (after COMMIT)."""
        return await asyncio.wrap_future(await self.submit_async(name, run))

    def stats(self) -> WriteStatsSnapshot:
        return self._counters.snapshot(
            len(self._queue), self._queue.capacity, self._queue.max_depth
        )

    def close(self, timeout: float | None = None) -> None:
        """Refuse new commands, finish the queued ones, checkpoint the WAL and close."""
        self._queue.close()
        if self._thread.is_alive():
            self._thread.join(timeout)
        elif not self._thread.ident:
            self._finish()

    # -- writer thread -------------------------------------------------------------------------

    def _loop(self) -> None:
        try:
            while (first := self._queue.get()) is not None:
                if not _claim(first):
                    continue
                taken = [first]
                try:
                    self._run_group(taken)
                except Exception as exc:  # one of the writer's own statements failed
                    log.exception("writer: transaction abandoned")
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    unresolved = [c for c in taken if not c.future.done()]
                    self._fail(unresolved, exc, transaction_failed=True)
        finally:
            self._finish()

    def _finish(self) -> None:
        try:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except apsw.Error as exc:
            log.warning("WAL checkpoint at shutdown failed: %s", exc)
        self._conn.close()

    def _run_group(self, taken: list[Command]) -> None:
        """Run ``taken[0]`` and the commands that follow it in one transaction.

        Every command taken from the queue is appended to ``taken`` first, so that the caller
        can fail whatever is unresolved if this raises.
        """
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except apsw.Error as exc:
            self._fail(taken, exc, transaction_failed=True)
            return
        opened = time.perf_counter()
        done: list[tuple[Command, WriteResult]] = []
        command: Command | None = taken[0]
        while command is not None:
            if not self._apply(command, done):
                return
            if len(taken) >= self._max_group_commands:
                break
            command = self._take(opened)
            if command is not None:
                taken.append(command)
        started = time.perf_counter()
        try:
            conn.execute("COMMIT")
        except apsw.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            self._fail([c for c, _ in done], exc, transaction_failed=True)
            return
        now = time.perf_counter()
        with self._counters.lock:
            self._counters.transactions_committed += 1
            self._counters.commands_committed += len(done)
            self._counters.commit_ms.append((now - started) * 1000)
            for command, result in done:
                self._counters.rows.update(result.rows)
                self._counters.ack_ms.append((now - command.submitted_at) * 1000)
        for command, result in done:
            command.future.set_result(result)

    def _take(self, opened: float) -> Command | None:
        """The next queued command still wanted, if one comes before the group's delay ends."""
        while True:
            remaining = self._max_group_delay - (time.perf_counter() - opened)
            command = self._queue.get(timeout=max(remaining, 0.0))
            if command is None or _claim(command):
                return command

    def _apply(self, command: Command, done: list[tuple[Command, WriteResult]]) -> bool:
        """Run one command in a savepoint; False if SQLite rolled back the whole transaction."""
        conn = self._conn
        conn.execute("SAVEPOINT command")
        try:
            result = command.run(conn)
        except Exception as exc:  # the error belongs to the command's caller
            if conn.in_transaction:
                conn.execute("ROLLBACK TO command")
                conn.execute("RELEASE command")
                self._fail([command], exc)
                return True
            # Errors such as a full disk make SQLite abandon the transaction: the commands
            # applied before this one in the group are lost too, so their callers learn it.
            self._fail([command, *(c for c, _ in done)], exc, transaction_failed=True)
            return False
        conn.execute("RELEASE command")
        done.append((command, result))
        return True

    def _fail(
        self, commands: list[Command], exc: Exception, transaction_failed: bool = False
    ) -> None:
        with self._counters.lock:
            self._counters.commands_failed += len(commands)
            self._counters.transactions_failed += int(transaction_failed)
        for command in commands:
            command.future.set_exception(exc)


def _claim(command: Command) -> bool:
    """Mark ``command`` running, so it can no longer be cancelled; False if it already was.

    A caller that gave up (a cancelled RPC) cancels its future; such a command is not applied.
    """
    return command.future.set_running_or_notify_cancel()
