"""Retention of drift.db: everything ``driftGC`` did, in one place.

One writer command, so one transaction: first the orphan cleanup (rows of every per-file table
whose file has left ``file_metadata``, with the call edges and data accesses of orphan functions:
``file_rows.delete_orphans``), then the short, medium and long age tiers (the Rust defaults are
30, 90 and 365 days; a row goes when its time column is strictly older than now minus the tier),
then an incremental vacuum returning the freed pages to the file system. The age rules and their
order are the Rust system's (drift-schema.md §6); its orphan list had 9 of the 15 per-file tables
and left the edges of orphan functions dangling. The ``migration_*`` tables go child first so
foreign keys hold, and unlike Rust an old parent still referenced by a fresh child is kept.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

import apsw

from services.common import errors
from services.common.writer import Operation, WriteResult, execute_changes
from services.drift_storage.store import file_rows

SECONDS_PER_DAY = 86_400
MAX_DAYS = 36_500

# (tier, table, time column), in the order they are applied.
AGE_RULES = (
    *(("short", t, "created_at") for t in ("detections", "outliers", "violations", "error_gaps",
      "taint_flows", "crypto_findings", "owasp_findings", "secrets", "degradation_alerts")),
    ("short", "gate_results", "run_at"),
    ("short", "policy_results", "run_at"),
    ("medium", "scan_history", "started_at"),
    *(("medium", t, "created_at") for t in ("audit_snapshots", "feedback", "contract_mismatches",
      "coupling_cycles", "decomposition_decisions")),
    ("medium", "health_trends", "recorded_at"),
    ("medium", "constraint_verifications", "verified_at"),
    ("medium", "dna_mutations", "detected_at"),
    *(("long", t, "created_at") for t in ("parse_cache", "context_cache", "simulations",
      "decisions", "migration_corrections", "migration_modules", "migration_projects")),
)  # fmt: skip


# An old parent row stays while a child that survived retention still refers to it: deleting it
# would break the foreign key (and fail the whole retention transaction).
KEPT_WHILE_REFERENCED = {
    "migration_modules": ("migration_corrections", "module_id"),
    "migration_projects": ("migration_modules", "project_id"),
}


@dataclass(frozen=True)
class RetentionPolicy:
    """Days kept in each tier."""

    short_days: int = 30
    medium_days: int = 90
    long_days: int = 365

    def __post_init__(self) -> None:
        for name in ("short_days", "medium_days", "long_days"):
            days = getattr(self, name)
            if not 1 <= days <= MAX_DAYS:
                raise errors.InvalidArgument(
                    errors.FieldViolation(name, f"must be between 1 and {MAX_DAYS}, got {days}")
                )

    def days(self, tier: str) -> int:
        days: int = getattr(self, f"{tier}_days")
        return days


@dataclass(frozen=True)
class Cleanup:
    """Rows one rule deleted: ``reason`` is ``orphan`` or the tier name."""

    table: str
    reason: str
    deleted: int


@dataclass
class RetentionReport:
    cleanups: list[Cleanup] = field(default_factory=list)
    pages_freed: int = 0

    @property
    def total_deleted(self) -> int:
        return sum(c.deleted for c in self.cleanups)


def apply_retention(policy: RetentionPolicy, now: int | None = None) -> Operation:
    """A writer operation applying ``policy``; its value is a ``RetentionReport``."""

    def run(conn: apsw.Connection) -> WriteResult:
        clock = int(time.time()) if now is None else now
        report = RetentionReport()
        for table, deleted in file_rows.delete_orphans(conn):
            report.cleanups.append(Cleanup(table, "orphan", deleted))
        for tier, table, column in AGE_RULES:
            cutoff = clock - policy.days(tier) * SECONDS_PER_DAY
            sql = f"DELETE FROM {table} WHERE {column} < ?"
            if table in KEPT_WHILE_REFERENCED:
                child, key = KEPT_WHILE_REFERENCED[table]
                sql += f" AND id NOT IN (SELECT {key} FROM {child} WHERE {key} IS NOT NULL)"
            deleted = execute_changes(conn, sql, (cutoff,))
            report.cleanups.append(Cleanup(table, tier, deleted))
        pages = conn.execute("PRAGMA page_count").get
        conn.execute("PRAGMA incremental_vacuum").fetchall()  # drained: it yields per page
        report.pages_freed = pages - conn.execute("PRAGMA page_count").get
        rows: Counter[tuple[str, str]] = Counter()
        for cleanup in report.cleanups:
            rows[(cleanup.table, "delete")] += cleanup.deleted
        return WriteResult({key: n for key, n in rows.items() if n}, report)

    return run
