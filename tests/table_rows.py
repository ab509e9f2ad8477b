"""Rows of drift.db's tables for the tests: a sample value of each column's field type, rows
setting every column, and rows written straight into a database file before a server opens it,
the way into the tables scans own (IngestRows cannot write them)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp

from services.common.database import Database
from services.common.migrations import migrate
from services.contracts.drift.storage.v1 import tables_pb2 as pb
from services.drift_storage.service import SCHEMA
from services.drift_storage.store.table_schema import Column, Table, current_tables
from services.drift_storage.store.table_writes import TableWriter

TABLES = current_tables(SCHEMA)
BY_NAME = {t.name: t for t in TABLES}
WRITABLE = [t for t in TABLES if not t.spec.read_only]
READ_ONLY = [t for t in TABLES if t.spec.read_only]
# The sample times: November 2023, in Unix seconds.
TIME = 1_700_000_000


def sample(column: Column, i: int = 7) -> Any:
    """A value of ``column``'s field, the ``i``-th of its kind. Bytes have 8 bytes: content
    hashes (file_metadata, parse_cache) are xxh3-64 values."""
    if column.is_flag:
        return bool(i % 2)
    if column.is_time:
        return Timestamp(seconds=TIME + i)
    return {"INTEGER": i, "REAL": 0.5, "TEXT": f"v{i}", "BLOB": bytes([i % 256]) * 8}[column.type]


def full_row(table: Table, i: int = 7, **fields: Any) -> Message:
    """A row setting every column (the ``i``-th sample of its type), ``fields`` overriding."""
    values = {c.field: sample(c, i) for c in table.columns}
    values.update(fields)
    return getattr(pb, f"{table.spec.resource}Row")(**values)


def write_directly(path: Path, rows: Iterable[tuple[Table, Sequence[Message]]]) -> None:
    """Migrate the database file at ``path`` and write ``rows`` into it, each table's through its
    own write path (``TableWriter``), in one transaction, before any server opens the file."""
    conn = Database.at(path).open_writer()
    try:
        migrate(conn, SCHEMA)
        with conn:
            for table, messages in rows:
                TableWriter(table).operation(messages, ())(conn)
    finally:
        conn.close()
