"""``drift.analysis.v1.SecurityService``: requests to ``queries.security`` calls on a project's
read pool, and records back to messages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import grpc

from services.common.choices import choice
from services.common.pagination import Keyset
from services.contracts.drift.analysis.v1 import security_pb2 as pb
from services.contracts.drift.analysis.v1 import security_pb2_grpc
from services.drift_storage.projects import names
from services.drift_storage.projects.open_projects import Projects
from services.drift_storage.queries import security

SERVICE = pb.DESCRIPTOR.services_by_name["SecurityService"]
ID_CURSOR = (int,)
T = TypeVar("T")


def _id(row: Any) -> list[Any]:
    return [row.id]


class SecurityServicer(security_pb2_grpc.SecurityServiceServicer):
    """Each method validates its request and runs one ``queries.security`` function."""

    def __init__(self, projects: Projects) -> None:
        self._projects = projects

    async def _page(
        self,
        method: str,
        request: Any,
        cursor: tuple[type, ...],
        cursor_of: Callable[[T], list[Any]],
        query: Callable[..., Sequence[T]],
        **filters: Any,
    ) -> tuple[list[T], str]:
        """One page of ``query(conn, *filters, after, limit)`` and the next page's token; the
        token is bound to the method, the project and ``filters`` (given in the order of the
        query's parameters, which receive their values positionally)."""
        keys = Keyset(
            method,
            cursor,
            request.page_size,
            request.page_token,
            project=names.parse_name(request.parent, "parent"),
            **filters,
        )
        rows = await self._projects.read(
            request.parent, "parent", query, *filters.values(), keys.after, keys.limit
        )
        return keys.page(rows, cursor_of)

    async def GetConstantsSummary(
        self,
        request: pb.GetConstantsSummaryRequest,
        context: grpc.aio.ServicerContext[
            pb.GetConstantsSummaryRequest, pb.GetConstantsSummaryResponse
        ],
    ) -> pb.GetConstantsSummaryResponse:
        summary = await self._projects.read(request.project, "project", security.constants_summary)
        return _constants_message(summary)

    async def ListSecrets(
        self,
        request: pb.ListSecretsRequest,
        context: grpc.aio.ServicerContext[pb.ListSecretsRequest, pb.ListSecretsResponse],
    ) -> pb.ListSecretsResponse:
        rows, token = await self._page(
            "ListSecrets",
            request,
            ID_CURSOR,
            _id,
            security.list_secrets,
            severity=choice(request.severity, "severity", security.SECRET_SEVERITIES),
            pattern_name=request.pattern_name or None,
            file=request.file or None,
        )
        return pb.ListSecretsResponse(
            secrets=[pb.SecretFinding(**row._asdict()) for row in rows], next_page_token=token
        )

    async def ListMagicNumbers(
        self,
        request: pb.ListMagicNumbersRequest,
        context: grpc.aio.ServicerContext[pb.ListMagicNumbersRequest, pb.ListMagicNumbersResponse],
    ) -> pb.ListMagicNumbersResponse:
        rows, token = await self._page(
            "ListMagicNumbers", request, ID_CURSOR, _id, security.list_magic_numbers
        )
        return pb.ListMagicNumbersResponse(
            magic_numbers=[pb.MagicNumber(**row._asdict()) for row in rows],
            next_page_token=token,
        )

    async def ListEnvVariables(
        self,
        request: pb.ListEnvVariablesRequest,
        context: grpc.aio.ServicerContext[pb.ListEnvVariablesRequest, pb.ListEnvVariablesResponse],
    ) -> pb.ListEnvVariablesResponse:
        rows, token = await self._page(
            "ListEnvVariables",
            request,
            ID_CURSOR,
            _id,
            security.list_env_variables,
            missing=request.missing,
            name=request.name or None,
            file=request.file or None,
        )
        return pb.ListEnvVariablesResponse(
            env_variables=[pb.EnvVariableRead(**row._asdict()) for row in rows],
            next_page_token=token,
        )

    async def ListWrappers(
        self,
        request: pb.ListWrappersRequest,
        context: grpc.aio.ServicerContext[pb.ListWrappersRequest, pb.ListWrappersResponse],
    ) -> pb.ListWrappersResponse:
        rows, token = await self._page(
            "ListWrappers",
            request,
            ID_CURSOR,
            _id,
            security.list_wrappers,
            category=choice(request.category, "category", security.WRAPPER_CATEGORIES),
            framework=request.framework or None,
            file=request.file or None,
        )
        return pb.ListWrappersResponse(
            wrappers=[pb.FrameworkWrapper(**row._asdict()) for row in rows],
            next_page_token=token,
        )

    async def GetWrapperHealth(
        self,
        request: pb.GetWrapperHealthRequest,
        context: grpc.aio.ServicerContext[pb.GetWrapperHealthRequest, pb.GetWrapperHealthResponse],
    ) -> pb.GetWrapperHealthResponse:
        health = await self._projects.read(request.project, "project", security.wrapper_health)
        fields = health._asdict()
        per_category = fields.pop("per_category")
        return pb.GetWrapperHealthResponse(
            **fields,
            categories=[
                pb.WrapperCategoryCount(category=category, wrapper_count=count)
                for category, count in per_category
            ],
        )

    async def GetOwaspCompliance(
        self,
        request: pb.GetOwaspComplianceRequest,
        context: grpc.aio.ServicerContext[
            pb.GetOwaspComplianceRequest, pb.GetOwaspComplianceResponse
        ],
    ) -> pb.GetOwaspComplianceResponse:
        compliance = await self._projects.read(
            request.project, "project", security.owasp_compliance
        )
        return pb.GetOwaspComplianceResponse(**compliance._asdict())

    async def ListSecurityFindings(
        self,
        request: pb.ListSecurityFindingsRequest,
        context: grpc.aio.ServicerContext[
            pb.ListSecurityFindingsRequest, pb.ListSecurityFindingsResponse
        ],
    ) -> pb.ListSecurityFindingsResponse:
        rows, token = await self._page(
            "ListSecurityFindings",
            request,
            security.FINDING_CURSOR,
            lambda finding: finding.cursor,
            security.list_security_findings,
        )
        return pb.ListSecurityFindingsResponse(
            findings=[_finding_message(row) for row in rows], next_page_token=token
        )

    async def ListCryptoFindings(
        self,
        request: pb.ListCryptoFindingsRequest,
        context: grpc.aio.ServicerContext[
            pb.ListCryptoFindingsRequest, pb.ListCryptoFindingsResponse
        ],
    ) -> pb.ListCryptoFindingsResponse:
        rows, token = await self._page(
            "ListCryptoFindings",
            request,
            ID_CURSOR,
            _id,
            security.list_crypto_findings,
            category=choice(request.category, "category", security.CRYPTO_CATEGORIES),
            file=request.file or None,
            language=request.language or None,
        )
        return pb.ListCryptoFindingsResponse(
            findings=[pb.CryptoFinding(**row._asdict()) for row in rows], next_page_token=token
        )

    async def GetCryptoHealth(
        self,
        request: pb.GetCryptoHealthRequest,
        context: grpc.aio.ServicerContext[pb.GetCryptoHealthRequest, pb.GetCryptoHealthResponse],
    ) -> pb.GetCryptoHealthResponse:
        health = await self._projects.read(request.project, "project", security.crypto_health)
        return pb.GetCryptoHealthResponse(**health._asdict())


def _constants_message(summary: security.ConstantsSummary) -> pb.GetConstantsSummaryResponse:
    fields = summary._asdict()
    severities = fields.pop("secrets_by_severity")
    return pb.GetConstantsSummaryResponse(
        **fields, secrets_by_severity=pb.SecretSeverityCounts(**severities._asdict())
    )


def _finding_message(finding: security.SecurityFinding) -> pb.SecurityFinding:
    fields = finding._asdict()
    del fields["source_id"]  # part of the finding's id
    return pb.SecurityFinding(
        **fields,
        id=finding.id,
        severity_level=security.severity_level(finding.severity),
    )


def register(server: grpc.aio.Server, projects: Projects) -> None:
    """Add SecurityService to ``server``."""
    security_pb2_grpc.add_SecurityServiceServicer_to_server(SecurityServicer(projects), server)
