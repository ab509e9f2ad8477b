"""gRPC servicer of ``drift.storage.v1.DriftStorageService``: translation between messages and
the storage code in ``files`` and ``file_batches``; errors are mapped by the interceptor."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from concurrent.futures import Future

import apsw
import grpc

from services.common import errors, pagination
from services.common.error_mapping import as_storage_error
from services.common.server import Storage
from services.common.write_stats import write_stats_message
from services.common.writer import Operation, WriteResult
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from services.drift_storage import files
from services.drift_storage.file_batches import ingest_operation

# Batches of one stream submitted to the writer but not yet acknowledged to the client.
IN_FLIGHT_BATCHES = 8


class _Stream:
    """Per-stream state shared with its commands in the writer thread."""

    def __init__(self) -> None:
        self.failed = False

    def guard(self, operation: Operation) -> Operation:
        """Skip the operation if an earlier batch of this stream failed; record a failure."""

        def run(conn: apsw.Connection) -> WriteResult:
            if self.failed:
                raise errors.Aborted("not applied: an earlier batch of this stream failed")
            try:
                return operation(conn)
            except Exception:
                self.failed = True
                raise

        return run


def _batch_error(exc: BaseException, index: int) -> errors.StorageError:
    err = as_storage_error(exc)
    err.metadata["batchIndex"] = str(index)
    err.message = f"batch {index}: {err.message}"
    return err


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


class DriftStorageServicer(drift_storage_pb2_grpc.DriftStorageServiceServicer):
    def __init__(self, storage: Storage) -> None:
        self._writer = storage.writer
        self._reads = storage.reads

    async def IngestFileMetadata(
        self,
        request_iterator: AsyncIterator[pb.IngestFileMetadataRequest],
        context: grpc.aio.ServicerContext,
    ) -> AsyncIterator[pb.IngestFileMetadataResponse]:
        # Batches are submitted as they arrive (up to IN_FLIGHT_BATCHES ahead of their acks) and
        # acknowledged in order once committed. Each command validates its own batch in the
        # writer; the first failure ends the stream and makes the stream's later commands skip.
        stream = _Stream()
        pending: asyncio.Queue[Future[WriteResult] | None] = asyncio.Queue(IN_FLIGHT_BATCHES)

        async def submit_batches() -> None:
            try:
                async for request in request_iterator:
                    await pending.put(
                        await self._writer.submit_async(
                            "ingest_file_metadata", stream.guard(ingest_operation(request.files))
                        )
                    )
            finally:
                await pending.put(None)

        producer = asyncio.create_task(submit_batches())
        total = index = 0
        try:
            while (future := await pending.get()) is not None:
                try:
                    result = await asyncio.wrap_future(future)
                except Exception as exc:
                    raise _batch_error(exc, index) from exc
                total += result.total_rows
                yield pb.IngestFileMetadataResponse(
                    batch_index=index, rows_written=result.total_rows, total_rows_written=total
                )
                index += 1
            await producer  # re-raises a failure of the request stream itself
        finally:
            producer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await producer

    async def ListFiles(
        self, request: pb.ListFilesRequest, context: grpc.aio.ServicerContext
    ) -> pb.ListFilesResponse:
        size = pagination.page_size(request.page_size)
        query = pagination.fingerprint(method="ListFiles", language=request.language)
        cursor = pagination.decode_token(request.page_token, query)
        rows = await self._reads.run(
            files.list_files, request.language or None, cursor[0] if cursor else None, size + 1
        )
        token = pagination.encode_token([rows[size - 1].path], query) if len(rows) > size else ""
        return pb.ListFilesResponse(
            files=[_file_message(row) for row in rows[:size]], next_page_token=token
        )

    async def GetFileSummary(
        self, request: pb.GetFileSummaryRequest, context: grpc.aio.ServicerContext
    ) -> pb.GetFileSummaryResponse:
        summary = await self._reads.run(files.summarize)
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
        self, request: pb.GetWriteStatsRequest, context: grpc.aio.ServicerContext
    ) -> pb.GetWriteStatsResponse:
        return pb.GetWriteStatsResponse(stats=write_stats_message(self._writer.stats()))
