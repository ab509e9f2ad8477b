"""``projects list|create|delete|import``, and which project a command means.

Commands that read or scan take ``--project ID``. Without it, the project is the one whose root
holds the directory the command is about (the scanned path, or the working directory), the
deepest such root when several do, else ``default``. ``scan`` of a directory no project holds
creates one for it (its id derived from the directory's name) on a service of many projects.
"""

from __future__ import annotations

import sys
from pathlib import Path

import grpc
from rich.table import Table

from services.cli.errors import reaching
from services.cli.output import print_json, print_table, timestamp
from services.cli.paging import RPC_TIMEOUT_S
from services.common.pagination import MAX_PAGE_SIZE
from services.contracts.drift.storage.v1 import projects_pb2 as pb
from services.contracts.drift.storage.v1 import projects_pb2_grpc


def resource_name(project: str) -> str:
    """``projects/ID`` for ``ID`` (or for ``projects/ID`` itself); "" stays "" (default)."""
    if not project or project.startswith("projects/"):
        return project
    return f"projects/{project}"


async def all_projects(stub: projects_pb2_grpc.DriftProjectsServiceStub) -> list[pb.Project]:
    """Every project, over all pages."""
    projects: list[pb.Project] = []
    token = ""
    while True:
        response = await stub.ListProjects(
            pb.ListProjectsRequest(page_size=MAX_PAGE_SIZE, page_token=token),
            timeout=RPC_TIMEOUT_S,
        )
        projects.extend(response.projects)
        token = response.next_page_token
        if not token:
            return projects


def containing(projects: list[pb.Project], where: Path) -> pb.Project | None:
    """The project whose root holds ``where``, the deepest root first; None if none does."""
    target = where.resolve()
    holding = [
        p for p in projects if p.root and (target == Path(p.root) or Path(p.root) in target.parents)
    ]
    return max(holding, key=lambda p: (len(Path(p.root).parts), p.name), default=None)


async def choose(channel: grpc.aio.Channel, explicit: str | None, where: Path) -> str:
    """The resource name a command uses: ``--project``, else the project holding ``where``,
    else "" (the service's ``default``)."""
    if explicit:
        return resource_name(explicit)
    found = containing(
        await all_projects(projects_pb2_grpc.DriftProjectsServiceStub(channel)), where
    )
    return found.name if found is not None else ""


async def for_scan(channel: grpc.aio.Channel, explicit: str | None, path: Path) -> str:
    """The project a scan of ``path`` goes to; one is created for ``path`` when none holds it
    (unless the service serves one ``--db`` file: then ``default``)."""
    if explicit:
        return resource_name(explicit)
    stub = projects_pb2_grpc.DriftProjectsServiceStub(channel)
    found = containing(await all_projects(stub), path)
    if found is not None:
        return found.name
    try:
        created = await stub.CreateProject(
            pb.CreateProjectRequest(project=pb.Project(root=str(path.resolve()))),
            timeout=RPC_TIMEOUT_S,
        )
    except grpc.aio.AioRpcError as exc:
        if exc.code() == grpc.StatusCode.FAILED_PRECONDITION:  # a --db service: its default
            return ""
        raise
    name: str = created.project.name
    print(f"created project {name} for {created.project.root}", file=sys.stderr)
    return name


def _row(project: pb.Project) -> dict[str, object]:
    return {
        "name": project.name,
        "display_name": project.display_name,
        "root": project.root,
        "create_time": project.create_time.seconds,
        "update_time": project.update_time.seconds,
        "open": project.open,
        "scan_running": project.scan_running,
        "full_scan_pending": project.full_scan_pending,
    }


def _show(projects: list[pb.Project], as_json: bool) -> None:
    if as_json:
        print_json([_row(p) for p in projects])
        return
    table = Table("project", "root", "display name", "created", "open", title="projects")
    for p in projects:
        table.add_row(
            p.name.removeprefix("projects/"),
            p.root or "(none yet)",
            p.display_name,
            timestamp(p.create_time.seconds),
            "yes" if p.open else "",
        )
    print_table(table)


async def list_projects(address: str, as_json: bool) -> int:
    """``projects list``."""
    async with grpc.aio.insecure_channel(address) as channel, reaching("drift", address):
        _show(await all_projects(projects_pb2_grpc.DriftProjectsServiceStub(channel)), as_json)
    return 0


async def create_project(
    address: str, project_id: str, root: Path, display_name: str, as_json: bool
) -> int:
    """``projects create ID --root DIR``."""
    async with grpc.aio.insecure_channel(address) as channel, reaching("drift", address):
        response = await projects_pb2_grpc.DriftProjectsServiceStub(channel).CreateProject(
            pb.CreateProjectRequest(
                project_id=project_id,
                project=pb.Project(root=str(root.resolve()), display_name=display_name),
            ),
            timeout=RPC_TIMEOUT_S,
        )
    _show([response.project], as_json)
    return 0


async def delete_project(address: str, project_id: str) -> int:
    """``projects delete ID``."""
    async with grpc.aio.insecure_channel(address) as channel, reaching("drift", address):
        await projects_pb2_grpc.DriftProjectsServiceStub(channel).DeleteProject(
            pb.DeleteProjectRequest(name=resource_name(project_id)), timeout=RPC_TIMEOUT_S
        )
    print(f"deleted {resource_name(project_id)}")
    return 0


async def import_project(
    address: str, source: Path, project_id: str, root: Path | None, move: bool, as_json: bool
) -> int:
    """``projects import PATH --project ID [--root DIR] [--move]``."""
    async with grpc.aio.insecure_channel(address) as channel, reaching("drift", address):
        response = await projects_pb2_grpc.DriftProjectsServiceStub(channel).ImportProject(
            pb.ImportProjectRequest(
                project_id=project_id,
                source=str(source.resolve()),
                root=str(root.resolve()) if root else "",
                move=move,
            ),
            timeout=None,  # a large database takes as long as copying it takes
        )
    _show([response.project], as_json)
    print(
        f"imported {source} ({'moved' if move else 'copied'}): schema version"
        f" {response.from_version} -> {response.to_version}, {response.rows_before:,} rows"
        f" before, {response.rows_after:,} after",
        file=sys.stderr,
    )
    return 0
