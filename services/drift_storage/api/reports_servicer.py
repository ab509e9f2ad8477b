"""gRPC servicer of ``drift.enforcement.v1.ReportsService``: a report streamed in chunks, as
``reports.formats`` renders it from the project's rows."""

from __future__ import annotations

from collections.abc import AsyncIterator

import grpc

from services.common import choices, errors
from services.contracts.drift.enforcement.v1 import reports_pb2 as pb
from services.contracts.drift.enforcement.v1 import reports_pb2_grpc
from services.drift_storage.projects import names
from services.drift_storage.projects.open_projects import Projects
from services.drift_storage.reports import formats
from services.drift_storage.reports.rows import ReportSource
from services.drift_storage.store import findings

SERVICE = pb.DESCRIPTOR.services_by_name["ReportsService"]


def _format(value: str) -> formats.Format:
    name = choices.choice(value, "format", formats.ACCEPTED)
    if name is None:
        raise errors.InvalidArgument(
            errors.FieldViolation("format", f"is required: one of {', '.join(formats.ACCEPTED)}")
        )
    return formats.FORMATS[name]


def _baseline(value: int, report: formats.Format) -> int | None:
    if value == 0:
        return None
    if value < 0:
        raise errors.InvalidArgument(
            errors.FieldViolation("baseline_scan", f"must be a scan id (positive), got {value}")
        )
    if report is not formats.FORMATS["sarif"]:
        raise errors.InvalidArgument(
            errors.FieldViolation("baseline_scan", "is only for the sarif format")
        )
    return value


class ReportsServicer(reports_pb2_grpc.ReportsServiceServicer):
    def __init__(self, projects: Projects) -> None:
        self._projects = projects

    async def StreamReport(
        self,
        request: pb.StreamReportRequest,
        context: grpc.aio.ServicerContext[pb.StreamReportRequest, pb.StreamReportResponse],
    ) -> AsyncIterator[pb.StreamReportResponse]:
        report = _format(request.format)
        baseline = _baseline(request.baseline_scan, report)
        async with self._projects.lease(request.project, "project") as project:
            if baseline is not None:
                await project.storage.reads.run(
                    findings.require_recorded, baseline, "baseline_scan"
                )
            source = ReportSource(
                project.storage.reads.run,
                names.resource_name(project.id),
                request.include_suppressed,
                baseline,
            )
            first = True
            async for chunk in formats.chunks(report.render(source)):
                if first:
                    yield pb.StreamReportResponse(
                        content_type=report.content_type,
                        file_extension=report.extension,
                        chunk=chunk,
                    )
                    first = False
                else:
                    yield pb.StreamReportResponse(chunk=chunk)


def register(server: grpc.aio.Server, projects: Projects) -> None:
    reports_pb2_grpc.add_ReportsServiceServicer_to_server(ReportsServicer(projects), server)
