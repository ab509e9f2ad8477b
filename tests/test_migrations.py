"""Migrations: a gap-free sequence, one transaction per file, refusal of newer databases, and
version stores compatible with what the Rust system wrote."""

from __future__ import annotations

import hashlib
from pathlib import Path

import apsw
import pytest

from services.bridge.service import SCHEMA as BRIDGE
from services.common import errors
from services.common.database import Database
from services.common.migrations import Schema, UserVersionStore, load_migrations, migrate
from services.cortex_storage.service import SCHEMA as CORTEX
from services.drift_storage.service import SCHEMA as DRIFT


def write_files(directory: Path, files: dict[str, str]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name, sql in files.items():
        (directory / name).write_text(sql)
    return directory


def test_a_gap_in_the_sequence_is_refused(tmp_path: Path) -> None:
    """0001 then 0003: start-up fails and names the missing number."""
    directory = write_files(
        tmp_path, {"0001_a.sql": "CREATE TABLE a (x);", "0003_c.sql": "CREATE TABLE c (x);"}
    )
    with pytest.raises(errors.MigrationError, match="0002 is missing"):
        load_migrations(directory)


def test_a_duplicate_number_is_refused(tmp_path: Path) -> None:
    directory = write_files(
        tmp_path, {"0001_a.sql": "CREATE TABLE a (x);", "0001_b.sql": "CREATE TABLE b (x);"}
    )
    with pytest.raises(errors.MigrationError, match="two migrations have number 0001"):
        load_migrations(directory)


def test_a_badly_named_file_is_refused(tmp_path: Path) -> None:
    directory = write_files(tmp_path, {"1_a.sql": "CREATE TABLE a (x);"})
    with pytest.raises(errors.MigrationError, match=r"NNNN_slug\.sql"):
        load_migrations(directory)


def test_a_failing_file_is_rolled_back_with_its_version_bump(tmp_path: Path) -> None:
    """Each file and its version bump share one transaction: a failure leaves neither."""
    schema = Schema(
        "test",
        write_files(
            tmp_path / "m",
            {
                "0001_a.sql": "CREATE TABLE a (x);",
                "0002_b.sql": "CREATE TABLE b (x); INSERT INTO no_such_table VALUES (1);",
            },
        ),
        UserVersionStore(),
    )
    conn = Database.at(tmp_path / "t.db").open_writer()
    with pytest.raises(errors.MigrationError, match=r"0002_b\.sql failed and was rolled back"):
        migrate(conn, schema)
    assert conn.execute("PRAGMA user_version").get == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"a"}


def test_a_file_that_ends_its_own_transaction_reports_its_real_error(tmp_path: Path) -> None:
    """A failure after SQLite already rolled back (here the file's own ROLLBACK) names the real
    error, not "cannot rollback - no transaction is active"."""
    schema = Schema(
        "test",
        write_files(
            tmp_path / "m",
            {"0001_a.sql": "CREATE TABLE a (x); ROLLBACK; INSERT INTO no_such_table VALUES (1);"},
        ),
        UserVersionStore(),
    )
    conn = Database.at(tmp_path / "t.db").open_writer()
    with pytest.raises(errors.MigrationError, match="no such table: no_such_table"):
        migrate(conn, schema)
    assert conn.execute("PRAGMA user_version").get == 0


class MigratedMeanwhile(UserVersionStore):
    """The real version store, whose first read is followed by another connection migrating the
    same file to version 1: the interleaving a second migrator would cause."""

    def __init__(self, other: apsw.Connection) -> None:
        self.other = other
        self.reads = 0

    def read(self, conn: apsw.Connection) -> int:
        version = super().read(conn)
        self.reads += 1
        if self.reads == 1:
            self.other.execute("BEGIN IMMEDIATE; CREATE TABLE a (x); PRAGMA user_version = 1;")
            self.other.execute("COMMIT")
        return version


def test_the_version_deciding_a_file_is_read_inside_its_transaction(tmp_path: Path) -> None:
    """A file applied meanwhile by another connection is not applied twice (which would fail
    with "table a already exists")."""
    directory = write_files(tmp_path / "m", {"0001_a.sql": "CREATE TABLE a (x);"})
    conn = Database.at(tmp_path / "t.db").open_writer()
    other = Database.at(tmp_path / "t.db").open_writer()
    report = migrate(conn, Schema("test", directory, MigratedMeanwhile(other)))
    assert (report.from_version, report.to_version, report.applied) == (0, 1, [])
    other.close()


def test_pending_files_are_applied_in_order_and_reported(tmp_path: Path) -> None:
    directory = write_files(tmp_path / "m", {"0001_a.sql": "CREATE TABLE a (x);"})
    schema = Schema("test", directory, UserVersionStore())
    conn = Database.at(tmp_path / "t.db").open_writer()
    assert migrate(conn, schema).applied == ["0001_a.sql"]
    write_files(directory, {"0002_b.sql": "ALTER TABLE a ADD COLUMN y;"})
    report = migrate(conn, schema)
    assert (report.from_version, report.to_version, report.applied) == (1, 2, ["0002_b.sql"])
    assert migrate(conn, schema).applied == []


def test_a_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    """A version above the newest file: SchemaTooNew, and not one byte of the file changes."""
    path = tmp_path / "new.db"
    setup = apsw.Connection(str(path))
    setup.execute(
        "CREATE TABLE future (x); INSERT INTO future VALUES (1); PRAGMA user_version = 42"
    )
    setup.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    inspector = Database.at(path).open_inspector()
    with pytest.raises(errors.SchemaTooNew, match="version 42"):
        migrate(inspector, DRIFT, "drift.db")
    inspector.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_every_service_sequence_is_gap_free() -> None:
    for schema in (DRIFT, CORTEX, BRIDGE):
        versions = [m.version for m in schema.migrations()]
        assert versions == list(range(1, len(versions) + 1)), schema.name


def test_drift_version_lives_in_user_version(tmp_path: Path) -> None:
    conn = Database.at(tmp_path / "drift.db").open_writer()
    migrate(conn, DRIFT)
    assert conn.execute("PRAGMA user_version").get == DRIFT.latest


def test_cortex_version_is_a_ledger_row_per_version(tmp_path: Path) -> None:
    conn = Database.at(tmp_path / "cortex.db").open_writer()
    migrate(conn, CORTEX)
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == list(range(1, CORTEX.latest + 1))
    applied_at = conn.execute("SELECT applied_at FROM schema_version WHERE version = 1").get
    assert applied_at.endswith("Z") and "T" in applied_at  # ISO-8601 UTC, as Rust wrote it


def test_bridge_version_has_its_own_single_row_table(tmp_path: Path) -> None:
    conn = Database.at(tmp_path / "bridge.db").open_writer()
    migrate(conn, BRIDGE)
    migrate(conn, BRIDGE)
    assert conn.execute("SELECT version FROM bridge_schema_version").fetchall() == [
        (BRIDGE.latest,)
    ]


def test_a_legacy_bridge_database_is_adopted_with_its_rows(tmp_path: Path) -> None:
    """Rust kept the bridge version as a `schema_version` row of bridge_metrics (which retention
    pruned). Adoption creates the dedicated table and keeps every row."""
    path = tmp_path / "bridge.db"
    legacy = apsw.Connection(str(path))
    legacy.execute(BRIDGE.migrations()[0].sql).fetchall()
    legacy.execute("DROP TABLE bridge_schema_version")  # the tables Rust created, nothing more
    legacy.execute(
        "INSERT INTO bridge_metrics (metric_name, metric_value) VALUES ('schema_version', 1.0);"
        "INSERT INTO bridge_memories (id, memory_type, content, summary, confidence, importance)"
        " VALUES ('m1', 'Insight', '{}', 's', 0.5, 'Normal')"
    )
    assert "bridge_schema_version" not in {
        r[0] for r in legacy.execute("SELECT name FROM sqlite_master")
    }
    legacy.close()
    conn = Database.at(path).open_writer()
    migrate(conn, BRIDGE)
    assert conn.execute("SELECT version FROM bridge_schema_version").get == BRIDGE.latest
    assert conn.execute("SELECT COUNT(*) FROM bridge_memories").get == 1
    assert conn.execute("SELECT COUNT(*) FROM bridge_metrics").get == 1


def test_a_rust_drift_database_that_crashed_mid_migration_is_adopted(tmp_path: Path) -> None:
    """Rust applied DDL without a transaction: a crash could leave v001 tables at user_version 0.
    Our 0001 is idempotent, so the database is adopted and its rows kept."""
    path = tmp_path / "drift.db"
    rust = apsw.Connection(str(path))
    rust.execute(
        "CREATE TABLE file_metadata (path TEXT PRIMARY KEY, language TEXT, file_size INTEGER NOT "
        "NULL, content_hash BLOB NOT NULL, mtime_secs INTEGER NOT NULL, mtime_nanos INTEGER NOT "
        "NULL, last_scanned_at INTEGER NOT NULL, scan_duration_us INTEGER, pattern_count INTEGER "
        "DEFAULT 0, function_count INTEGER DEFAULT 0, error_count INTEGER DEFAULT 0, error TEXT)"
        " STRICT;"
        "INSERT INTO file_metadata (path, file_size, content_hash, mtime_secs, mtime_nanos,"
        " last_scanned_at) VALUES ('a.py', 1, x'00', 1, 0, 1)"
    )
    rust.close()
    conn = Database.at(path).open_writer()
    assert migrate(conn, DRIFT).applied[0] == "0001_initial.sql"
    assert conn.execute("SELECT path FROM file_metadata").fetchall() == [("a.py",)]


def test_a_rust_drift_database_at_version_1_is_adopted_as_is(tmp_path: Path) -> None:
    path = tmp_path / "drift.db"
    rust = apsw.Connection(str(path))
    rust.execute("PRAGMA journal_mode = WAL").fetchall()
    rust.execute(DRIFT.migrations()[0].sql).fetchall()
    rust.execute(
        "PRAGMA user_version = 1;"
        "INSERT INTO scan_history (started_at, root_path) VALUES (1700000000, '/repo')"
    ).fetchall()
    conn = Database.at(path).open_writer()  # while the Rust connection still holds its WAL
    report = migrate(conn, DRIFT)
    assert report.from_version == 1
    assert conn.execute("SELECT root_path, status FROM scan_history").fetchall() == [
        ("/repo", "running")
    ]
    rust.close()


# The Rust v001 schema (drift-schema.md §1.1): (name, type, notnull, default, pk) per column.
# SQLite reports a STRICT table's non-integer PRIMARY KEY column as NOT NULL.
RUST_V001 = {
    "file_metadata": [
        ("path", "TEXT", 1, None, 1),
        ("language", "TEXT", 0, None, 0),
        ("file_size", "INTEGER", 1, None, 0),
        ("content_hash", "BLOB", 1, None, 0),
        ("mtime_secs", "INTEGER", 1, None, 0),
        ("mtime_nanos", "INTEGER", 1, None, 0),
        ("last_scanned_at", "INTEGER", 1, None, 0),
        ("scan_duration_us", "INTEGER", 0, None, 0),
        ("pattern_count", "INTEGER", 0, "0", 0),
        ("function_count", "INTEGER", 0, "0", 0),
        ("error_count", "INTEGER", 0, "0", 0),
        ("error", "TEXT", 0, None, 0),
    ],
    "parse_cache": [
        ("content_hash", "BLOB", 1, None, 1),
        ("language", "TEXT", 1, None, 0),
        ("parse_result_json", "TEXT", 1, None, 0),
        ("created_at", "INTEGER", 1, None, 0),
    ],
    "functions": [
        ("id", "INTEGER", 0, None, 1),
        ("file", "TEXT", 1, None, 0),
        ("name", "TEXT", 1, None, 0),
        ("qualified_name", "TEXT", 0, None, 0),
        ("language", "TEXT", 1, None, 0),
        ("line", "INTEGER", 1, None, 0),
        ("end_line", "INTEGER", 1, None, 0),
        ("parameter_count", "INTEGER", 1, "0", 0),
        ("return_type", "TEXT", 0, None, 0),
        ("is_exported", "INTEGER", 1, "0", 0),
        ("is_async", "INTEGER", 1, "0", 0),
        ("body_hash", "BLOB", 0, None, 0),
        ("signature_hash", "BLOB", 0, None, 0),
    ],
    "scan_history": [
        ("id", "INTEGER", 0, None, 1),
        ("started_at", "INTEGER", 1, None, 0),
        ("completed_at", "INTEGER", 0, None, 0),
        ("root_path", "TEXT", 1, None, 0),
        ("total_files", "INTEGER", 0, None, 0),
        ("added_files", "INTEGER", 0, None, 0),
        ("modified_files", "INTEGER", 0, None, 0),
        ("removed_files", "INTEGER", 0, None, 0),
        ("unchanged_files", "INTEGER", 0, None, 0),
        ("duration_ms", "INTEGER", 0, None, 0),
        ("status", "TEXT", 1, "'running'", 0),
        ("error", "TEXT", 0, None, 0),
    ],
}
RUST_V001_INDEXES = {
    "idx_file_metadata_language",
    "idx_file_metadata_errors",
    "idx_file_metadata_scanned",
    "idx_functions_file",
    "idx_functions_name",
    "idx_functions_qualified",
    "idx_scan_history_time",
}


def test_drift_0001_reproduces_the_rust_v001_schema(tmp_path: Path) -> None:
    """Same tables, columns, types, NOT NULL, defaults, keys, STRICT and index names."""
    conn = Database.at(tmp_path / "drift.db").open_writer()
    conn.execute(DRIFT.migrations()[0].sql).fetchall()
    for table, columns in RUST_V001.items():
        info = [tuple(row[1:6]) for row in conn.execute(f"PRAGMA table_info({table})")]
        assert info == columns, table
        assert conn.execute("SELECT strict FROM pragma_table_list WHERE name = ?", (table,)).get
    indexes = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"
        )
    }
    assert indexes == RUST_V001_INDEXES
    unique = conn.execute(
        "SELECT group_concat(name) FROM pragma_index_info("
        "(SELECT name FROM pragma_index_list('functions') WHERE origin = 'u'))"
    ).get
    assert unique == "file,name,line"


def test_a_skip_if_guard_records_the_version_without_running_the_body(tmp_path: Path) -> None:
    """A file whose change may already be there declares a `-- skip-if:` query: when it returns a
    row, the body is skipped and only the version is recorded; otherwise the body runs."""
    guarded = (
        "-- skip-if: SELECT 1 FROM pragma_table_info('a') WHERE name = 'y'\n"
        "ALTER TABLE a ADD COLUMN y;"
    )
    schema = Schema(
        "test",
        write_files(tmp_path / "m", {"0001_a.sql": "CREATE TABLE a (x);", "0002_y.sql": guarded}),
        UserVersionStore(),
    )
    fresh = Database.at(tmp_path / "fresh.db").open_writer()
    assert migrate(fresh, schema).applied == ["0001_a.sql", "0002_y.sql"]
    assert [r[1] for r in fresh.execute("PRAGMA table_info(a)")] == ["x", "y"]

    crashed = Database.at(tmp_path / "crashed.db").open_writer()
    crashed.execute("CREATE TABLE a (x); ALTER TABLE a ADD COLUMN y; PRAGMA user_version = 1")
    report = migrate(crashed, schema)
    assert (report.from_version, report.to_version) == (1, 2)
    assert [r[1] for r in crashed.execute("PRAGMA table_info(a)")] == ["x", "y"]


# A file whose version a database may record without having its tables, as Rust cortex recorded
# v13 for an empty placeholder: its `-- repair-if:` guard finds the tables missing.
REPAIRABLE = {
    "0001_a.sql": "CREATE TABLE a (x);",
    "0002_b.sql": (
        "-- repair-if: SELECT 1 WHERE NOT EXISTS "
        "(SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'b')\n"
        "CREATE TABLE IF NOT EXISTS b (y);"
    ),
    "0003_c.sql": "CREATE TABLE c (z);",
}


@pytest.fixture
def repairable(tmp_path: Path) -> Schema:
    """A three-file schema whose 0002 carries a repair guard."""
    return Schema("test", write_files(tmp_path / "m", REPAIRABLE), UserVersionStore())


def tables_of(conn: apsw.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_a_repair_guard_reapplies_a_recorded_file_whose_tables_are_missing(
    tmp_path: Path, repairable: Schema
) -> None:
    """At version 2 without table b: 0002 is applied again (reported as repaired, the version
    not recorded twice), then 0003 as usual."""
    conn = Database.at(tmp_path / "t.db").open_writer()
    conn.execute("CREATE TABLE a (x); PRAGMA user_version = 2")
    report = migrate(conn, repairable)
    assert (report.from_version, report.to_version, report.applied, report.repaired) == (
        2,
        3,
        ["0003_c.sql"],
        ["0002_b.sql"],
    )
    assert tables_of(conn) == {"a", "b", "c"}


def test_a_repair_guard_does_nothing_where_the_tables_are_there(
    tmp_path: Path, repairable: Schema
) -> None:
    """At version 2 with table b and its rows: nothing repaired, the rows kept."""
    conn = Database.at(tmp_path / "t.db").open_writer()
    conn.execute("CREATE TABLE a (x); CREATE TABLE b (y); INSERT INTO b VALUES (7);")
    conn.execute("PRAGMA user_version = 2")
    report = migrate(conn, repairable)
    assert (report.applied, report.repaired, conn.execute("SELECT y FROM b").fetchall()) == (
        ["0003_c.sql"],
        [],
        [(7,)],
    )


def test_a_second_migrate_applies_and_repairs_nothing(tmp_path: Path, repairable: Schema) -> None:
    """Neither on a fresh file (a file just applied is not repaired) nor on a repaired one."""
    fresh = Database.at(tmp_path / "fresh.db").open_writer()
    first = migrate(fresh, repairable)
    second = migrate(fresh, repairable)
    repaired = Database.at(tmp_path / "repaired.db").open_writer()
    repaired.execute("CREATE TABLE a (x); PRAGMA user_version = 2")
    migrate(repaired, repairable)
    again = migrate(repaired, repairable)
    assert (first.applied, first.repaired, second.applied, second.repaired) == (
        ["0001_a.sql", "0002_b.sql", "0003_c.sql"],
        [],
        [],
        [],
    )
    assert (again.from_version, again.applied, again.repaired) == (3, [], [])


def test_a_failing_repair_is_rolled_back_and_named(tmp_path: Path) -> None:
    """A repair whose body fails leaves the file as it was and names the migration."""
    files = dict(REPAIRABLE)
    files["0002_b.sql"] += " INSERT INTO no_such_table VALUES (1);"
    schema = Schema("test", write_files(tmp_path / "m", files), UserVersionStore())
    conn = Database.at(tmp_path / "t.db").open_writer()
    conn.execute("CREATE TABLE a (x); PRAGMA user_version = 2")
    with pytest.raises(errors.MigrationError, match=r"repairing with migration 0002_b\.sql"):
        migrate(conn, schema)
    assert (tables_of(conn), conn.execute("PRAGMA user_version").get) == ({"a"}, 2)
