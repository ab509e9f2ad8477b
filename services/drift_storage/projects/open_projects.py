"""The open projects of a drift service, and the lease every RPC takes on the one it names.

A servicer method names its project and works inside a lease::

    async with self._projects.lease(request.parent, "parent") as project:
        rows = await project.storage.reads.run(files.list_files, ...)

The lease resolves the name (``names.parse_name``: empty means ``default``), opens the project's
database if it is not open (lock, inspection, migrations, writer, read pool) and keeps it open
until the lease ends. An unknown project is NOT_FOUND (``PROJECT_NOT_FOUND``).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from services.common import errors
from services.common.storage import Storage
from services.drift_storage.projects import names
from services.drift_storage.scan.scans import ScanService

T = TypeVar("T")


@dataclass
class OpenProject:
    """A project whose database is open: its id, storage (writer, read pool, lock) and scans."""

    id: str
    storage: Storage
    scans: ScanService


class Projects:
    """The projects a drift service serves."""

    def __init__(self, single: OpenProject) -> None:
        self._single = single

    @contextlib.asynccontextmanager
    async def lease(self, name: str, field: str) -> AsyncIterator[OpenProject]:
        """The open project named ``name`` (request field ``field``) for the block's duration."""
        project_id = names.parse_name(name, field)
        if project_id != self._single.id:
            raise errors.ProjectNotFound(
                f"no project {names.resource_name(project_id)}",
                metadata={"project": names.resource_name(project_id)},
            )
        yield self._single

    async def read(self, name: str, field: str, fn: Callable[..., T], *args: Any) -> T:
        """``fn(conn, *args)`` on a reader of the project ``name`` (request field ``field``)."""
        async with self.lease(name, field) as project:
            return await project.storage.reads.run(fn, *args)

    async def shutdown(self, timeout: float) -> None:
        """Stop every project's running scan and wait until its history records it."""
        await self._single.scans.shutdown(timeout)
