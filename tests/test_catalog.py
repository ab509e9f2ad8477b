"""The drift.db table catalog (``services/drift_storage/store/catalog.py``) matches the
migrated schema.

Every ``TableSpec`` must name a real table, a key the database can upsert on (``ON CONFLICT``
needs a PRIMARY KEY or UNIQUE index on exactly those columns), and real columns for its filters,
file column and time column; the names it gives the generated messages and RPCs must be valid and
distinct.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import apsw
import pytest

from services.common.database import Database
from services.common.migrations import migrate
from services.contracts.drift.storage.v1 import drift_storage_pb2
from services.drift_storage.service import SCHEMA
from services.drift_storage.store.catalog import TABLES, TableSpec
from services.drift_storage.store.table_schema import current_tables

_CREATE_TABLE = re.compile(r"CREATE TABLE IF NOT EXISTS (\w+)", re.IGNORECASE)
_CAMEL_CASE = re.compile(r"^[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)*$")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@pytest.fixture(scope="module")
def conn() -> Iterator[apsw.Connection]:
    connection = Database.at(":memory:").open_writer()
    migrate(connection, SCHEMA)
    yield connection
    connection.close()


def snake_case(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def columns(conn: apsw.Connection, table: str) -> dict[str, str]:
    """Column name -> declared type."""
    return {
        name: decl_type
        for name, decl_type in conn.execute(
            "SELECT name, type FROM pragma_table_info(?)", (table,)
        ).fetchall()
    }


def unique_keys(conn: apsw.Connection, table: str) -> set[frozenset[str]]:
    """The column sets of the table's PRIMARY KEY and UNIQUE constraints.

    An INTEGER PRIMARY KEY is the rowid and has no index in ``pragma_index_list``, so it is read
    from ``pragma_table_info`` instead.
    """
    keys = {
        frozenset(
            column
            for (column,) in conn.execute(
                "SELECT name FROM pragma_index_info(?)", (index,)
            ).fetchall()
        )
        for (index,) in conn.execute(
            "SELECT name FROM pragma_index_list(?) WHERE origin IN ('pk', 'u')", (table,)
        ).fetchall()
    }
    pk = conn.execute(
        "SELECT name, type FROM pragma_table_info(?) WHERE pk > 0", (table,)
    ).fetchall()
    if len(pk) == 1 and pk[0][1].upper() == "INTEGER":
        keys.add(frozenset({pk[0][0]}))
    return keys


def migration_order() -> list[str]:
    """The tables in the order the migration files create them."""
    return [
        name for migration in SCHEMA.migrations() for name in _CREATE_TABLE.findall(migration.sql)
    ]


def spec_id(spec: TableSpec) -> str:
    return spec.table


def test_the_catalog_lists_the_48_tables_once_each_in_migration_order(
    conn: apsw.Connection,
) -> None:
    """TABLES names each of drift.db's 48 analysis tables once (the 46 of 0001..0009, then
    ``unresolved_calls`` of 0012 and ``finding_snapshots`` of 0015), in the order the migrations
    create them; the service's own ``project`` table (0011) is not in the tables API."""
    created = [name for name in migration_order() if name != "project"]
    in_database = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
        ).fetchall()
    ]
    assert len(created) == 48
    assert in_database == [*created[:46], "project", *created[46:]]
    assert [spec.table for spec in TABLES] == created


@pytest.mark.parametrize("spec", TABLES, ids=spec_id)
def test_every_key_is_a_primary_key_or_unique_constraint(
    conn: apsw.Connection, spec: TableSpec
) -> None:
    """A non-empty key is exactly the column set of a PRIMARY KEY or UNIQUE constraint."""
    if not spec.key:
        return
    assert len(set(spec.key)) == len(spec.key)
    assert frozenset(spec.key) in unique_keys(conn, spec.table)


@pytest.mark.parametrize("spec", TABLES, ids=spec_id)
def test_an_append_only_table_has_only_a_surrogate_id(
    conn: apsw.Connection, spec: TableSpec
) -> None:
    """A table left without a key has no natural one: its only unique key is the rowid ``id``."""
    if spec.key:
        return
    assert unique_keys(conn, spec.table) == {frozenset({"id"})}


@pytest.mark.parametrize("spec", TABLES, ids=spec_id)
def test_filters_file_and_time_columns_are_columns_of_the_table(
    conn: apsw.Connection, spec: TableSpec
) -> None:
    """Every filter, the file column and the time column exist; the time column is INTEGER."""
    declared = columns(conn, spec.table)
    assert set(spec.filters) <= set(declared)
    assert len(set(spec.filters)) == len(spec.filters)
    if spec.file_column is not None:
        assert declared.get(spec.file_column) == "TEXT"
        assert spec.file_column in spec.filters
    if spec.time_column is not None:
        assert declared.get(spec.time_column) == "INTEGER"
        assert spec.time_column not in spec.filters


def test_resource_and_plural_names_are_camel_case_and_unique() -> None:
    """Resources and plurals are CamelCase protobuf identifiers, each used once, never equal."""
    names = [spec.resource for spec in TABLES] + [spec.plural for spec in TABLES]
    assert [n for n in names if not _CAMEL_CASE.match(n) or not _IDENTIFIER.match(n)] == []
    assert [n for n, count in Counter(names).items() if count > 1] == []
    oneof_fields = [snake_case(spec.plural) for spec in TABLES]
    assert [f for f, count in Counter(oneof_fields).items() if count > 1] == []


def test_generated_rpc_and_message_names_do_not_collide() -> None:
    """List<Plural>, Get<Resource> and their messages are distinct from each other and from
    the messages DriftStorageService already defines in the drift.storage.v1 package."""
    rpcs = [f"List{spec.plural}" for spec in TABLES] + [f"Get{spec.resource}" for spec in TABLES]
    assert [r for r, count in Counter(rpcs).items() if count > 1] == []
    messages = [f"{spec.resource}{kind}" for spec in TABLES for kind in ("Row", "Batch")] + [
        f"{rpc}{suffix}" for rpc in rpcs for suffix in ("Request", "Response")
    ]
    assert [m for m, count in Counter(messages).items() if count > 1] == []
    existing = set(drift_storage_pb2.DESCRIPTOR.message_types_by_name) | set(
        drift_storage_pb2.DESCRIPTOR.enum_types_by_name
    )
    assert sorted(existing & set(messages)) == []


def test_flags_are_the_integer_columns_holding_0_or_1() -> None:
    """The flag rule (``is_*``, ``has_*`` and ``catalog.FLAG_COLUMNS``) picks exactly the boolean
    columns of the migrations, all INTEGER NOT NULL; counts such as gates_passed stay int64."""
    tables = current_tables(SCHEMA)
    flags = {(t.name, c.name) for t in tables for c in t.columns if c.is_flag}
    assert flags == {
        ("functions", "is_exported"),
        ("functions", "is_async"),
        ("taint_flows", "is_sanitized"),
        ("impact_scores", "is_dead_code"),
        ("constraints", "enabled"),
        ("constraint_verifications", "passed"),
        ("constants", "is_used"),
        ("constants", "is_named"),
        ("env_variables", "has_default"),
        ("env_variables", "defined_in_env"),
        ("wrappers", "is_multi_primitive"),
        ("wrappers", "is_exported"),
        ("dna_mutations", "resolved"),
        ("violations", "suppressed"),
        ("violations", "is_new"),
        ("gate_results", "passed"),
        ("policy_results", "overall_passed"),
    }
    flagged = [c for t in tables for c in t.columns if c.is_flag]
    assert {(c.type, c.not_null, c.default) for c in flagged} <= {
        ("INTEGER", True, "0"),
        ("INTEGER", True, "1"),
        ("INTEGER", True, None),
    }
    assert {c.proto_type for c in flagged} == {"bool"}


def test_times_are_the_unix_seconds_columns() -> None:
    """The time rule (``*_at``, or a ``unixepoch()`` default) makes every time column a
    Timestamp; the two not named ``*_at`` are found by their default; a file's mtime_secs (half
    of a seconds-and-nanoseconds pair) and the durations are not times."""
    tables = current_tables(SCHEMA)
    times = [(t.name, c) for t in tables for c in t.columns if c.is_time]
    assert {c.type for _, c in times} == {"INTEGER"}
    assert {c.proto_type for _, c in times} == {"google.protobuf.Timestamp"}
    assert sorted((t, c.name) for t, c in times if not c.name.endswith("_at")) == [
        ("conventions", "last_seen"),
        ("pattern_confidence", "last_updated"),
    ]
    integers = {(t.name, c.name) for t in tables for c in t.columns if c.type == "INTEGER"}
    not_times = {
        ("file_metadata", "mtime_secs"),
        ("file_metadata", "scan_duration_us"),
        ("scan_history", "duration_ms"),
    }
    assert not_times <= integers - {(t, c.name) for t, c in times}


@pytest.mark.parametrize("spec", TABLES, ids=spec_id)
def test_every_time_column_of_the_catalog_is_a_time(spec: TableSpec) -> None:
    """A List request's time range is a pair of Timestamps."""
    if spec.time_column is None:
        return
    table = next(t for t in current_tables(SCHEMA) if t.name == spec.table)
    assert table.column(spec.time_column).is_time


def test_a_column_called_name_is_the_resources_name_field() -> None:
    """``name`` is the AIP-131 resource name, so a ``name`` column is ``<resource>_name``; no
    table has two fields of one name."""
    renamed = {
        t.name: c.field for t in current_tables(SCHEMA) for c in t.columns if c.name == "name"
    }
    assert renamed == {
        "functions": "function_name",
        "constants": "constant_name",
        "env_variables": "env_variable_name",
        "wrappers": "wrapper_name",
        "dna_genes": "dna_gene_name",
        "migration_projects": "migration_project_name",
    }
    for table in current_tables(SCHEMA):
        fields = [c.field for c in table.columns]
        assert len(set(fields)) == len(fields), table.name
