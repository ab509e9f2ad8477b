"""Adoption of cortex.db files the Rust system wrote (v4, v12, v13 and v15, with and without the
lazily created peer_clocks): no row lost, the derived tables backfilled, the runtime tables
repaired, and our schema a superset of the Rust one, column for column."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import apsw
import grpc
import pytest

from services.common.database import Database
from services.common.migrations import MigrationReport, migrate
from services.contracts.cortex.storage.v1 import memories_pb2 as pb
from services.contracts.cortex.storage.v1 import memories_pb2_grpc
from services.cortex_storage.service import SCHEMA
from tests.conftest import cortex_serving
from tests.fixtures.rust_cortex import CACHE, OLD, PEER_CLOCK_ROWS, RETRY, rust_cortex_db

# (Rust version, whether the multi-agent code had created peer_clocks).
RUST_FILES = [(4, False), (12, False), (13, False), (15, False), (15, True)]
RUST_IDS = ["v4", "v12", "v13", "v15", "v15-peer-clocks"]
# Tables our migrations add rows to on adoption: the ledger (our versions) and AUTOINCREMENT
# counters (of our new tables); their pre-existing rows are checked apart.
GROWING = {"schema_version", "sqlite_sequence"}


@pytest.fixture(params=RUST_FILES, ids=RUST_IDS)
def rust_file(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, int, bool]:
    """A Rust cortex.db, its version, and whether it has peer_clocks."""
    version, peer_clocks = request.param
    return rust_cortex_db(tmp_path / "cortex.db", version, peer_clocks), version, peer_clocks


def open_writer(path: Path) -> apsw.Connection:
    """Our writer connection on ``path`` (the service's pragmas)."""
    return Database.at(path).open_writer()


def dump(conn: apsw.Connection, columns: dict[str, list[str]]) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables of ``columns`` (only those columns), by rowid, or by every
    column for a WITHOUT ROWID table."""
    dumped = {}
    for table, names in columns.items():
        selected = ", ".join(f'"{n}"' for n in names)
        without_rowid = conn.execute(
            "SELECT wr FROM pragma_table_list WHERE name = ?", (table,)
        ).get
        order = ", ".join(str(i + 1) for i in range(len(names)))
        sql = (
            f'SELECT {selected} FROM "{table}" ORDER BY {order}'
            if without_rowid
            else f'SELECT rowid, {selected} FROM "{table}" ORDER BY rowid'
        )
        dumped[table] = [tuple(row) for row in conn.execute(sql)]
    return dumped


def table_columns(conn: apsw.Connection) -> dict[str, list[str]]:
    """Every table (virtual and FTS shadow tables included) and its columns."""
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM pragma_table_list WHERE schema = 'main' ORDER BY name"
        )
        if row[0] != "sqlite_schema"
    ]
    return {t: [row[1] for row in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}


def adopt(path: Path) -> tuple[MigrationReport, apsw.Connection]:
    """Migrate the file with our migrations; the report and the open connection."""
    conn = open_writer(path)
    return migrate(conn, SCHEMA, "cortex.db"), conn


def test_every_pre_existing_row_is_kept_with_its_values(rust_file: tuple[Path, int, bool]) -> None:
    """Full dumps of every pre-existing table before and after, over its pre-existing columns:
    equal, rowids included (the FTS index is keyed by memories' rowid). The ledger and the
    AUTOINCREMENT counters keep their rows and only gain ours."""
    path, version, _ = rust_file
    before_conn = apsw.Connection(str(path))
    columns = table_columns(before_conn)
    before = dump(before_conn, columns)
    before_conn.close()
    _, conn = adopt(path)
    after = dump(conn, columns)
    for table in columns:
        if table not in GROWING:
            assert after[table] == before[table], table
    ledger = after["schema_version"]
    assert ledger[: len(before["schema_version"])] == before["schema_version"]
    assert [row[1] for row in ledger[len(before["schema_version"]) :]] == list(
        range(version + 1, SCHEMA.latest + 1)
    )
    counters_before = {name: seq for _rowid, name, seq in before["sqlite_sequence"]}
    counters_after = {name: seq for _rowid, name, seq in after["sqlite_sequence"]}
    assert {name: counters_after[name] for name in counters_before} == counters_before


def test_every_table_the_fixture_fills_has_rows(rust_file: tuple[Path, int, bool]) -> None:
    """The fixture holds rows in every table of its version (FTS shadow tables and the ledger
    counted too), so the dump comparison covers them all."""
    path, _, _ = rust_file
    conn = apsw.Connection(str(path))
    empty = [t for t in table_columns(conn) if not conn.execute(f'SELECT 1 FROM "{t}"').fetchall()]
    assert empty == []


def test_the_report_names_what_was_applied_and_repaired(rust_file: tuple[Path, int, bool]) -> None:
    """Files after the Rust version are applied; 0013 is repaired where Rust recorded version 13
    for its empty placeholder."""
    path, version, _ = rust_file
    report, _ = adopt(path)
    names = [m.path.name for m in SCHEMA.migrations()]
    assert (report.from_version, report.to_version, report.applied, report.repaired) == (
        version,
        SCHEMA.latest,
        names[version:],
        ["0013_runtime_tables.sql"] if version >= 13 else [],
    )


def test_a_second_open_applies_and_repairs_nothing(rust_file: tuple[Path, int, bool]) -> None:
    path, _, _ = rust_file
    _, first = adopt(path)
    columns = table_columns(first)
    adopted = dump(first, columns)
    first.close()
    report, again = adopt(path)
    assert (report.from_version, report.applied, report.repaired, dump(again, columns)) == (
        SCHEMA.latest,
        [],
        [],
        adopted,
    )


def test_new_memory_columns_take_their_defaults(rust_file: tuple[Path, int, bool]) -> None:
    """Before v15 the memories had no namespace and agent: they read as the defaults."""
    path, version, _ = rust_file
    _, conn = adopt(path)
    got = conn.execute("SELECT id, namespace_id, source_agent FROM memories ORDER BY id").fetchall()
    if version >= 15:
        expected = [
            (RETRY, "team://backend/", "planner"),
            (CACHE, "agent://default/", "default"),
            (OLD, "agent://default/", "default"),
        ]
    else:
        expected = [(m, "agent://default/", "default") for m in (RETRY, CACHE, OLD)]
    assert got == sorted(expected)


def test_full_text_search_still_finds_pre_existing_memories(
    rust_file: tuple[Path, int, bool],
) -> None:
    """A word of the content, a tag, and FTS5's own check that the index matches memories."""
    path, _, _ = rust_file
    _, conn = adopt(path)
    match = (
        "SELECT m.id FROM memory_fts JOIN memories AS m ON m.rowid = memory_fts.rowid "
        "WHERE memory_fts MATCH ? ORDER BY m.id"
    )
    conn.execute("INSERT INTO memory_fts (memory_fts, rank) VALUES ('integrity-check', 1)")
    assert (
        conn.execute(match, ("upstream",)).fetchall(),
        conn.execute(match, ("tags:security",)).fetchall(),
        conn.execute(match, ("timeout*",)).fetchall(),
    ) == ([(RETRY,)], [(CACHE,)], sorted([(RETRY,), (OLD,)]))


def test_memory_tags_are_backfilled_exactly_from_the_json_tags(
    rust_file: tuple[Path, int, bool],
) -> None:
    """One row per distinct tag at its first position (a repeated tag once)."""
    path, _, _ = rust_file
    _, conn = adopt(path)
    rows = conn.execute("SELECT memory_id, tag, position FROM memory_tags").fetchall()
    expected = []
    for memory_id, tags in conn.execute("SELECT id, tags FROM memories"):
        first: dict[str, int] = {}
        for position, tag in enumerate(json.loads(tags)):
            first.setdefault(tag, position)
        expected += [(memory_id, tag, position) for tag, position in first.items()]
    assert (
        sorted(rows)
        == sorted(expected)
        == sorted(
            [
                (RETRY, "network", 0),
                (RETRY, "retry", 1),
                (CACHE, "security", 0),
                (CACHE, "caché", 1),
                (OLD, "retry", 0),
                (OLD, "timeout", 1),
            ]
        )
    )


def test_causal_edge_states_are_backfilled_for_pre_existing_edges(
    rust_file: tuple[Path, int, bool],
) -> None:
    """Each edge opens a validity window from its last change (updated_at, else created_at)."""
    path, _, _ = rust_file
    _, conn = adopt(path)
    rows = conn.execute(
        "SELECT source_id, target_id, relation, strength, valid_from, valid_until "
        "FROM causal_edge_states ORDER BY source_id"
    ).fetchall()
    assert rows == sorted(
        [
            (CACHE, RETRY, "caused", 0.7, "2025-11-04T11:30:00.000Z", None),
            (OLD, RETRY, "enabled", 0.2, "2025-11-04T10:05:00.000Z", None),
        ]
    )


def test_the_runtime_tables_exist_and_keep_their_rows(rust_file: tuple[Path, int, bool]) -> None:
    path, _, peer_clocks = rust_file
    _, conn = adopt(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    clocks = conn.execute(
        "SELECT agent_id, peer_agent, vector_clock_json, updated_at FROM peer_clocks"
    ).fetchall()
    expected = [tuple(row.values()) for row in PEER_CLOCK_ROWS] if peer_clocks else []
    assert ({"peer_clocks", "embedding_cache"} <= tables, clocks) == (True, expected)


@pytest.mark.parametrize("version", [4, 12, 15])
async def test_the_service_serves_a_pre_existing_memory_with_its_links(
    tmp_path: Path, version: int
) -> None:
    """End to end: a server started on the Rust file migrates it and answers GetMemory with the
    memory as Rust stored it: content, tags, links, times written as RFC 3339 ``+00:00``."""
    path = rust_cortex_db(tmp_path / "cortex.db", version)
    async with cortex_serving(path) as running:
        assert (running.storage.migration.from_version, running.storage.migration.to_version) == (
            version,
            SCHEMA.latest,
        )
        async with grpc.aio.insecure_channel(running.address) as channel:
            stub = memories_pb2_grpc.MemoriesServiceStub(channel)
            got = (await stub.GetMemory(pb.GetMemoryRequest(id=RETRY))).memory
    assert (
        got.memory_type,
        json.loads(got.content),
        got.summary,
        list(got.tags),
        got.importance,
        round(got.confidence, 6),
        got.access_count,
        got.supersedes,
        [(p.pattern_id, p.pattern_name) for p in got.linked_patterns],
        [(c.constraint_id, c.constraint_name) for c in got.linked_constraints],
        [(f.file_path, f.line_start, f.line_end, f.content_hash) for f in got.linked_files],
        [(f.function_name, f.file_path, f.signature) for f in got.linked_functions],
        got.transaction_time.ToJsonString(),
        got.last_accessed.ToJsonString(),
        got.created_at.ToJsonString(),
        (got.namespace, got.source_agent),
    ) == (
        "insight",
        {"observation": "retries hide upstream timeouts", "evidence": ["incident 42"]},
        "retries mask timeouts",
        ["network", "retry"],
        "high",
        0.85,
        4,
        OLD,
        [("pat-retry", "retry-loop")],
        [("c-bounded-retries", "at most 3 retries")],
        [("README.md", 0, 0, ""), ("src/net/client.rs", 40, 72, "b3c1")],
        [("send_with_retry", "src/net/client.rs", "fn send_with_retry(req: Request)")],
        "2025-11-03T09:15:27.123456789Z",
        "2025-11-05T16:40:00Z",
        "2025-11-03T09:15:27.124Z",
        ("team://backend/", "planner") if version >= 15 else ("agent://default/", "default"),
    )


async def test_a_tag_the_rust_system_stored_twice_is_served_once(tmp_path: Path) -> None:
    path = rust_cortex_db(tmp_path / "cortex.db", 15)
    async with cortex_serving(path) as running:
        channel = grpc.aio.insecure_channel(running.address)
        stub = memories_pb2_grpc.MemoriesServiceStub(channel)
        got = (await stub.GetMemory(pb.GetMemoryRequest(id=OLD))).memory
        await channel.close()
    assert list(got.tags) == ["retry", "timeout"]


# --- Schema parity: our migrations on a fresh file against the Rust v15 DDL of the fixture ---


def _normal(sql: str | None) -> str | None:
    """SQL text compared for meaning: whitespace collapsed and dropped around punctuation,
    keywords and identifiers lower-cased outside string literals ('...' kept as written)."""
    if sql is None:
        return None
    parts = re.split(r"('(?:[^']|'')*')", sql)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(part)
        else:
            part = re.sub(r"\s+", " ", part.lower())
            out.append(re.sub(r"\s*([(),=;.])\s*", r"\1", part))
    return "".join(out).strip()


def columns_of(conn: apsw.Connection, table: str) -> list[tuple[Any, ...]]:
    """(name, declared type, notnull, default, pk) per column, the default normalised."""
    return [
        (row[1], row[2], row[3], _normal(row[4]), row[5])
        for row in conn.execute(f'PRAGMA table_info("{table}")')
    ]


def foreign_keys_of(conn: apsw.Connection, table: str) -> list[tuple[Any, ...]]:
    """(referenced table, from, to, on delete) per foreign key column."""
    return sorted(
        (row[2], row[3], row[4], row[6])
        for row in conn.execute(f'PRAGMA foreign_key_list("{table}")')
    )


def indexes_of(conn: apsw.Connection, table: str) -> dict[str, tuple[Any, ...]]:
    """Index name to (unique, origin, partial, columns), autoindexes of keys included."""
    found = {}
    for _seq, name, unique, origin, partial in conn.execute(f'PRAGMA index_list("{table}")'):
        keys = [row[2] for row in conn.execute(f'PRAGMA index_info("{name}")')]
        found[name] = (unique, origin, partial, keys)
    return found


def schema_objects(conn: apsw.Connection, kind: str) -> dict[str, str | None]:
    """Name to normalised SQL of every ``kind`` (table, index, trigger) in sqlite_master."""
    return {
        name: _normal(sql)
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = ?", (kind,))
    }


@pytest.fixture
def schemas(tmp_path: Path) -> tuple[apsw.Connection, apsw.Connection]:
    """The Rust v15 file (peer_clocks included) and a fresh file migrated with ours."""
    rust = apsw.Connection(str(rust_cortex_db(tmp_path / "rust.db", 15, peer_clocks=True)))
    ours = open_writer(tmp_path / "ours.db")
    migrate(ours, SCHEMA)
    return rust, ours


def test_every_rust_table_has_the_same_columns_in_ours(
    schemas: tuple[apsw.Connection, apsw.Connection],
) -> None:
    """Declared type, NOT NULL, default and key of every column, in order, and foreign keys."""
    rust, ours = schemas
    tables = list(table_columns(rust))
    assert set(tables) <= set(table_columns(ours))
    assert {t: (columns_of(ours, t), foreign_keys_of(ours, t)) for t in tables} == {
        t: (columns_of(rust, t), foreign_keys_of(rust, t)) for t in tables
    }


def test_every_rust_table_is_created_by_the_same_sql_but_for_spelling(
    schemas: tuple[apsw.Connection, apsw.Connection],
) -> None:
    """What table_info does not show: CHECK, UNIQUE, AUTOINCREMENT and the ALTERed columns."""
    rust, ours = schemas
    rust_sql = schema_objects(rust, "table")
    assert {n: schema_objects(ours, "table")[n] for n in rust_sql} == rust_sql


def test_every_rust_index_exists_in_ours_by_name(
    schemas: tuple[apsw.Connection, apsw.Connection],
) -> None:
    """Same name, table, uniqueness, origin, partiality and key columns; the SQL of each
    explicit index the same but for spelling."""
    rust, ours = schemas
    tables = list(table_columns(rust))
    rust_indexes = {t: indexes_of(rust, t) for t in tables}
    assert {t: {n: indexes_of(ours, t)[n] for n in found} for t, found in rust_indexes.items()} == (
        rust_indexes
    )
    rust_sql = schema_objects(rust, "index")
    assert {n: schema_objects(ours, "index")[n] for n in rust_sql} == rust_sql


def test_the_fts_table_and_its_triggers_match_the_rust_ones(
    schemas: tuple[apsw.Connection, apsw.Connection],
) -> None:
    rust, ours = schemas
    rust_triggers = schema_objects(rust, "trigger")
    assert sorted(rust_triggers) == ["memory_fts_delete", "memory_fts_insert", "memory_fts_update"]
    assert {n: schema_objects(ours, "trigger")[n] for n in rust_triggers} == rust_triggers
    fts = "SELECT sql FROM sqlite_master WHERE name = 'memory_fts'"
    assert _normal(ours.execute(fts).get) == _normal(rust.execute(fts).get)
