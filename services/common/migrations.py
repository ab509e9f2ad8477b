"""Schema migrations: the only way a table is created or altered.

Each service has a directory of ``NNNN_slug.sql`` files numbered 1, 2, 3 ... without gaps or
duplicates. ``migrate`` applies every file newer than the database's version, each file and its
version bump in one ``BEGIN IMMEDIATE`` transaction, so a crash leaves either the whole file
applied or none of it. A database whose version is newer than the newest file is refused before
anything is written.

Where the version is stored differs per service, for compatibility with the databases the Rust
system left behind (see ``VersionStore`` implementations below).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import apsw

from services.common import errors

log = logging.getLogger(__name__)

_FILE_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
_SKIP_IF = re.compile(r"^-- skip-if: (.+)$", re.MULTILINE)
_REPAIR_IF = re.compile(r"^-- repair-if: (.+)$", re.MULTILINE)


def migrations_root() -> Path:
    """The directory holding ``drift/``, ``cortex/`` and ``bridge/`` migration folders."""
    installed = Path(__file__).resolve().parents[1] / "migrations"  # inside a built wheel
    return installed if installed.is_dir() else Path(__file__).resolve().parents[2] / "migrations"


@dataclass(frozen=True)
class Migration:
    """One migration file."""

    version: int
    name: str
    path: Path

    @property
    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def skip_if(self) -> str | None:
        """The file's ``-- skip-if: SELECT ...`` guard, if it has one.

        A non-idempotent file (one adding a column) declares how to recognise a database where its
        change is already there, as a Rust database can be after a crash between the change and
        the version bump. When the query returns a row, only the version is recorded.
        """
        match = _SKIP_IF.search(self.sql)
        return match.group(1) if match else None

    @property
    def repair_if(self) -> str | None:
        """The file's ``-- repair-if: SELECT ...`` guard, if it has one.

        An idempotent file whose version a database may record without having its tables (the
        Rust cortex recorded version 13 for an empty placeholder and created those tables at run
        time, if ever) declares how to recognise such a database. When the query returns a row on
        a database already at or past the file's version, the file is applied again.
        """
        match = _REPAIR_IF.search(self.sql)
        return match.group(1) if match else None


def load_migrations(directory: Path) -> list[Migration]:
    """The migration files of ``directory`` in order; refuses bad names, duplicates and gaps."""
    found: dict[int, Migration] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _FILE_NAME.match(path.name)
        if not match:
            raise errors.MigrationError(f"{path}: migration files must be named NNNN_slug.sql")
        version = int(match.group(1))
        if version in found:
            raise errors.MigrationError(
                f"{directory}: two migrations have number {version:04d}: "
                f"{found[version].path.name} and {path.name}"
            )
        found[version] = Migration(version, match.group(2), path)
    for expected, version in enumerate(sorted(found), start=1):
        if version != expected:
            raise errors.MigrationError(
                f"{directory}: migration {expected:04d} is missing (found {version:04d} after "
                f"{expected - 1:04d}); the sequence must have no gaps"
            )
    return [found[v] for v in sorted(found)]


def _table_exists(conn: apsw.Connection, name: str) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchall()
    )


class VersionStore(Protocol):
    """Reads and writes a database's schema version."""

    def read(self, conn: apsw.Connection) -> int: ...

    def write(self, conn: apsw.Connection, version: int) -> None: ...


class UserVersionStore:
    """``PRAGMA user_version``, as the Rust drift-storage crate used (versions 1..9)."""

    def read(self, conn: apsw.Connection) -> int:
        return int(conn.execute("PRAGMA user_version").get)

    def write(self, conn: apsw.Connection, version: int) -> None:
        conn.execute(f"PRAGMA user_version = {int(version)}")


class LedgerTableStore:
    """A ledger table with one row per applied version, as Rust cortex-storage's ``schema_version``.

    The version is the highest recorded; the first migration creates the table.
    """

    def __init__(self, table: str = "schema_version") -> None:
        self.table = table

    def read(self, conn: apsw.Connection) -> int:
        if not _table_exists(conn, self.table):
            return 0
        return int(conn.execute(f"SELECT COALESCE(MAX(version), 0) FROM {self.table}").get)

    def write(self, conn: apsw.Connection, version: int) -> None:
        conn.execute(f"INSERT INTO {self.table} (version) VALUES (?)", (version,))


class SingleRowTableStore(LedgerTableStore):
    """A dedicated table holding one row, as the Rust bridge's ``bridge_schema_version``.

    It is kept apart from every table retention prunes. A legacy bridge database that recorded its
    version only in ``bridge_metrics`` (or not at all) has no such table; it reads as version 0 so
    that the first migration, whose statements are all ``IF NOT EXISTS``, runs again and creates
    the dedicated table without touching existing rows.
    """

    def write(self, conn: apsw.Connection, version: int) -> None:
        conn.execute(f"DELETE FROM {self.table}")
        super().write(conn, version)


@dataclass(frozen=True)
class Schema:
    """A service's migration directory and version store."""

    name: str
    directory: Path
    store: VersionStore

    def migrations(self) -> list[Migration]:
        return load_migrations(self.directory)

    @property
    def latest(self) -> int:
        found = self.migrations()
        return found[-1].version if found else 0


@dataclass
class MigrationReport:
    """What ``migrate`` did: versions before and after, and the files applied."""

    schema: str
    from_version: int
    to_version: int
    applied: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)


def read_version(conn: apsw.Connection, schema: Schema, label: str) -> int:
    """The database's version; refuses files that are not SQLite or are newer than ``schema``."""
    try:
        version = schema.store.read(conn)
    except (apsw.NotADBError, apsw.CorruptError) as exc:
        raise errors.DatabaseUnusable(
            f"{label} is not a usable SQLite database ({exc}); it was left untouched"
        ) from exc
    latest = schema.latest
    if version > latest:
        raise errors.SchemaTooNew(
            f"{label} has {schema.name} schema version {version}, newer than the newest this "
            f"software knows ({latest}); it was written by a newer release. Upgrade drift-services "
            "or point it at another database. The file was left untouched.",
            metadata={"databaseVersion": str(version), "latestKnownVersion": str(latest)},
        )
    return version


def check_integrity(conn: apsw.Connection, label: str) -> None:
    """Refuse a damaged database (``PRAGMA quick_check``) before anything is written to it."""
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    except (apsw.NotADBError, apsw.CorruptError) as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        first = problems[0].splitlines()[-1] if problems else "unknown damage"
        raise errors.DatabaseUnusable(
            f"{label} is damaged ({first}); it was left untouched. Restore it from a backup, or "
            "move it aside to start with an empty database.",
            metadata={"problem": first},
        )


def migrate(conn: apsw.Connection, schema: Schema, label: str = "database") -> MigrationReport:
    """Apply every pending migration of ``schema`` to ``conn``, one transaction per file.

    The version deciding whether a file applies is read inside that file's transaction, so it is
    the version the file is applied on; a failure rolls the file back and the error names it.
    """
    migrations = schema.migrations()
    start = read_version(conn, schema, label)  # refuses a newer database before any write
    report = MigrationReport(schema.name, start, start)
    for migration in migrations:
        if migration.version <= report.to_version:
            if migration.repair_if:
                _repair(conn, migration, migration.repair_if, label, report)
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            current = read_version(conn, schema, label)
            if migration.version <= current:
                conn.execute("COMMIT")
                report.to_version = current
                continue
            guard = migration.skip_if
            if guard and conn.execute(guard).fetchall():
                log.debug("%s: %s is already applied; recording its version", label, migration.name)
            else:
                # apsw runs the statements of a script lazily when one yields rows: drain them.
                conn.execute(migration.sql).fetchall()
            schema.store.write(conn, migration.version)
            conn.execute("COMMIT")
        except apsw.Error as exc:
            _rollback(conn)
            raise errors.MigrationError(
                f"{label}: migration {migration.path.name} failed and was rolled back: {exc}",
                metadata={"migration": migration.path.name},
            ) from exc
        except BaseException:
            _rollback(conn)
            raise
        report.to_version = migration.version
        report.applied.append(migration.path.name)
        log.debug("%s: applied migration %s", label, migration.path.name)
    return report


def _repair(
    conn: apsw.Connection, migration: Migration, guard: str, label: str, report: MigrationReport
) -> None:
    """Re-apply ``migration`` (idempotent) where its ``repair-if`` ``guard`` finds it missing."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        if conn.execute(guard).fetchall():
            conn.execute(migration.sql).fetchall()
            report.repaired.append(migration.path.name)
            log.info("%s: re-applied %s, whose tables were missing", label, migration.name)
        conn.execute("COMMIT")
    except apsw.Error as exc:
        _rollback(conn)
        raise errors.MigrationError(
            f"{label}: repairing with migration {migration.path.name} failed and was rolled "
            f"back: {exc}",
            metadata={"migration": migration.path.name},
        ) from exc
    except BaseException:
        _rollback(conn)
        raise


def _rollback(conn: apsw.Connection) -> None:
    """Roll back if a transaction is open; a failing ROLLBACK must not hide the error that
    caused it (SQLite may already have rolled back on its own, e.g. on a full disk)."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except apsw.Error as exc:
            log.warning("ROLLBACK after a failed migration failed too: %s", exc)
