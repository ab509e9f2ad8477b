"""The single writer of a service's database (invariant 1 of ARCHITECTURE.md).

One thread owns the only read-write connection. Producers submit ``Command`` objects to a bounded
queue and wait for an acknowledgement that is sent only after COMMIT. The thread groups the
commands already queued into one ``BEGIN IMMEDIATE`` transaction, up to ``max_group_commands``;
once the queue is empty it waits for more until ``max_group_delay`` seconds after the group
opened (default 0: commit at once, so a lone write is not delayed). Every command runs
inside its own savepoint, so a failing command is rolled back alone and only its own caller sees
the error. Nothing else in the code base begins or ends a transaction on the writer connection.

A command may name the future of the command it must follow (``after``: the previous batch of a
stream); if that one failed or was cancelled, it is refused with ``errors.Aborted`` instead of
applied, so nothing after a failed batch of a stream is ever written.

Some errors lose the whole group transaction rather than one savepoint: SQLite abandons the
transaction on a full disk or an I/O error, a command may break its own savepoint, COMMIT may
fail. The command that caused it gets its error; the commands that had applied fine before it
(all of them if COMMIT failed) are innocent: they are retried in order, each in a fresh
transaction of its own, so that a command that fails on its own fails alone, and one whose retry
fails gets that error. An operation must therefore be safe to run again: it writes through the
connection only and returns its result.

If the writer thread itself dies (its own ROLLBACK fails, or any unexpected exception in its
loop), every waiting caller fails at once with ``errors.WriterFailed`` (UNAVAILABLE): the
commands it held, the queued ones and the producers waiting for room; later submissions are
refused the same way. ``failed`` then holds the exception and ``on_failure`` is called with it,
once, from the writer thread.
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
DEFAULT_CLOSE_TIMEOUT = 10.0


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
    """A unit of work: ``run`` executes inside a savepoint of the writer's transaction.

    ``after`` is the future of the command this one must follow (the previous batch of a
    stream): if that one failed or was cancelled, this one is refused instead of applied.
    """

    name: str
    run: Operation
    after: Future[WriteResult] | None = None
    # Run between transactions rather than inside one: for the statements SQLite refuses in a
    # transaction (a WAL checkpoint).
    bare: bool = False
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
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        if max_group_commands < 1 or max_group_delay < 0:
            raise ValueError("max_group_commands must be >= 1 and max_group_delay >= 0")
        self._conn = conn
        self._queue: BoundedQueue[Command] = BoundedQueue(queue_capacity)
        self._max_group_commands = max_group_commands
        self._max_group_delay = max_group_delay
        self._on_failure = on_failure
        self._failed: BaseException | None = None
        self._counters = WriteCounters()
        self._thread = threading.Thread(target=self._loop, name=f"{name}-writer", daemon=True)

    # -- producer side -------------------------------------------------------------------------

    def start(self) -> Writer:
        self._thread.start()
        return self

    @property
    def failed(self) -> BaseException | None:
        """The exception that killed the writer thread, or None while it is alive or closed."""
        return self._failed

    def submit(
        self, name: str, run: Operation, after: Future[WriteResult] | None = None
    ) -> Future[WriteResult]:
        """Queue a command from a thread, blocking while the queue is full.

        ``after``: the future of the command this one must follow (see ``Command``).
        """
        command = Command(name, run, after)
        try:
            self._queue.put(command)
        except QueueClosed:
            raise self._refusal() from None
        return command.future

    async def submit_async(
        self, name: str, run: Operation, after: Future[WriteResult] | None = None
    ) -> Future[WriteResult]:
        """Queue a command from a coroutine, awaiting while the queue is full."""
        command = Command(name, run, after)
        try:
            await self._queue.put_async(command)
        except QueueClosed:
            raise self._refusal() from None
        return command.future

    async def execute(self, name: str, run: Operation) -> WriteResult:
        """Queue a command and wait for its acknowledgement (after COMMIT)."""
        return await asyncio.wrap_future(await self.submit_async(name, run))

    async def execute_bare(self, name: str, run: Operation) -> WriteResult:
        """Queue a command that runs on the writer's connection between two transactions, in
        none (a WAL checkpoint cannot run inside one), and wait for it to end."""
        command = Command(name, run, bare=True)
        try:
            await self._queue.put_async(command)
        except QueueClosed:
            raise self._refusal() from None
        return await asyncio.wrap_future(command.future)

    def stats(self) -> WriteStatsSnapshot:
        return self._counters.snapshot(
            len(self._queue), self._queue.capacity, self._queue.max_depth
        )

    def close(self, timeout: float = DEFAULT_CLOSE_TIMEOUT) -> None:
        """Refuse new commands, finish the queued ones, checkpoint the WAL and close.

        Waits at most ``timeout`` seconds. If the thread is still busy then (a command that does
        not end), the commands still queued fail with ``WriterClosed`` and ``close`` returns; the
        transaction in progress is left to end, committed or not, after which the thread
        checkpoints and closes the connection itself (unless the process exits first, which
        leaves the database as a crash would: every transaction whole or absent).
        """
        self._queue.close()
        if not self._thread.ident:  # never started: nothing will run what was queued
            self._refuse_queued()
            self._finish()
            return
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("writer: still busy %.1f s after close; queued commands fail", timeout)
            self._refuse_queued()

    def _refusal(self) -> errors.Unavailable:
        """The error for a command that will never run: the writer failed or is closing."""
        if self._failed is not None:
            return errors.WriterFailed("the writer failed (see the server log); no more writes")
        return errors.WriterClosed("the service is shutting down; no more writes")

    def _refuse_queued(self) -> None:
        """Fail every command still queued with the refusal for new commands."""
        for command in self._queue.drain():
            if _claim(command):
                self._fail([command], self._refusal())

    # -- writer thread -------------------------------------------------------------------------

    def _loop(self) -> None:
        held: list[Command] = []  # the commands taken for the current group
        try:
            while (first := self._queue.get()) is not None:
                if not _claim(first):
                    continue
                held = [first]
                if not first.bare:
                    for command in self._transaction(held, group=True):
                        self._transaction([command], group=False)
                    first = held[-1]
                if first.bare and not first.future.done():
                    self._run_bare(first)
        except BaseException as exc:  # the writer's own statements failed: it cannot go on
            self._die(exc, held)
        finally:
            self._finish()

    def _die(self, exc: BaseException, held: list[Command]) -> None:
        """Fail every waiting caller, refuse new commands, and tell ``on_failure``."""
        log.critical("writer: the writer thread failed; no more writes", exc_info=exc)
        self._failed = exc
        self._queue.close()  # wakes the producers waiting for room: they get WriterFailed
        for command in held:
            if not command.future.done():
                self._fail([command], self._refusal())
        self._refuse_queued()
        if self._on_failure is not None:
            try:
                self._on_failure(exc)
            except Exception:
                log.exception("writer: the on_failure callback failed")

    def _finish(self) -> None:
        try:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except apsw.Error as exc:
            log.warning("WAL checkpoint at shutdown failed: %s", exc)
        self._conn.close()

    def _transaction(self, taken: list[Command], group: bool) -> list[Command]:
        """Run ``taken[0]`` (and, if ``group``, the queued commands that follow it) in one
        transaction; returns the commands to retry alone if the transaction was lost.

        Every command taken from the queue is appended to ``taken`` first, so that the loop can
        fail whatever is unresolved if the writer dies.
        """
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except apsw.Error as exc:
            self._fail(taken, exc, transaction_failed=True)
            return []
        opened = time.perf_counter()
        done: list[tuple[Command, WriteResult]] = []
        command: Command | None = taken[0]
        while command is not None:
            if not self._apply(command, done):
                self._rollback()
                return [c for c, _ in done]
            if not group or len(taken) >= self._max_group_commands:
                break
            command = self._take(opened)
            if command is not None:
                taken.append(command)
                if command.bare:  # it ends the group, and runs once the transaction has
                    break
        started = time.perf_counter()
        try:
            conn.execute("COMMIT")
        except apsw.Error as exc:
            self._rollback()
            if group and len(done) > 1:  # alone, each command fails or commits on its own
                with self._counters.lock:
                    self._counters.transactions_failed += 1
                return [c for c, _ in done]
            self._fail([c for c, _ in done], exc, transaction_failed=True)
            return []
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
        return []

    def _run_bare(self, command: Command) -> None:
        try:
            result = command.run(self._conn)
        except Exception as exc:  # the error belongs to the command's caller
            self._fail([command], exc)
            return
        command.future.set_result(result)

    def _take(self, opened: float) -> Command | None:
        """The next queued command still wanted, if one comes before the group's delay ends."""
        while True:
            remaining = self._max_group_delay - (time.perf_counter() - opened)
            command = self._queue.get(timeout=max(remaining, 0.0))
            if command is None or _claim(command):
                return command

    def _apply(self, command: Command, done: list[tuple[Command, WriteResult]]) -> bool:
        """Run one command in a savepoint; False if it lost the whole transaction."""
        if command.after is not None and _unsuccessful(command.after):
            self._fail(
                [command], errors.PreviousBatchFailed("not applied: the command it follows failed")
            )
            return True
        conn = self._conn
        try:
            conn.execute("SAVEPOINT command")
            result = command.run(conn)
            conn.execute("RELEASE command")
        except Exception as exc:  # the error belongs to the command's caller
            if self._undo():
                self._fail([command], exc)
                return True
            # Errors such as a full disk make SQLite abandon the transaction (so does a command
            # that breaks its savepoint): the commands applied before it in the group are lost.
            self._fail([command], exc, transaction_failed=True)
            return False
        done.append((command, result))
        return True

    def _undo(self) -> bool:
        """Roll back the failed command's savepoint; False if the transaction cannot be kept."""
        conn = self._conn
        try:
            if not conn.in_transaction:
                return False
            conn.execute("ROLLBACK TO command")
            conn.execute("RELEASE command")
        except apsw.Error:
            return False
        return True

    def _rollback(self) -> None:
        """End a lost transaction; if even this fails, the writer dies (see ``_die``)."""
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

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


def _unsuccessful(after: Future[WriteResult]) -> bool:
    """Whether the command of future ``after`` failed or was cancelled.

    One still pending was taken before the command that follows it, into the same transaction:
    it shares that command's fate, so it does not refuse it.
    """
    return after.done() and (after.cancelled() or after.exception() is not None)
