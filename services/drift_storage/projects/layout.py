"""Where projects live: ``<data-dir>/projects/{id}/drift.db``, one directory per project.

A project exists when its directory holds ``drift.db``. Creation and deletion are atomic on the
file system: a project is built in a ``.creating-*`` directory and renamed into place once its
database is migrated and describes it, and a deleted project is renamed to ``.deleting-*``
before its files are removed, so a crash leaves either the whole project or none of it; start-up
removes what such a crash left. A data directory that holds the ``drift.db`` of the versions
before projects (``<data-dir>/drift.db``) serves it, in place, as the project ``default``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from services.common.database_lock import lock_path
from services.common.storage import SIDECARS
from services.drift_storage.projects import names

log = logging.getLogger(__name__)

PROJECTS_DIR = "projects"
DATABASE_NAME = "drift.db"
CREATING = ".creating-"
DELETING = ".deleting-"


@dataclass(frozen=True)
class Layout:
    """The projects of one data directory."""

    data_dir: Path

    @property
    def projects_dir(self) -> Path:
        return self.data_dir / PROJECTS_DIR

    @property
    def legacy_database(self) -> Path:
        """``<data-dir>/drift.db``: the one database of a data directory before projects."""
        return self.data_dir / DATABASE_NAME

    def database(self, project_id: str) -> Path:
        return self.projects_dir / project_id / DATABASE_NAME

    def discover(self) -> dict[str, Path]:
        """Every project of the data directory: id → database file."""
        found: dict[str, Path] = {}
        if self.projects_dir.is_dir():
            for entry in sorted(self.projects_dir.iterdir()):
                database = entry / DATABASE_NAME
                if names.ID_PATTERN.match(entry.name) and database.is_file():
                    found[entry.name] = database
        if names.DEFAULT_PROJECT not in found and self.legacy_database.is_file():
            found[names.DEFAULT_PROJECT] = self.legacy_database
        return found

    def remove_leftovers(self) -> int:
        """Remove what an interrupted create or delete left behind; returns how many."""
        removed = 0
        if self.projects_dir.is_dir():
            for entry in self.projects_dir.iterdir():
                if entry.name.startswith((CREATING, DELETING)):
                    shutil.rmtree(entry, ignore_errors=True)
                    removed += 1
        return removed

    def staging(self, project_id: str) -> Path:
        """A new, empty directory to build project ``project_id`` in."""
        path = self.projects_dir / f"{CREATING}{project_id}-{uuid.uuid4().hex[:12]}"
        path.mkdir(parents=True)
        return path

    def publish(self, staging: Path, project_id: str) -> Path:
        """Rename a built project into place; returns its database. Fails if the id is taken."""
        target = self.projects_dir / project_id
        # The data directory's lock makes this service its only user, so nothing can take the id
        # between the check and the rename (which would replace an empty directory silently).
        if target.exists():
            raise FileExistsError(target)
        os.rename(staging, target)
        return target / DATABASE_NAME

    def remove(self, database: Path) -> None:
        """Delete a project's files: its directory, or the legacy database and its sidecars."""
        if database == self.legacy_database:
            remove_database_files(database)
            return
        directory = database.parent
        doomed = directory.with_name(f"{DELETING}{directory.name}-{uuid.uuid4().hex[:12]}")
        os.rename(directory, doomed)
        shutil.rmtree(doomed, ignore_errors=True)


def remove_database_files(database: Path) -> None:
    """Delete a closed database file with its ``-wal``, ``-shm`` and lock files."""
    sidecars = (database.with_name(database.name + s) for s in SIDECARS)
    for path in (database, *sidecars, lock_path(database)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
