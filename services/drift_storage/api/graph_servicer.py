"""GraphService (``drift.analysis.v1``): reachability, taint flows, error-handling gaps, impact
and dead code, test topology, translated between messages and ``queries.graph``."""

from __future__ import annotations

from dataclasses import asdict

import grpc

from services.common import errors
from services.common.choices import choice
from services.common.pagination import Keyset
from services.contracts.drift.analysis.v1 import graph_pb2 as pb
from services.contracts.drift.analysis.v1 import graph_pb2_grpc
from services.drift_storage.api.messages import timestamp
from services.drift_storage.projects import names
from services.drift_storage.projects.open_projects import Projects
from services.drift_storage.queries import graph
from services.drift_storage.queries.graph import (
    DeadFunctionRecord,
    ErrorGapRecord,
    ImpactScoreRecord,
    TaintFlowRecord,
)

SERVICE = pb.DESCRIPTOR.services_by_name["GraphService"]
# Keyset cursors (see queries.graph).
POSITION_CURSOR = (int,)
TAINT_CURSOR = (float, int)
GAP_CURSOR = (int,)
IMPACT_CURSOR = (float, str)
DEAD_CURSOR = (str,)


def _function_key(value: str, field: str = "function_key") -> str:
    if not value:
        raise errors.InvalidArgument(
            errors.FieldViolation(field, "must name a function as file::name, got ''")
        )
    return value


def _direction(value: str) -> str:
    """The direction a request names; empty is forward, the one direction Rust stored."""
    return choice(value, "direction", graph.DIRECTIONS) or "forward"


def _taint_filters(request: pb.ListTaintFlowsRequest) -> graph.TaintFilters:
    if request.cwe_id < 0:
        raise errors.InvalidArgument(
            errors.FieldViolation("cwe_id", f"must be a CWE id or 0, got {request.cwe_id}")
        )
    return graph.TaintFilters(
        sanitized=request.sanitized if request.HasField("sanitized") else None,
        cwe_id=request.cwe_id or None,
        source_type=choice(request.source_type, "source_type", graph.SOURCE_TYPES),
        sink_type=choice(request.sink_type, "sink_type", graph.SINK_TYPES),
        file=request.file,
    )


def _taint_flow(flow: TaintFlowRecord) -> pb.TaintFlow:
    return pb.TaintFlow(
        id=flow.id,
        source_file=flow.source_file,
        source_line=flow.source_line,
        source_type=flow.source_type,
        sink_file=flow.sink_file,
        sink_line=flow.sink_line,
        sink_type=flow.sink_type,
        cwe_id=flow.cwe_id,
        sanitized=flow.sanitized,
        confidence=flow.confidence,
        path=flow.path,
        path_length=len(flow.path),
        create_time=timestamp(flow.created_at),
    )


def _error_gap(gap: ErrorGapRecord) -> pb.ErrorGap:
    return pb.ErrorGap(
        id=gap.id,
        file=gap.file,
        function_name=gap.function_name,
        gap_type=gap.gap_type,
        error_type=gap.error_type or "",
        framework=gap.framework or "",
        cwe_id=gap.cwe_id,
        severity=gap.severity,
        propagation_chain=gap.propagation_chain or "",
        create_time=timestamp(gap.created_at),
    )


def _impact_score(score: ImpactScoreRecord) -> pb.ImpactScore:
    return pb.ImpactScore(
        function_key=score.function_key,
        blast_radius=score.blast_radius,
        risk_score=score.risk_score,
        dead_code=score.dead_code,
        dead_code_reason=score.dead_code_reason,
        exclusion_category=score.exclusion_category,
        update_time=timestamp(score.updated_at),
    )


def _dead_function(function: DeadFunctionRecord) -> pb.DeadFunction:
    return pb.DeadFunction(**function._asdict())


class GraphServicer(graph_pb2_grpc.GraphServiceServicer):
    def __init__(self, projects: Projects) -> None:
        self._projects = projects

    async def GetReachability(
        self,
        request: pb.GetReachabilityRequest,
        context: grpc.aio.ServicerContext[pb.GetReachabilityRequest, pb.GetReachabilityResponse],
    ) -> pb.GetReachabilityResponse:
        key, direction = _function_key(request.function_key), _direction(request.direction)
        found = await self._projects.read(
            request.project, "project", graph.reachability, key, direction
        )
        return pb.GetReachabilityResponse(
            function_key=found.function_key,
            direction=found.direction,
            reachable_count=found.reachable_count,
            sensitivity=found.sensitivity,
            compute_time=timestamp(found.computed_at),
        )

    async def ListReachableNodes(
        self,
        request: pb.ListReachableNodesRequest,
        context: grpc.aio.ServicerContext[
            pb.ListReachableNodesRequest, pb.ListReachableNodesResponse
        ],
    ) -> pb.ListReachableNodesResponse:
        key, direction = _function_key(request.function_key), _direction(request.direction)
        keys = Keyset(
            "ListReachableNodes",
            POSITION_CURSOR,
            request.page_size,
            request.page_token,
            project=names.parse_name(request.parent, "parent"),
            function_key=key,
            direction=direction,
        )
        members, total = await self._projects.read(
            request.parent, "parent", graph.reachable_nodes, key, direction, keys.after, keys.limit
        )
        page, token = keys.page(members, lambda member: [member[0]])
        return pb.ListReachableNodesResponse(
            function_keys=[member for _, member in page], next_page_token=token, total_size=total
        )

    async def ListTaintFlows(
        self,
        request: pb.ListTaintFlowsRequest,
        context: grpc.aio.ServicerContext[pb.ListTaintFlowsRequest, pb.ListTaintFlowsResponse],
    ) -> pb.ListTaintFlowsResponse:
        filters = _taint_filters(request)
        keys = Keyset(
            "ListTaintFlows",
            TAINT_CURSOR,
            request.page_size,
            request.page_token,
            project=names.parse_name(request.parent, "parent"),
            **asdict(filters),
        )
        flows = await self._projects.read(
            request.parent, "parent", graph.taint_flows, filters, keys.after, keys.limit
        )
        page, token = keys.page(flows, lambda flow: [flow.confidence, flow.id])
        return pb.ListTaintFlowsResponse(
            taint_flows=[_taint_flow(flow) for flow in page], next_page_token=token
        )

    async def GetTaintSummary(
        self,
        request: pb.GetTaintSummaryRequest,
        context: grpc.aio.ServicerContext[pb.GetTaintSummaryRequest, pb.GetTaintSummaryResponse],
    ) -> pb.GetTaintSummaryResponse:
        summary = await self._projects.read(request.project, "project", graph.taint_summary)
        return pb.GetTaintSummaryResponse(**summary._asdict())

    async def ListErrorGaps(
        self,
        request: pb.ListErrorGapsRequest,
        context: grpc.aio.ServicerContext[pb.ListErrorGapsRequest, pb.ListErrorGapsResponse],
    ) -> pb.ListErrorGapsResponse:
        filters = graph.ErrorGapFilters(
            file=request.file,
            gap_type=choice(request.gap_type, "gap_type", graph.GAP_TYPES),
            severity=choice(request.severity, "severity", graph.GAP_SEVERITIES),
        )
        keys = Keyset(
            "ListErrorGaps",
            GAP_CURSOR,
            request.page_size,
            request.page_token,
            project=names.parse_name(request.parent, "parent"),
            **asdict(filters),
        )
        gaps = await self._projects.read(
            request.parent, "parent", graph.error_gaps, filters, keys.after, keys.limit
        )
        page, token = keys.page(gaps, lambda gap: [gap.id])
        return pb.ListErrorGapsResponse(
            error_gaps=[_error_gap(gap) for gap in page], next_page_token=token
        )

    async def GetErrorHandlingSummary(
        self,
        request: pb.GetErrorHandlingSummaryRequest,
        context: grpc.aio.ServicerContext[
            pb.GetErrorHandlingSummaryRequest, pb.GetErrorHandlingSummaryResponse
        ],
    ) -> pb.GetErrorHandlingSummaryResponse:
        summary = await self._projects.read(
            request.project, "project", graph.error_handling_summary
        )
        return pb.GetErrorHandlingSummaryResponse(**summary._asdict())

    async def ListImpactScores(
        self,
        request: pb.ListImpactScoresRequest,
        context: grpc.aio.ServicerContext[pb.ListImpactScoresRequest, pb.ListImpactScoresResponse],
    ) -> pb.ListImpactScoresResponse:
        keys = Keyset(
            "ListImpactScores",
            IMPACT_CURSOR,
            request.page_size,
            request.page_token,
            project=names.parse_name(request.parent, "parent"),
        )
        scores = await self._projects.read(
            request.parent, "parent", graph.impact_scores, keys.after, keys.limit
        )
        page, token = keys.page(scores, lambda score: [score.risk_score, score.function_key])
        return pb.ListImpactScoresResponse(
            impact_scores=[_impact_score(score) for score in page], next_page_token=token
        )

    async def ListDeadFunctions(
        self,
        request: pb.ListDeadFunctionsRequest,
        context: grpc.aio.ServicerContext[
            pb.ListDeadFunctionsRequest, pb.ListDeadFunctionsResponse
        ],
    ) -> pb.ListDeadFunctionsResponse:
        keys = Keyset(
            "ListDeadFunctions",
            DEAD_CURSOR,
            request.page_size,
            request.page_token,
            project=names.parse_name(request.parent, "parent"),
        )
        functions = await self._projects.read(
            request.parent, "parent", graph.dead_functions, keys.after, keys.limit
        )
        page, token = keys.page(functions, lambda function: [function.function_key])
        return pb.ListDeadFunctionsResponse(
            dead_functions=[_dead_function(function) for function in page],
            next_page_token=token,
        )

    async def GetImpactSummary(
        self,
        request: pb.GetImpactSummaryRequest,
        context: grpc.aio.ServicerContext[pb.GetImpactSummaryRequest, pb.GetImpactSummaryResponse],
    ) -> pb.GetImpactSummaryResponse:
        summary = await self._projects.read(request.project, "project", graph.impact_summary)
        return pb.GetImpactSummaryResponse(**summary._asdict())

    async def GetTestTopology(
        self,
        request: pb.GetTestTopologyRequest,
        context: grpc.aio.ServicerContext[pb.GetTestTopologyRequest, pb.GetTestTopologyResponse],
    ) -> pb.GetTestTopologyResponse:
        found = await self._projects.read(request.project, "project", graph.topology)
        quality = {k: v for k, v in found.quality._asdict().items() if v is not None}
        return pb.GetTestTopologyResponse(
            quality=pb.TestQualityDimensions(**quality),
            test_count=found.test_count,
            source_count=found.source_count,
            covered_function_count=found.covered_function_count,
            coverage_percent=found.coverage_percent,
            smells_by_type=found.smells_by_type,
            smell_count=sum(found.smells_by_type.values()),
            essential_test_count=found.essential_test_count,
        )


def register(server: grpc.aio.Server, projects: Projects) -> None:
    """Add GraphService."""
    graph_pb2_grpc.add_GraphServiceServicer_to_server(GraphServicer(projects), server)
