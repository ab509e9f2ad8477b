"""The columns of drift.db's tables, read from the schema the migrations built, and their types.

Both the contract generator (``table_protos``) and the running service (``table_writes``,
``table_reads``, ``tables_servicer``) derive everything column-related from here, so the API
follows the migrations and nothing restates a column list by hand. The rules that give a column
its protobuf type and field name are here too, once (see ``Column``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import apsw
from google.protobuf.timestamp_pb2 import Timestamp

from services.common.database import Database
from services.common.migrations import Schema, migrate
from services.drift_storage.store.catalog import FLAG_COLUMNS, FLAG_PREFIXES, TABLES, TableSpec

PROTO_TYPES = {"INTEGER": "int64", "REAL": "double", "TEXT": "string", "BLOB": "bytes"}
TIMESTAMP = "google.protobuf.Timestamp"
# The range of a google.protobuf.Timestamp: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
MIN_SECONDS = -62_135_596_800
MAX_SECONDS = 253_402_300_799


def snake(name: str) -> str:
    """``CallEdges`` -> ``call_edges``: protobuf field names from catalog names."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def seconds_of(value: Timestamp) -> int:
    """The Unix seconds a Timestamp holds; ValueError saying why when it has no exact column value
    (a fraction of a second, or seconds outside Timestamp's range)."""
    if value.nanos:
        raise ValueError(f"must be a whole second (nanos 0), got nanos={value.nanos}")
    if not MIN_SECONDS <= value.seconds <= MAX_SECONDS:
        raise ValueError(
            "must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, "
            f"got seconds={value.seconds}"
        )
    return value.seconds


@dataclass(frozen=True)
class Column:
    """A column and the field it is in the API.

    An INTEGER column is a flag (``bool``) when it is named ``is_*`` or ``has_*`` or is in
    ``catalog.FLAG_COLUMNS``, and a time (``google.protobuf.Timestamp`` of whole seconds) when it
    is named ``*_at`` or defaults to ``unixepoch()``; every other INTEGER is ``int64``. A column
    called ``name`` is the field ``<resource>_name`` (``functions.name`` is ``function_name``):
    ``name`` is the resource name in AIP-131.
    """

    name: str
    type: str  # INTEGER, REAL, TEXT or BLOB (every table is STRICT)
    not_null: bool
    default: str | None  # the SQL default expression, e.g. "0" or "unixepoch()"
    rowid_alias: bool  # an INTEGER PRIMARY KEY: the database assigns it when left NULL
    field: str  # the protobuf field name

    @property
    def optional(self) -> bool:
        """May a row leave it unset? Nullable, defaulted and rowid columns may."""
        return not self.not_null or self.default is not None or self.rowid_alias

    @property
    def numeric(self) -> bool:
        return self.type in ("INTEGER", "REAL")

    @property
    def is_flag(self) -> bool:
        return self.type == "INTEGER" and (
            self.name in FLAG_COLUMNS or self.name.startswith(FLAG_PREFIXES)
        )

    @property
    def is_time(self) -> bool:
        return self.type == "INTEGER" and (
            self.name.endswith("_at") or self.default == "unixepoch()"
        )

    @property
    def proto_type(self) -> str:
        if self.is_flag:
            return "bool"
        if self.is_time:
            return TIMESTAMP
        return PROTO_TYPES[self.type]

    def message_value(self, value: Any) -> Any:
        """A stored (non-NULL) value as its field holds it: flags as bools, times as Timestamps.

        A time outside Timestamp's range (written by other means) is passed on as stored.
        """
        if self.is_flag:
            return bool(value)
        if self.is_time:
            return Timestamp(seconds=value)
        return value

    @property
    def value_sql(self) -> str:
        """The VALUES expression binding this column, applying its default when unset.

        Unset optional text and bytes fields arrive empty and are stored as NULL (or the
        default); unset optional numbers, flags and times arrive as None.
        """
        value = "?"
        if self.optional and not self.numeric:
            value = f"NULLIF(?, {'X' if self.type == 'BLOB' else ''}'')"
        if self.default is not None:
            value = f"COALESCE({value}, {self.default})"
        return value


@dataclass(frozen=True)
class Table:
    """A catalog entry with the table's columns."""

    spec: TableSpec
    columns: tuple[Column, ...]

    @property
    def name(self) -> str:
        return self.spec.table

    @property
    def batch_field(self) -> str:
        """The table's member of the IngestRows ``batch`` oneof (and its List response field)."""
        return snake(self.spec.plural)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def field_name(spec: TableSpec, column: str) -> str:
    """The protobuf field of ``column``: its own name, but ``name`` is ``<resource>_name``."""
    return f"{snake(spec.resource)}_name" if column == "name" else column


def _rowid_alias(conn: apsw.Connection, table: str, pk_columns: list[str], name: str) -> bool:
    if pk_columns != [name]:
        return False
    # A single-column INTEGER PRIMARY KEY aliases the rowid unless declared DESC (never here);
    # it then has no separate index, which tells it apart from a composite or TEXT key.
    return not conn.execute(
        "SELECT 1 FROM pragma_index_list(?) WHERE origin = 'pk'", (table,)
    ).fetchall()


def load_tables(conn: apsw.Connection, specs: tuple[TableSpec, ...]) -> tuple[Table, ...]:
    """Each catalog entry with its columns, as ``conn``'s schema has them."""
    tables = []
    for spec in specs:
        # (cid, name, type, notnull, dflt_value, pk): cursor rows are untyped
        info: list[tuple[int, str, str, int, str | None, int]] = list(
            conn.execute(f"PRAGMA table_info({spec.table})")
        )
        if not info:
            raise LookupError(f"catalog table {spec.table!r} is not in the database")
        pk = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
        tables.append(
            Table(
                spec,
                tuple(
                    Column(
                        name=name,
                        type=declared.upper(),
                        not_null=bool(not_null),
                        default=default,
                        rowid_alias=declared.upper() == "INTEGER"
                        and _rowid_alias(conn, spec.table, pk, name),
                        field=field_name(spec, name),
                    )
                    for _, name, declared, not_null, default, _ in info
                ),
            )
        )
    return tuple(tables)


def current_tables(schema: Schema) -> tuple[Table, ...]:
    """The catalog's tables as the latest version of ``schema`` has them (every project's database
    is migrated to it when opened), read from a freshly migrated in-memory database."""
    conn = Database.at(":memory:").open_writer()
    try:
        migrate(conn, schema)
        return load_tables(conn, TABLES)
    finally:
        conn.close()
