"""Opening a service's database: the one open-and-migrate routine, used by ``serve`` and
``migrate`` alike.

``open_database`` does, in this order and before anything writes to the file:

1. refuses a location that cannot be a database file (a directory, a path under a file);
2. takes the database's lock (``database_lock``): a second process fails at once naming the pid;
3. inspects the existing file read-only: refuses one that is not SQLite, whose schema is newer
   than ours, or that fails ``PRAGMA quick_check`` (``integrity_check=False`` skips the check, for
   huge files whose start-up should not read them whole). A refused file is left as it was: the
   ``-wal`` and ``-shm`` files that the read-only inspection itself created are removed again;
4. opens the read-write connection and applies pending migrations.

Every failure is a ``StorageError`` with a one-line message; the lock is released again.
``Storage`` is what a running service holds: the writer, the read pool and the lock.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import apsw

from services.common import errors
from services.common.config import ServerConfig
from services.common.database import Database
from services.common.database_lock import DatabaseLock
from services.common.migrations import (
    MigrationReport,
    Schema,
    check_integrity,
    migrate,
    read_version,
)
from services.common.read_pool import ReadPool
from services.common.writer import Writer

log = logging.getLogger(__name__)

SIDECARS = ("-wal", "-shm")


@dataclass
class Storage:
    """A service's database with its writer, read pool and lock: what servicers are given."""

    database: Database
    writer: Writer
    reads: ReadPool
    migration: MigrationReport
    lock: DatabaseLock | None = None

    def describe(self) -> str:
        """``db PATH, schema version N``, for the start-up line."""
        return f"db {self.database}, schema version {self.migration.to_version}"

    def single_storage(self) -> Storage:
        """This storage: the service's one database."""
        return self

    def close(self, timeout: float) -> None:
        """Close the readers, drain and stop the writer, then release the lock.

        The writer goes last so that its connection is the database's last one: it checkpoints
        the WAL and SQLite removes the ``-wal`` and ``-shm`` files. The lock goes after it, so no
        other process opens the file while it is still being written.
        """
        try:
            self.reads.close()
            self.writer.close(timeout)
        finally:
            if self.lock is not None:
                self.lock.release()


@dataclass(frozen=True)
class Opened:
    """A migrated read-write connection and the lock that makes it the only one."""

    conn: apsw.Connection
    report: MigrationReport
    lock: DatabaseLock | None


def _check_location(path: Path, label: str) -> None:
    """Refuse a path that cannot hold a database file; create its directory."""
    if path.is_dir():
        raise errors.DatabaseUnusable(f"{label}: {path} is a directory, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise errors.DatabaseUnusable(
            f"{label}: cannot create the directory {path.parent}: {exc.strerror or exc}"
        ) from None


def _inspect(database: Database, schema: Schema, label: str, integrity_check: bool) -> None:
    """Refuse an existing file that is not SQLite, newer than ``schema`` or damaged."""
    path = Path(database.filename)
    absent = [s for s in SIDECARS if not path.with_name(path.name + s).exists()]
    try:
        inspector = database.open_inspector()
    except apsw.Error as exc:
        raise errors.DatabaseUnusable(f"{label} cannot be opened: {exc}") from None
    if inspector is None:
        return
    try:
        read_version(inspector, schema, label)
        if integrity_check:
            check_integrity(inspector, label)
    except BaseException:
        inspector.close()
        _remove_created(path, absent)
        raise
    inspector.close()


def _remove_created(path: Path, absent: list[str]) -> None:
    """Remove the sidecar files a read-only inspection created (an empty ``-wal``, its ``-shm``).

    A ``-wal`` that holds frames is never removed: it would be someone's committed data.
    """
    wal = path.with_name(path.name + "-wal")
    if "-wal" in absent and wal.exists() and wal.stat().st_size > 0:
        return
    for suffix in absent:
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def _unwritable(label: str, exc: apsw.Error) -> errors.StorageError:
    """The one-line error for a database that cannot be opened or written at start."""
    if isinstance(exc, apsw.FullError):
        return errors.DiskFull(f"{label} cannot be written: the disk is full ({exc})")
    return errors.DatabaseUnusable(f"{label} cannot be opened for writing: {exc}")


def open_database(
    database: Database, schema: Schema, label: str, *, integrity_check: bool = True
) -> Opened:
    """Lock, inspect, open and migrate ``database`` (see the module docstring)."""
    lock = None
    if not database.in_memory:
        path = Path(database.filename)
        _check_location(path, label)
        lock = DatabaseLock.acquire(path)
    try:
        if not database.in_memory:
            _inspect(database, schema, label, integrity_check)
        try:
            conn = database.open_writer()
        except apsw.Error as exc:
            raise _unwritable(label, exc) from None
        try:
            report = migrate(conn, schema, label)
        except BaseException as exc:
            conn.close()
            if isinstance(exc, apsw.Error):
                raise _unwritable(label, exc) from None
            raise
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Opened(conn, report, lock)


def open_storage(
    schema: Schema,
    config: ServerConfig,
    on_writer_failure: Callable[[BaseException], None] | None = None,
) -> Storage:
    """``open_storage_at`` of ``config.db``."""
    return open_storage_at(Database.at(config.db), schema, config, on_writer_failure)


def open_storage_at(
    database: Database,
    schema: Schema,
    config: ServerConfig,
    on_writer_failure: Callable[[BaseException], None] | None = None,
    label: str | None = None,
) -> Storage:
    """``open_database`` of ``database``, then start the writer thread and the read pool.

    ``on_writer_failure`` is called from the writer thread if it dies.
    """
    label = label or f"{schema.name} database {database}"
    opened = open_database(database, schema, label, integrity_check=config.integrity_check)
    if opened.report.applied:
        log.info(
            "%s migrated from version %d to %d (%s)",
            label,
            opened.report.from_version,
            opened.report.to_version,
            ", ".join(opened.report.applied),
        )
    writer = Writer(
        opened.conn,
        name=schema.name,
        queue_capacity=config.queue_capacity,
        max_group_commands=config.max_group_commands,
        max_group_delay=config.max_group_delay_ms / 1000,
        on_failure=on_writer_failure,
    ).start()
    try:
        reads = ReadPool(database, config.read_pool_size)
    except BaseException:
        writer.close()
        if opened.lock is not None:
            opened.lock.release()
        raise
    return Storage(database, writer, reads, opened.report, opened.lock)
