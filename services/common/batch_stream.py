"""Streaming ingest: a client stream of batches becomes one writer command per batch.

Batches are submitted as they arrive, up to ``IN_FLIGHT_BATCHES`` ahead of their
acknowledgements, and acknowledged in order once their transaction committed. The first batch
that fails ends the stream with an error naming it (``batchIndex`` in the ErrorInfo metadata);
the stream's later commands, possibly already queued, are skipped by the writer, so nothing after
a failed batch is applied.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from concurrent.futures import Future
from typing import TypeVar

import apsw

from services.common import errors
from services.common.error_mapping import as_storage_error
from services.common.writer import Operation, Writer, WriteResult

Request = TypeVar("Request")
Response = TypeVar("Response")

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


def batch_error(exc: BaseException, index: int) -> errors.StorageError:
    """``exc`` as a StorageError naming batch ``index``."""
    err = as_storage_error(exc)
    err.metadata["batchIndex"] = str(index)
    err.message = f"batch {index}: {err.message}"
    return err


async def ingest_batches(
    writer: Writer,
    requests: AsyncIterator[Request],
    command: str,
    operation: Callable[[Request], Operation],
    acknowledge: Callable[[int, WriteResult], Response],
) -> AsyncIterator[Response]:
    """Write each request's ``operation`` and yield ``acknowledge(index, result)`` in order."""
    stream = _Stream()
    pending: asyncio.Queue[Future[WriteResult] | None] = asyncio.Queue(IN_FLIGHT_BATCHES)

    async def submit() -> None:
        try:
            async for request in requests:
                await pending.put(
                    await writer.submit_async(command, stream.guard(operation(request)))
                )
        finally:
            await pending.put(None)

    producer = asyncio.create_task(submit())
    index = 0
    try:
        while (future := await pending.get()) is not None:
            try:
                result = await asyncio.wrap_future(future)
            except Exception as exc:
                raise batch_error(exc, index) from exc
            yield acknowledge(index, result)
            index += 1
        await producer  # re-raises a failure of the request stream itself
    finally:
        producer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await producer
