"""The call-graph methods of ``DriftStorageService``: functions by id, callers, callees and the
graph's summary, translated between messages and ``store.call_graph``.

``CallGraphMethods`` is a mixin of ``DriftStorageServicer``, which gives it ``_projects``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import grpc

from services.common import errors, pagination
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.drift_storage.projects import names
from services.drift_storage.projects.open_projects import Projects
from services.drift_storage.store import call_graph
from services.drift_storage.store.call_graph import CallRecord, FunctionRecord

# Ids per BatchGetFunctions request (AIP-231 asks for a documented maximum).
MAX_BATCH_IDS = 1000
# Keyset cursors of the two listings (see store.call_graph): (file, line, id) and (line, id).
CALLER_CURSOR = (str, int, int)
CALLEE_CURSOR = (int, int)


def function_message(row: FunctionRecord) -> pb.Function:
    """``row`` as a ``Function`` message (NULL text and hashes as empty)."""
    return pb.Function(
        id=row.id,
        file=row.file,
        function_name=row.name,
        qualified_name=row.qualified_name or "",
        language=row.language,
        line=row.line,
        end_line=row.end_line,
        parameter_count=row.parameter_count,
        return_type=row.return_type or "",
        is_exported=bool(row.is_exported),
        is_async=bool(row.is_async),
        body_hash=row.body_hash or b"",
        signature_hash=row.signature_hash or b"",
    )


def _call_message(call: CallRecord) -> pb.Call:
    return pb.Call(
        function=function_message(call.function),
        call_site_line=call.call_site_line,
        resolution=call.resolution,
        confidence=call.confidence,
    )


def _function_id(value: int) -> int:
    if value <= 0:
        raise errors.InvalidArgument(
            errors.FieldViolation("function_id", f"must be a function id (positive), got {value}")
        )
    return value


class CallGraphMethods:
    """BatchGetFunctions, ListCallers, ListCallees and GetCallGraphSummary."""

    _projects: Projects

    async def BatchGetFunctions(
        self,
        request: pb.BatchGetFunctionsRequest,
        context: grpc.aio.ServicerContext[
            pb.BatchGetFunctionsRequest, pb.BatchGetFunctionsResponse
        ],
    ) -> pb.BatchGetFunctionsResponse:
        ids = list(request.ids)
        if len(ids) > MAX_BATCH_IDS:
            raise errors.InvalidArgument(
                errors.FieldViolation("ids", f"at most {MAX_BATCH_IDS} ids, got {len(ids)}")
            )
        bad = [
            errors.FieldViolation(f"ids[{i}]", f"must be a function id (positive), got {value}")
            for i, value in enumerate(ids)
            if value <= 0
        ]
        if bad:
            raise errors.InvalidArgument(bad)
        rows = await self._projects.read(request.parent, "parent", call_graph.get_functions, ids)
        return pb.BatchGetFunctionsResponse(functions=[function_message(row) for row in rows])

    async def _calls(
        self,
        method: str,
        request: pb.ListCallersRequest | pb.ListCalleesRequest,
        query: Callable[..., list[CallRecord]],
        cursor_types: tuple[type, ...],
        cursor: Callable[[CallRecord], list[Any]],
    ) -> tuple[Sequence[CallRecord], str]:
        """One page of ``query`` (``store.call_graph.callers`` or ``callees``) and the token of
        the next one."""
        function_id = _function_id(request.function_id)
        size = pagination.page_size(request.page_size)
        bound = pagination.fingerprint(
            method=method,
            project=names.parse_name(request.parent, "parent"),
            function_id=function_id,
        )
        after = pagination.decode_token(request.page_token, bound, cursor=cursor_types)
        rows = await self._projects.read(
            request.parent, "parent", query, function_id, after, size + 1
        )
        token = pagination.encode_token(cursor(rows[size - 1]), bound) if len(rows) > size else ""
        return rows[:size], token

    async def ListCallers(
        self,
        request: pb.ListCallersRequest,
        context: grpc.aio.ServicerContext[pb.ListCallersRequest, pb.ListCallersResponse],
    ) -> pb.ListCallersResponse:
        rows, token = await self._calls(
            "ListCallers",
            request,
            call_graph.callers,
            CALLER_CURSOR,
            lambda call: [call.function.file, call.call_site_line, call.function.id],
        )
        return pb.ListCallersResponse(
            callers=[_call_message(row) for row in rows], next_page_token=token
        )

    async def ListCallees(
        self,
        request: pb.ListCalleesRequest,
        context: grpc.aio.ServicerContext[pb.ListCalleesRequest, pb.ListCalleesResponse],
    ) -> pb.ListCalleesResponse:
        rows, token = await self._calls(
            "ListCallees",
            request,
            call_graph.callees,
            CALLEE_CURSOR,
            lambda call: [call.call_site_line, call.function.id],
        )
        return pb.ListCalleesResponse(
            callees=[_call_message(row) for row in rows], next_page_token=token
        )

    async def GetCallGraphSummary(
        self,
        request: pb.GetCallGraphSummaryRequest,
        context: grpc.aio.ServicerContext[
            pb.GetCallGraphSummaryRequest, pb.GetCallGraphSummaryResponse
        ],
    ) -> pb.GetCallGraphSummaryResponse:
        graph = await self._projects.read(request.project, "project", call_graph.summary)
        return pb.GetCallGraphSummaryResponse(
            **graph._asdict(), resolution_rate=graph.resolution_rate
        )
