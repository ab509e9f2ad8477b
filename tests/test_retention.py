"""Retention of drift.db (drift-schema.md §6): orphan cleanup, the short, medium and long age
tiers, the incremental vacuum, the RunRetention RPC and the scheduled run.

Fixture rows are written through the service's own writer (one writer per database) or, for the
unit tests of ``apply_retention``, on a private database whose transaction the test opens itself.
Rows are built generically from ``PRAGMA table_info``: every NOT NULL column without a default
gets a value of its declared type (the tables are STRICT), unique per row.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import apsw
import grpc
import pytest

from services.common.database import Database
from services.common.migrations import migrate
from services.common.server import RunningServer
from services.common.writer import WriteResult, execute_changes
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from services.drift_storage.service import SCHEMA
from services.drift_storage.store.retention import (
    AGE_RULES,
    RetentionPolicy,
    RetentionReport,
    apply_retention,
)
from tests.conftest import serving
from tests.grpc_errors import failure

T = TypeVar("T")

DAY = 86_400
# A fixed clock for the unit tests of apply_retention.
NOW = 1_750_000_000
# A file that is in file_metadata, and one that is not (its rows are orphans).
KEPT = "src/kept.py"
GONE = "src/gone.py"

# The time column of every table with an age rule.
TIME_COLUMN = {table: column for _, table, column in AGE_RULES}
# Foreign keys of drift.db: child table -> (column, parent table).
PARENT = {
    "constraint_verifications": ("constraint_id", "constraints"),
    "migration_modules": ("project_id", "migration_projects"),
    "migration_corrections": ("module_id", "migration_modules"),
}

REASON = {
    "orphan": pb.RETENTION_REASON_ORPHAN,
    "short": pb.RETENTION_REASON_SHORT_TIER,
    "medium": pb.RETENTION_REASON_MEDIUM_TIER,
    "long": pb.RETENTION_REASON_LONG_TIER,
}

# Every table whose rows belong to a file (written out, not taken from the code), with its file
# column: the orphan cleanup covers all 16, where the Rust driftGC knew 9 (unresolved_calls is
# ours, 0012).
PER_FILE = {
    "functions": "file", "detections": "file", "boundaries": "file", "outliers": "file",
    "taint_flows": "source_file", "error_gaps": "file", "contracts": "source_file",
    "constants": "file", "secrets": "file", "env_variables": "file", "wrappers": "file",
    "dna_mutations": "file", "crypto_findings": "file", "owasp_findings": "file",
    "violations": "file", "unresolved_calls": "file",
}  # fmt: skip

# Every rule, in order: the orphan cleanup of each per-file table (with the two tables that refer
# to functions right after functions), then the age tiers in the order drift-schema.md §6 applies
# them.
SPEC_RULES = [
    *((t, "orphan") for t in ("functions", "call_edges", "data_access", "detections",
      "boundaries", "outliers", "taint_flows", "error_gaps", "contracts", "constants", "secrets",
      "env_variables", "wrappers", "dna_mutations", "crypto_findings", "owasp_findings",
      "violations", "unresolved_calls")),
    *((t, "short") for t in ("detections", "outliers", "violations", "error_gaps", "taint_flows",
      "crypto_findings", "owasp_findings", "secrets", "degradation_alerts", "gate_results",
      "policy_results")),
    *((t, "medium") for t in ("scan_history", "audit_snapshots", "feedback",
      "contract_mismatches", "coupling_cycles", "decomposition_decisions", "health_trends",
      "constraint_verifications", "dna_mutations")),
    *((t, "long") for t in ("parse_cache", "context_cache", "simulations", "decisions",
      "migration_corrections", "migration_modules", "migration_projects")),
]  # fmt: skip

_unique = itertools.count(1)


# -- building rows ------------------------------------------------------------------------------


def add_file(conn: apsw.Connection, path: str) -> None:
    """A file_metadata row: the file is part of the current scan."""
    conn.execute(
        "INSERT INTO file_metadata (path, language, file_size, content_hash, mtime_secs,"
        " mtime_nanos, last_scanned_at) VALUES (?, 'Python', 1, x'0102030405060708', 1, 0, 1)",
        (path,),
    )


def insert_row(conn: apsw.Connection, table: str, at: int | None = None, **values: Any) -> Any:
    """Insert a minimal valid row into ``table`` and return its key (its ``id``, else rowid).

    NOT NULL columns without a default get a unique value of their declared type; ``file`` is
    KEPT; the table's retention time column is ``at`` (default: now); a foreign-key parent not
    given in ``values`` is created, from now. ``values`` override anything.
    """
    row: dict[str, Any] = {}
    for _, name, declared, not_null, default, pk in conn.execute(f"PRAGMA table_info({table})"):
        if (pk and declared == "INTEGER") or not not_null or default is not None:
            continue
        n = next(_unique)
        row[name] = {
            "INTEGER": n,
            "REAL": 0.5,
            "TEXT": f"{table}.{name}.{n}",
            "BLOB": n.to_bytes(8, "little"),
        }[declared]
    if PER_FILE.get(table, "file") in row:
        row[PER_FILE.get(table, "file")] = KEPT
    if table in TIME_COLUMN:
        row[TIME_COLUMN[table]] = int(time.time()) if at is None else at
    if table in PARENT and PARENT[table][0] not in values:
        column, parent = PARENT[table]
        row[column] = insert_row(conn, parent)
    row.update(values)
    conn.execute(
        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        tuple(row.values()),
    )
    return row.get("id", conn.last_insert_rowid())


def count(conn: apsw.Connection, table: str, where: str = "1", params: tuple = ()) -> int:
    return conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}", params).get


def times(conn: apsw.Connection, table: str) -> list[int]:
    """The retention time column of every row left in ``table``, sorted."""
    return sorted(r[0] for r in conn.execute(f"SELECT {TIME_COLUMN[table]} FROM {table}"))


# -- a private database for apply_retention ------------------------------------------------------


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[apsw.Connection]:
    """A migrated drift.db opened like the writer's connection (foreign keys on), KEPT scanned."""
    connection = Database.at(tmp_path / "drift.db").open_writer()
    migrate(connection, SCHEMA)
    add_file(connection, KEPT)
    yield connection
    connection.close()


def retain(conn: apsw.Connection, policy: RetentionPolicy, now: int = NOW) -> RetentionReport:
    """Run apply_retention in its own transaction, as the writer would."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        report = apply_retention(policy, now=now)(conn).value
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return report


def deleted_by_rule(report: RetentionReport) -> dict[tuple[str, str], int]:
    return {(c.table, c.reason): c.deleted for c in report.cleanups if c.deleted}


# -- servers -----------------------------------------------------------------------------------


async def write(server: RunningServer, build: Callable[[apsw.Connection], T]) -> T:
    """Run ``build(conn)`` as a command of the server's writer; returns what it returned."""

    def op(conn: apsw.Connection) -> WriteResult:
        return WriteResult(value=build(conn))

    return (await server.storage.writer.execute("fixture", op)).value


async def read(server: RunningServer, fn: Callable[..., T], *args: Any) -> T:
    return await server.storage.reads.run(fn, *args)


@contextlib.asynccontextmanager
async def stub_of(
    server: RunningServer,
) -> AsyncIterator[drift_storage_pb2_grpc.DriftStorageServiceStub]:
    async with grpc.aio.insecure_channel(server.address) as channel:
        yield drift_storage_pb2_grpc.DriftStorageServiceStub(channel)


async def deletes_counted(stub: drift_storage_pb2_grpc.DriftStorageServiceStub) -> dict[str, int]:
    """GetWriteStats: rows deleted per table since the server started."""
    stats = (await stub.GetWriteStats(pb.GetWriteStatsRequest())).stats
    return {t.table: t.rows for t in stats.tables if t.operation == "delete"}


def by_rule(response: pb.RunRetentionResponse) -> dict[tuple[str, int], int]:
    return {(c.table, c.reason): c.deleted for c in response.cleanups}


# -- 1. orphan cleanup --------------------------------------------------------------------------


async def test_orphan_cleanup_deletes_rows_whose_file_left_file_metadata(
    drift_server: RunningServer, drift_stub
) -> None:
    """In each of the 16 per-file tables, the row of a file still in file_metadata stays and the
    row of a file that is not goes; the report counts exactly one orphan per table, and the age
    tiers leave these fresh rows alone."""

    def build(conn: apsw.Connection) -> None:
        add_file(conn, KEPT)
        for table, column in PER_FILE.items():
            insert_row(conn, table, **{column: KEPT})
            insert_row(conn, table, **{column: GONE})

    await write(drift_server, build)
    response = await drift_stub.RunRetention(pb.RunRetentionRequest())

    orphans = {c.table: c.deleted for c in response.cleanups if c.reason == REASON["orphan"]}
    assert orphans == {**dict.fromkeys(PER_FILE, 1), "call_edges": 0, "data_access": 0}
    assert [c for c in response.cleanups if c.reason != REASON["orphan"] and c.deleted] == []
    assert response.total_deleted == 16

    def files_left(conn: apsw.Connection) -> dict[str, list[str]]:
        return {
            t: [r[0] for r in conn.execute(f"SELECT {c} FROM {t}")] for t, c in PER_FILE.items()
        }

    assert await read(drift_server, files_left) == {table: [KEPT] for table in PER_FILE}


def test_orphan_functions_take_their_call_edges_and_data_accesses_with_them(conn) -> None:
    """An edge from a kept function to an orphan one, an edge from an orphan, and the orphan's
    data access all go; the kept function's edge to another kept function stays."""
    kept_a = insert_row(conn, "functions", file=KEPT, name="a")
    kept_b = insert_row(conn, "functions", file=KEPT, name="b")
    orphan = insert_row(conn, "functions", file=GONE, name="gone")
    for caller, callee in ((kept_a, kept_b), (kept_a, orphan), (orphan, kept_b)):
        insert_row(conn, "call_edges", caller_id=caller, callee_id=callee, call_site_line=1)
    insert_row(conn, "data_access", function_id=orphan, line=1)
    insert_row(conn, "data_access", function_id=kept_a, line=1)

    report = retain(conn, RetentionPolicy())

    assert deleted_by_rule(report) == {
        ("functions", "orphan"): 1,
        ("call_edges", "orphan"): 2,
        ("data_access", "orphan"): 1,
    }
    assert conn.execute("SELECT caller_id, callee_id FROM call_edges").fetchall() == [
        (kept_a, kept_b)
    ]
    assert conn.execute("SELECT function_id FROM data_access").fetchall() == [(kept_a,)]


def test_with_an_empty_file_metadata_every_per_file_row_is_an_orphan(conn) -> None:
    """Orphan cleanup compares against file_metadata only: once no file is scanned, every row of
    the per-file tables goes, whatever its age."""
    conn.execute("DELETE FROM file_metadata")
    for table, column in PER_FILE.items():
        insert_row(conn, table, at=NOW, **{column: KEPT})
    report = retain(conn, RetentionPolicy())
    assert deleted_by_rule(report) == {(t, "orphan"): 1 for t in PER_FILE}
    assert [t for t in PER_FILE if count(conn, t)] == []


# -- 2. age tiers -------------------------------------------------------------------------------

CUSTOM = RetentionPolicy(short_days=10, medium_days=50, long_days=200)


@pytest.mark.parametrize(("tier", "table", "column"), AGE_RULES, ids=lambda v: str(v))
def test_age_rule_deletes_rows_strictly_older_than_its_tier(
    conn: apsw.Connection, tier: str, table: str, column: str
) -> None:
    """With a fixed ``now``, a row whose time column is one second older than now minus the
    tier's days is deleted; a row exactly at that cutoff and a row from now are kept. The rule
    deletes under its own tier, and no other rule touches the table."""
    cutoff = NOW - CUSTOM.days(tier) * DAY
    parent = {}
    if table in PARENT:  # a parent from now, so that only the child's age matters
        key_column, parent_table = PARENT[table]
        parent = {key_column: insert_row(conn, parent_table, at=NOW)}
    for at in (cutoff - 1, cutoff, NOW):
        insert_row(conn, table, at=at, **parent)

    report = retain(conn, CUSTOM)

    assert times(conn, table) == [cutoff, NOW]
    assert deleted_by_rule(report) == {(table, tier): 1}
    assert report.total_deleted == 1


def test_old_migration_projects_go_with_their_old_modules_and_corrections(conn) -> None:
    """The migration tables are cleaned child first, so an old project with its old modules and
    corrections is deleted as a whole while foreign keys are enforced; old constraint
    verifications go and the constraint they verify (no retention) stays."""
    assert conn.execute("PRAGMA foreign_keys").get == 1
    old = NOW - 400 * DAY
    project = insert_row(conn, "migration_projects", at=old)
    for _ in range(2):
        module = insert_row(conn, "migration_modules", at=old, project_id=project)
        insert_row(conn, "migration_corrections", at=old, module_id=module)
    constraint = insert_row(conn, "constraints")
    insert_row(conn, "constraint_verifications", at=old, constraint_id=constraint)

    report = retain(conn, RetentionPolicy())

    assert deleted_by_rule(report) == {
        ("migration_corrections", "long"): 2,
        ("migration_modules", "long"): 2,
        ("migration_projects", "long"): 1,
        ("constraint_verifications", "medium"): 1,
    }
    assert count(conn, "constraints") == 1
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize(
    ("parent", "child"),
    [("migration_projects", "migration_modules"), ("migration_modules", "migration_corrections")],
)
async def test_an_old_parent_still_referenced_by_a_fresh_child_does_not_fail_retention(
    drift_server: RunningServer, drift_stub, parent: str, child: str
) -> None:
    """A migration project (or module) older than the long tier that still has a fresh module
    (or correction) cannot be deleted without breaking the foreign key. Retention must still
    succeed: it keeps the referenced parent and the fresh child, and deletes the other old rows
    (here an old detection) as usual, so that a scheduled retention does not fail forever."""
    now = int(time.time())
    old = now - 400 * DAY

    def build(conn: apsw.Connection) -> None:
        add_file(conn, KEPT)
        insert_row(conn, "detections", at=old)
        key = insert_row(conn, parent, at=old)
        insert_row(conn, child, at=now, **{PARENT[child][0]: key})

    await write(drift_server, build)
    response = await drift_stub.RunRetention(pb.RunRetentionRequest())

    assert by_rule(response)[("detections", REASON["short"])] == 1
    assert by_rule(response)[(parent, REASON["long"])] == 0

    def left(conn: apsw.Connection) -> tuple[int, int, int]:
        return count(conn, parent), count(conn, child), count(conn, "detections")

    assert await read(drift_server, left) == (1, 1, 0)


def test_a_fresh_correction_keeps_its_old_module_and_that_modules_old_project(conn) -> None:
    """Keeping a referenced parent works down the whole chain: a fresh correction keeps its
    module although the module is old, and so the module's old project stays too, while an old
    project whose modules are all old goes with them."""
    old = NOW - 400 * DAY
    kept_project = insert_row(conn, "migration_projects", at=old)
    kept_module = insert_row(conn, "migration_modules", at=old, project_id=kept_project)
    insert_row(conn, "migration_corrections", at=NOW, module_id=kept_module)
    gone_project = insert_row(conn, "migration_projects", at=old)
    insert_row(conn, "migration_modules", at=old, project_id=gone_project)

    report = retain(conn, RetentionPolicy())

    assert deleted_by_rule(report) == {
        ("migration_modules", "long"): 1,
        ("migration_projects", "long"): 1,
    }
    assert conn.execute("SELECT id FROM migration_projects").fetchall() == [(kept_project,)]
    assert conn.execute("SELECT id FROM migration_modules").fetchall() == [(kept_module,)]
    assert count(conn, "migration_corrections") == 1


# -- 3. tiers through the RPC -------------------------------------------------------------------


async def test_custom_tiers_are_applied_by_run_retention(
    drift_server: RunningServer, drift_stub
) -> None:
    """short_days=1 keeps a 12-hour-old detection and deletes a 2-day-old one; medium_days=2 and
    long_days=3 do the same for scan history and decisions one day either side."""
    now = int(time.time())
    cases = [("detections", 1), ("scan_history", 2), ("decisions", 3)]

    def build(conn: apsw.Connection) -> None:
        add_file(conn, KEPT)
        insert_row(conn, "detections", at=now - DAY // 2)
        insert_row(conn, "detections", at=now - 2 * DAY)
        for table, days in cases[1:]:
            insert_row(conn, table, at=now - (days - 1) * DAY)
            insert_row(conn, table, at=now - (days + 1) * DAY)

    await write(drift_server, build)
    response = await drift_stub.RunRetention(
        pb.RunRetentionRequest(short_days=1, medium_days=2, long_days=3)
    )

    assert {k: n for k, n in by_rule(response).items() if n} == {
        ("detections", REASON["short"]): 1,
        ("scan_history", REASON["medium"]): 1,
        ("decisions", REASON["long"]): 1,
    }

    def ages(conn: apsw.Connection) -> list[float]:
        return [round((now - t) / DAY * 2) / 2 for table, _ in cases for t in times(conn, table)]

    assert await read(drift_server, ages) == [0.5, 1.0, 2.0]


async def test_unset_tiers_default_to_30_90_and_365_days(
    drift_server: RunningServer, drift_stub
) -> None:
    """With no field set, a detection survives at 29 days and goes at 31, scan history at 89 and
    91, a decision at 364 and 366."""
    now = int(time.time())
    cases = [("detections", 30), ("scan_history", 90), ("decisions", 365)]

    def build(conn: apsw.Connection) -> None:
        add_file(conn, KEPT)
        for table, days in cases:
            insert_row(conn, table, at=now - (days - 1) * DAY)
            insert_row(conn, table, at=now - (days + 1) * DAY)

    await write(drift_server, build)
    response = await drift_stub.RunRetention(pb.RunRetentionRequest())

    assert {k: n for k, n in by_rule(response).items() if n} == {
        ("detections", REASON["short"]): 1,
        ("scan_history", REASON["medium"]): 1,
        ("decisions", REASON["long"]): 1,
    }

    def ages(conn: apsw.Connection) -> list[int]:
        return [round((now - t) / DAY) for table, _ in cases for t in times(conn, table)]

    assert await read(drift_server, ages) == [29, 89, 364]


async def test_setting_one_tier_leaves_the_others_at_their_defaults(
    drift_server: RunningServer, drift_stub
) -> None:
    """short_days=1 alone shortens only the short tier: 40-day-old scan history (medium, 90) and
    a 200-day-old decision (long, 365) stay while a 2-day-old detection goes."""
    now = int(time.time())

    def build(conn: apsw.Connection) -> None:
        add_file(conn, KEPT)
        insert_row(conn, "detections", at=now - 2 * DAY)
        insert_row(conn, "scan_history", at=now - 40 * DAY)
        insert_row(conn, "decisions", at=now - 200 * DAY)

    await write(drift_server, build)
    response = await drift_stub.RunRetention(pb.RunRetentionRequest(short_days=1))

    assert response.total_deleted == 1
    assert by_rule(response)[("detections", REASON["short"])] == 1


async def test_the_bounds_1_and_36500_days_are_accepted(drift_stub) -> None:
    """Each tier accepts 1 to 36,500 days inclusive."""
    response = await drift_stub.RunRetention(
        pb.RunRetentionRequest(short_days=1, medium_days=36_500, long_days=36_500)
    )
    assert len(response.cleanups) == len(SPEC_RULES)


# -- 4. bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "days"),
    [
        ("short_days", 0),
        ("short_days", -5),
        ("short_days", 40_000),
        ("medium_days", 0),
        ("long_days", 36_501),
    ],
)
async def test_a_tier_outside_1_to_36500_days_is_invalid_and_deletes_nothing(
    drift_server: RunningServer, drift_stub, field: str, days: int
) -> None:
    """An explicitly set tier outside 1..36,500 days fails with INVALID_ARGUMENT naming the
    field, before anything is deleted: an orphan and a year-old detection are still there."""

    def build(conn: apsw.Connection) -> None:
        add_file(conn, KEPT)
        insert_row(conn, "functions", file=GONE)
        insert_row(conn, "detections", at=int(time.time()) - 400 * DAY)

    await write(drift_server, build)
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await drift_stub.RunRetention(pb.RunRetentionRequest(**{field: days}))

    error = failure(raised.value)
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert error.fields == [field]
    assert str(days) in error.message

    def left(conn: apsw.Connection) -> tuple[int, int]:
        return count(conn, "functions"), count(conn, "detections")

    assert await read(drift_server, left) == (1, 1)
    assert await deletes_counted(drift_stub) == {}


# -- 5. the response and the write stats ---------------------------------------------------------


async def test_response_lists_every_rule_in_order_and_stats_count_the_deletes(
    drift_server: RunningServer, drift_stub
) -> None:
    """The response has one entry per rule, in the order of drift-schema.md §6, each with its
    reason; total_deleted is their sum; GetWriteStats counts the same deletes per table under
    the operation "delete" (a table cleaned by two rules adds both)."""
    now = int(time.time())

    def build(conn: apsw.Connection) -> None:
        add_file(conn, KEPT)
        for _ in range(2):
            insert_row(conn, "detections", file=GONE)
            insert_row(conn, "decisions", at=now - 400 * DAY)
        insert_row(conn, "detections", at=now - 40 * DAY)
        insert_row(conn, "functions", file=GONE)
        insert_row(conn, "scan_history", at=now - 100 * DAY)

    await write(drift_server, build)
    response = await drift_stub.RunRetention(pb.RunRetentionRequest())

    assert [(c.table, c.reason) for c in response.cleanups] == [
        (table, REASON[reason]) for table, reason in SPEC_RULES
    ]
    deleted = {k: n for k, n in by_rule(response).items() if n}
    assert deleted == {
        ("detections", REASON["orphan"]): 2,
        ("functions", REASON["orphan"]): 1,
        ("detections", REASON["short"]): 1,
        ("scan_history", REASON["medium"]): 1,
        ("decisions", REASON["long"]): 2,
    }
    assert response.total_deleted == sum(c.deleted for c in response.cleanups) == 7
    assert await deletes_counted(drift_stub) == {
        "detections": 3,
        "functions": 1,
        "scan_history": 1,
        "decisions": 2,
    }


# -- 6. incremental vacuum ----------------------------------------------------------------------


async def test_incremental_vacuum_returns_the_freed_pages_to_the_file_system(
    tmp_path: Path,
) -> None:
    """On a database file, deleting ~2.5 MB of orphaned functions frees pages that the
    incremental vacuum gives back: pages_freed > 0, the page count drops by exactly that much
    and no free page is left. (File only: the shared-memory test database has no file.)"""
    async with serving(tmp_path / "drift.db") as server, stub_of(server) as stub:

        def build(conn: apsw.Connection) -> None:
            add_file(conn, "src/big.py")
            for line in range(250):
                insert_row(
                    conn, "functions", file="src/big.py", line=line, qualified_name="q" * 10_000
                )

        await write(server, build)
        # The file leaves the scan: its 250 functions become orphans.
        await write(server, lambda conn: execute_changes(conn, "DELETE FROM file_metadata"))

        def pages(conn: apsw.Connection) -> tuple[int, int]:
            return conn.execute("PRAGMA page_count").get, conn.execute("PRAGMA freelist_count").get

        before, _ = await read(server, pages)
        response = await stub.RunRetention(pb.RunRetentionRequest())
        after, free_after = await read(server, pages)

    assert by_rule(response)[("functions", REASON["orphan"])] == 250
    assert response.pages_freed > 0
    assert before - after == response.pages_freed
    assert after < before / 2
    assert free_after == 0


# -- 7. the schedule ----------------------------------------------------------------------------


async def test_scheduled_retention_applies_the_default_policy_by_itself(tmp_path: Path) -> None:
    """With --retention-interval-h 0.0003 (about a second) the server runs retention without any
    request: an orphan function goes, as does a 40-day-old detection (short tier 30 days), while
    a 20-day-old detection stays."""
    now = int(time.time())
    async with serving(tmp_path / "drift.db", retention_interval_h=0.0003) as server:

        def build(conn: apsw.Connection) -> None:
            add_file(conn, KEPT)
            insert_row(conn, "functions", file=GONE)
            insert_row(conn, "detections", at=now - 40 * DAY)
            insert_row(conn, "detections", at=now - 20 * DAY)

        await write(server, build)

        def orphans(conn: apsw.Connection) -> int:
            return count(conn, "functions")

        deadline = time.monotonic() + 10
        while await read(server, orphans) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)

        assert await read(server, orphans) == 0
        ages = await read(server, times, "detections")
        assert [round((now - t) / DAY) for t in ages] == [20]


async def test_without_an_interval_nothing_is_scheduled(tmp_path: Path) -> None:
    """With the default interval (0) the background task ends at once and nothing runs
    retention: after longer than the interval of the previous test, an orphan is still there and
    the writer has deleted nothing."""
    async with serving(tmp_path / "drift.db") as server, stub_of(server) as stub:
        assert server.config.retention_interval_h == 0
        await write(server, lambda conn: insert_row(conn, "functions", file=GONE))
        await asyncio.wait_for(asyncio.gather(*server.tasks), timeout=5)
        await asyncio.sleep(1.5)

        assert await read(server, count, "functions") == 1
        assert await deletes_counted(stub) == {}


async def test_cancelling_a_queued_retention_does_not_fail_the_writes_grouped_with_it(
    drift_server: RunningServer,
) -> None:
    """A retention whose caller goes away while it waits for the writer (a client cancels
    RunRetention, or stop() cancels the scheduled task) must not take down the other commands
    committed in the same transaction: a write queued behind it is acknowledged normally."""
    writer = drift_server.storage.writer
    holding, gate = threading.Event(), threading.Event()

    def hold_the_writer(conn: apsw.Connection) -> WriteResult:
        holding.set()
        gate.wait(10)
        return WriteResult()

    def add_kept_file(conn: apsw.Connection) -> WriteResult:
        add_file(conn, KEPT)
        return WriteResult({("file_metadata", "insert"): 1})

    held = writer.submit("fixture", hold_the_writer)
    assert await asyncio.to_thread(holding.wait, 10)
    retention = asyncio.ensure_future(
        writer.execute("retention", apply_retention(RetentionPolicy()))
    )
    deadline = time.monotonic() + 10
    while writer.stats().queue_depth < 1 and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    other = asyncio.wrap_future(writer.submit("fixture", add_kept_file))
    retention.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await retention
    gate.set()

    assert (await asyncio.wait_for(other, timeout=10)).rows == {("file_metadata", "insert"): 1}
    assert held.result(timeout=10).rows == {}
    assert await read(drift_server, count, "file_metadata") == 1
