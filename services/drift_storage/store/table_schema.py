"""The columns of drift.db's tables, read from the schema the migrations built.

Both the contract generator (``table_protos``) and the running service (``table_writes``,
``table_reads``) derive everything column-related from here, so the API follows
the migrations and nothing restates a column list by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import apsw

from services.drift_storage.content_hash import CONTENT_HASH_BYTES
from services.drift_storage.store.catalog import TableSpec

PROTO_TYPES = {"INTEGER": "int64", "REAL": "double", "TEXT": "string", "BLOB": "bytes"}


def snake(name: str) -> str:
    """``CallEdges`` -> ``call_edges``: protobuf field names from catalog names."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # INTEGER, REAL, TEXT or BLOB (every table is STRICT)
    not_null: bool
    default: str | None  # the SQL default expression, e.g. "0" or "unixepoch()"
    rowid_alias: bool  # an INTEGER PRIMARY KEY: the database assigns it when left NULL

    @property
    def optional(self) -> bool:
        """May a row leave it unset? Nullable, defaulted and rowid columns may."""
        return not self.not_null or self.default is not None or self.rowid_alias

    @property
    def numeric(self) -> bool:
        return self.type in ("INTEGER", "REAL")

    @property
    def byte_length(self) -> int | None:
        """The exact length of a BLOB column's values, for columns that have one."""
        return CONTENT_HASH_BYTES if self.type == "BLOB" and self.name == "content_hash" else None

    @property
    def proto_type(self) -> str:
        return PROTO_TYPES[self.type]

    @property
    def value_sql(self) -> str:
        """The VALUES expression binding this column, applying its default when unset.

        Unset optional text and bytes fields arrive empty and are stored as NULL (or the
        default); unset optional numbers arrive as None.
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

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


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
                    )
                    for _, name, declared, not_null, default, _ in info
                ),
            )
        )
    return tuple(tables)
