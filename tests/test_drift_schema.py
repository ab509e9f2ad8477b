"""drift.db's schema after migrations 0001..0009 is the Rust drift-storage schema v001..v009.

Reference: drift-schema.md §1.0 (per-migration totals) and §1.1-§1.9 (every table, column and
index). The Rust crate's own test asserts the same totals: 46 tables, 406 columns,
``user_version`` 9. Column lists below are transcribed from the reference as
``(name, declared type, notnull, default, pk)``, the shape ``PRAGMA table_info`` reports, with two
SQLite reporting rules to keep in mind:

* a STRICT table's non-INTEGER PRIMARY KEY column reports ``notnull = 1``;
* ``DEFAULT (unixepoch())`` reports its default as ``unixepoch()`` (the outer parentheses, which
  the SQL needs, are not part of the stored expression).
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import apsw
import pytest

from services.common.database import Database
from services.common.migrations import Schema, UserVersionStore, migrate
from services.drift_storage.service import SCHEMA as DRIFT
from services.drift_storage.store import files

# drift-schema.md §1.0, "Per-migration totals": (new tables, new columns, new indexes).
PER_MIGRATION_TOTALS = {
    1: (4, 41, 7),  # v001_initial
    2: (4, 32, 12),  # v002_analysis
    3: (3, 26, 5),  # v003_patterns
    4: (6, 48, 7),  # v004_graph
    5: (15, 134, 30),  # v005_structural
    6: (7, 70, 14),  # v006_enforcement (PART1 + PART2)
    7: (6, 47, 11),  # v007_advanced
    8: (0, 1, 0),  # v008_enforcement_fixes: audit_snapshots.scan_root only
    9: (1, 7, 2),  # v009_pattern_status
}

FILE_NAMES = [
    "0001_initial.sql",
    "0002_analysis.sql",
    "0003_patterns.sql",
    "0004_graph.sql",
    "0005_structural.sql",
    "0006_enforcement.sql",
    "0007_advanced.sql",
    "0008_enforcement_fixes.sql",
    "0009_pattern_status.sql",
]

NOW = "unixepoch()"  # how PRAGMA table_info reports DEFAULT (unixepoch())

# Representative tables, one or more per migration (drift-schema.md §1.2-§1.9).
COLUMNS = {
    # v002: a composite primary key (pk gives the position inside the key).
    "call_edges": [
        ("caller_id", "INTEGER", 1, None, 1),
        ("callee_id", "INTEGER", 1, None, 2),
        ("resolution", "TEXT", 1, None, 0),
        ("confidence", "REAL", 1, None, 0),
        ("call_site_line", "INTEGER", 1, None, 3),
    ],
    # v002
    "detections": [
        ("id", "INTEGER", 0, None, 1),
        ("file", "TEXT", 1, None, 0),
        ("line", "INTEGER", 1, None, 0),
        ("column_num", "INTEGER", 1, None, 0),
        ("pattern_id", "TEXT", 1, None, 0),
        ("category", "TEXT", 1, None, 0),
        ("confidence", "REAL", 1, None, 0),
        ("detection_method", "TEXT", 1, None, 0),
        ("cwe_ids", "TEXT", 0, None, 0),
        ("owasp", "TEXT", 0, None, 0),
        ("matched_text", "TEXT", 0, None, 0),
        ("created_at", "INTEGER", 1, NOW, 0),
    ],
    # v003
    "pattern_confidence": [
        ("pattern_id", "TEXT", 1, None, 1),
        ("alpha", "REAL", 1, None, 0),
        ("beta", "REAL", 1, None, 0),
        ("posterior_mean", "REAL", 1, None, 0),
        ("credible_interval_low", "REAL", 1, None, 0),
        ("credible_interval_high", "REAL", 1, None, 0),
        ("tier", "TEXT", 1, None, 0),
        ("momentum", "TEXT", 1, "'Stable'", 0),
        ("last_updated", "INTEGER", 1, NOW, 0),
    ],
    # v004
    "taint_flows": [
        ("id", "INTEGER", 0, None, 1),
        ("source_file", "TEXT", 1, None, 0),
        ("source_line", "INTEGER", 1, None, 0),
        ("source_type", "TEXT", 1, None, 0),
        ("sink_file", "TEXT", 1, None, 0),
        ("sink_line", "INTEGER", 1, None, 0),
        ("sink_type", "TEXT", 1, None, 0),
        ("cwe_id", "INTEGER", 0, None, 0),
        ("is_sanitized", "INTEGER", 1, "0", 0),
        ("path", "TEXT", 1, None, 0),
        ("confidence", "REAL", 1, None, 0),
        ("created_at", "INTEGER", 1, NOW, 0),
    ],
    # v005: a TEXT primary key and a plain (not unixepoch) NOT NULL timestamp.
    "dna_mutations": [
        ("id", "TEXT", 1, None, 1),
        ("file", "TEXT", 1, None, 0),
        ("line", "INTEGER", 1, None, 0),
        ("gene_id", "TEXT", 1, None, 0),
        ("expected", "TEXT", 1, None, 0),
        ("actual", "TEXT", 1, None, 0),
        ("impact", "TEXT", 1, None, 0),
        ("code", "TEXT", 1, None, 0),
        ("suggestion", "TEXT", 1, None, 0),
        ("detected_at", "INTEGER", 1, None, 0),
        ("resolved", "INTEGER", 1, "0", 0),
        ("resolved_at", "INTEGER", 0, None, 0),
    ],
    # v005: DEFAULT 1 flags.
    "constants": [
        ("id", "INTEGER", 0, None, 1),
        ("name", "TEXT", 1, None, 0),
        ("value", "TEXT", 1, None, 0),
        ("file", "TEXT", 1, None, 0),
        ("line", "INTEGER", 1, None, 0),
        ("is_used", "INTEGER", 1, "1", 0),
        ("language", "TEXT", 1, None, 0),
        ("is_named", "INTEGER", 1, "1", 0),
        ("created_at", "INTEGER", 1, NOW, 0),
    ],
    # v006 PART1
    "violations": [
        ("id", "TEXT", 1, None, 1),
        ("file", "TEXT", 1, None, 0),
        ("line", "INTEGER", 1, None, 0),
        ("column_num", "INTEGER", 0, None, 0),
        ("end_line", "INTEGER", 0, None, 0),
        ("end_column", "INTEGER", 0, None, 0),
        ("severity", "TEXT", 1, None, 0),
        ("pattern_id", "TEXT", 1, None, 0),
        ("rule_id", "TEXT", 1, None, 0),
        ("message", "TEXT", 1, None, 0),
        ("quick_fix_strategy", "TEXT", 0, None, 0),
        ("quick_fix_description", "TEXT", 0, None, 0),
        ("cwe_id", "INTEGER", 0, None, 0),
        ("owasp_category", "TEXT", 0, None, 0),
        ("suppressed", "INTEGER", 1, "0", 0),
        ("is_new", "INTEGER", 1, "0", 0),
        ("created_at", "INTEGER", 1, NOW, 0),
    ],
    # v006 PART2, plus scan_root appended by v008 (nullable, DEFAULT '').
    "audit_snapshots": [
        ("id", "INTEGER", 0, None, 1),
        ("health_score", "REAL", 1, None, 0),
        ("avg_confidence", "REAL", 1, None, 0),
        ("approval_ratio", "REAL", 1, None, 0),
        ("compliance_rate", "REAL", 1, None, 0),
        ("cross_validation_rate", "REAL", 1, None, 0),
        ("duplicate_free_rate", "REAL", 1, None, 0),
        ("pattern_count", "INTEGER", 1, "0", 0),
        ("category_scores", "TEXT", 0, None, 0),
        ("created_at", "INTEGER", 1, NOW, 0),
        ("scan_root", "TEXT", 0, "''", 0),
    ],
    # v007
    "migration_modules": [
        ("id", "INTEGER", 0, None, 1),
        ("project_id", "INTEGER", 1, None, 0),
        ("module_name", "TEXT", 1, None, 0),
        ("status", "TEXT", 1, "'pending'", 0),
        ("spec_content", "TEXT", 0, None, 0),
        ("created_at", "INTEGER", 1, NOW, 0),
        ("updated_at", "INTEGER", 1, NOW, 0),
    ],
    # v009
    "pattern_status": [
        ("pattern_id", "TEXT", 1, None, 1),
        ("status", "TEXT", 1, "'discovered'", 0),
        ("approved_by", "TEXT", 0, None, 0),
        ("approved_at", "INTEGER", 0, None, 0),
        ("confidence_at_approval", "REAL", 0, None, 0),
        ("reason", "TEXT", 0, None, 0),
        ("updated_at", "INTEGER", 1, NOW, 0),
    ],
}

# Every explicit index that v002..v009 add: name -> (table, indexed column).
# All are single-column and ascending; one is partial (see PARTIAL_INDEXES).
INDEXES_V002_TO_V009 = {
    # v002_analysis
    "idx_call_edges_caller": ("call_edges", "caller_id"),
    "idx_call_edges_callee": ("call_edges", "callee_id"),
    "idx_call_edges_resolution": ("call_edges", "resolution"),
    "idx_data_access_function": ("data_access", "function_id"),
    "idx_data_access_table": ("data_access", "table_name"),
    "idx_detections_file": ("detections", "file"),
    "idx_detections_category": ("detections", "category"),
    "idx_detections_pattern": ("detections", "pattern_id"),
    "idx_detections_confidence": ("detections", "confidence"),
    "idx_boundaries_file": ("boundaries", "file"),
    "idx_boundaries_framework": ("boundaries", "framework"),
    "idx_boundaries_sensitivity": ("boundaries", "sensitivity"),
    # v003_patterns
    "idx_outliers_pattern": ("outliers", "pattern_id"),
    "idx_outliers_file": ("outliers", "file"),
    "idx_conventions_pattern": ("conventions", "pattern_id"),
    "idx_conventions_category": ("conventions", "category"),
    "idx_conventions_status": ("conventions", "promotion_status"),
    # v004_graph
    "idx_taint_flows_source": ("taint_flows", "source_file"),
    "idx_taint_flows_sink": ("taint_flows", "sink_file"),
    "idx_taint_flows_cwe": ("taint_flows", "cwe_id"),
    "idx_error_gaps_file": ("error_gaps", "file"),
    "idx_error_gaps_type": ("error_gaps", "gap_type"),
    "idx_error_gaps_severity": ("error_gaps", "severity"),
    "idx_test_coverage_source": ("test_coverage", "source_function_id"),
    # v005_structural
    "idx_coupling_metrics_zone": ("coupling_metrics", "zone"),
    "idx_constraints_type": ("constraints", "invariant_type"),
    "idx_constraints_source": ("constraints", "source"),
    "idx_constraint_verifications_cid": ("constraint_verifications", "constraint_id"),
    "idx_contracts_paradigm": ("contracts", "paradigm"),
    "idx_contracts_framework": ("contracts", "framework"),
    "idx_contracts_source": ("contracts", "source_file"),
    "idx_contract_mismatches_type": ("contract_mismatches", "mismatch_type"),
    "idx_constants_file": ("constants", "file"),
    "idx_constants_used": ("constants", "is_used"),
    "idx_secrets_file": ("secrets", "file"),
    "idx_secrets_severity": ("secrets", "severity"),
    "idx_secrets_pattern": ("secrets", "pattern_name"),
    "idx_env_variables_name": ("env_variables", "name"),
    "idx_env_variables_file": ("env_variables", "file"),
    "idx_wrappers_file": ("wrappers", "file"),
    "idx_wrappers_category": ("wrappers", "category"),
    "idx_wrappers_framework": ("wrappers", "framework"),
    "idx_dna_mutations_file": ("dna_mutations", "file"),
    "idx_dna_mutations_gene": ("dna_mutations", "gene_id"),
    "idx_dna_mutations_impact": ("dna_mutations", "impact"),
    "idx_dna_mutations_resolved": ("dna_mutations", "resolved"),
    "idx_crypto_findings_file": ("crypto_findings", "file"),
    "idx_crypto_findings_category": ("crypto_findings", "category"),
    "idx_crypto_findings_cwe": ("crypto_findings", "cwe_id"),
    "idx_owasp_findings_file": ("owasp_findings", "file"),
    "idx_owasp_findings_detector": ("owasp_findings", "detector"),
    "idx_owasp_findings_severity": ("owasp_findings", "severity"),
    "idx_decomp_decisions_hash": ("decomposition_decisions", "dna_profile_hash"),
    "idx_decomp_decisions_source": ("decomposition_decisions", "source_dna_hash"),
    # v006_enforcement
    "idx_violations_file": ("violations", "file"),
    "idx_violations_severity": ("violations", "severity"),
    "idx_violations_pattern": ("violations", "pattern_id"),
    "idx_violations_rule": ("violations", "rule_id"),
    "idx_violations_cwe": ("violations", "cwe_id"),
    "idx_gate_results_gate": ("gate_results", "gate_id"),
    "idx_gate_results_run": ("gate_results", "run_at"),
    "idx_audit_snapshots_created": ("audit_snapshots", "created_at"),
    "idx_health_trends_metric": ("health_trends", "metric_name"),
    "idx_health_trends_recorded": ("health_trends", "recorded_at"),
    "idx_feedback_violation": ("feedback", "violation_id"),
    "idx_feedback_detector": ("feedback", "detector_id"),
    "idx_feedback_pattern": ("feedback", "pattern_id"),
    "idx_feedback_action": ("feedback", "action"),
    # v007_advanced
    "idx_simulations_category": ("simulations", "task_category"),
    "idx_simulations_created": ("simulations", "created_at"),
    "idx_decisions_category": ("decisions", "category"),
    "idx_decisions_commit": ("decisions", "commit_sha"),
    "idx_decisions_created": ("decisions", "created_at"),
    "idx_context_cache_session": ("context_cache", "session_id"),
    "idx_context_cache_intent": ("context_cache", "intent"),
    "idx_migration_projects_status": ("migration_projects", "status"),
    "idx_migration_modules_project": ("migration_modules", "project_id"),
    "idx_migration_modules_status": ("migration_modules", "status"),
    "idx_migration_corrections_module": ("migration_corrections", "module_id"),
    # v009_pattern_status
    "idx_pattern_status_status": ("pattern_status", "status"),
    "idx_pattern_status_updated": ("pattern_status", "updated_at"),
}

# drift-schema.md §10: three partial indexes in all (two of them from v001).
PARTIAL_INDEXES = {
    "idx_file_metadata_errors": "WHERE error IS NOT NULL",
    "idx_functions_qualified": "WHERE qualified_name IS NOT NULL",
    "idx_boundaries_sensitivity": "WHERE sensitivity IS NOT NULL",
}

# The 3 REFERENCES clauses: (table, column, referenced table, referenced column).
FOREIGN_KEYS = [
    ("constraint_verifications", "constraint_id", "constraints", "id"),
    ("migration_modules", "project_id", "migration_projects", "id"),
    ("migration_corrections", "module_id", "migration_modules", "id"),
]


def migrated(tmp_path: Path) -> apsw.Connection:
    """A writer connection on a fresh drift.db holding the Rust v009 schema (files 0001..0009)."""
    return at_version(tmp_path / "drift.db", schema_up_to(tmp_path, RUST_VERSION))


RUST_VERSION = 9  # our files 0001..0009 are the Rust schema; later files are ours


def schema_up_to(tmp_path: Path, version: int) -> Schema:
    """The drift schema cut at ``version``: a directory holding only files 0001..version."""
    directory = tmp_path / f"drift-migrations-{version:04d}"
    directory.mkdir(exist_ok=True)
    for migration in DRIFT.migrations()[:version]:
        shutil.copy(migration.path, directory / migration.path.name)
    return Schema("drift", directory, UserVersionStore())


def at_version(path: Path, schema: Schema) -> apsw.Connection:
    """A writer connection on the database at ``path``, migrated with ``schema``."""
    conn = Database.at(path).open_writer()
    migrate(conn, schema)
    return conn


def schema_sql(conn: apsw.Connection) -> list[tuple[str, str, str | None]]:
    """Every object's stored CREATE statement, by name."""
    return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()


def user_tables(conn: apsw.Connection) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]


def column_count(conn: apsw.Connection) -> int:
    return sum(len(conn.execute(f"PRAGMA table_info({t})").fetchall()) for t in user_tables(conn))


def explicit_indexes(conn: apsw.Connection) -> set[str]:
    """Indexes created by CREATE INDEX (autoindexes for keys have no SQL)."""
    return {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
    }


def counts(conn: apsw.Connection) -> tuple[int, int, int]:
    return len(user_tables(conn)), column_count(conn), len(explicit_indexes(conn))


def test_the_migration_files_are_named_after_the_rust_migrations() -> None:
    """0001..0009 carry the slugs of Rust v001_initial..v009_pattern_status."""
    assert [m.path.name for m in DRIFT.migrations()[:RUST_VERSION]] == FILE_NAMES


def test_the_rust_migrations_end_at_user_version_9(tmp_path: Path) -> None:
    """The version lives in PRAGMA user_version, as in Rust, and 0009 brings it to 9."""
    conn = migrated(tmp_path)
    assert conn.execute("PRAGMA user_version").get == 9


def test_the_schema_has_46_tables_406_columns_and_88_explicit_indexes(tmp_path: Path) -> None:
    """The totals of drift-schema.md §1.0 and of the Rust crate's production_cat8_test."""
    assert counts(migrated(tmp_path)) == (46, 406, 88)


def test_every_table_is_strict(tmp_path: Path) -> None:
    """Every one of the 46 tables is declared STRICT."""
    conn = migrated(tmp_path)
    not_strict = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
            " AND name NOT LIKE 'sqlite_%' AND strict = 0"
        )
    ]
    assert not_strict == []
    assert len(user_tables(conn)) == 46


def test_each_migration_adds_the_tables_columns_and_indexes_of_its_rust_version(
    tmp_path: Path,
) -> None:
    """Applied one at a time (the schema cut at each version), each file adds exactly the
    tables, columns and indexes that §1.0 lists for its Rust migration."""
    conn = Database.at(tmp_path / "drift.db").open_writer()
    before = (0, 0, 0)
    for version, expected in PER_MIGRATION_TOTALS.items():
        report = migrate(conn, schema_up_to(tmp_path, version))
        assert report.applied == [FILE_NAMES[version - 1]]
        assert conn.execute("PRAGMA user_version").get == version
        after = counts(conn)
        added = tuple(a - b for a, b in zip(after, before, strict=True))
        assert added == expected, FILE_NAMES[version - 1]
        before = after
    assert before == (46, 406, 88)


@pytest.mark.parametrize("table", COLUMNS)
def test_representative_tables_have_the_rust_columns(tmp_path: Path, table: str) -> None:
    """Names, order, declared types, NOT NULL, defaults and primary keys match §1.2-§1.9."""
    conn = migrated(tmp_path)
    info = [tuple(row[1:6]) for row in conn.execute(f"PRAGMA table_info({table})")]
    assert info == COLUMNS[table]


def test_timestamps_default_to_unixepoch_seconds(tmp_path: Path) -> None:
    """`DEFAULT (unixepoch())` fills in the current Unix time in seconds."""
    conn = migrated(tmp_path)
    before = int(time.time())
    conn.execute("INSERT INTO pattern_status (pattern_id) VALUES ('p1')")
    status, updated_at = conn.execute(
        "SELECT status, updated_at FROM pattern_status WHERE pattern_id = 'p1'"
    ).fetchall()[0]
    assert status == "discovered"
    assert before <= updated_at <= int(time.time()) + 1
    create = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'pattern_status'").get
    assert "updated_at INTEGER NOT NULL DEFAULT (unixepoch())" in create


def test_v002_to_v009_add_exactly_the_rust_indexes(tmp_path: Path) -> None:
    """81 single-column ascending indexes, each on the table and column the reference names;
    together with v001's 7 they are all 88 explicit indexes."""
    conn = migrated(tmp_path)
    new = explicit_indexes(conn) - explicit_indexes(
        at_version(tmp_path / "v1.db", schema_up_to(tmp_path, 1))
    )
    assert len(INDEXES_V002_TO_V009) == 81
    assert new == set(INDEXES_V002_TO_V009)
    for name, (table, column) in INDEXES_V002_TO_V009.items():
        owner = conn.execute("SELECT tbl_name FROM sqlite_master WHERE name = ?", (name,)).get
        assert owner == table, name
        keys = conn.execute("SELECT name, desc FROM pragma_index_xinfo(?) WHERE key = 1", (name,))
        assert keys.fetchall() == [(column, 0)], name


def test_exactly_three_indexes_are_partial(tmp_path: Path) -> None:
    """Three partial indexes, each `WHERE <column> IS NOT NULL`; v002..v009 add one of them."""
    conn = migrated(tmp_path)
    partial = {
        name: " ".join(sql.split()).split(") ", 1)[1]
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'"
        )
    }
    assert partial == PARTIAL_INDEXES
    flagged = {
        row[0]
        for table in user_tables(conn)
        for row in conn.execute("SELECT name FROM pragma_index_list(?) WHERE partial = 1", (table,))
    }
    assert flagged == set(PARTIAL_INDEXES)


def test_the_only_unique_constraint_is_v001_functions(tmp_path: Path) -> None:
    """v002..v009 add no UNIQUE constraint: v001's `functions UNIQUE(file, name, line)` is the
    only one in the schema."""
    conn = migrated(tmp_path)
    tables_with_unique = [
        table
        for table in user_tables(conn)
        for _ in conn.execute("SELECT 1 FROM pragma_index_list(?) WHERE origin = 'u'", (table,))
    ]
    assert tables_with_unique == ["functions"]


def test_the_three_references_clauses_are_where_the_reference_says(tmp_path: Path) -> None:
    """constraint_verifications -> constraints, migration_modules -> migration_projects and
    migration_corrections -> migration_modules, with no ON DELETE or ON UPDATE action."""
    conn = migrated(tmp_path)
    found = [
        (table, row[3], row[2], row[4], row[5], row[6])
        for table in user_tables(conn)
        for row in conn.execute(f"PRAGMA foreign_key_list({table})")
    ]
    assert sorted(found) == sorted((*key, "NO ACTION", "NO ACTION") for key in FOREIGN_KEYS)
    references = conn.execute(
        "SELECT COUNT(*) FROM sqlite_master WHERE sql LIKE '%REFERENCES%'"
    ).get
    assert references == 3


def test_foreign_keys_are_enforced_on_the_writer(tmp_path: Path) -> None:
    """The writer runs with foreign_keys ON (as Rust did), so a dangling reference is refused."""
    conn = migrated(tmp_path)
    with pytest.raises(apsw.ConstraintError):
        conn.execute("INSERT INTO migration_modules (project_id, module_name) VALUES (42, 'core')")
    conn.execute(
        "INSERT INTO migration_projects (id, name, source_language, target_language)"
        " VALUES (42, 'port', 'typescript', 'rust')"
    )
    conn.execute("INSERT INTO migration_modules (project_id, module_name) VALUES (42, 'core')")
    assert conn.execute("SELECT status FROM migration_modules").get == "pending"


def test_every_file_but_0008_can_be_replayed_over_a_migrated_database(tmp_path: Path) -> None:
    """0001..0007 and 0009 use IF NOT EXISTS throughout, so replaying them changes nothing.
    0008 is an ALTER TABLE ... ADD COLUMN and fails when replayed; the runner never replays it,
    because each file commits together with its user_version bump."""
    conn = migrated(tmp_path)
    before = schema_sql(conn)
    for migration in DRIFT.migrations()[:RUST_VERSION]:
        if migration.version == 8:
            with pytest.raises(apsw.SQLError, match="duplicate column name: scan_root"):
                conn.execute(migration.sql).fetchall()
        else:
            conn.execute(migration.sql).fetchall()
    assert schema_sql(conn) == before
    assert migrate(conn, schema_up_to(tmp_path, RUST_VERSION)).applied == []


# One row per migration that adds a table, to show adoption keeps data: the INSERT, then the
# query that reads it back and what it must return once the database is at version 9.
ROWS = {
    1: (
        "INSERT INTO file_metadata (path, file_size, content_hash, mtime_secs, mtime_nanos,"
        " last_scanned_at) VALUES ('src/app.py', 120, x'abcd', 1700000000, 5, 1700000001)",
        "SELECT path, file_size, content_hash, function_count FROM file_metadata",
        [("src/app.py", 120, b"\xab\xcd", 0)],
    ),
    2: (
        "INSERT INTO detections (file, line, column_num, pattern_id, category, confidence,"
        " detection_method) VALUES ('src/app.py', 7, 3, 'sql-injection', 'security', 0.9, 'ast')",
        "SELECT file, line, pattern_id, confidence FROM detections",
        [("src/app.py", 7, "sql-injection", 0.9)],
    ),
    3: (
        "INSERT INTO pattern_confidence (pattern_id, alpha, beta, posterior_mean,"
        " credible_interval_low, credible_interval_high, tier)"
        " VALUES ('sql-injection', 3.0, 1.0, 0.75, 0.3, 0.99, 'Established')",
        "SELECT pattern_id, posterior_mean, tier, momentum FROM pattern_confidence",
        [("sql-injection", 0.75, "Established", "Stable")],
    ),
    4: (
        "INSERT INTO taint_flows (source_file, source_line, source_type, sink_file, sink_line,"
        " sink_type, path, confidence)"
        " VALUES ('src/app.py', 3, 'UserInput', 'src/db.py', 9, 'SqlQuery', '[]', 0.8)",
        "SELECT source_file, sink_file, is_sanitized FROM taint_flows",
        [("src/app.py", "src/db.py", 0)],
    ),
    5: (
        "INSERT INTO constraints (id, description, invariant_type, target, source)"
        " VALUES ('no-cycles', 'modules must not form cycles', 'no_cycle', 'src', 'user')",
        "SELECT id, enabled FROM constraints",
        [("no-cycles", 1)],
    ),
    6: (
        "INSERT INTO audit_snapshots (health_score, avg_confidence, approval_ratio,"
        " compliance_rate, cross_validation_rate, duplicate_free_rate)"
        " VALUES (82.5, 0.8, 0.5, 0.9, 0.7, 1.0)",
        # A snapshot written before v008 reads back with scan_root = '' once v008 has run.
        "SELECT health_score, pattern_count, scan_root FROM audit_snapshots",
        [(82.5, 0, "")],
    ),
    7: (
        "INSERT INTO migration_projects (name, source_language, target_language)"
        " VALUES ('port', 'typescript', 'rust')",
        "SELECT name, status FROM migration_projects",
        [("port", "active")],
    ),
    # 8 adds no table: its effect on existing rows is checked through row 6.
}


@pytest.mark.parametrize("version", range(1, 9))
def test_a_database_at_an_older_version_is_migrated_in_place_to_the_latest(
    tmp_path: Path, version: int
) -> None:
    """A drift.db built by our files up to `version` (as the Rust system left it), holding a row
    in a table of each applied migration, is brought to the latest version by the runner: only
    the newer files run, the rows are kept, and the schema ends up identical to one built from
    scratch."""
    path = tmp_path / "drift.db"
    old = at_version(path, schema_up_to(tmp_path, version))
    for applied in range(1, version + 1):
        if applied in ROWS:
            old.execute(ROWS[applied][0])
    old.close()

    conn = Database.at(path).open_writer()
    report = migrate(conn, DRIFT)
    assert (report.from_version, report.to_version) == (version, DRIFT.latest)
    assert report.applied == [m.path.name for m in DRIFT.migrations()[version:]]
    for applied in range(1, version + 1):
        if applied in ROWS:
            _, query, rows = ROWS[applied]
            assert conn.execute(query).fetchall() == rows, query
    assert schema_sql(conn) == schema_sql(at_version(tmp_path / "fresh.db", DRIFT))


def test_a_language_filtered_page_is_a_range_scan_of_the_0010_index(tmp_path: Path) -> None:
    """0010 replaces idx_file_metadata_language with (language, path), so a ListFiles page
    filtered by language reads its rows in path order instead of sorting the whole language."""
    conn = Database.at(tmp_path / "drift.db").open_writer()
    migrate(conn, DRIFT)
    for after in (None, "src/a.py"):
        sql, params = files.list_files_query("Python", after, 101)
        plan = " ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "idx_file_metadata_language_path" in plan, plan
        assert "TEMP B-TREE" not in plan, plan
    assert "idx_file_metadata_language" not in explicit_indexes(conn)
