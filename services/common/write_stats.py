"""Counters kept by the writer thread, and their snapshot for the GetWriteStats RPCs."""

from __future__ import annotations

import threading
from collections import Counter, deque
from dataclasses import dataclass, field

from services.contracts.drift.common.v1 import write_stats_pb2

LATENCY_WINDOW = 4096


@dataclass(frozen=True)
class Latency:
    """Percentiles in milliseconds over the most recent samples."""

    samples: int = 0
    p50_ms: float = 0.0
    p90_ms: float = 0.0
    p99_ms: float = 0.0
    max_ms: float = 0.0

    @classmethod
    def of(cls, samples_ms: list[float]) -> Latency:
        if not samples_ms:
            return cls()
        ordered = sorted(samples_ms)

        def at(fraction: float) -> float:
            return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]

        return cls(len(ordered), at(0.50), at(0.90), at(0.99), ordered[-1])


@dataclass(frozen=True)
class WriteStatsSnapshot:
    """A consistent copy of the writer's counters."""

    rows: dict[tuple[str, str], int]
    commands_committed: int
    commands_failed: int
    transactions_committed: int
    transactions_failed: int
    queue_depth: int
    queue_capacity: int
    queue_depth_max: int
    commit_latency: Latency
    ack_latency: Latency


@dataclass
class WriteCounters:
    """Mutable counters, updated by the writer thread under a lock."""

    rows: Counter[tuple[str, str]] = field(default_factory=Counter)
    commands_committed: int = 0
    commands_failed: int = 0
    transactions_committed: int = 0
    transactions_failed: int = 0
    commit_ms: deque[float] = field(default_factory=lambda: deque(maxlen=LATENCY_WINDOW))
    ack_ms: deque[float] = field(default_factory=lambda: deque(maxlen=LATENCY_WINDOW))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def snapshot(self, queue_depth: int, capacity: int, depth_max: int) -> WriteStatsSnapshot:
        with self.lock:
            return WriteStatsSnapshot(
                rows=dict(self.rows),
                commands_committed=self.commands_committed,
                commands_failed=self.commands_failed,
                transactions_committed=self.transactions_committed,
                transactions_failed=self.transactions_failed,
                queue_depth=queue_depth,
                queue_capacity=capacity,
                queue_depth_max=depth_max,
                commit_latency=Latency.of(list(self.commit_ms)),
                ack_latency=Latency.of(list(self.ack_ms)),
            )


def write_stats_message(snapshot: WriteStatsSnapshot) -> write_stats_pb2.WriteStats:
    """The ``drift.common.v1.WriteStats`` message for a snapshot."""

    def latency(value: Latency) -> write_stats_pb2.LatencySummary:
        return write_stats_pb2.LatencySummary(
            samples=value.samples,
            p50_ms=value.p50_ms,
            p90_ms=value.p90_ms,
            p99_ms=value.p99_ms,
            max_ms=value.max_ms,
        )

    return write_stats_pb2.WriteStats(
        tables=[
            write_stats_pb2.TableWriteCount(table=table, operation=operation, rows=rows)
            for (table, operation), rows in sorted(snapshot.rows.items())
        ],
        commands_committed=snapshot.commands_committed,
        commands_failed=snapshot.commands_failed,
        transactions_committed=snapshot.transactions_committed,
        transactions_failed=snapshot.transactions_failed,
        queue_depth=snapshot.queue_depth,
        queue_capacity=snapshot.queue_capacity,
        queue_depth_max=snapshot.queue_depth_max,
        commit_latency=latency(snapshot.commit_latency),
        ack_latency=latency(snapshot.ack_latency),
    )
