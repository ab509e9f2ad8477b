"""Benchmark of ``IngestFileMetadata``: what the gRPC service costs over writing SQLite directly.

One run measures, on fresh database files in a temporary directory:

a. Baseline: 200,000 synthetic ``file_metadata`` rows upserted in this process with apsw
   ``executemany`` of ``files.UPSERT``, one ``BEGIN IMMEDIATE ... COMMIT`` per 1,000 rows, on a
   connection opened and migrated by the project's own code (same pragmas as the service).
b. The same rows streamed to a ``drift`` service process through ``IngestFileMetadata`` in columnar
   batches of 1,000 rows, from opening the stream until the last acknowledgement (sent after
   COMMIT). The ratio b/a says how much of SQLite's write speed survives the service (target
   >= 0.8); the service's peak RSS is sampled during (b) (target < 300 MB).
c. ``ListFiles`` latency (first page of 100, language filter) with the service idle, then while
   another process streams fresh rows into it: the single writer must not starve readers
   (target p99 loaded / p99 idle <= 2).

The row count is verified after (b) and, with apsw, after the service has stopped. Targets that are
missed are reported, not asserted: the exit status is non-zero only when something is broken.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import re
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

import apsw
import grpc
import psutil

from services.common.database import Database
from services.common.migrations import migrate
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from services.drift_storage.files import UPSERT
from services.drift_storage.service import SCHEMA

ROWS = 200_000
BATCH_ROWS = 1_000
LANGUAGES = ("Python", "Rust", "TypeScript", "Go", "Java")
# Every read filters on this language. The concurrent ingest of (c) writes only the other ones, so
# each read, idle or loaded, finds the same 40,000 matching rows and differs only by the load.
READ_LANGUAGE = "Python"
LOAD_LANGUAGES = tuple(language for language in LANGUAGES if language != READ_LANGUAGE)
READS = 300
WARMUP_READS = 20
PAGE_SIZE = 100
# The concurrent ingest stops when the reads are done; this cap only bounds a runaway run.
MAX_LOAD_ROWS = 3_000_000
RSS_INTERVAL_S = 0.02
START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 30.0

TARGET_RATIO = 0.8
TARGET_RSS_MB = 300
TARGET_P99_RATIO = 2.0

MTIME_BASE = 1_700_000_000
SCANNED_AT = 1_760_000_000

Row = tuple[str, str, int, bytes, int, int, int, int]


class BenchmarkError(Exception):
    """Something is broken: the figures of this run would be meaningless."""


# -- data --------------------------------------------------------------------------------------


def file_rows(start: int, count: int, languages: Sequence[str] = LANGUAGES) -> list[Row]:
    """Rows ``start .. start + count`` in ``UPSERT`` column order; the same on every run."""
    return [
        (
            f"src/pkg{i // 1000}/file{i}.py",
            languages[i % len(languages)],
            256 + (i * 37) % 200_000,
            (i * 0x9E3779B97F4A7C15 % 2**64).to_bytes(8, "little"),
            MTIME_BASE + i,
            (i * 7919) % 1_000_000_000,
            SCANNED_AT,
            50 + i % 5_000,
        )
        for i in range(start, start + count)
    ]


def batch_request(rows: Sequence[Row]) -> pb.IngestFileMetadataRequest:
    """One columnar ``IngestFileMetadata`` request holding ``rows``."""
    path, language, size, content_hash, secs, nanos, scanned, duration = zip(*rows, strict=True)
    return pb.IngestFileMetadataRequest(
        files=pb.FileMetadataColumns(
            path=path,
            language=language,
            file_size=size,
            content_hash=content_hash,
            mtime_secs=secs,
            mtime_nanos=nanos,
            last_scanned_at=scanned,
            scan_duration_us=duration,
        )
    )


def chunks(rows: Sequence[Row], size: int = BATCH_ROWS) -> Iterator[Sequence[Row]]:
    """Consecutive slices of ``size`` rows."""
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


# -- (a) baseline ------------------------------------------------------------------------------


def ingest_direct(rows: Sequence[Row], db: Path) -> float:
    """Seconds to upsert ``rows`` into a freshly migrated ``db``, one transaction per batch."""
    conn = Database.at(db).open_writer()
    try:
        migrate(conn, SCHEMA)
        started = time.perf_counter()
        for batch in chunks(rows):
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(UPSERT, batch)
            conn.execute("COMMIT")
        elapsed = time.perf_counter() - started
    finally:
        conn.close()
    if (count := count_rows(db)) != len(rows):
        raise BenchmarkError(f"baseline database holds {count:,} rows, expected {len(rows):,}")
    return elapsed


def count_rows(db: Path, language: str | None = None) -> int:
    """Rows of ``file_metadata`` in ``db`` (of one language if given), read with apsw."""
    conn = apsw.Connection(str(db), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        if language is None:
            return conn.execute("SELECT COUNT(*) FROM file_metadata").get
        return conn.execute("SELECT COUNT(*) FROM file_metadata WHERE language = ?", (language,)).get
    finally:
        conn.close()


# -- the service process -----------------------------------------------------------------------


@dataclass
class Service:
    """A ``drift`` service started as ``services.cli.main serve drift`` on a free port."""

    process: subprocess.Popen[str]
    port: int
    log: Path

    @classmethod
    def start(cls, db: Path, log: Path) -> Service:
        """Start the service and wait for its ``drift listening on HOST:PORT`` line."""
        command = [sys.executable, "-m", "services.cli.main", "serve", "drift"]
        command += ["--port", "0", "--db", str(db)]
        with log.open("w") as stderr:
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, text=True)
        service = cls(process, 0, log)
        ready, _, _ = select.select([process.stdout], [], [], START_TIMEOUT_S)
        line = process.stdout.readline() if ready and process.stdout else ""
        match = re.match(r"drift listening on \S+:(\d+) ", line)
        if not match:
            service.kill()
            raise BenchmarkError(f"the service did not start (stdout {line!r}){service.log_tail()}")
        service.port = int(match.group(1))
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
            raise BenchmarkError(f"the service ignored SIGTERM for {STOP_TIMEOUT_S:.0f} s") from None
        return status, time.perf_counter() - started

    def kill(self) -> None:
        """Stop the process at once if it still runs (cleanup after a failure)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def log_tail(self, lines: int = 20) -> str:
        """The end of the service's stderr, to explain a failure."""
        text = self.log.read_text(errors="replace").splitlines()[-lines:]
        return "".join(f"\n  | {line}" for line in text)


@contextmanager
def peak_rss(pid: int) -> Iterator[list[int]]:
    """Sample the RSS of ``pid`` every ``RSS_INTERVAL_S`` in a thread; yields ``[peak_bytes]``."""
    process = psutil.Process(pid)
    peak = [process.memory_info().rss]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(RSS_INTERVAL_S):
            peak[0] = max(peak[0], process.memory_info().rss)

    sampler = threading.Thread(target=sample, name="rss-sampler", daemon=True)
    sampler.start()
    try:
        yield peak
    finally:
        stop.set()
        sampler.join()
        peak[0] = max(peak[0], process.memory_info().rss)


# -- gRPC client -------------------------------------------------------------------------------


async def ingest_stream(
    stub: drift_storage_pb2_grpc.DriftStorageServiceStub,
    requests: Any,
) -> int:
    """Stream ``requests`` (an iterable or async iterable); returns the rows acknowledged."""
    total = 0
    async for ack in stub.IngestFileMetadata(requests):
        total = ack.total_rows_written
    return total


async def list_latencies(stub: drift_storage_pb2_grpc.DriftStorageServiceStub, n: int) -> list[float]:
    """Milliseconds of ``n`` sequential ``ListFiles`` first-page reads of ``READ_LANGUAGE``."""
    request = pb.ListFilesRequest(page_size=PAGE_SIZE, language=READ_LANGUAGE)
    latencies = []
    for _ in range(n):
        started = time.perf_counter()
        response = await stub.ListFiles(request)
        latencies.append((time.perf_counter() - started) * 1000)
        if len(response.files) != PAGE_SIZE:
            raise BenchmarkError(f"ListFiles returned {len(response.files)} files, not {PAGE_SIZE}")
    return latencies


async def file_count(stub: drift_storage_pb2_grpc.DriftStorageServiceStub) -> int:
    """``file_count`` of ``GetFileSummary``."""
    return (await stub.GetFileSummary(pb.GetFileSummaryRequest())).file_count


# -- (c) concurrent load -----------------------------------------------------------------------


def load_process(address: str, started: Event, stop: Event, rows: Synchronized[int]) -> None:
    """Entry point of the loader process: stream fresh rows until ``stop``; store the count."""
    rows.value = asyncio.run(load_until(address, started, stop))


async def load_until(address: str, started: Event, stop: Event) -> int:
    """Stream batches of fresh paths (rows ``ROWS`` onwards) until ``stop`` is set.

    Batches are built on the fly, in this process, so that the reads' process does no work for
    the load. ``started`` is set at the first acknowledgement: the writer is busy from then on.
    """

    async def requests() -> AsyncIterator[pb.IngestFileMetadataRequest]:
        for start in range(ROWS, ROWS + MAX_LOAD_ROWS, BATCH_ROWS):
            if stop.is_set():
                return
            yield batch_request(file_rows(start, BATCH_ROWS, LOAD_LANGUAGES))

    total = 0
    async with grpc.aio.insecure_channel(address) as channel:
        stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
        async for ack in stub.IngestFileMetadata(requests()):
            total = ack.total_rows_written
            started.set()
    return total


async def loaded_latencies(address: str, stub: drift_storage_pb2_grpc.DriftStorageServiceStub):
    """``READS`` ListFiles latencies while another process ingests; returns them and its rows."""
    context = multiprocessing.get_context("spawn")  # no fork: gRPC's threads do not survive it
    started, stop, rows = context.Event(), context.Event(), context.Value("q", -1)
    loader = context.Process(
        target=load_process, args=(address, started, stop, rows), name="loader", daemon=True
    )
    loader.start()
    try:
        if not await asyncio.to_thread(started.wait, START_TIMEOUT_S):
            raise BenchmarkError("the concurrent ingest did not get its first acknowledgement")
        latencies = await list_latencies(stub, READS)
        if not loader.is_alive():
            raise BenchmarkError("the concurrent ingest ended before the reads: no overlap")
    finally:
        stop.set()
        await asyncio.to_thread(loader.join, STOP_TIMEOUT_S)
        if loader.is_alive():
            loader.kill()
    if loader.exitcode != 0 or rows.value < 0:
        raise BenchmarkError(f"the concurrent ingest failed (exit code {loader.exitcode})")
    return latencies, rows.value


# -- the run -----------------------------------------------------------------------------------


@dataclass
class ServiceFigures:
    """What the run against the service measured."""

    seconds: float
    peak_rss: int
    idle_ms: list[float]
    loaded_ms: list[float]
    load_rows: int
    exit_status: int
    stop_seconds: float


async def measure_service(
    service: Service, requests: list[pb.IngestFileMetadataRequest]
) -> tuple[float, int, list[float], list[float], int]:
    """(b) then (c) against a running service: ingest time, peak RSS, latencies, load rows."""
    async with grpc.aio.insecure_channel(service.address) as channel:
        stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
        await file_count(stub)  # connects the channel before the clock starts
        with peak_rss(service.process.pid) as peak:
            started = time.perf_counter()
            acknowledged = await ingest_stream(stub, requests)
            seconds = time.perf_counter() - started
        if acknowledged != ROWS or (count := await file_count(stub)) != ROWS:
            raise BenchmarkError(f"{acknowledged:,} rows acknowledged, {count:,} stored, not {ROWS:,}")
        await list_latencies(stub, WARMUP_READS)
        idle = await list_latencies(stub, READS)
        loaded, load_rows = await loaded_latencies(service.address, stub)
    return seconds, peak[0], idle, loaded, load_rows


def run_service(db: Path, requests: list[pb.IngestFileMetadataRequest]) -> ServiceFigures:
    """Start the service, measure (b) and (c), stop it with SIGTERM and check the stored rows."""
    service = Service.start(db, db.with_suffix(".log"))
    try:
        seconds, rss, idle, loaded, load_rows = asyncio.run(measure_service(service, requests))
        status, stop_seconds = service.terminate()
    except BaseException:
        service.kill()
        raise
    if status != 0:
        raise BenchmarkError(f"the service exited {status} after SIGTERM{service.log_tail()}")
    if (stored := count_rows(db)) != ROWS + load_rows:
        raise BenchmarkError(f"{stored:,} rows stored, expected {ROWS:,} + {load_rows:,}")
    if (matching := count_rows(db, READ_LANGUAGE)) != ROWS // len(LANGUAGES):
        raise BenchmarkError(f"{matching:,} {READ_LANGUAGE} rows, the concurrent ingest added some")
    return ServiceFigures(seconds, rss, idle, loaded, load_rows, status, stop_seconds)


def percentile(values: list[float], p: int) -> float:
    """The ``p``-th percentile of ``values``."""
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def verdict(met: bool, target: str) -> str:
    return f"(target {target}: {'met' if met else 'MISSED'})"


def report(direct_s: float, build_s: float, figures: ServiceFigures) -> None:
    """Print one line per figure, each with its target and whether it was met."""
    direct_rate, grpc_rate = ROWS / direct_s, ROWS / figures.seconds
    ratio = grpc_rate / direct_rate
    rss_mb = figures.peak_rss / 2**20
    idle = percentile(figures.idle_ms, 50), percentile(figures.idle_ms, 99)
    loaded = percentile(figures.loaded_ms, 50), percentile(figures.loaded_ms, 99)
    p99_ratio = loaded[1] / idle[1]
    print(f"IngestFileMetadata benchmark: {ROWS:,} rows in batches of {BATCH_ROWS:,}, ", end="")
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print(f"(a) apsw executemany, in process:  {direct_rate:9,.0f} rows/s  ({direct_s:.2f} s)")
    print(
        f"(b) ingest via gRPC:               {grpc_rate:9,.0f} rows/s  ({figures.seconds:.2f} s)"
        f"   ratio b/a = {ratio:.2f} {verdict(ratio >= TARGET_RATIO, f'>= {TARGET_RATIO}')}"
    )
    print(
        f"    {ROWS // BATCH_ROWS} request messages pre-built before the clock "
        f"({build_s * 1000:.0f} ms, not timed); serialization, transport, service timed"
    )
    print(
        f"service peak RSS during (b):       {rss_mb:9.0f} MB "
        f"{verdict(rss_mb < TARGET_RSS_MB, f'< {TARGET_RSS_MB} MB')}"
    )
    print(
        f"ListFiles idle ({READS} reads):        p50 {idle[0]:6.2f} ms   p99 {idle[1]:6.2f} ms"
        f"   (page of {PAGE_SIZE}, language {READ_LANGUAGE}, {ROWS:,} rows stored)"
    )
    print(
        f"ListFiles during ingest:           p50 {loaded[0]:6.2f} ms   p99 {loaded[1]:6.2f} ms"
        f"   p99 loaded/idle = {p99_ratio:.2f} {verdict(p99_ratio <= TARGET_P99_RATIO, '<= 2')}"
    )
    print(f"    concurrent ingest from another process: {figures.load_rows:,} fresh rows")
    print(
        f"SIGTERM: service exited {figures.exit_status} in {figures.stop_seconds:.2f} s; "
        f"{ROWS + figures.load_rows:,} rows verified with apsw"
    )


def main() -> int:
    rows = file_rows(0, ROWS)
    started = time.perf_counter()
    requests = [batch_request(batch) for batch in chunks(rows)]
    build_s = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        try:
            direct_s = ingest_direct(rows, Path(tmp) / "direct.db")
            figures = run_service(Path(tmp) / "service.db", requests)
        except BenchmarkError as exc:
            print(f"benchmark broken: {exc}", file=sys.stderr)
            return 1
    report(direct_s, build_s, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
