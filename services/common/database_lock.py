"""One process per database file: an exclusive OS lock on ``<db>.lock`` beside it.

A second ``serve`` (or a ``migrate``) on a file a running service owns would be a second writer:
it could mark the other's live scan failed or migrate the schema under it. The lock is taken
before anything else opens the database and held for the life of the service. It is a
``flock(2)`` lock, so the kernel releases it when the holder exits, however it exits (kill -9
included): a stale lock file never blocks a restart. The file holds the holder's pid, only to
name it in the refusal; the lock, not the file's presence, is what counts, so the file is never
deleted (deleting it would let two processes lock two different files of the same name).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

from services.common import errors


def lock_path(database: Path) -> Path:
    """Where the lock of ``database`` lives: ``<db>.lock`` in the same directory."""
    return database.with_name(database.name + ".lock")


class DatabaseLock:
    """A held lock on one database file; ``release`` (or process exit) gives it up."""

    def __init__(self, database: Path, fd: int) -> None:
        self.database = database
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, database: Path) -> DatabaseLock:
        """Lock ``database`` for this process, or refuse at once naming the holder's pid."""
        path = lock_path(database)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise errors.DatabaseUnusable(
                f"cannot create the lock file {path}: {exc.strerror or exc}",
                metadata={"lockFile": str(path)},
            ) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = _holder(fd)
            os.close(fd)
            who = f"process {holder}" if holder else "another process"
            raise errors.DatabaseLocked(
                f"{database} is in use by {who} (lock {path}); stop that drift-services "
                "process first, or use another --db / --data-dir",
                metadata={"database": str(database), "pid": holder},
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        return cls(database, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Give the lock up (idempotent)."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


def _holder(fd: int) -> str:
    """The pid the holder wrote into the lock file, or "" if it has not written it yet."""
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return text if text.isdigit() else ""
