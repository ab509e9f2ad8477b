"""Writing typed rows of any drift.db table (IngestRows, for the tables that are not read-only).

Each table gets one INSERT built from its columns: an upsert on its natural key when the catalog
gives one (the row keeps its rowid and id; its other columns are replaced), a plain insert
otherwise. Unset optional fields take the column's default or NULL (see ``Column.value_sql``).
A batch may first delete the table's rows of some files (``replace_files``), in the same command,
so re-analysing a file never leaves stale rows.

Rows are checked and converted before they are written: times (Timestamps) become Unix seconds
and must be whole seconds within Timestamp's range, and set unless the column is optional;
identifying text is not empty, REAL values are finite (SQLite would store NaN as NULL), and ids a
client sets lie in ``MIN_CLIENT_ID..MAX_CLIENT_ID``. Flags (bools) are bound as 0 and 1.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Sequence
from operator import attrgetter, itemgetter
from typing import Any

import apsw
from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp

from services.common import errors
from services.common.writer import Operation, WriteResult, execute_rows
from services.drift_storage.store import file_rows
from services.drift_storage.store.table_schema import Table, seconds_of

# Ids a client may set (INTEGER PRIMARY KEY columns, which alias the rowid). SQLite's rowid ends
# at 2^63-1, and once a table holds that id an AUTOINCREMENT table can never get another row
# (SQLITE_FULL). Capping client ids at 2^53-1 leaves the database 2^63 - 2^53 ids of headroom
# above any id a client chose, and keeps every client-chosen id exact in a JavaScript number
# (Number.MAX_SAFE_INTEGER) for the Node client.
MIN_CLIENT_ID = 1
MAX_CLIENT_ID = 2**53 - 1
MAX_ROWID = 2**63 - 1


def _id_space_exhausted(conn: apsw.Connection, table: str) -> bool:
    """Did ``table`` use its last rowid, so SQLite can assign it no new one?

    That is the SQLITE_FULL an insert gets from an AUTOINCREMENT table whose sequence reached
    2^63-1 (AUTOINCREMENT never reuses an id), while the disk may have plenty of room.
    """
    top: int | None = conn.execute(f"SELECT max(rowid) FROM {table}").get
    if top == MAX_ROWID:
        return True
    if not conn.execute("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_sequence'").fetchall():
        return False
    sequence: int | None = conn.execute(
        "SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)
    ).get
    return sequence is not None and sequence >= MAX_ROWID


def _first_not_finite(values: list[float | None]) -> int | None:
    """The index of the first NaN or infinite value, if any."""
    # NaN and infinities are truthy, so they reach the sum, which is then not finite; a finite
    # sum clears the whole column with one pass in C.
    if math.isfinite(sum(filter(None, values))):
        return None
    return next((i for i, v in enumerate(values) if v is not None and not math.isfinite(v)), None)


class TableWriter:
    """The write path of one table."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.field = table.batch_field  # the IngestRows oneof member, for error messages
        spec = table.spec
        names = [c.name for c in table.columns]
        sql = (
            f"INSERT INTO {spec.table} ({', '.join(names)}) "
            f"VALUES ({', '.join(c.value_sql for c in table.columns)})"
        )
        if spec.key:
            updates = [n for n in names if n not in spec.key and not table.column(n).rowid_alias]
            action = (
                "DO UPDATE SET " + ", ".join(f"{n} = excluded.{n}" for n in updates)
                if updates
                else "DO NOTHING"
            )
            sql += f" ON CONFLICT ({', '.join(spec.key)}) {action}"
        self.sql = sql
        self.operation_name = "upsert" if spec.key else "insert"
        fields = [c.field for c in table.columns]
        self._values = (
            attrgetter(*fields) if len(fields) > 1 else lambda m: (getattr(m, fields[0]),)
        )
        columns = list(enumerate(table.columns))
        # proto3 reads an unset number as 0: these need a presence check to become None.
        self._presence = [
            (i, c.field) for i, c in columns if c.optional and c.numeric and not c.is_time
        ]
        # Timestamps become seconds; an unset one is None (the default or NULL) where allowed.
        self._times = [(i, c.field, c.optional) for i, c in columns if c.is_time]
        # Text columns that identify a row must not be empty.
        identifying = {*spec.key, *((spec.file_column,) if spec.file_column else ())}
        self._required_text = [
            (i, c.field) for i, c in columns if c.name in identifying and c.type == "TEXT"
        ]
        self._ids = [(i, c.field) for i, c in columns if c.rowid_alias]
        self._reals = [(i, c.field) for i, c in columns if c.type == "REAL"]

    def _seconds(self, value: Timestamp, position: int, field: str) -> int:
        try:
            return seconds_of(value)
        except ValueError as exc:
            raise self._refuse(position, field, str(exc)) from None

    def _rows(self, messages: Sequence[Message]) -> Iterator[Sequence[Any]]:
        if not self._presence and not self._times:
            yield from map(self._values, messages)
            return
        for position, message in enumerate(messages):
            values = list(self._values(message))
            for index, field in self._presence:
                if not message.HasField(field):
                    values[index] = None
            for index, field, optional in self._times:
                if message.HasField(field):
                    values[index] = self._seconds(values[index], position, field)
                elif optional:
                    values[index] = None
                else:
                    raise self._refuse(position, field, "must be set")
            yield values

    def _refuse(self, position: int, name: str, description: str) -> errors.InvalidArgument:
        return errors.InvalidArgument(
            errors.FieldViolation(f"{self.field}.rows[{position}].{name}", description)
        )

    def _checked(self, messages: Sequence[Message]) -> list[Sequence[Any]]:
        rows = list(self._rows(messages))
        for index, name in self._required_text:
            for position, row in enumerate(rows):
                if not row[index]:
                    raise self._refuse(position, name, "must not be empty")
        for index, name in self._ids:
            ids = list(map(itemgetter(index), rows))
            present = [i for i in ids if i is not None]
            if present and (min(present) < MIN_CLIENT_ID or max(present) > MAX_CLIENT_ID):
                position, value = next(
                    (p, i)
                    for p, i in enumerate(ids)
                    if i is not None and not MIN_CLIENT_ID <= i <= MAX_CLIENT_ID
                )
                raise self._refuse(
                    position,
                    name,
                    f"must be between {MIN_CLIENT_ID} and {MAX_CLIENT_ID} (or unset, to have "
                    f"one assigned), got {value}",
                )
        for index, name in self._reals:
            values = list(map(itemgetter(index), rows))
            if (bad := _first_not_finite(values)) is not None:
                raise self._refuse(bad, name, f"must be a finite number, got {values[bad]}")
        return rows

    def operation(self, messages: Sequence[Message], replace_files: Sequence[str]) -> Operation:
        """Validate, then (in the writer) delete ``replace_files``'s rows and write ``messages``.

        The result's value is (table, rows written, rows deleted).
        """
        spec = self.table.spec
        if replace_files and spec.file_column is None:
            raise errors.InvalidArgument(
                errors.FieldViolation("replace_files", f"{spec.table} rows do not belong to files")
            )
        if not messages and not replace_files:
            raise errors.InvalidArgument(
                errors.FieldViolation(f"{self.field}.rows", "a batch needs rows or replace_files")
            )
        files = list(replace_files)

        def run(conn: apsw.Connection) -> WriteResult:
            rows = self._checked(messages)
            removed: Counter[str] = Counter()
            if files and spec.file_column:
                # The one delete routine, which scans use for removed files too.
                removed = file_rows.delete_files(conn, files, [(spec.table, spec.file_column)])
            deleted = removed[spec.table]
            try:
                written = execute_rows(conn, self.sql, rows) if rows else 0
            except apsw.FullError as exc:
                if _id_space_exhausted(conn, spec.table):
                    raise errors.IdSpaceExhausted(
                        f"the id space of table {spec.table} is exhausted: its ids reached "
                        f"{MAX_ROWID}, SQLite's largest, so no new row can get one",
                        metadata={"table": spec.table},
                    ) from exc
                raise
            counts = {
                **file_rows.as_write_rows(removed),
                (spec.table, self.operation_name): written,
            }
            return WriteResult(
                {k: n for k, n in counts.items() if n}, (spec.table, written, deleted)
            )

        return run
