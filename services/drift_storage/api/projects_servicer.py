"""gRPC servicer of ``drift.storage.v1.DriftProjectsService``: translation between messages and
``projects`` (the open projects, their creation, import and deletion)."""

from __future__ import annotations

import grpc

from services.common import errors, pagination
from services.contracts.drift.storage.v1 import projects_pb2 as pb
from services.contracts.drift.storage.v1 import projects_pb2_grpc
from services.drift_storage.api.messages import timestamp
from services.drift_storage.projects import names, record
from services.drift_storage.projects.creation import create_project, import_project
from services.drift_storage.projects.open_projects import Projects, ProjectView
from services.drift_storage.scan.scans import resolve_directory

UPDATABLE = ("display_name", "root")


def _project_message(view: ProjectView) -> pb.Project:
    details = view.details
    return pb.Project(
        name=names.resource_name(view.id),
        display_name=details.display_name,
        root=details.root,
        create_time=timestamp(details.created_at),
        update_time=timestamp(details.updated_at),
        open=view.is_open,
        scan_running=view.scan_running,
        full_scan_pending=details.full_scan_pending,
    )


class ProjectsServicer(projects_pb2_grpc.DriftProjectsServiceServicer):
    def __init__(self, projects: Projects) -> None:
        self._projects = projects

    async def CreateProject(
        self,
        request: pb.CreateProjectRequest,
        context: grpc.aio.ServicerContext[pb.CreateProjectRequest, pb.CreateProjectResponse],
    ) -> pb.CreateProjectResponse:
        project_id = await create_project(
            self._projects,
            request.project_id,
            request.project.root,
            request.project.display_name,
        )
        return pb.CreateProjectResponse(
            project=_project_message(await self._projects.view(project_id))
        )

    async def GetProject(
        self,
        request: pb.GetProjectRequest,
        context: grpc.aio.ServicerContext[pb.GetProjectRequest, pb.GetProjectResponse],
    ) -> pb.GetProjectResponse:
        view = await self._projects.view(names.parse_name(request.name, "name"))
        return pb.GetProjectResponse(project=_project_message(view))

    async def ListProjects(
        self,
        request: pb.ListProjectsRequest,
        context: grpc.aio.ServicerContext[pb.ListProjectsRequest, pb.ListProjectsResponse],
    ) -> pb.ListProjectsResponse:
        size = pagination.page_size(request.page_size)
        query = pagination.fingerprint(method="ListProjects")
        cursor = pagination.decode_token(request.page_token, query, cursor=(str,))  # [id]
        after = cursor[0] if cursor else ""
        ids = [project_id for project_id in self._projects.ids() if project_id > after]
        page = ids[:size]
        views = []
        for project_id in page:
            try:
                views.append(await self._projects.view(project_id))
            except errors.ProjectNotFound:  # deleted while this page was read
                continue
        token = pagination.encode_token([page[-1]], query) if len(ids) > size else ""
        return pb.ListProjectsResponse(
            projects=[_project_message(view) for view in views], next_page_token=token
        )

    async def UpdateProject(
        self,
        request: pb.UpdateProjectRequest,
        context: grpc.aio.ServicerContext[pb.UpdateProjectRequest, pb.UpdateProjectResponse],
    ) -> pb.UpdateProjectResponse:
        given = request.project
        paths = list(request.update_mask.paths) or [p for p in UPDATABLE if getattr(given, p)]
        for path in paths:
            if path not in UPDATABLE:
                raise errors.InvalidArgument(
                    errors.FieldViolation(
                        "update_mask",
                        f"{errors.quote(path)} cannot be updated: only display_name and root can",
                    )
                )
        if not paths:
            raise errors.InvalidArgument(
                errors.FieldViolation("update_mask", "names no field to update")
            )
        root = None
        if "root" in paths:
            root = str(resolve_directory(given.root, self._projects.allowed_roots, "project.root"))
        display_name = given.display_name if "display_name" in paths else None
        async with self._projects.lease(given.name, "project.name") as project:
            if root is not None and project.scans.running is not None:
                name = names.resource_name(project.id)
                raise errors.ProjectBusy(
                    f"{name} is being scanned; it can be re-rooted once the scan has ended",
                    metadata={"project": name},
                )
            await project.storage.writer.execute(
                "project_update", record.update(display_name, root)
            )
            project_id = project.id
        return pb.UpdateProjectResponse(
            project=_project_message(await self._projects.view(project_id))
        )

    async def DeleteProject(
        self,
        request: pb.DeleteProjectRequest,
        context: grpc.aio.ServicerContext[pb.DeleteProjectRequest, pb.DeleteProjectResponse],
    ) -> pb.DeleteProjectResponse:
        project_id = names.parse_name(request.name, "name")
        self._projects.require_data_dir()
        async with self._projects.administration():
            await self._projects.remove(project_id)
        return pb.DeleteProjectResponse()

    async def ImportProject(
        self,
        request: pb.ImportProjectRequest,
        context: grpc.aio.ServicerContext[pb.ImportProjectRequest, pb.ImportProjectResponse],
    ) -> pb.ImportProjectResponse:
        imported = await import_project(
            self._projects,
            request.project_id,
            request.source,
            request.root,
            request.display_name,
            request.move,
        )
        view = await self._projects.view(imported.project_id)
        return pb.ImportProjectResponse(
            project=_project_message(view),
            rows_before=imported.rows_before,
            rows_after=imported.rows_after,
            from_version=imported.from_version,
            to_version=imported.to_version,
        )
