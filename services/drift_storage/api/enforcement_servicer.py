"""gRPC servicer of ``drift.enforcement.v1.EnforcementService``: translation between messages and
``services.drift_storage.enforcement``; errors are mapped by the interceptor.

Reads go through the project's read pool; Audit, SetPatternStatus and the feedback methods are
one writer operation each. The write methods resolve the project before their arguments, so an
unknown project is PROJECT_NOT_FOUND whatever else the request holds.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar

import apsw
import grpc

from services.common import choices, errors
from services.common.pagination import Keyset
from services.contracts.drift.enforcement.v1 import enforcement_pb2 as pb
from services.contracts.drift.enforcement.v1 import enforcement_pb2_grpc
from services.drift_storage.api.messages import timestamp
from services.drift_storage.enforcement import (
    audit,
    check,
    confidence,
    feedback,
    gates,
    pattern_status,
    violations,
)
from services.drift_storage.enforcement.audit import AlertRow
from services.drift_storage.enforcement.confidence import ConfidenceRow
from services.drift_storage.enforcement.feedback import FeedbackOutcome
from services.drift_storage.enforcement.gates import GateRow
from services.drift_storage.enforcement.pattern_status import PatternStatusRow
from services.drift_storage.enforcement.violations import ViolationFilter, ViolationRow
from services.drift_storage.projects import names
from services.drift_storage.projects.open_projects import Projects

T = TypeVar("T")
SERVICE = pb.DESCRIPTOR.services_by_name["EnforcementService"]


def _with_count(
    conn: apsw.Connection,
    page: Callable[[apsw.Connection], T],
    count: Callable[[apsw.Connection], int],
) -> tuple[T, int]:
    """A page and the count of every matching row, in the one read transaction of a read."""
    return page(conn), count(conn)


def violation_message(row: ViolationRow) -> pb.EnforcementViolation:
    return pb.EnforcementViolation(
        id=row.id,
        file=row.file,
        line=row.line,
        column=row.column_num,
        end_line=row.end_line,
        end_column=row.end_column,
        severity=choices.canonical(row.severity, violations.SEVERITIES),
        pattern_id=row.pattern_id,
        rule_id=row.rule_id,
        message=row.message,
        quick_fix_strategy=row.quick_fix_strategy or "",
        quick_fix_description=row.quick_fix_description or "",
        cwe_id=row.cwe_id,
        owasp_category=row.owasp_category or "",
        suppressed=bool(row.suppressed),
        is_new=bool(row.is_new),
        create_time=timestamp(row.created_at),
    )


def gate_message(row: GateRow) -> pb.EnforcementGateResult:
    return pb.EnforcementGateResult(
        id=row.id,
        gate_id=row.gate_id,
        status=choices.canonical(row.status, gates.STATUSES),
        passed=bool(row.passed),
        score=row.score,
        summary=row.summary,
        violation_count=row.violation_count,
        warning_count=row.warning_count,
        execution_time_ms=row.execution_time_ms,
        details=row.details or "",
        error=row.error or "",
        run_time=timestamp(row.run_at),
    )


def _status_message(row: PatternStatusRow) -> pb.EnforcementPatternStatus:
    return pb.EnforcementPatternStatus(
        pattern_id=row.pattern_id,
        status=choices.canonical(row.status, pattern_status.STATUSES),
        approved_by=row.approved_by or "",
        approve_time=timestamp(row.approved_at),
        confidence_at_approval=row.confidence_at_approval,
        reason=row.reason or "",
        update_time=timestamp(row.updated_at),
    )


def _confidence_message(row: ConfidenceRow | None) -> pb.EnforcementPatternConfidence | None:
    if row is None:
        return None
    return pb.EnforcementPatternConfidence(
        pattern_id=row.pattern_id,
        alpha=row.alpha,
        beta=row.beta,
        posterior_mean=row.posterior_mean,
        credible_interval_low=row.credible_interval_low,
        credible_interval_high=row.credible_interval_high,
        tier=choices.canonical(row.tier, confidence.TIERS),
    )


def _alert_message(row: AlertRow) -> pb.EnforcementDegradationAlert:
    return pb.EnforcementDegradationAlert(
        id=row.id,
        alert_type=row.alert_type,
        severity=row.severity,
        message=row.message,
        current_value=row.current_value,
        previous_value=row.previous_value,
        delta=row.delta,
        create_time=timestamp(row.created_at),
    )


def _outcome(outcome: FeedbackOutcome) -> pb.ViolationFeedbackOutcome:
    return pb.ViolationFeedbackOutcome(
        recorded=outcome.recorded,
        feedback_id=outcome.feedback_id,
        violation=violation_message(outcome.violation),
        pattern_confidence=_confidence_message(outcome.confidence),
    )


def _required(value: str, field: str) -> str:
    if not value:
        raise errors.InvalidArgument(errors.FieldViolation(field, "is required"))
    return value


class EnforcementServicer(enforcement_pb2_grpc.EnforcementServiceServicer):
    """Check, Audit, the listings, pattern decisions and violation feedback."""

    def __init__(self, projects: Projects) -> None:
        self._projects = projects

    async def Check(
        self,
        request: pb.CheckRequest,
        context: grpc.aio.ServicerContext[pb.CheckRequest, pb.CheckResponse],
    ) -> pb.CheckResponse:
        result = await self._projects.read(
            request.project, "project", check.check, request.new_only
        )
        counts = result.counts
        return pb.CheckResponse(
            overall_passed=result.overall_passed,
            total_violations=counts.total,
            severity_counts=pb.ViolationSeverityCounts(
                error=counts.error, warning=counts.warning, info=counts.info, hint=counts.hint
            ),
            gates=[gate_message(g) for g in result.gates],
            failing_gate_ids=result.failing_gate_ids,
        )

    async def Audit(
        self,
        request: pb.AuditRequest,
        context: grpc.aio.ServicerContext[pb.AuditRequest, pb.AuditResponse],
    ) -> pb.AuditResponse:
        async with self._projects.lease(request.project, "project") as project:
            written = await project.storage.writer.execute("audit", audit.run_audit())
        report: audit.AuditReport = written.value
        return pb.AuditResponse(
            health_score=report.health_score,
            breakdown=pb.EnforcementHealthBreakdown(**report.breakdown._asdict()),
            trend=pb.AUDIT_TREND_DEGRADING if report.degrading else pb.AUDIT_TREND_STABLE,
            degradation_alerts=[_alert_message(a) for a in report.alerts],
            auto_approved_count=report.auto_approved,
            needs_review_count=report.needs_review,
            likely_false_positive_count=report.likely_false_positive,
            data_completeness=report.data_completeness,
            pattern_count=report.pattern_count,
            alerts_deleted=report.alerts_deleted,
            snapshot_id=report.snapshot_id,
        )

    async def ListViolations(
        self,
        request: pb.ListViolationsRequest,
        context: grpc.aio.ServicerContext[pb.ListViolationsRequest, pb.ListViolationsResponse],
    ) -> pb.ListViolationsResponse:
        where = ViolationFilter(
            file=request.file or None,
            severity=choices.choice(request.severity, "severity", violations.SEVERITIES),
            rule_id=request.rule_id or None,
            pattern_id=request.pattern_id or None,
            suppressed=request.suppressed if request.HasField("suppressed") else None,
            is_new=request.is_new if request.HasField("is_new") else None,
        )
        keys = Keyset(
            "ListViolations",
            (str,),
            request.page_size,
            request.page_token,
            project=names.parse_name(request.parent, "parent"),
            **where.__dict__,
        )
        rows, total = await self._projects.read(
            request.parent,
            "parent",
            _with_count,
            partial(violations.list_violations, where=where, after=keys.after, limit=keys.limit),
            partial(violations.count_violations, where=where),
        )
        page, token = keys.page(rows, lambda row: [row.id])
        return pb.ListViolationsResponse(
            violations=[violation_message(r) for r in page],
            next_page_token=token,
            total_size=total,
        )

    async def ListGateResults(
        self,
        request: pb.ListGateResultsRequest,
        context: grpc.aio.ServicerContext[pb.ListGateResultsRequest, pb.ListGateResultsResponse],
    ) -> pb.ListGateResultsResponse:
        project = names.parse_name(request.parent, "parent")
        gate_id = request.gate_id
        cursor: tuple[type, ...] = (int, int) if gate_id else (str,)
        keys = Keyset(
            "ListGateResults",
            cursor,
            request.page_size,
            request.page_token,
            project=project,
            gate_id=gate_id,
        )
        if gate_id:
            rows, total = await self._projects.read(
                request.parent,
                "parent",
                _with_count,
                partial(gates.history, gate_id=gate_id, after=keys.after, limit=keys.limit),
                partial(gates.history_count, gate_id=gate_id),
            )
            page, token = keys.page(rows, lambda row: [row.run_at, row.id])
        else:
            rows, total = await self._projects.read(
                request.parent,
                "parent",
                _with_count,
                partial(gates.latest, after=keys.after, limit=keys.limit),
                gates.gate_count,
            )
            page, token = keys.page(rows, lambda row: [row.gate_id])
        return pb.ListGateResultsResponse(
            gate_results=[gate_message(r) for r in page], next_page_token=token, total_size=total
        )

    async def SetPatternStatus(
        self,
        request: pb.SetPatternStatusRequest,
        context: grpc.aio.ServicerContext[pb.SetPatternStatusRequest, pb.SetPatternStatusResponse],
    ) -> pb.SetPatternStatusResponse:
        async with self._projects.lease(request.project, "project") as project:
            pattern_id = _required(request.pattern_id, "pattern_id")
            status = choices.choice(
                _required(request.status, "status"), "status", pattern_status.STATUSES
            )
            assert status is not None  # required above
            operation = pattern_status.set_status(pattern_id, status, request.reason or None)
            written = await project.storage.writer.execute("set_pattern_status", operation)
        change: pattern_status.StatusChange = written.value
        return pb.SetPatternStatusResponse(
            previous_status=choices.canonical(change.previous_status, pattern_status.STATUSES),
            pattern_status=_status_message(change.row),
        )

    async def ListPatternStatuses(
        self,
        request: pb.ListPatternStatusesRequest,
        context: grpc.aio.ServicerContext[
            pb.ListPatternStatusesRequest, pb.ListPatternStatusesResponse
        ],
    ) -> pb.ListPatternStatusesResponse:
        status = choices.choice(request.status, "status", pattern_status.STATUSES)
        keys = Keyset(
            "ListPatternStatuses",
            (str,),
            request.page_size,
            request.page_token,
            project=names.parse_name(request.parent, "parent"),
            status=status,
        )
        rows = await self._projects.read(
            request.parent, "parent", pattern_status.list_statuses, status, keys.after, keys.limit
        )
        total = await self._projects.read(
            request.parent, "parent", pattern_status.count_statuses, status
        )
        counts = await self._projects.read(request.parent, "parent", pattern_status.counts)
        page, token = keys.page(rows, lambda row: [row.pattern_id])
        return pb.ListPatternStatusesResponse(
            pattern_statuses=[_status_message(r) for r in page],
            next_page_token=token,
            total_size=total,
            discovered_count=counts.discovered,
            approved_count=counts.approved,
            ignored_count=counts.ignored,
        )

    async def _feedback(
        self, project: str, violation_id: str, name: str, given: Callable[[], feedback.Feedback]
    ) -> pb.ViolationFeedbackOutcome:
        """Apply the feedback ``given()`` builds (validating its fields once the project is
        known) to the violation ``violation_id``."""
        async with self._projects.lease(project, "project") as opened:
            target = _required(violation_id, "violation_id")
            operation = feedback.apply(target, given())
            written = await opened.storage.writer.execute(name, operation)
        return _outcome(written.value)

    async def DismissViolation(
        self,
        request: pb.DismissViolationRequest,
        context: grpc.aio.ServicerContext[pb.DismissViolationRequest, pb.DismissViolationResponse],
    ) -> pb.DismissViolationResponse:
        def given() -> feedback.Feedback:
            reason = choices.choice(
                _required(request.reason, "reason"), "reason", feedback.DISMISSAL_REASONS
            )
            assert reason is not None  # required above
            return feedback.dismiss(reason, request.comment or None, request.author or None)

        outcome = await self._feedback(
            request.project, request.violation_id, "dismiss_violation", given
        )
        return pb.DismissViolationResponse(outcome=outcome)

    async def FixViolation(
        self,
        request: pb.FixViolationRequest,
        context: grpc.aio.ServicerContext[pb.FixViolationRequest, pb.FixViolationResponse],
    ) -> pb.FixViolationResponse:
        outcome = await self._feedback(
            request.project,
            request.violation_id,
            "fix_violation",
            lambda: feedback.fix(request.author or None),
        )
        return pb.FixViolationResponse(outcome=outcome)

    async def SuppressViolation(
        self,
        request: pb.SuppressViolationRequest,
        context: grpc.aio.ServicerContext[
            pb.SuppressViolationRequest, pb.SuppressViolationResponse
        ],
    ) -> pb.SuppressViolationResponse:
        outcome = await self._feedback(
            request.project,
            request.violation_id,
            "suppress_violation",
            lambda: feedback.suppress(request.reason or None, request.author or None),
        )
        return pb.SuppressViolationResponse(outcome=outcome)


def register(server: grpc.aio.Server, projects: Projects) -> None:
    """Add EnforcementService."""
    enforcement_pb2_grpc.add_EnforcementServiceServicer_to_server(
        EnforcementServicer(projects), server
    )
