"""gRPC servicer of ``drift.storage.v1.DriftStorageService``: translation between messages and
the storage code in ``files`` and ``file_batches``, the call-graph methods from ``call_graph``;
errors are mapped by the interceptor."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import apsw
import grpc

from services.common import choices, errors, pagination
from services.common.batch_stream import failing_operation, ingest_batches, peek
from services.common.checkpoint import Checkpointed, checkpoint
from services.common.write_stats import write_stats_message
from services.common.writer import Operation, WriteResult
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from services.drift_storage.api.call_graph import CallGraphMethods
from services.drift_storage.api.messages import timestamp
from services.drift_storage.projects import names
from services.drift_storage.projects.open_projects import Projects
from services.drift_storage.projects.record import read_details
from services.drift_storage.scan.discovery import DEFAULT_MAX_FILE_SIZE, DiscoveryOptions
from services.drift_storage.scan.scanner import Progress
from services.drift_storage.scan.scans import Started, Summary
from services.drift_storage.store import export, files, scan_history, summaries
from services.drift_storage.store.file_batches import ingest_operation
from services.drift_storage.store.retention import SECONDS_PER_DAY, RetentionPolicy, apply_retention

# Rows per ExportRows message.
EXPORT_CHUNK_ROWS = 1000
DEFAULT_TREND_DAYS = 30
MAX_TREND_DAYS = 3650

_RETENTION_REASONS = {
    "orphan": pb.RETENTION_REASON_ORPHAN,
    "short": pb.RETENTION_REASON_SHORT_TIER,
    "medium": pb.RETENTION_REASON_MEDIUM_TIER,
    "long": pb.RETENTION_REASON_LONG_TIER,
}


def _cell(value: apsw.SQLiteValue) -> pb.Cell:
    if value is None:
        return pb.Cell(is_null=True)
    if isinstance(value, int):
        return pb.Cell(integer=value)
    if isinstance(value, float):
        return pb.Cell(real=value)
    if isinstance(value, str):
        return pb.Cell(text=value)
    return pb.Cell(blob=bytes(value))


def _not_negative(value: int, field: str) -> int:
    if value < 0:
        raise errors.InvalidArgument(errors.FieldViolation(field, "must not be negative"))
    return value


def _discovery_options(options: pb.ScanOptions) -> DiscoveryOptions:
    return DiscoveryOptions(
        max_file_size=_not_negative(options.max_file_size, "options.max_file_size")
        or DEFAULT_MAX_FILE_SIZE,
        include=tuple(options.include),
        extra_ignore=tuple(options.extra_ignore),
        follow_symlinks=options.follow_symlinks,
    )


def _scan_event(event: Started | Progress | Summary) -> pb.ScanResponse:
    if isinstance(event, Started):
        return pb.ScanResponse(
            started=pb.ScanStarted(
                scan_id=event.scan_id, root=event.root, previous_root=event.previous_root
            )
        )
    if isinstance(event, Progress):
        return pb.ScanResponse(
            progress=pb.ScanProgress(
                phase=event.phase,
                files_seen=event.files_seen,
                files_read=event.files_read,
                files_per_second=event.files_per_second,
                done=event.done,
                total=event.total,
            )
        )
    out = event.outcome
    seen = out.total
    return pb.ScanResponse(
        summary=pb.ScanSummary(
            scan_id=event.scan_id,
            status=event.status,
            files_total=out.total,
            files_added=out.added,
            files_modified=out.modified,
            files_removed=out.removed,
            files_unchanged=out.unchanged,
            files_skipped_large=out.discovery.skipped_large,
            files_skipped_ignored=out.discovery.skipped_ignored,
            files_skipped_binary=out.skipped_binary,
            errors=[pb.ScanError(path=path, reason=reason) for path, reason in out.all_errors],
            languages=dict(out.languages),
            discovery_ms=out.discovery_ms,
            persist_ms=out.persist_ms,
            duration_ms=event.duration_ms,
            cache_hit_rate=out.unchanged_unread / seen if seen else 0.0,
            error=event.error,
            files_parsed=out.parsed,
            parse_cache_hits=out.parse_cache_hits,
            parse_ms=out.parse_ms,
            call_edges=out.call_edges,
        )
    )


def _history_message(row: scan_history.HistoryEntry) -> pb.ScanHistoryEntry:
    return pb.ScanHistoryEntry(
        scan_id=row.id,
        started_at=timestamp(row.started_at),
        completed_at=timestamp(row.completed_at),
        root=row.root_path,
        status=row.status,
        files_total=row.total_files,
        files_added=row.added_files,
        files_modified=row.modified_files,
        files_removed=row.removed_files,
        files_unchanged=row.unchanged_files,
        duration_ms=row.duration_ms,
        error=row.error or "",
    )


def _file_message(row: files.FileRow) -> pb.File:
    message = pb.File(
        path=row.path,
        language=row.language or "",
        file_size=row.file_size,
        content_hash=row.content_hash,
        mtime_secs=row.mtime_secs,
        mtime_nanos=row.mtime_nanos,
        last_scanned_at=row.last_scanned_at,
        pattern_count=row.pattern_count or 0,
        function_count=row.function_count or 0,
        error_count=row.error_count or 0,
        error=row.error or "",
    )
    if row.scan_duration_us is not None:
        message.scan_duration_us = row.scan_duration_us
    return message


class DriftStorageServicer(CallGraphMethods, drift_storage_pb2_grpc.DriftStorageServiceServicer):
    def __init__(self, projects: Projects) -> None:
        self._projects = projects

    async def IngestFileMetadata(
        self,
        request_iterator: AsyncIterator[pb.IngestFileMetadataRequest],
        context: grpc.aio.ServicerContext[
            pb.IngestFileMetadataRequest, pb.IngestFileMetadataResponse
        ],
    ) -> AsyncIterator[pb.IngestFileMetadataResponse]:
        total = 0

        def acknowledge(index: int, result: WriteResult) -> pb.IngestFileMetadataResponse:
            nonlocal total
            total += result.total_rows
            return pb.IngestFileMetadataResponse(
                batch_index=index, rows_written=result.total_rows, total_rows_written=total
            )

        first, requests = await peek(request_iterator)
        if first is None:
            return

        def operation(request: pb.IngestFileMetadataRequest) -> Operation:
            refused = names.stream_mismatch(request.project, first.project, "project")
            return failing_operation(refused) if refused else ingest_operation(request.files)

        async with self._projects.lease(first.project, "project") as project:
            async for ack in ingest_batches(
                project.storage.writer, requests, "ingest_file_metadata", operation, acknowledge
            ):
                yield ack

    async def ListFiles(
        self,
        request: pb.ListFilesRequest,
        context: grpc.aio.ServicerContext[pb.ListFilesRequest, pb.ListFilesResponse],
    ) -> pb.ListFilesResponse:
        size = pagination.page_size(request.page_size)
        query = pagination.fingerprint(method="ListFiles", language=request.language)
        cursor = pagination.decode_token(request.page_token, query, cursor=(str,))  # [path]
        rows = await self._projects.read(
            request.parent,
            "parent",
            files.list_files,
            request.language or None,
            cursor[0] if cursor else None,
            size + 1,
        )
        token = pagination.encode_token([rows[size - 1].path], query) if len(rows) > size else ""
        return pb.ListFilesResponse(
            files=[_file_message(row) for row in rows[:size]], next_page_token=token
        )

    async def GetFileSummary(
        self,
        request: pb.GetFileSummaryRequest,
        context: grpc.aio.ServicerContext[pb.GetFileSummaryRequest, pb.GetFileSummaryResponse],
    ) -> pb.GetFileSummaryResponse:
        summary = await self._projects.read(request.project, "project", files.summarize)
        return pb.GetFileSummaryResponse(
            file_count=summary.file_count,
            total_bytes=summary.total_bytes,
            last_scanned_at=summary.last_scanned_at,
            languages=[
                pb.LanguageCount(
                    language=entry.language or "",
                    file_count=entry.file_count,
                    total_bytes=entry.total_bytes,
                )
                for entry in summary.languages
            ],
        )

    async def GetWriteStats(
        self,
        request: pb.GetWriteStatsRequest,
        context: grpc.aio.ServicerContext[pb.GetWriteStatsRequest, pb.GetWriteStatsResponse],
    ) -> pb.GetWriteStatsResponse:
        async with self._projects.lease(request.project, "project") as project:
            stats = project.storage.writer.stats()
        return pb.GetWriteStatsResponse(stats=write_stats_message(stats))

    async def RunRetention(
        self,
        request: pb.RunRetentionRequest,
        context: grpc.aio.ServicerContext[pb.RunRetentionRequest, pb.RunRetentionResponse],
    ) -> pb.RunRetentionResponse:
        defaults = RetentionPolicy()
        policy = RetentionPolicy(
            *(
                getattr(request, name) if request.HasField(name) else getattr(defaults, name)
                for name in ("short_days", "medium_days", "long_days")
            )
        )
        started = time.perf_counter()
        async with self._projects.lease(request.project, "project") as project:
            written = await project.storage.writer.execute("retention", apply_retention(policy))
        report = written.value
        return pb.RunRetentionResponse(
            cleanups=[
                pb.TableCleanup(
                    table=c.table, reason=_RETENTION_REASONS[c.reason], deleted=c.deleted
                )
                for c in report.cleanups
            ],
            total_deleted=report.total_deleted,
            pages_freed=report.pages_freed,
            duration_ms=(time.perf_counter() - started) * 1000,
        )

    async def ExportRows(
        self,
        request: pb.ExportRowsRequest,
        context: grpc.aio.ServicerContext[pb.ExportRowsRequest, pb.ExportRowsResponse],
    ) -> AsyncIterator[pb.ExportRowsResponse]:
        cursor = _not_negative(request.after_rowid, "after_rowid")
        remaining = _not_negative(request.max_rows, "max_rows") or None
        async with self._projects.lease(request.project, "project") as project:
            reads = project.storage.reads
            columns = await reads.run(export.column_names, request.table)
            first = True
            while remaining is None or remaining > 0:
                limit = (
                    EXPORT_CHUNK_ROWS if remaining is None else min(remaining, EXPORT_CHUNK_ROWS)
                )
                rows = await reads.run(export.rows_after, request.table, cursor, limit)
                if not rows and not first:
                    return
                cursor = rows[-1][0] if rows else cursor
                yield pb.ExportRowsResponse(
                    columns=columns if first else (),
                    rows=[
                        pb.ExportedRow(rowid=row[0], cells=[_cell(v) for v in row[1:]])
                        for row in rows
                    ],
                    last_rowid=cursor,
                )
                first = False
                if remaining is not None:
                    remaining -= len(rows)
                if len(rows) < limit:
                    return

    async def GetExportCursor(
        self,
        request: pb.GetExportCursorRequest,
        context: grpc.aio.ServicerContext[pb.GetExportCursorRequest, pb.GetExportCursorResponse],
    ) -> pb.GetExportCursorResponse:
        return pb.GetExportCursorResponse(
            max_rowid=await self._projects.read(
                request.project, "project", export.max_rowid, request.table
            )
        )

    async def GetStatusSummary(
        self,
        request: pb.GetStatusSummaryRequest,
        context: grpc.aio.ServicerContext[pb.GetStatusSummaryRequest, pb.GetStatusSummaryResponse],
    ) -> pb.GetStatusSummaryResponse:
        status = await self._projects.read(request.project, "project", summaries.status)
        return pb.GetStatusSummaryResponse(**status._asdict())

    async def GetSecuritySummary(
        self,
        request: pb.GetSecuritySummaryRequest,
        context: grpc.aio.ServicerContext[
            pb.GetSecuritySummaryRequest, pb.GetSecuritySummaryResponse
        ],
    ) -> pb.GetSecuritySummaryResponse:
        summary = await self._projects.read(request.project, "project", summaries.security)
        return pb.GetSecuritySummaryResponse(
            critical_count=summary.critical, high_count=summary.high, total_count=summary.total
        )

    async def GetHealthTrend(
        self,
        request: pb.GetHealthTrendRequest,
        context: grpc.aio.ServicerContext[pb.GetHealthTrendRequest, pb.GetHealthTrendResponse],
    ) -> pb.GetHealthTrendResponse:
        days = request.days or DEFAULT_TREND_DAYS
        if not 1 <= days <= MAX_TREND_DAYS:
            raise errors.InvalidArgument(
                errors.FieldViolation("days", f"must be between 1 and {MAX_TREND_DAYS}")
            )
        since = int(time.time()) - days * SECONDS_PER_DAY
        points = await self._projects.read(
            request.project,
            "project",
            summaries.health_trend,
            request.metric_name or "health_score",
            since,
        )
        return pb.GetHealthTrendResponse(
            points=[pb.TrendPoint(recorded_at=at, value=value) for at, value in points]
        )

    async def Scan(
        self,
        request: pb.ScanRequest,
        context: grpc.aio.ServicerContext[pb.ScanRequest, pb.ScanResponse],
    ) -> AsyncIterator[pb.ScanResponse]:
        options = _discovery_options(request.options)
        async with self._projects.lease(request.project, "project") as project:
            requested = request.root or (await project.storage.reads.run(read_details)).root
            if not requested:
                raise errors.InvalidArgument(
                    errors.FieldViolation(
                        "root", "is required: the project has no root yet (a first scan sets it)"
                    )
                )
            root = project.scans.resolve_root(requested)
            with self._projects.scan_slot(project):
                async for event in project.scans.scan(
                    root, options, request.options.force_full, request.replace_root
                ):
                    yield _scan_event(event)

    async def CancelScan(
        self,
        request: pb.CancelScanRequest,
        context: grpc.aio.ServicerContext[pb.CancelScanRequest, pb.CancelScanResponse],
    ) -> pb.CancelScanResponse:
        async with self._projects.lease(request.project, "project") as project:
            return pb.CancelScanResponse(cancelled=project.scans.cancel(request.scan_id))

    async def ListScanHistory(
        self,
        request: pb.ListScanHistoryRequest,
        context: grpc.aio.ServicerContext[pb.ListScanHistoryRequest, pb.ListScanHistoryResponse],
    ) -> pb.ListScanHistoryResponse:
        status = choices.choice(request.status, "status", scan_history.STATUSES)
        keys = pagination.Keyset(
            "ListScanHistory",
            (int,),  # [id of the last scan returned]
            request.page_size,
            request.page_token,
            project=names.parse_name(request.parent, "parent"),
            status=status,
        )
        before = keys.after[0] if keys.after else None
        rows, total = await self._projects.read(
            request.parent, "parent", _history_page, status, before, keys.limit
        )
        page, token = keys.page(rows, lambda row: [row.id])
        return pb.ListScanHistoryResponse(
            scans=[_history_message(row) for row in page], next_page_token=token, total_size=total
        )

    async def Checkpoint(
        self,
        request: pb.CheckpointRequest,
        context: grpc.aio.ServicerContext[pb.CheckpointRequest, pb.CheckpointResponse],
    ) -> pb.CheckpointResponse:
        async with self._projects.lease(request.project, "project") as project:
            written = await project.storage.writer.execute_bare("checkpoint", checkpoint)
        done: Checkpointed = written.value
        return pb.CheckpointResponse(**done._asdict())


def _history_page(
    conn: apsw.Connection, status: str | None, before: int | None, limit: int
) -> tuple[list[scan_history.HistoryEntry], int]:
    """A page of scans and the count of all matching (one read transaction: ``ReadPool``)."""
    return scan_history.history(conn, status, before, limit), scan_history.history_count(
        conn, status
    )
