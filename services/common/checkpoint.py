"""A WAL checkpoint on request: the log copied into the database file and truncated."""

from __future__ import annotations

from typing import NamedTuple

import apsw

from services.common.writer import WriteResult


class Checkpointed(NamedTuple):
    """What ``PRAGMA wal_checkpoint`` reported."""

    busy: bool
    wal_frames: int
    checkpointed_frames: int


def checkpoint(conn: apsw.Connection) -> WriteResult:
    """Copy every frame of the log into the database (FULL), then truncate the log (TRUNCATE);
    for ``Writer.execute_bare``, as a checkpoint cannot run in a transaction. The result's value
    is a ``Checkpointed``: the frames FULL found and copied (TRUNCATE reports 0 for a log it
    emptied), busy if either was kept from finishing by a reader."""
    # Cursor rows are untyped: the annotations give the pragma's three integers.
    full: tuple[int, int, int] = conn.execute("PRAGMA wal_checkpoint(FULL)").get
    truncate: tuple[int, int, int] = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").get
    busy, wal_frames, checkpointed = full
    return WriteResult(value=Checkpointed(bool(busy or truncate[0]), wal_frames, checkpointed))
