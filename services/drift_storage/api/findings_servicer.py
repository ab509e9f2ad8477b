"""gRPC servicer of ``drift.enforcement.v1.FindingsService``: what changed between two scans,
translated between messages and ``store.findings``."""

from __future__ import annotations

import time

import apsw
import grpc

from services.common import errors, pagination
from services.contracts.drift.enforcement.v1 import findings_pb2 as pb
from services.contracts.drift.enforcement.v1 import findings_pb2_grpc
from services.drift_storage.projects import names
from services.drift_storage.projects.open_projects import Projects
from services.drift_storage.store import findings
from services.drift_storage.store.findings import DiffCount, DiffEntry

SERVICE = pb.DESCRIPTOR.services_by_name["FindingsService"]
_STATES = {
    pb.FINDING_STATE_UNSPECIFIED: "new",
    pb.FINDING_STATE_NEW: "new",
    pb.FINDING_STATE_FIXED: "fixed",
    pb.FINDING_STATE_PERSISTING: "persisting",
}
_STATE_ENUMS = {"new": pb.FINDING_STATE_NEW, "fixed": pb.FINDING_STATE_FIXED,
                "persisting": pb.FINDING_STATE_PERSISTING}  # fmt: skip


def _scan_id(value: int, field: str) -> int:
    if value <= 0:
        raise errors.InvalidArgument(
            errors.FieldViolation(field, f"must be a scan id (positive), got {value}")
        )
    return value


def _diff(
    conn: apsw.Connection, base: int, head: int, state: str, after: str | None, limit: int
) -> tuple[list[DiffEntry], list[DiffCount]]:
    """One page and the counts, after checking both scans (one read transaction: ``ReadPool``)."""
    findings.require_recorded(conn, base, "base_scan")
    findings.require_recorded(conn, head, "head_scan")
    return findings.diff_page(conn, base, head, state, after, limit), findings.diff_counts(
        conn, base, head
    )


class FindingsServicer(findings_pb2_grpc.FindingsServiceServicer):
    def __init__(self, projects: Projects) -> None:
        self._projects = projects

    async def DiffFindings(
        self,
        request: pb.DiffFindingsRequest,
        context: grpc.aio.ServicerContext[pb.DiffFindingsRequest, pb.DiffFindingsResponse],
    ) -> pb.DiffFindingsResponse:
        base = _scan_id(request.base_scan, "base_scan")
        head = _scan_id(request.head_scan, "head_scan")
        if request.state not in _STATES:
            raise errors.InvalidArgument(
                errors.FieldViolation("state", f"is not a FindingState: {request.state}")
            )
        state = _STATES[request.state]
        keys = pagination.Keyset(
            "DiffFindings",
            (str,),  # [fingerprint of the last finding returned]
            request.page_size,
            request.page_token,
            project=names.parse_name(request.project, "project"),
            base=base,
            head=head,
            state=state,
        )
        after = keys.after[0] if keys.after else None
        rows, counts = await self._projects.read(
            request.project, "project", _diff, base, head, state, after, keys.limit
        )
        page, token = keys.page(rows, lambda row: [row.fingerprint])
        totals = dict.fromkeys(findings.STATES, 0)
        for count in counts:
            totals[count.state] += count.total
        return pb.DiffFindingsResponse(
            findings=[pb.RecordedFinding(**row._asdict()) for row in page],
            next_page_token=token,
            counts=[
                pb.FindingStateCount(state=_STATE_ENUMS[c.state], level=c.level, count=c.total)
                for c in counts
            ],
            new_count=totals["new"],
            fixed_count=totals["fixed"],
            persisting_count=totals["persisting"],
        )

    async def RecordFindings(
        self,
        request: pb.RecordFindingsRequest,
        context: grpc.aio.ServicerContext[pb.RecordFindingsRequest, pb.RecordFindingsResponse],
    ) -> pb.RecordFindingsResponse:
        if request.scan_id < 0:
            raise errors.InvalidArgument(
                errors.FieldViolation("scan_id", "must be a scan id, or 0 for the newest")
            )
        async with self._projects.lease(request.project, "project") as project:
            written = await project.storage.writer.execute(
                "record_findings", findings.record_operation(request.scan_id, int(time.time()))
            )
        done: findings.Recorded = written.value
        return pb.RecordFindingsResponse(
            scan_id=done.scan_id,
            findings=done.counts,
            previous_scan=done.previous_scan or 0,
            new_violations=done.new_violations,
        )


def register(server: grpc.aio.Server, projects: Projects) -> None:
    findings_pb2_grpc.add_FindingsServiceServicer_to_server(FindingsServicer(projects), server)
