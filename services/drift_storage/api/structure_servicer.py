"""gRPC servicer of ``drift.analysis.v1.StructureService``: translation between its messages and
``queries.structure`` (coupling, constraints, contracts, DNA, decomposition), read through the
project's read pool; errors are mapped by the interceptor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

import grpc

from services.common import pagination
from services.common.choices import choice
from services.contracts.drift.analysis.v1 import structure_pb2 as pb
from services.contracts.drift.analysis.v1 import structure_pb2_grpc
from services.drift_storage.api.messages import timestamp
from services.drift_storage.projects import names
from services.drift_storage.projects.open_projects import Projects
from services.drift_storage.queries import structure as q

SERVICE = pb.DESCRIPTOR.services_by_name["StructureService"]
T = TypeVar("T")
# Keyset cursors: the listing's sort key.
BY_TEXT = (str,)
BY_ID = (int,)
BY_CONSTRAINT_AND_INDEX = (str, int)


class _ListRequest(Protocol):
    parent: str
    page_size: int
    page_token: str


def _fields(row: Any, *times: str) -> dict[str, Any]:
    """The fields of record ``row`` but its ``times`` (Unix seconds, answered as Timestamps)."""
    return {key: value for key, value in row._asdict().items() if key not in times}


class StructureServicer(structure_pb2_grpc.StructureServiceServicer):
    """Each method: parse the filters, read, translate."""

    def __init__(self, projects: Projects) -> None:
        self._projects = projects

    async def _page(
        self,
        method: str,
        request: _ListRequest,
        cursor: tuple[type, ...],
        cursor_of: Callable[[T], list[Any]],
        query: Callable[..., tuple[list[T], int]],
        *filters: Any,
    ) -> tuple[Sequence[T], str, int]:
        """One page of ``query(conn, *filters, after, limit)``, the next page's token and the
        count of all matching rows. The token is bound to the method, project and filters."""
        keys = pagination.Keyset(
            method,
            cursor,
            request.page_size,
            request.page_token,
            project=names.parse_name(request.parent, "parent"),
            filters=list(filters),
        )
        rows, total = await self._projects.read(
            request.parent, "parent", query, *filters, keys.after, keys.limit
        )
        page, token = keys.page(rows, cursor_of)
        return page, token, total

    # --- coupling ---------------------------------------------------------------------------------

    async def GetCouplingSummary(
        self,
        request: pb.GetCouplingSummaryRequest,
        context: grpc.aio.ServicerContext[
            pb.GetCouplingSummaryRequest, pb.GetCouplingSummaryResponse
        ],
    ) -> pb.GetCouplingSummaryResponse:
        found = await self._projects.read(request.project, "project", q.coupling_summary)
        return pb.GetCouplingSummaryResponse(**found._asdict())

    async def ListCouplingMetrics(
        self,
        request: pb.ListCouplingMetricsRequest,
        context: grpc.aio.ServicerContext[
            pb.ListCouplingMetricsRequest, pb.ListCouplingMetricsResponse
        ],
    ) -> pb.ListCouplingMetricsResponse:
        zone = choice(request.zone, "zone", q.ZONES)
        rows, token, total = await self._page(
            "ListCouplingMetrics",
            request,
            BY_TEXT,
            lambda row: [row.module],
            q.coupling_metrics,
            zone,
        )
        return pb.ListCouplingMetricsResponse(
            coupling_metrics=[pb.CouplingMetric(**row._asdict()) for row in rows],
            next_page_token=token,
            total_size=total,
        )

    async def ListCouplingCycles(
        self,
        request: pb.ListCouplingCyclesRequest,
        context: grpc.aio.ServicerContext[
            pb.ListCouplingCyclesRequest, pb.ListCouplingCyclesResponse
        ],
    ) -> pb.ListCouplingCyclesResponse:
        rows, token, total = await self._page(
            "ListCouplingCycles", request, BY_ID, lambda row: [row.id], q.coupling_cycles
        )
        cycles = [
            pb.CouplingCycle(
                id=row.id,
                members=row.members,
                break_suggestion_count=row.break_suggestion_count,
                create_time=timestamp(row.created_at),
            )
            for row in rows
        ]
        return pb.ListCouplingCyclesResponse(
            coupling_cycles=cycles, next_page_token=token, total_size=total
        )

    # --- constraints ------------------------------------------------------------------------------

    async def GetConstraintSummary(
        self,
        request: pb.GetConstraintSummaryRequest,
        context: grpc.aio.ServicerContext[
            pb.GetConstraintSummaryRequest, pb.GetConstraintSummaryResponse
        ],
    ) -> pb.GetConstraintSummaryResponse:
        found = await self._projects.read(request.project, "project", q.constraint_summary)
        return pb.GetConstraintSummaryResponse(**found._asdict())

    async def ListConstraintViolations(
        self,
        request: pb.ListConstraintViolationsRequest,
        context: grpc.aio.ServicerContext[
            pb.ListConstraintViolationsRequest, pb.ListConstraintViolationsResponse
        ],
    ) -> pb.ListConstraintViolationsResponse:
        rows, token, total = await self._page(
            "ListConstraintViolations",
            request,
            BY_CONSTRAINT_AND_INDEX,
            lambda row: [row.constraint_id, row.position],
            q.constraint_violations,
        )
        violations = [
            pb.ConstraintViolation(
                **_fields(row, "verified_at"), verify_time=timestamp(row.verified_at)
            )
            for row in rows
        ]
        return pb.ListConstraintViolationsResponse(
            constraint_violations=violations, next_page_token=token, total_size=total
        )

    # --- contracts --------------------------------------------------------------------------------

    async def ListApiContracts(
        self,
        request: pb.ListApiContractsRequest,
        context: grpc.aio.ServicerContext[pb.ListApiContractsRequest, pb.ListApiContractsResponse],
    ) -> pb.ListApiContractsResponse:
        paradigm = choice(request.paradigm, "paradigm", q.PARADIGMS)
        rows, token, total = await self._page(
            "ListApiContracts",
            request,
            BY_TEXT,
            lambda row: [row.id],
            q.api_contracts,
            paradigm,
            request.framework,
        )
        contracts = [
            pb.ApiContract(
                id=row.id,
                paradigm=row.paradigm,
                source_file=row.source_file,
                framework=row.framework,
                confidence=row.confidence,
                endpoint_count=len(row.endpoints),
                endpoints=[pb.ApiEndpoint(**endpoint._asdict()) for endpoint in row.endpoints],
                update_time=timestamp(row.updated_at),
            )
            for row in rows
        ]
        return pb.ListApiContractsResponse(
            api_contracts=contracts, next_page_token=token, total_size=total
        )

    async def ListContractMismatches(
        self,
        request: pb.ListContractMismatchesRequest,
        context: grpc.aio.ServicerContext[
            pb.ListContractMismatchesRequest, pb.ListContractMismatchesResponse
        ],
    ) -> pb.ListContractMismatchesResponse:
        severity = choice(request.severity, "severity", q.MISMATCH_SEVERITIES)
        kind = choice(request.mismatch_type, "mismatch_type", q.MISMATCH_TYPES)
        rows, token, total = await self._page(
            "ListContractMismatches",
            request,
            BY_ID,
            lambda row: [row.id],
            q.contract_mismatches,
            severity,
            kind,
        )
        mismatches = [
            pb.ContractMismatch(**_fields(row, "created_at"), create_time=timestamp(row.created_at))
            for row in rows
        ]
        return pb.ListContractMismatchesResponse(
            contract_mismatches=mismatches, next_page_token=token, total_size=total
        )

    async def GetContractSummary(
        self,
        request: pb.GetContractSummaryRequest,
        context: grpc.aio.ServicerContext[
            pb.GetContractSummaryRequest, pb.GetContractSummaryResponse
        ],
    ) -> pb.GetContractSummaryResponse:
        found = await self._projects.read(request.project, "project", q.contract_summary)
        return pb.GetContractSummaryResponse(**found._asdict())

    # --- DNA --------------------------------------------------------------------------------------

    async def GetDnaProfile(
        self,
        request: pb.GetDnaProfileRequest,
        context: grpc.aio.ServicerContext[pb.GetDnaProfileRequest, pb.GetDnaProfileResponse],
    ) -> pb.GetDnaProfileResponse:
        found = await self._projects.read(request.project, "project", q.dna_profile)
        return pb.GetDnaProfileResponse(
            genes=[pb.DnaGene(**gene._asdict()) for gene in found.genes],
            health=pb.DnaHealth(**found.health._asdict()),
            unresolved_mutation_count=found.unresolved_mutation_count,
            genetic_diversity=len(found.genes),
        )

    async def ListDnaMutations(
        self,
        request: pb.ListDnaMutationsRequest,
        context: grpc.aio.ServicerContext[pb.ListDnaMutationsRequest, pb.ListDnaMutationsResponse],
    ) -> pb.ListDnaMutationsResponse:
        impact = choice(request.impact, "impact", q.IMPACTS)
        rows, token, total = await self._page(
            "ListDnaMutations",
            request,
            BY_TEXT,
            lambda row: [row.id],
            q.dna_mutations,
            request.gene_id,
            impact,
            request.file,
            request.include_resolved,
        )
        mutations = [
            pb.DnaMutation(
                **_fields(row, "detected_at", "resolved_at"),
                detect_time=timestamp(row.detected_at),
                resolve_time=None if row.resolved_at is None else timestamp(row.resolved_at),
            )
            for row in rows
        ]
        return pb.ListDnaMutationsResponse(
            dna_mutations=mutations, next_page_token=token, total_size=total
        )

    # --- decomposition ----------------------------------------------------------------------------

    async def GetDecompositionSummary(
        self,
        request: pb.GetDecompositionSummaryRequest,
        context: grpc.aio.ServicerContext[
            pb.GetDecompositionSummaryRequest, pb.GetDecompositionSummaryResponse
        ],
    ) -> pb.GetDecompositionSummaryResponse:
        found = await self._projects.read(request.project, "project", q.decomposition_summary)
        return pb.GetDecompositionSummaryResponse(**found._asdict())

    async def ListDecompositionModules(
        self,
        request: pb.ListDecompositionModulesRequest,
        context: grpc.aio.ServicerContext[
            pb.ListDecompositionModulesRequest, pb.ListDecompositionModulesResponse
        ],
    ) -> pb.ListDecompositionModulesResponse:
        rows, token, total = await self._page(
            "ListDecompositionModules",
            request,
            BY_TEXT,
            lambda row: [row.name],
            q.decomposition_modules,
        )
        return pb.ListDecompositionModulesResponse(
            decomposition_modules=[pb.DecompositionModule(**row._asdict()) for row in rows],
            next_page_token=token,
            total_size=total,
        )

    async def ListDecompositionDecisions(
        self,
        request: pb.ListDecompositionDecisionsRequest,
        context: grpc.aio.ServicerContext[
            pb.ListDecompositionDecisionsRequest, pb.ListDecompositionDecisionsResponse
        ],
    ) -> pb.ListDecompositionDecisionsResponse:
        rows, token, total = await self._page(
            "ListDecompositionDecisions",
            request,
            BY_ID,
            lambda row: [row.id],
            q.decomposition_decisions,
        )
        decisions = [
            pb.DecompositionDecision(
                **_fields(row, "created_at"), create_time=timestamp(row.created_at)
            )
            for row in rows
        ]
        return pb.ListDecompositionDecisionsResponse(
            decomposition_decisions=decisions, next_page_token=token, total_size=total
        )


def register(server: grpc.aio.Server, projects: Projects) -> None:
    """Add StructureService to ``server``."""
    structure_pb2_grpc.add_StructureServiceServicer_to_server(StructureServicer(projects), server)
