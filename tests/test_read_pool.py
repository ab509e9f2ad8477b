"""The read pool: read-only connections confined to their threads, seeing committed writes."""

from __future__ import annotations

import threading
from pathlib import Path

import apsw
import pytest

from services.common.database import Database
from services.common.read_pool import ReadPool
from services.common.writer import Writer, WriteResult, execute_rows


def insert(value: int):
    def run(conn: apsw.Connection) -> WriteResult:
        return WriteResult(
            {("t", "insert"): execute_rows(conn, "INSERT INTO t VALUES (?)", [(value,)])}
        )

    return run


@pytest.fixture(params=["file", "memory"])
def database(request: pytest.FixtureRequest, tmp_path: Path):
    database = Database.at(tmp_path / "r.db" if request.param == "file" else ":memory:")
    conn = database.open_writer()
    conn.execute("CREATE TABLE t (x INTEGER) STRICT")
    writer = Writer(conn).start()
    yield database, writer
    writer.close()


def total(conn: apsw.Connection) -> int:
    return conn.execute("SELECT COALESCE(SUM(x), 0) FROM t").get


async def test_readers_see_every_committed_write(database) -> None:
    """After each acknowledged write, a query through the pool sees it (file and in-memory)."""
    db, writer = database
    pool = ReadPool(db, size=3)
    try:
        expected = 0
        for value in range(1, 30):
            await writer.execute("insert", insert(value))
            expected += value
            assert await pool.run(total) == expected
    finally:
        pool.close()


def test_each_connection_stays_on_one_thread(database) -> None:
    """Queries run on at most `size` threads, and each thread always uses the same connection."""
    db, _ = database
    pool = ReadPool(db, size=2)

    def where(conn: apsw.Connection) -> tuple[int, int]:
        return threading.get_ident(), id(conn)

    try:
        seen = {pool.run_sync(where) for _ in range(50)}
    finally:
        pool.close()
    threads = {thread for thread, _ in seen}
    connections = {conn for _, conn in seen}
    assert len(threads) <= 2
    assert len(connections) == len(threads) == len(seen)


def test_reader_connections_cannot_write(database) -> None:
    """query_only and a read-only open: a write through the pool is refused."""
    db, _ = database
    pool = ReadPool(db, size=1)
    try:
        with pytest.raises(apsw.ReadOnlyError):
            pool.run_sync(lambda conn: conn.execute("INSERT INTO t VALUES (1)"))
        assert pool.run_sync(lambda conn: conn.execute("PRAGMA query_only").get) == 1
    finally:
        pool.close()


def test_readers_never_change_the_journal_mode(tmp_path: Path) -> None:
    """Opening and querying through the pool leaves a rollback-journal database as it was."""
    path = tmp_path / "rollback.db"
    setup = apsw.Connection(str(path))
    setup.execute(
        "PRAGMA journal_mode = DELETE; CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7)"
    ).fetchall()
    setup.close()
    pool = ReadPool(Database.at(path), size=2)
    try:
        assert pool.run_sync(total) == 7
    finally:
        pool.close()
    check = apsw.Connection(str(path))
    assert check.execute("PRAGMA journal_mode").get == "delete"
    assert not Path(f"{path}-wal").exists()
