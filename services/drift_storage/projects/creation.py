"""Creating a project, and importing an existing drift.db as one.

Both build the project's database in a staging directory of the data directory (``layout``),
migrate it and record its ``project`` row there, and only then rename it into place, so a
project appears whole or not at all. The blocking work runs on a thread; the caller holds
``Projects.administration()`` so that two creations cannot race for an id.
"""

from __future__ import annotations

import asyncio
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import apsw

from services.common import errors
from services.common.database import Database
from services.common.database_lock import DatabaseLock
from services.common.migrations import Schema, check_integrity, read_version
from services.common.storage import open_database
from services.drift_storage.projects import names
from services.drift_storage.projects.layout import DATABASE_NAME, Layout, remove_database_files
from services.drift_storage.projects.open_projects import Projects
from services.drift_storage.projects.record import read_details, write_new
from services.drift_storage.scan.scans import resolve_directory
from services.drift_storage.store import export

# Pages copied per step of the online backup (the source may be written between steps).
BACKUP_STEP_PAGES = 1024


@dataclass(frozen=True)
class Imported:
    """What ImportProject reports: the rows of the source's tables before and after."""

    project_id: str
    rows_before: int
    rows_after: int
    from_version: int
    to_version: int


def derive_id(projects: Projects, root: Path) -> str:
    """An id for a project rooted at ``root``: its directory's slug, made unique (``-2``...)."""
    base = names.slug_from_root(root)
    taken = set(projects.ids())
    if base not in taken:
        return base
    suffix = 2
    while f"{base[: 63 - len(str(suffix)) - 1]}-{suffix}" in taken:
        suffix += 1
    return f"{base[: 63 - len(str(suffix)) - 1]}-{suffix}"


def _build(
    staging: Path, schema: Schema, label: str, root: str, display_name: str, now: int
) -> None:
    """A new migrated database in ``staging`` whose project row says ``root``."""
    opened = open_database(Database.at(staging / DATABASE_NAME), schema, label)
    try:
        with opened.conn:
            write_new(opened.conn, root, display_name, now)
    finally:
        opened.conn.close()
        if opened.lock is not None:
            opened.lock.release()


async def _publish(
    projects: Projects, project_id: str, staging: Path, build: asyncio.Future[Any]
) -> None:
    """Wait for ``build`` to fill ``staging``, then rename it into place and register it; a
    failed build's staging directory is removed."""
    layout = projects.require_data_dir()
    try:
        await build
        database = layout.publish(staging, project_id)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    projects.add(project_id, database)


async def create_project(projects: Projects, project_id: str, root: str, display_name: str) -> str:
    """Create a project rooted at ``root`` (resolved inside the allowed roots); returns its id.

    An empty ``project_id`` derives one from the root.
    """
    layout = projects.require_data_dir()
    resolved = resolve_directory(root, projects.allowed_roots, "project.root")
    async with projects.administration():
        project_id = (
            names.check_id(project_id, "project_id")
            if project_id
            else derive_id(projects, resolved)
        )
        projects.check_new_id(project_id)
        staging = layout.staging(project_id)
        label = f"project {names.resource_name(project_id)}"
        build = asyncio.ensure_future(
            asyncio.to_thread(
                _build,
                staging,
                projects.schema,
                label,
                str(resolved),
                display_name,
                int(time.time()),
            )
        )
        # Shielded: a cancelled request must not leave a half-built staging directory behind
        # while the thread still writes it.
        await asyncio.shield(_publish(projects, project_id, staging, build))
    return project_id


def _table_counts(conn: apsw.Connection) -> dict[str, int]:
    """Rows per table (FTS shadow tables are counted as tables too)."""
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').get) for t in export.tables(conn)}


def _copy(source: Path, target: Path, schema: Schema, label: str) -> tuple[dict[str, int], int]:
    """Copy ``source`` to ``target`` with the online backup API, after refusing a file that is
    not SQLite, newer than ``schema`` or damaged, or in use by one of our services. Returns the
    source's rows per table and its schema version."""
    lock = DatabaseLock.acquire(source)
    try:
        inspector = Database.at(source).open_inspector()
        if inspector is None:
            raise errors.InvalidArgument(
                errors.FieldViolation("source", f"{source} does not exist")
            )
        try:
            version = read_version(inspector, schema, label)
            check_integrity(inspector, label)
            counts = _table_counts(inspector)
            destination = Database.at(target).open_copy_target()
            try:
                with destination.backup("main", inspector, "main") as backup:
                    while not backup.done:
                        backup.step(BACKUP_STEP_PAGES)
            finally:
                destination.close()
        finally:
            inspector.close()
    finally:
        lock.release()
    return counts, version


def _adopt(
    staging: Path,
    schema: Schema,
    label: str,
    root: str | None,
    display_name: str,
    counts: dict[str, int],
    allowed_roots: tuple[Path, ...],
) -> tuple[int, int]:
    """Migrate the copy in ``staging`` and record its root; returns (rows after, version)."""
    opened = open_database(Database.at(staging / DATABASE_NAME), schema, label)
    conn = opened.conn
    try:
        details = read_details(conn)
        if root is None:
            if not details.root:
                raise errors.InvalidArgument(
                    errors.FieldViolation(
                        "root", "is required: the imported database records no project root"
                    )
                )
            root = str(resolve_directory(details.root, allowed_roots, "root"))
        now = int(time.time())
        with conn:
            if details.created_at:
                conn.execute(
                    "UPDATE project SET root = ?, display_name = ?, updated_at = ?,"
                    " full_scan_pending = full_scan_pending OR root <> ? WHERE id = 1",
                    (root, display_name or details.display_name, now, root),
                )
            else:
                write_new(conn, root, display_name, now)
        after = _table_counts(conn)
        return sum(after.get(t, 0) for t in counts), opened.report.to_version
    finally:
        conn.close()
        if opened.lock is not None:
            opened.lock.release()


async def import_project(
    projects: Projects,
    project_id: str,
    source: str,
    root: str,
    display_name: str,
    move: bool,
) -> Imported:
    """Copy (or move) the drift.db at ``source`` into the data directory as ``project_id``."""
    layout: Layout = projects.require_data_dir()
    names.check_id(project_id, "project_id")
    if not source:
        raise errors.InvalidArgument(errors.FieldViolation("source", "is required"))
    source_path = Path(source).resolve()
    resolve_directory(str(source_path.parent), projects.allowed_roots, "source")
    if not source_path.is_file():
        raise errors.InvalidArgument(
            errors.FieldViolation("source", f"{source_path} is not a file")
        )
    resolved_root = str(resolve_directory(root, projects.allowed_roots, "root")) if root else None
    label = f"imported database {source_path}"
    async with projects.administration():
        projects.check_new_id(project_id)
        staging = layout.staging(project_id)

        async def build() -> tuple[dict[str, int], int, int, int]:
            counts, version = await asyncio.to_thread(
                _copy, source_path, staging / DATABASE_NAME, projects.schema, label
            )
            after, to_version = await asyncio.to_thread(
                _adopt,
                staging,
                projects.schema,
                label,
                resolved_root,
                display_name,
                counts,
                projects.allowed_roots,
            )
            return counts, version, after, to_version

        work = asyncio.ensure_future(build())
        await asyncio.shield(_publish(projects, project_id, staging, work))
        counts, version, after, to_version = work.result()
        if move:
            await asyncio.to_thread(remove_database_files, source_path)
    return Imported(project_id, sum(counts.values()), after, version, to_version)
