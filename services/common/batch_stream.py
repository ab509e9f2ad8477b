"""Streaming ingest: a client stream of batches becomes one writer command per batch.

Batches are submitted as they arrive, up to ``IN_FLIGHT_BATCHES`` ahead of their
acknowledgements, and acknowledged in order once their transaction committed. Each batch's
command follows the previous one's (``after``), so the writer refuses every batch after one that
failed, for whatever reason, even those already queued. The first batch that fails ends the
stream at once with an error naming it (``batchIndex`` in the ErrorInfo metadata), whatever the
client is still sending.
"""

from __future__ import annotations

import asyncio
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


def failing_operation(exc: errors.StorageError) -> Operation:
    """An operation that fails with ``exc`` in the writer, so that the error names its batch."""

    def run(conn: apsw.Connection) -> WriteResult:
        raise exc

    return run


async def peek(requests: AsyncIterator[Request]) -> tuple[Request | None, AsyncIterator[Request]]:
    """The stream's first request (None when it is empty) and the whole stream, first included:
    a stream's first request names the project the stream writes to."""
    try:
        first = await anext(requests)
    except StopAsyncIteration:
        return None, requests

    async def again() -> AsyncIterator[Request]:
        yield first
        async for request in requests:
            yield request

    return first, again()


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
    pending: asyncio.Queue[Future[WriteResult] | None] = asyncio.Queue(IN_FLIGHT_BATCHES)

    async def submit() -> None:
        """Submit every request, then put None; when cancelled, put nothing."""
        previous: Future[WriteResult] | None = None
        try:
            async for request in requests:
                previous = await writer.submit_async(command, operation(request), previous)
                await pending.put(previous)
        except asyncio.CancelledError:
            # The consumer has stopped reading ``pending``: waiting there for room would never
            # end (the hang of a failing batch with IN_FLIGHT_BATCHES batches behind it).
            raise
        except BaseException:
            await pending.put(None)  # the consumer reads on until None, then sees the error
            raise
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
        try:
            await producer  # re-raises a failure of the request stream itself
        except errors.StorageError as exc:  # the writer refused the next batch
            raise batch_error(exc, index) from exc
    finally:
        producer.cancel()
        await asyncio.wait([producer])  # a cancelled producer ends at once; raises nothing
        if not producer.cancelled():
            producer.exception()  # retrieved: already raised above, or superseded by ours
