"""Writing typed rows of any drift.db table (IngestRows).

Each table gets one INSERT built from its columns: an upsert on its natural key when the catalog
gives one (the row keeps its rowid and id; its other columns are replaced), a plain insert
otherwise. Unset optional fields take the column's default or NULL (see ``Column.value_sql``).
A batch may first delete the table's rows of some files (``replace_files``), in the same command,
so re-analysing a file never leaves stale rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from operator import attrgetter
from typing import Any

import apsw
from google.protobuf.message import Message

from services.common import errors
from services.common.writer import Operation, WriteResult, execute_rows
from services.drift_storage.table_schema import Table


class TableWriter:
    """The write path of one table."""

    def __init__(self, table: Table, field: str) -> None:
        self.table = table
        self.field = field  # the IngestRows oneof field, for error messages
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
        self._values = attrgetter(*names) if len(names) > 1 else lambda m: (getattr(m, names[0]),)
        # proto3 reads an unset number as 0: these need a presence check to become None.
        self._presence = [
            (i, c.name) for i, c in enumerate(table.columns) if c.optional and c.numeric
        ]
        # Text columns that identify a row must not be empty.
        identifying = {*spec.key, *((spec.file_column,) if spec.file_column else ())}
        self._required_text = [
            (i, c.name)
            for i, c in enumerate(table.columns)
            if c.name in identifying and c.type == "TEXT"
        ]

    def _rows(self, messages: Sequence[Message]) -> Iterator[Sequence[Any]]:
        if not self._presence:
            yield from map(self._values, messages)
            return
        for message in messages:
            values = list(self._values(message))
            for index, name in self._presence:
                if not message.HasField(name):
                    values[index] = None
            yield values

    def _checked(self, messages: Sequence[Message]) -> list[Sequence[Any]]:
        rows = list(self._rows(messages))
        for index, name in self._required_text:
            for position, row in enumerate(rows):
                if not row[index]:
                    raise errors.InvalidArgument(
                        errors.FieldViolation(
                            f"{self.field}.rows[{position}].{name}", "must not be empty"
                        )
                    )
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
        files = [(path,) for path in replace_files]

        def run(conn: apsw.Connection) -> WriteResult:
            rows = self._checked(messages)
            deleted = 0
            if files:
                delete = f"DELETE FROM {spec.table} WHERE {spec.file_column} = ?"
                deleted = execute_rows(conn, delete, files)
            written = execute_rows(conn, self.sql, rows) if rows else 0
            counts = {(spec.table, self.operation_name): written, (spec.table, "delete"): deleted}
            return WriteResult(
                {k: n for k, n in counts.items() if n}, (spec.table, written, deleted)
            )

        return run
