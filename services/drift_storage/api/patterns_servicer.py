"""gRPC servicer of ``drift.analysis.v1.PatternsService``: detections, pattern summaries,
confidence scores, outliers, conventions and data boundaries, translated between messages and
``queries.patterns``.

Each List method parses its filters (closed sets through ``choices.choice``, empty meaning no
filter), binds its page token to them, reads one page and answers stored closed-set values in
their canonical spelling."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import grpc

from services.common import pagination
from services.common.choices import canonical, choice
from services.contracts.drift.analysis.v1 import patterns_pb2 as pb
from services.contracts.drift.analysis.v1 import patterns_pb2_grpc
from services.drift_storage.api.messages import timestamp
from services.drift_storage.projects import names
from services.drift_storage.projects.open_projects import Projects
from services.drift_storage.queries import patterns as q

SERVICE = pb.DESCRIPTOR.services_by_name["PatternsService"]
# Keyset cursors: (score, id) for the ranked lists, a pattern id, a row id.
RANKED = (float, int)
BY_PATTERN = (str,)
BY_ID = (int,)
INT32_MAX = 2**31 - 1


def _text(value: str) -> str | None:
    """A request's text filter: empty means none."""
    return value or None


def _total(count: int) -> int:
    return min(count, INT32_MAX)


def _keys(method: str, cursor: tuple[type, ...], request: Any, **filters: Any) -> pagination.Keyset:
    """The paging of a List ``request`` (with ``parent``), bound to its project and filters."""
    return pagination.Keyset(
        method,
        cursor,
        request.page_size,
        request.page_token,
        project=names.parse_name(request.parent, "parent"),
        **filters,
    )


def _status(stored: str) -> str:
    return canonical(stored, q.PATTERN_STATUSES)


class PatternsServicer(patterns_pb2_grpc.PatternsServiceServicer):
    def __init__(self, projects: Projects) -> None:
        self._projects = projects

    async def ListPatterns(
        self,
        request: pb.ListPatternsRequest,
        context: grpc.aio.ServicerContext[pb.ListPatternsRequest, pb.ListPatternsResponse],
    ) -> pb.ListPatternsResponse:
        filters = q.DetectionFilter(
            category=_text(request.category),
            pattern_id=_text(request.pattern_id),
            file=_text(request.file),
            detection_method=_text(request.detection_method),
        )
        keys = _keys("ListPatterns", RANKED, request, **asdict(filters))
        listing = await self._projects.read(
            request.parent, "parent", q.list_detections, filters, keys.after, keys.limit
        )
        rows, token = keys.page(listing.rows, lambda row: [row.confidence, row.id])
        return pb.ListPatternsResponse(
            patterns=[
                pb.PatternDetection(**row._replace(status=_status(row.status))._asdict())
                for row in rows
            ],
            next_page_token=token,
            total_size=_total(listing.total),
        )

    async def ListPatternSummaries(
        self,
        request: pb.ListPatternSummariesRequest,
        context: grpc.aio.ServicerContext[
            pb.ListPatternSummariesRequest, pb.ListPatternSummariesResponse
        ],
    ) -> pb.ListPatternSummariesResponse:
        filters = q.SummaryFilter(
            category=_text(request.category),
            status=choice(request.status, "status", q.PATTERN_STATUSES),
        )
        keys = _keys("ListPatternSummaries", BY_PATTERN, request, **asdict(filters))
        after = keys.after[0] if keys.after else None
        listing = await self._projects.read(
            request.parent, "parent", q.list_pattern_summaries, filters, after, keys.limit
        )
        rows, token = keys.page(listing.rows, lambda row: [row.pattern_id])
        return pb.ListPatternSummariesResponse(
            pattern_summaries=[
                pb.PatternSummary(
                    pattern_id=row.pattern_id,
                    category=row.category,
                    location_count=row.location_count,
                    file_count=row.file_count,
                    mean_confidence=row.mean_confidence,
                    status=_status(row.status),
                    posterior_mean=row.posterior_mean,
                    tier="" if row.tier is None else canonical(row.tier, q.TIERS),
                )
                for row in rows
            ],
            next_page_token=token,
            total_size=_total(listing.total),
        )

    async def ListConfidenceScores(
        self,
        request: pb.ListConfidenceScoresRequest,
        context: grpc.aio.ServicerContext[
            pb.ListConfidenceScoresRequest, pb.ListConfidenceScoresResponse
        ],
    ) -> pb.ListConfidenceScoresResponse:
        tier = choice(request.tier, "tier", q.TIERS)
        keys = _keys("ListConfidenceScores", BY_PATTERN, request, tier=tier)
        after = keys.after[0] if keys.after else None
        listing = await self._projects.read(
            request.parent, "parent", q.list_confidence_scores, tier, after, keys.limit
        )
        rows, token = keys.page(listing.rows, lambda row: [row.pattern_id])
        return pb.ListConfidenceScoresResponse(
            confidence_scores=[
                pb.PatternConfidenceScore(
                    pattern_id=row.pattern_id,
                    alpha=row.alpha,
                    beta=row.beta,
                    posterior_mean=row.posterior_mean,
                    credible_interval_low=row.credible_interval_low,
                    credible_interval_high=row.credible_interval_high,
                    tier=canonical(row.tier, q.TIERS),
                    momentum=canonical(row.momentum, q.MOMENTA),
                    update_time=timestamp(row.last_updated),
                )
                for row in rows
            ],
            next_page_token=token,
            total_size=_total(listing.total),
        )

    async def ListOutliers(
        self,
        request: pb.ListOutliersRequest,
        context: grpc.aio.ServicerContext[pb.ListOutliersRequest, pb.ListOutliersResponse],
    ) -> pb.ListOutliersResponse:
        filters = q.OutlierFilter(
            pattern_id=_text(request.pattern_id),
            file=_text(request.file),
            significance=choice(request.significance, "significance", q.SIGNIFICANCES),
        )
        keys = _keys("ListOutliers", RANKED, request, **asdict(filters))
        listing = await self._projects.read(
            request.parent, "parent", q.list_outliers, filters, keys.after, keys.limit
        )
        rows, token = keys.page(listing.rows, lambda row: [row.deviation_score, row.id])
        return pb.ListOutliersResponse(
            outliers=[
                pb.PatternOutlier(
                    id=row.id,
                    pattern_id=row.pattern_id,
                    file=row.file,
                    line=row.line,
                    deviation_score=row.deviation_score,
                    significance=canonical(row.significance, q.SIGNIFICANCES),
                    method=row.method,
                    create_time=timestamp(row.created_at),
                )
                for row in rows
            ],
            next_page_token=token,
            total_size=_total(listing.total),
        )

    async def ListConventions(
        self,
        request: pb.ListConventionsRequest,
        context: grpc.aio.ServicerContext[pb.ListConventionsRequest, pb.ListConventionsResponse],
    ) -> pb.ListConventionsResponse:
        # `ProjectSpecific` (the Rust spelling) names `project_specific` too.
        category = request.category and canonical(request.category, q.CONVENTION_CATEGORIES)
        filters = q.ConventionFilter(
            category=choice(category, "category", q.CONVENTION_CATEGORIES),
            promotion_status=_text(request.promotion_status),
            scope=_text(request.scope),
        )
        keys = _keys("ListConventions", RANKED, request, **asdict(filters))
        listing = await self._projects.read(
            request.parent, "parent", q.list_conventions, filters, keys.after, keys.limit
        )
        rows, token = keys.page(listing.rows, lambda row: [row.dominance_ratio, row.id])
        return pb.ListConventionsResponse(
            conventions=[
                pb.PatternConvention(
                    id=row.id,
                    pattern_id=row.pattern_id,
                    category=canonical(row.category, q.CONVENTION_CATEGORIES),
                    scope=row.scope,
                    dominance_ratio=row.dominance_ratio,
                    promotion_status=row.promotion_status,
                    discover_time=timestamp(row.discovered_at),
                    last_seen_time=timestamp(row.last_seen),
                    expire_time=timestamp(row.expires_at),
                )
                for row in rows
            ],
            next_page_token=token,
            total_size=_total(listing.total),
        )

    async def GetBoundarySummary(
        self,
        request: pb.GetBoundarySummaryRequest,
        context: grpc.aio.ServicerContext[
            pb.GetBoundarySummaryRequest, pb.GetBoundarySummaryResponse
        ],
    ) -> pb.GetBoundarySummaryResponse:
        summary = await self._projects.read(request.project, "project", q.boundary_summary)
        return pb.GetBoundarySummaryResponse(**summary._asdict())

    async def ListBoundaryModels(
        self,
        request: pb.ListBoundaryModelsRequest,
        context: grpc.aio.ServicerContext[
            pb.ListBoundaryModelsRequest, pb.ListBoundaryModelsResponse
        ],
    ) -> pb.ListBoundaryModelsResponse:
        filters = q.ModelFilter(
            framework=_text(request.framework),
            model_name=_text(request.model_name),
            file=_text(request.file),
        )
        keys = _keys("ListBoundaryModels", BY_ID, request, **asdict(filters))
        after = keys.after[0] if keys.after else None
        listing = await self._projects.read(
            request.parent, "parent", q.list_models, filters, after, keys.limit
        )
        rows, token = keys.page(listing.rows, lambda row: [row.id])
        return pb.ListBoundaryModelsResponse(
            boundary_models=[
                pb.BoundaryModel(**row._replace(table_name=row.table_name or "")._asdict())
                for row in rows
            ],
            next_page_token=token,
            total_size=_total(listing.total),
        )

    async def ListSensitiveFields(
        self,
        request: pb.ListSensitiveFieldsRequest,
        context: grpc.aio.ServicerContext[
            pb.ListSensitiveFieldsRequest, pb.ListSensitiveFieldsResponse
        ],
    ) -> pb.ListSensitiveFieldsResponse:
        filters = q.FieldFilter(
            sensitivity=choice(request.sensitivity, "sensitivity", q.SENSITIVITIES),
            model_name=_text(request.model_name),
            file=_text(request.file),
        )
        keys = _keys("ListSensitiveFields", BY_ID, request, **asdict(filters))
        after = keys.after[0] if keys.after else None
        listing = await self._projects.read(
            request.parent, "parent", q.list_sensitive_fields, filters, after, keys.limit
        )
        rows, token = keys.page(listing.rows, lambda row: [row.id])
        return pb.ListSensitiveFieldsResponse(
            sensitive_fields=[
                pb.BoundarySensitiveField(
                    **row._replace(
                        sensitivity=canonical(row.sensitivity, q.SENSITIVITIES)
                    )._asdict()
                )
                for row in rows
            ],
            next_page_token=token,
            total_size=_total(listing.total),
        )


def register(server: grpc.aio.Server, projects: Projects) -> None:
    patterns_pb2_grpc.add_PatternsServiceServicer_to_server(PatternsServicer(projects), server)
