"""What the benchmarks share: a drift service process, RSS sampling and report helpers."""

from __future__ import annotations

import asyncio
import re
import select
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import psutil

RSS_INTERVAL_S = 0.02
START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 30.0

T = TypeVar("T")


class BenchmarkError(Exception):
    """Something is broken: the figures of this run would be meaningless."""


@dataclass
class Service:
    """A ``drift`` service started as ``services.cli.main serve drift`` on a free port."""

    process: subprocess.Popen[str]
    port: int
    log: Path

    @classmethod
    def start(cls, db: Path, log: Path, scan_root: Path | None = None) -> Service:
        """Start the service and wait for its ``drift listening on HOST:PORT`` line.

        With ``scan_root`` the service may scan that directory (``--allowed-roots``).
        """
        command = [sys.executable, "-m", "services.cli.main", "serve", "drift"]
        command += ["--port", "0", "--db", str(db)]
        if scan_root is not None:
            command += ["--allowed-roots", str(scan_root)]
        with log.open("w") as stderr:
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, text=True)
        ready, _, _ = select.select([process.stdout], [], [], START_TIMEOUT_S)
        line = process.stdout.readline() if ready and process.stdout else ""
        match = re.match(r"drift listening on \S+:(\d+) ", line)
        service = cls(process, int(match.group(1)) if match else 0, log)
        if not service.port:
            service.kill()
            raise BenchmarkError(f"the service did not start (stdout {line!r}){service.log_tail()}")
        return service

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def terminate(self) -> tuple[int, float]:
        """SIGTERM, then wait: the exit status and the seconds the shutdown took."""
        started = time.perf_counter()
        self.process.send_signal(signal.SIGTERM)
        try:
            status = self.process.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.kill()
            raise BenchmarkError(
                f"the service ignored SIGTERM for {STOP_TIMEOUT_S:.0f} s"
            ) from None
        return status, time.perf_counter() - started

    def measured(self, measure: Callable[[Service], Coroutine[Any, Any, T]]) -> tuple[T, float]:
        """Run ``measure(self)``, then stop the service with SIGTERM.

        Returns what ``measure`` returned and the seconds the shutdown took; the service must
        exit 0 (else BenchmarkError). On any failure the process is killed.
        """
        try:
            result = asyncio.run(measure(self))
            status, stop_s = self.terminate()
        except BaseException:
            self.kill()
            raise
        if status != 0:
            raise BenchmarkError(f"the service exited {status} after SIGTERM{self.log_tail()}")
        return result, stop_s

    def kill(self) -> None:
        """Stop the process at once if it still runs (cleanup after a failure)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def log_tail(self, lines: int = 20) -> str:
        """The end of the service's stderr, to explain a failure."""
        text = self.log.read_text(errors="replace").splitlines()[-lines:]
        return "".join(f"\n  | {line}" for line in text)


@dataclass
class RssSamples:
    """RSS of a process sampled over an interval, in bytes."""

    first: int
    peak: int
    count: int = 1

    def add(self, rss: int) -> None:
        self.peak = max(self.peak, rss)
        self.count += 1


@contextmanager
def sample_rss(pid: int) -> Iterator[RssSamples]:
    """Sample the RSS of ``pid`` every ``RSS_INTERVAL_S`` from a thread while the block runs."""
    process = psutil.Process(pid)
    rss = process.memory_info().rss
    samples = RssSamples(rss, rss)
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(RSS_INTERVAL_S):
            samples.add(process.memory_info().rss)

    sampler = threading.Thread(target=sample, name="rss-sampler", daemon=True)
    sampler.start()
    try:
        yield samples
    finally:
        stop.set()
        sampler.join()
        samples.add(process.memory_info().rss)


def percentile(values: list[float], p: int) -> float:
    """The ``p``-th percentile of ``values``."""
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def verdict(met: bool, target: str) -> str:
    """``(target ...: met)`` or ``(target ...: MISSED)``."""
    return f"(target {target}: {'met' if met else 'MISSED'})"
