"""The single writer: group commit, savepoint isolation, acks after COMMIT, backpressure,
counters and clean shutdown."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import apsw
import grpc
import pytest

from services.common import errors
from services.common.database import Database
from services.common.writer import Writer, WriteResult, execute_rows


def make_database(tmp_path: Path) -> Database:
    database = Database.at(tmp_path / "w.db")
    conn = database.open_writer()
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL) STRICT")
    conn.close()
    return database


def insert(*rows: tuple[int, str | None]):
    def run(conn: apsw.Connection) -> WriteResult:
        n = execute_rows(conn, "INSERT INTO t (id, v) VALUES (?, ?)", rows)
        return WriteResult({("t", "insert"): n})

    return run


def count(database: Database) -> int:
    reader = database.open_reader()
    try:
        return reader.execute("SELECT COUNT(*) FROM t").get
    finally:
        reader.close()


@pytest.fixture
def database(tmp_path: Path) -> Database:
    return make_database(tmp_path)


def test_queued_commands_are_grouped_into_few_transactions(database: Database) -> None:
    """Commands queued while the writer is busy share one BEGIN IMMEDIATE ... COMMIT."""
    writer = Writer(database.open_writer(), queue_capacity=100, max_group_commands=10)
    futures = [writer.submit("insert", insert((i, "x"))) for i in range(30)]
    writer.start()
    assert [f.result(10).total_rows for f in futures] == [1] * 30
    stats = writer.stats()
    writer.close()
    assert stats.commands_committed == 30
    assert stats.transactions_committed == 3
    assert count(database) == 30


def test_a_failing_command_fails_only_its_own_caller(database: Database) -> None:
    """A constraint violation rolls back its savepoint; the rest of its group commits."""
    writer = Writer(database.open_writer(), max_group_commands=10)
    good_before = writer.submit("insert", insert((1, "a"), (2, "b")))
    bad = writer.submit("insert", insert((3, "c"), (4, None)))  # row 3 is fine, row 4 is not
    good_after = writer.submit("insert", insert((5, "e")))
    writer.start()
    assert good_before.result(10).total_rows == 2
    assert good_after.result(10).total_rows == 1
    with pytest.raises(apsw.ConstraintError):
        bad.result(10)
    stats = writer.stats()
    writer.close()
    assert stats.transactions_committed == 1
    assert stats.commands_failed == 1
    reader = database.open_reader()
    assert [r[0] for r in reader.execute("SELECT id FROM t ORDER BY id")] == [1, 2, 5]


def test_acknowledgement_comes_after_commit(database: Database) -> None:
    """When a command's future resolves, another connection already sees its rows."""
    writer = Writer(database.open_writer()).start()
    reader = database.open_reader()
    try:
        for i in range(20):
            writer.submit("insert", insert((i, "x"))).result(10)
            assert reader.execute("SELECT COUNT(*) FROM t").get == i + 1
    finally:
        writer.close()


def test_group_stays_open_for_late_commands_until_the_delay(database: Database) -> None:
    """A command arriving within max_group_delay joins the open transaction."""
    writer = Writer(database.open_writer(), max_group_delay=0.5).start()
    first = writer.submit("insert", insert((1, "a")))
    time.sleep(0.05)
    second = writer.submit("insert", insert((2, "b")))
    first.result(10), second.result(10)
    stats = writer.stats()
    writer.close()
    assert stats.transactions_committed == 1


def test_full_queue_blocks_a_thread_producer(database: Database) -> None:
    """With the queue full, submit() waits until the writer takes a command."""
    release = threading.Event()

    def blocker(conn: apsw.Connection) -> WriteResult:
        release.wait(10)
        return WriteResult()

    writer = Writer(database.open_writer(), queue_capacity=1, max_group_commands=1).start()
    writer.submit("block", blocker)
    time.sleep(0.05)  # the writer is now running the blocker; the queue is empty
    writer.submit("fill", insert((1, "a")))  # fills the queue
    returned = threading.Event()
    producer = threading.Thread(
        target=lambda: (writer.submit("wait", insert((2, "b"))), returned.set())
    )
    producer.start()
    assert not returned.wait(0.3), "submit() should wait while the queue is full"
    release.set()
    assert returned.wait(10)
    producer.join()
    writer.close()
    assert count(database) == 2


async def test_full_queue_suspends_a_coroutine_without_blocking_the_loop(
    database: Database,
) -> None:
    """submit_async() awaits while the queue is full; the event loop keeps running."""
    release = threading.Event()

    def blocker(conn: apsw.Connection) -> WriteResult:
        release.wait(10)
        return WriteResult()

    writer = Writer(database.open_writer(), queue_capacity=1, max_group_commands=1).start()
    await writer.submit_async("block", blocker)
    await asyncio.sleep(0.05)
    await writer.submit_async("fill", insert((1, "a")))
    waiting = asyncio.ensure_future(writer.execute("wait", insert((2, "b"))))
    ticks = 0
    for _ in range(10):  # the loop is free: other coroutines run while the producer waits
        await asyncio.sleep(0.01)
        ticks += 1
    assert ticks == 10 and not waiting.done()
    release.set()
    assert (await asyncio.wait_for(waiting, 10)).total_rows == 1
    writer.close()
    assert count(database) == 2


def test_counters_cover_tables_operations_failures_and_latency(database: Database) -> None:
    """Rows per (table, operation), commands, transactions, failures, queue and latencies."""

    def update(conn: apsw.Connection) -> WriteResult:
        n = execute_rows(conn, "UPDATE t SET v = ? WHERE id = ?", [("z", 1), ("z", 2)])
        return WriteResult({("t", "update"): n})

    writer = Writer(database.open_writer(), queue_capacity=8)
    writer.submit("insert", insert((1, "a"), (2, "b"), (3, "c")))
    writer.submit("update", update)
    last = writer.submit("bad", insert((1, "dup")))
    writer.start()
    assert isinstance(last.exception(10), apsw.ConstraintError)
    writer.close()  # joins the writer thread: the group has committed
    stats = writer.stats()
    assert stats.rows == {("t", "insert"): 3, ("t", "update"): 2}
    assert stats.commands_committed == 2
    assert stats.commands_failed == 1
    assert stats.transactions_committed == 1
    assert stats.queue_capacity == 8 and stats.queue_depth_max == 3 and stats.queue_depth == 0
    assert stats.commit_latency.samples == 1 and stats.ack_latency.samples == 2
    assert 0 < stats.ack_latency.p50_ms <= stats.ack_latency.max_ms


def test_close_drains_the_queue_and_checkpoints_the_wal(tmp_path: Path) -> None:
    """Everything queued before close() is committed; the WAL is folded into the database."""
    database = make_database(tmp_path)
    writer = Writer(database.open_writer(), queue_capacity=500)
    futures = [writer.submit("insert", insert((i, "x"))) for i in range(200)]
    writer.start()
    writer.close()
    assert all(f.result(0).total_rows == 1 for f in futures)
    wal = Path(database.filename + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert count(database) == 200


def test_commands_after_close_are_refused(database: Database) -> None:
    """A closed writer refuses new work with UNAVAILABLE instead of losing it."""
    writer = Writer(database.open_writer()).start()
    writer.close()
    with pytest.raises(errors.WriterClosed):
        writer.submit("insert", insert((1, "a")))


def test_a_command_that_loses_the_transaction_fails_alone_and_the_others_are_retried(
    database: Database,
) -> None:
    """If SQLite abandons the transaction (e.g. disk full), the command that caused it fails;
    the commands applied before it in the group are retried, each alone, and commit."""

    def abandon(conn: apsw.Connection) -> WriteResult:
        conn.execute("ROLLBACK")  # what SQLite does by itself on SQLITE_FULL or SQLITE_IOERR
        raise apsw.FullError("database or disk is full")

    writer = Writer(database.open_writer(), max_group_commands=10)
    first = writer.submit("insert", insert((1, "a")))
    second = writer.submit("insert", insert((2, "b")))
    failing = writer.submit("abandon", abandon)
    writer.start()
    with pytest.raises(apsw.FullError):
        failing.result(10)
    assert first.result(10).total_rows == 1 and second.result(10).total_rows == 1
    after = writer.submit("insert", insert((3, "c")))
    assert after.result(10).total_rows == 1
    writer.close()
    stats = writer.stats()
    assert (stats.transactions_failed, stats.transactions_committed) == (1, 3)
    assert (stats.commands_failed, stats.commands_committed) == (1, 3)
    assert count(database) == 3


def test_a_command_that_breaks_its_savepoint_fails_alone(database: Database) -> None:
    """If the writer's own RELEASE fails because of a command, that command fails; the group is
    rolled back, the others are retried alone, and the writer goes on."""

    def release_the_savepoint(conn: apsw.Connection) -> WriteResult:
        conn.execute("INSERT INTO t (id, v) VALUES (9, 'lost')")
        conn.execute("RELEASE command")  # the writer's RELEASE will now find no savepoint
        return WriteResult()

    writer = Writer(database.open_writer(), max_group_commands=10)
    before = writer.submit("insert", insert((1, "a")))
    broken = writer.submit("break", release_the_savepoint)
    writer.start()
    with pytest.raises(apsw.SQLError):
        broken.result(10)
    assert before.result(10).total_rows == 1
    assert writer.submit("insert", insert((2, "b"))).result(10).total_rows == 1
    writer.close()
    reader = database.open_reader()
    assert [r[0] for r in reader.execute("SELECT id FROM t ORDER BY id")] == [1, 2]


def make_deferred_database(tmp_path: Path) -> Database:
    """t plus a child table whose foreign key is checked only at COMMIT."""
    database = make_database(tmp_path)
    conn = database.open_writer()
    conn.execute(
        "CREATE TABLE child (id INTEGER PRIMARY KEY,"
        " parent INTEGER REFERENCES t (id) DEFERRABLE INITIALLY DEFERRED) STRICT"
    )
    conn.close()
    return database


def orphan(conn: apsw.Connection) -> WriteResult:
    """Insert a child of a missing parent: the statement succeeds, the COMMIT fails."""
    n = execute_rows(conn, "INSERT INTO child (id, parent) VALUES (?, ?)", [(1, 99)])
    return WriteResult({("child", "insert"): n})


def test_a_failing_commit_retries_each_command_alone(tmp_path: Path) -> None:
    """When COMMIT fails, every command of the group is retried in its own transaction: the
    one whose COMMIT fails again gets the error, the others commit."""
    database = make_deferred_database(tmp_path)
    writer = Writer(database.open_writer(), max_group_commands=10)
    before = writer.submit("insert", insert((1, "a")))
    bad = writer.submit("orphan", orphan)
    after = writer.submit("insert", insert((2, "b")))
    writer.start()
    with pytest.raises(apsw.ConstraintError, match="FOREIGN KEY"):
        bad.result(10)
    assert before.result(10).total_rows == 1 and after.result(10).total_rows == 1
    writer.close()
    stats = writer.stats()
    assert (stats.transactions_failed, stats.transactions_committed) == (2, 2)
    assert (stats.commands_failed, stats.commands_committed) == (1, 2)
    assert count(database) == 2


def test_a_command_following_a_failed_one_is_refused(tmp_path: Path) -> None:
    """A command that names its predecessor (``after``) is not applied if that one failed,
    even when it failed only at COMMIT, alone, after the group it shared was retried."""
    database = make_deferred_database(tmp_path)
    writer = Writer(database.open_writer(), max_group_commands=10)
    first = writer.submit("insert", insert((1, "a")))
    failing = writer.submit("orphan", orphan, after=first)
    follower = writer.submit("insert", insert((2, "b")), after=failing)
    writer.start()
    late = writer.submit("insert", insert((3, "c")), after=follower)
    assert first.result(10).total_rows == 1
    with pytest.raises(apsw.ConstraintError, match="FOREIGN KEY"):
        failing.result(10)
    for refused in (follower, late):
        with pytest.raises(errors.Aborted) as caught:
            refused.result(10)
        assert caught.value.message == "not applied: the command it follows failed"
    writer.close()
    assert count(database) == 1


def test_a_command_following_a_cancelled_one_is_refused(database: Database) -> None:
    """A predecessor cancelled while queued (its caller gave up) refuses its followers too."""
    writer = Writer(database.open_writer(), max_group_commands=10)
    cancelled = writer.submit("insert", insert((1, "a")))
    follower = writer.submit("insert", insert((2, "b")), after=cancelled)
    assert cancelled.cancel()
    writer.start()
    with pytest.raises(errors.Aborted):
        follower.result(10)
    writer.close()
    assert count(database) == 0


def test_a_command_following_a_failed_begin_is_refused(tmp_path: Path) -> None:
    """A predecessor that failed because BEGIN did (the database locked by another process)
    refuses its follower, although the lock is gone by the time the follower runs."""
    database = make_database(tmp_path)
    conn = database.open_writer()
    conn.setbusytimeout(0)
    other = database.open_writer()
    other.execute("BEGIN IMMEDIATE")
    writer = Writer(conn).start()
    first = writer.submit("insert", insert((1, "a")))
    with pytest.raises(apsw.BusyError):
        first.result(10)
    other.execute("ROLLBACK")
    other.close()
    follower = writer.submit("insert", insert((2, "b")), after=first)
    with pytest.raises(errors.Aborted):
        follower.result(10)
    assert writer.submit("insert", insert((3, "c"))).result(10).total_rows == 1
    writer.close()
    assert count(database) == 1


def test_a_command_cancelled_while_queued_is_skipped_and_harms_no_one(database: Database) -> None:
    """A caller that gives up (a cancelled RPC) cancels its queued command: it is not applied,
    and the commands around it, in the same group, commit and are acknowledged."""
    release = threading.Event()

    def blocker(conn: apsw.Connection) -> WriteResult:
        release.wait(10)
        return WriteResult()

    writer = Writer(database.open_writer(), max_group_commands=10).start()
    writer.submit("block", blocker)
    time.sleep(0.05)
    before = writer.submit("insert", insert((1, "a")))
    cancelled = writer.submit("insert", insert((2, "b")))
    after = writer.submit("insert", insert((3, "c")))
    assert cancelled.cancel()
    release.set()
    assert before.result(10).total_rows == 1 and after.result(10).total_rows == 1
    writer.close()
    reader = database.open_reader()
    assert [r[0] for r in reader.execute("SELECT id FROM t ORDER BY id")] == [1, 3]
    assert writer.stats().commands_failed == 0


async def test_when_the_writer_thread_dies_every_waiter_fails_unavailable(
    database: Database,
) -> None:
    """A command closes the writer's connection: the writer's own ROLLBACK fails and its thread
    dies. The commands it held, the queued ones, the producers waiting for room and every later
    submission fail at once with UNAVAILABLE (WRITER_FAILED); ``on_failure`` is told once."""
    told: list[BaseException] = []
    running = threading.Event()
    release = threading.Event()

    def close_the_connection(conn: apsw.Connection) -> WriteResult:
        running.set()
        release.wait(10)
        conn.close()
        return WriteResult()

    writer = Writer(
        database.open_writer(), queue_capacity=2, max_group_commands=10, on_failure=told.append
    )
    held = writer.submit("insert", insert((1, "a")))
    killer = writer.submit("close", close_the_connection)
    writer.start()  # takes both into one group
    assert await asyncio.to_thread(running.wait, 10)
    queued = [await writer.submit_async("insert", insert((i, "b"))) for i in (2, 3)]  # full
    waiting = asyncio.ensure_future(writer.submit_async("insert", insert((4, "c"))))
    blocked_thread = asyncio.ensure_future(asyncio.to_thread(writer.submit, "i", insert((5, "d"))))
    await asyncio.sleep(0)
    assert not waiting.done()  # the queue is full: the producer waits for room
    release.set()
    with pytest.raises(apsw.ConnectionClosedError):
        await asyncio.wait_for(asyncio.wrap_future(killer), 10)
    for future in (held, *queued):
        with pytest.raises(errors.WriterFailed) as caught:
            await asyncio.wait_for(asyncio.wrap_future(future), 10)
        assert (caught.value.code, caught.value.reason) == (
            grpc.StatusCode.UNAVAILABLE,
            "WRITER_FAILED",
        )
    for producer in (waiting, blocked_thread):
        with pytest.raises(errors.WriterFailed):
            await asyncio.wait_for(producer, 10)
    with pytest.raises(errors.WriterFailed):
        writer.submit("insert", insert((6, "e")))
    writer.close()
    assert len(told) == 1 and isinstance(told[0], apsw.ConnectionClosedError)
    assert writer.failed is told[0]
    assert count(database) == 0


def test_close_gives_up_on_a_command_that_does_not_end(database: Database) -> None:
    """close(timeout) returns once the timeout passes: the queued commands fail with
    WriterClosed; the running command still commits when it ends, and the thread then closes
    the connection."""
    running = threading.Event()
    release = threading.Event()

    def slow(conn: apsw.Connection) -> WriteResult:
        running.set()
        release.wait(10)
        return insert((1, "a"))(conn)

    writer = Writer(database.open_writer(), max_group_commands=1).start()
    slow_one = writer.submit("slow", slow)
    assert running.wait(10)
    queued = writer.submit("insert", insert((2, "b")))
    writer.close(timeout=0.1)
    with pytest.raises(errors.WriterClosed):
        queued.result(0)
    with pytest.raises(errors.WriterClosed):
        writer.submit("insert", insert((3, "c")))
    release.set()
    assert slow_one.result(10).total_rows == 1
    writer.close()  # joins the thread, which has closed the connection
    assert count(database) == 1
    assert writer.failed is None


async def test_a_bare_command_runs_between_transactions_after_those_queued_before_it(
    database: Database,
) -> None:
    """A bare command ends the group it is taken into: the commands before it commit first, and
    it runs outside any transaction (a checkpoint would fail inside one)."""
    writer = Writer(database.open_writer(), queue_capacity=100, max_group_commands=10)
    before = [writer.submit("insert", insert((i, "x"))) for i in range(3)]
    seen: list[tuple[bool, int]] = []

    def look(conn: apsw.Connection) -> WriteResult:
        seen.append((conn.in_transaction, conn.execute("SELECT COUNT(*) FROM t").get))
        return WriteResult(value="looked")

    bare = asyncio.ensure_future(writer.execute_bare("look", look))
    await asyncio.sleep(0)  # queued behind the three inserts
    writer.start()
    result = await asyncio.wait_for(bare, 10)
    writer.close()
    assert (result.value, seen, [f.result(10).total_rows for f in before]) == (
        "looked",
        [(False, 3)],
        [1, 1, 1],
    )


async def test_a_failing_bare_command_fails_its_caller_and_the_writer_goes_on(
    database: Database,
) -> None:
    writer = Writer(database.open_writer()).start()

    def broken(conn: apsw.Connection) -> WriteResult:
        conn.execute("SELECT * FROM no_such_table")
        return WriteResult()

    with pytest.raises(apsw.SQLError):
        await asyncio.wait_for(writer.execute_bare("broken", broken), 10)
    await asyncio.wait_for(writer.execute("insert", insert((1, "x"))), 10)
    writer.close()
    assert count(database) == 1
