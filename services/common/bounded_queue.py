"""A bounded FIFO between producers (threads or asyncio tasks) and one consumer thread.

A full queue makes producers wait: a thread blocks in ``put``; a coroutine awaits in
``put_async`` without blocking its event loop, so backpressure reaches a gRPC stream as a
paused read instead of memory growth.
"""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from typing import Generic, TypeVar

T = TypeVar("T")


class QueueClosed(Exception):
    """Raised to producers once ``close`` has been called."""


class BoundedQueue(Generic[T]):
    """FIFO with a capacity, blocking and async producers, and a single blocking consumer."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.max_depth = 0
        self._items: deque[T] = deque()
        self._lock = threading.Lock()
        self._not_empty = threading.Condition(self._lock)
        self._not_full = threading.Condition(self._lock)
        self._async_waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self._closed = False

    def __len__(self) -> int:
        return len(self._items)

    def _append(self, item: T) -> None:
        if self._closed:
            raise QueueClosed
        self._items.append(item)
        self.max_depth = max(self.max_depth, len(self._items))
        self._not_empty.notify()

    def put(self, item: T) -> None:
        """Append ``item``, blocking the calling thread while the queue is full."""
        with self._not_full:
            while len(self._items) >= self.capacity and not self._closed:
                self._not_full.wait()
            self._append(item)

    async def put_async(self, item: T) -> None:
        """Append ``item``, awaiting (without blocking the loop) while the queue is full."""
        loop = asyncio.get_running_loop()
        while True:
            with self._lock:
                if len(self._items) < self.capacity or self._closed:
                    self._append(item)
                    return
                waiter = loop.create_future()
                self._async_waiters.append((loop, waiter))
            await waiter

    @property
    def closed(self) -> bool:
        return self._closed

    def get(self, timeout: float | None = None) -> T | None:
        """Remove and return the oldest item.

        Returns None when ``timeout`` passes with the queue empty, or at once when the queue is
        closed and drained.
        """
        with self._not_empty:
            self._not_empty.wait_for(lambda: self._items or self._closed, timeout)
            if not self._items:
                return None
            item = self._items.popleft()
            self._wake_producers()
            return item

    def drain(self) -> list[T]:
        """Remove and return every queued item at once (waiting producers wake up)."""
        with self._lock:
            items = list(self._items)
            self._items.clear()
            self._wake_producers()
            return items

    def close(self) -> None:
        """Refuse further items; waiting producers wake up and get ``QueueClosed``."""
        with self._lock:
            self._closed = True
            self._not_empty.notify_all()
            self._wake_producers()

    def _wake_producers(self) -> None:
        self._not_full.notify_all()
        waiters, self._async_waiters = self._async_waiters, []
        for loop, waiter in waiters:
            if not loop.is_closed():
                loop.call_soon_threadsafe(_resolve, waiter)


def _resolve(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)
