"""The projects of a drift service, opened on first use and closed when idle, and the lease every
RPC takes on the one it names.

A servicer method names its project and works inside a lease::

    async with self._projects.lease(request.parent, "parent") as project:
        rows = await project.storage.reads.run(files.list_files, ...)

The lease resolves the name (``names.parse_name``: empty means ``default``), opens the project's
database if it is not open (lock, inspection, migrations, writer, read pool, interrupted scans
marked failed) and keeps it open until the lease ends. An unknown project is NOT_FOUND
(``PROJECT_NOT_FOUND``).

Each open project has its own writer thread, read pool and lock file. At most
``--max-open-projects`` are open: when a lease opens one more, the least recently used project
that no lease holds is closed (its writer drains and checkpoints the WAL); if every open project
is in use, the limit is exceeded until leases end, so no request waits for another. A project
unused for ``--project-idle-s`` seconds is closed too. A closed project costs no thread and no
connection. Scans run one at a time per project and ``--max-concurrent-scans`` at a time in all.

Two modes: a data directory of projects (``<data-dir>/projects/{id}/drift.db``, see ``layout``),
locked as a whole so that one service owns it; or one database file (``--db``) served as the
project ``default``, opened at start and kept open, as before projects existed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import apsw

from services.common import errors
from services.common.config import ServerConfig
from services.common.database import Database
from services.common.database_lock import DatabaseLock
from services.common.migrations import Schema
from services.common.storage import Storage, open_storage_at
from services.drift_storage.projects import names
from services.drift_storage.projects.layout import Layout
from services.drift_storage.projects.record import ProjectDetails, read_details
from services.drift_storage.scan.scans import ScanService

log = logging.getLogger(__name__)

T = TypeVar("T")

# How long DeleteProject waits for the requests using the project to end.
DELETE_WAIT_S = 5.0
# How long closing a project gives its writer to drain and checkpoint.
CLOSE_TIMEOUT_S = 5.0


@dataclass
class OpenProject:
    """A project whose database is open: its id, storage (writer, read pool, lock) and scans."""

    id: str
    storage: Storage
    scans: ScanService


@dataclass
class _Entry:
    """What the service knows of one project, open or not."""

    id: str
    database: Database
    # The --db project: opened at start, never closed while the service runs.
    pinned: bool = False
    open: OpenProject | None = None
    # The open or close in progress; every lease that needs the project waits for it.
    transition: asyncio.Future[None] | None = None
    leases: int = 0
    last_used: float = field(default_factory=time.monotonic)
    # Deleted or being deleted: new leases are refused.
    gone: bool = False
    # The project row as last seen, kept while the project is closed.
    details: ProjectDetails | None = None


@dataclass(frozen=True)
class ProjectView:
    """A project as the API shows it."""

    id: str
    details: ProjectDetails
    is_open: bool
    scan_running: bool


class Projects:
    """The projects a drift service serves (see the module docstring)."""

    def __init__(
        self,
        schema: Schema,
        config: ServerConfig,
        layout: Layout | None,
        on_writer_failure: Callable[[BaseException], None] | None,
    ) -> None:
        self.schema = schema
        self._config = config
        self.allowed_roots = config.scan_roots
        self.layout = layout
        self._on_writer_failure = on_writer_failure
        self._entries: dict[str, _Entry] = {}
        self._admin = asyncio.Lock()  # one create, import or delete at a time
        self._evicting: asyncio.Task[None] | None = None
        self._scans = 0
        self._data_dir_lock: DatabaseLock | None = None
        self._closed = False

    # --- opening and closing the service ---------------------------------------------------

    @classmethod
    def single(
        cls,
        schema: Schema,
        config: ServerConfig,
        on_writer_failure: Callable[[BaseException], None] | None = None,
    ) -> Projects:
        """Serve the database ``config.db`` as the project ``default``, opened now."""
        projects = cls(schema, config, None, on_writer_failure)
        entry = _Entry(names.DEFAULT_PROJECT, Database.at(config.db), pinned=True)
        entry.open = projects._open_now(entry)
        projects._entries[entry.id] = entry
        return projects

    @classmethod
    def in_data_dir(
        cls,
        schema: Schema,
        config: ServerConfig,
        on_writer_failure: Callable[[BaseException], None] | None = None,
    ) -> Projects:
        """Serve the projects of ``config.data_dir``; the directory is locked for this process."""
        layout = Layout(Path(config.data_dir))
        projects = cls(schema, config, layout, on_writer_failure)
        layout.projects_dir.mkdir(parents=True, exist_ok=True)
        projects._data_dir_lock = DatabaseLock.acquire(layout.projects_dir)
        leftovers = layout.remove_leftovers()
        if leftovers:
            log.warning("removed %d project(s) left half-created or half-deleted", leftovers)
        for project_id, database in layout.discover().items():
            projects._entries[project_id] = _Entry(project_id, Database.at(database))
        return projects

    @property
    def single_mode(self) -> bool:
        return self.layout is None

    def describe(self) -> str:
        """Where the projects are, for the start-up line."""
        if self.layout is None:
            return self.single_storage().describe()
        return f"{len(self._entries)} project(s) in {self.layout.projects_dir}"

    def single_storage(self) -> Storage:
        """The storage of the ``--db`` project."""
        entry = self._entries.get(names.DEFAULT_PROJECT)
        if self.layout is not None or entry is None or entry.open is None:
            raise RuntimeError("this drift service serves a data directory of projects")
        return entry.open.storage

    def open_count(self) -> int:
        """Projects whose database is open now."""
        return sum(1 for entry in self._entries.values() if entry.open is not None)

    async def shutdown(self, timeout: float) -> None:
        """Stop every running scan and wait until each one's history records it."""
        scans = [e.open.scans for e in self._entries.values() if e.open is not None]
        await asyncio.gather(*(s.shutdown(timeout) for s in scans))

    def close(self, timeout: float) -> None:
        """Close every open project (drain, checkpoint, unlock), then unlock the data directory."""
        self._closed = True
        if self._evicting is not None:
            self._evicting.cancel()
        try:
            for entry in self._entries.values():
                # A project in transition is being closed (or opened) by its own thread already.
                if entry.open is not None and entry.transition is None:
                    project = entry.open
                    if not entry.pinned:  # the --db project's storage stays inspectable
                        entry.open = None
                    project.storage.close(timeout)
        finally:
            if self._data_dir_lock is not None:
                self._data_dir_lock.release()

    # --- leases -------------------------------------------------------------------------

    def _entry(self, project_id: str) -> _Entry:
        entry = self._entries.get(project_id)
        if entry is None or entry.gone:
            name = names.resource_name(project_id)
            raise errors.ProjectNotFound(f"no project {name}", metadata={"project": name})
        return entry

    @contextlib.asynccontextmanager
    async def lease(self, name: str, field: str) -> AsyncIterator[OpenProject]:
        """The open project named ``name`` (request field ``field``) for the block's duration."""
        entry = self._entry(names.parse_name(name, field))
        entry.leases += 1
        try:
            yield await self._ensure_open(entry)
        finally:
            entry.leases -= 1
            entry.last_used = time.monotonic()
            self._schedule_eviction()

    async def read(self, name: str, field: str, fn: Callable[..., T], *args: Any) -> T:
        """``fn(conn, *args)`` on a reader of the project ``name`` (request field ``field``)."""
        async with self.lease(name, field) as project:
            return await project.storage.reads.run(fn, *args)

    async def _ensure_open(self, entry: _Entry) -> OpenProject:
        while True:
            if entry.gone:
                self._entry(entry.id)  # raises NOT_FOUND
            if entry.open is not None and entry.transition is None:
                return entry.open
            if self._closed:
                raise errors.ServiceStopping("the service is stopping")
            if entry.transition is None:
                entry.transition = self._start(entry, self._open(entry))
            # Shielded: a lease whose request is cancelled must not cancel an open that other
            # leases wait for (and that would leave a database open with nobody holding it).
            await asyncio.shield(entry.transition)

    def _start(self, entry: _Entry, work: Coroutine[Any, Any, None]) -> asyncio.Future[None]:
        async def run() -> None:
            try:
                await work
            finally:
                entry.transition = None

        return asyncio.ensure_future(run())

    async def _open(self, entry: _Entry) -> None:
        entry.open = await asyncio.to_thread(self._open_now, entry)
        entry.details = None
        self._schedule_eviction()

    def _open_now(self, entry: _Entry) -> OpenProject:
        """Open, migrate and prepare one project's database (blocking)."""
        # A --db project keeps the label of a service with one database.
        label = (
            f"{self.schema.name} database {entry.database}"
            if entry.pinned
            else f"project {names.resource_name(entry.id)} ({entry.database})"
        )
        storage = open_storage_at(
            entry.database, self.schema, self._config, self._on_writer_failure, label
        )
        try:
            scans = ScanService(storage, self.allowed_roots)
            interrupted = scans.recover_interrupted()
        except BaseException:
            storage.close(CLOSE_TIMEOUT_S)
            raise
        if interrupted:
            log.warning("%s: %d interrupted scan(s) marked failed", label, interrupted)
        log.debug("%s opened", label)
        return OpenProject(entry.id, storage, scans)

    async def _close(self, entry: _Entry) -> None:
        """Close ``entry``'s database, keeping what its project row says."""
        project = entry.open
        if project is None:
            return
        try:
            entry.details = await project.storage.reads.run(read_details)
        except apsw.Error:
            entry.details = None
        # Leases wait for this close (the entry's transition), so the storage is not used while
        # it drains; it counts as open until it is closed.
        try:
            await asyncio.to_thread(project.storage.close, CLOSE_TIMEOUT_S)
        finally:
            entry.open = None
        log.debug("project %s closed", entry.id)

    def _idle(self, entry: _Entry) -> bool:
        """Open, not pinned, held by no lease, in no transition."""
        return (
            entry.open is not None
            and not entry.pinned
            and entry.leases == 0
            and entry.transition is None
        )

    def _schedule_eviction(self) -> None:
        if self._closed or (self._evicting is not None and not self._evicting.done()):
            return
        if self.open_count() > self._config.max_open_projects:
            self._evicting = asyncio.ensure_future(self._evict())

    async def _evict(self) -> None:
        """Close least recently used idle projects until at most the limit are open."""
        while self.open_count() > self._config.max_open_projects:
            idle = [e for e in self._entries.values() if self._idle(e)]
            if not idle:
                return  # every open project is in use: the last lease to end comes back here
            victim = min(idle, key=lambda e: e.last_used)
            victim.transition = self._start(victim, self._close(victim))
            await asyncio.shield(victim.transition)

    async def close_idle(self) -> int:
        """Close the projects unused for ``--project-idle-s`` seconds; returns how many."""
        horizon = time.monotonic() - self._config.project_idle_s
        closed = 0
        for entry in list(self._entries.values()):
            if self._idle(entry) and entry.last_used < horizon:
                entry.transition = self._start(entry, self._close(entry))
                await asyncio.shield(entry.transition)
                closed += 1
        return closed

    # --- scans ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def scan_slot(self, project: OpenProject) -> Any:
        """Count a scan against ``--max-concurrent-scans``; refused when all are taken."""
        limit = self._config.max_concurrent_scans
        if self._scans >= limit and project.scans.running is None:
            raise errors.TooManyScans(
                f"{self._scans} scans are running, the most this service runs at once"
                f" (--max-concurrent-scans {limit}); retry when one has ended",
                metadata={"limit": str(limit)},
            )
        self._scans += 1
        try:
            yield
        finally:
            self._scans -= 1

    # --- the projects themselves ---------------------------------------------------------

    def ids(self) -> list[str]:
        """Every project's id, sorted."""
        return sorted(project_id for project_id, e in self._entries.items() if not e.gone)

    async def view(self, project_id: str) -> ProjectView:
        """Project ``project_id`` as the API shows it (its database is not opened for this)."""
        entry = self._entry(project_id)
        if entry.open is not None and entry.transition is None:
            details = await entry.open.storage.reads.run(read_details)
        elif entry.details is not None:
            details = entry.details
        else:
            peeked = await asyncio.to_thread(_peek, entry.database)
            if peeked is None:  # not migrated yet: open it, which migrates it
                async with self.lease(names.resource_name(project_id), "name") as project:
                    peeked = await project.storage.reads.run(read_details)
            details = entry.details = peeked
        running = entry.open is not None and entry.open.scans.running is not None
        return ProjectView(project_id, details, entry.open is not None, running)

    def require_data_dir(self) -> Layout:
        """The data directory, or SINGLE_PROJECT_MODE for a ``--db`` service."""
        if self.layout is None:
            raise errors.SingleProjectMode(
                "this drift service serves one database (--db) as the project default; run it"
                " with --data-dir to create, import or delete projects"
            )
        return self.layout

    def add(self, project_id: str, database: Path) -> None:
        """Register a project just published in the data directory."""
        self._entries[project_id] = _Entry(project_id, Database.at(database))

    def check_new_id(self, project_id: str) -> None:
        """ALREADY_EXISTS (``PROJECT_ALREADY_EXISTS``) if the id is taken."""
        if project_id in self._entries:
            name = names.resource_name(project_id)
            raise errors.ProjectAlreadyExists(f"{name} already exists", metadata={"project": name})

    @contextlib.asynccontextmanager
    async def administration(self) -> AsyncIterator[None]:
        """Serialise creations, imports and deletions."""
        async with self._admin:
            yield

    async def remove(self, project_id: str) -> None:
        """Close project ``project_id`` and delete its files; refused while it is scanned or
        while requests that use it do not end within ``DELETE_WAIT_S``."""
        layout = self.require_data_dir()
        entry = self._entry(project_id)
        name = names.resource_name(project_id)
        if entry.open is not None and entry.open.scans.running is not None:
            raise errors.ProjectBusy(
                f"{name} is being scanned; cancel the scan (CancelScan) or wait for it",
                metadata={"project": name},
            )
        entry.gone = True  # from here on, new leases are refused
        deadline = time.monotonic() + DELETE_WAIT_S
        while (entry.leases or entry.transition is not None) and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        if entry.leases or entry.transition is not None:
            entry.gone = False
            raise errors.ProjectBusy(
                f"{name} is still used by {entry.leases} request(s); retry when they have ended",
                metadata={"project": name},
            )
        await self._close(entry)
        await asyncio.to_thread(layout.remove, Path(entry.database.filename))
        del self._entries[project_id]
        log.info("project %s deleted", name)


def _peek(database: Database) -> ProjectDetails | None:
    """The project row of a closed database, read-only; None when it cannot be read that way
    (a schema older than ours: opening the project migrates it)."""
    try:
        conn = database.open_inspector()
    except apsw.Error:
        return None
    if conn is None:
        return ProjectDetails()
    try:
        return read_details(conn)
    except apsw.Error:
        return None
    finally:
        conn.close()
