"""Benchmark of ``Scan``: the project's installed Python packages scanned through the service.

A scan (``services.drift_storage.scan.scanner``) walks a tree with ``discovery.discover``, reads and
hashes the new and changed files, and sends their ``file_metadata`` rows to the writer thread; a
file whose size and mtime are unchanged is not read. Once a tree is recorded, a rescan is what a
client pays on every run, so it should cost little more than listing the tree. This measures that
on a real tree: the ``site-packages`` directory of the virtual environment running the benchmark
(``site.getsitepackages()`` under ``sys.prefix``), as installed. One run:

(a) Baseline: a bare walk of the tree in this process, ``os.scandir`` recursively and ``stat`` of
    every regular file, entering no directory named in ``discovery.DEFAULT_EXCLUDES`` and
    following no symbolic link, as a scan does: the same directories and files. No sorting, no
    ignore rules, nothing recorded. Median of ``WALKS``.
(b) No-change rescans of the tree through the ``Scan`` RPC of a ``drift`` service process
    (``services.cli.main serve drift``), into the database that (c) filled: every file is
    unchanged. Timed from the request to the summary. Median of ``RESCANS``. Target: b/a <= 1.5.
    The service's CPU time per thread (utime + stime of ``/proc/PID/task/*/stat``, read through
    psutil) is taken before and after them, to tell where a rescan spends it.
(c) The first scan, on a fresh database, before (b): every file read and hashed, and whatever
    else the service's scanner does with a new file. Timed as (b); the service's RSS is sampled
    every 20 ms meanwhile (no target).
(d) Parsing: reported only when the summary of (c) has a non-zero ``parse_ms`` (see
    ``parse_figures``), left out otherwise.

Every rate is over the same count: the files a scan lists (the walk's count, files over the 1 MiB
limit included), checked against the scan's own counts. The contents of the tree are read once
before any clock, so (c) finds them in the page cache as (a) and (b) find the metadata: the
figures are the code's, not the disk's. Missed targets are reported, not asserted: the exit status
is non-zero only when something is broken.
"""

from __future__ import annotations

import os
import site
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import grpc
import psutil

from bench.harness import BenchmarkError, RssSamples, Service, sample_rss, verdict
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from services.drift_storage.scan.discovery import DEFAULT_EXCLUDES, DEFAULT_MAX_FILE_SIZE

WALKS = 21  # odd: the median is one of them
RESCANS = 21
TARGET_RATIO = 1.5

EXCLUDED = frozenset(DEFAULT_EXCLUDES)
# (d): counts of ScanSummary shown beside parse_ms when the message has them.
PARSE_COUNTS = (
    ("files_parsed", "files parsed"),
    ("parse_cache_hits", "from parse_cache"),
    ("call_edges", "call edges"),
)

Stub = drift_storage_pb2_grpc.DriftStorageServiceStub


# -- the corpus and (a) --------------------------------------------------------------------------


def corpus_root() -> Path:
    """The ``site-packages`` directory of this interpreter's environment, resolved."""
    prefix = Path(sys.prefix).resolve()
    for path in map(Path, site.getsitepackages()):
        if path.name == "site-packages" and path.resolve().is_relative_to(prefix):
            return path.resolve()
    raise BenchmarkError(f"no site-packages under {prefix} in {site.getsitepackages()}")


def warm_up(root: Path) -> tuple[int, int]:
    """Read every regular file of the tree once, up to the size limit: files and bytes read.

    Every directory is entered, excluded or not: the count is the tree's whole file count.
    """
    files = read = 0
    pending = [os.fspath(root)]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                elif entry.is_file(follow_symlinks=False):
                    files += 1
                    try:
                        with open(entry.path, "rb") as handle:
                            read += len(handle.read(DEFAULT_MAX_FILE_SIZE + 1))
                    except OSError:
                        pass  # the scan reports it; warming is best effort
    return files, read


@dataclass(frozen=True)
class Walk:
    """What the bare walk found."""

    files: int  # regular files, as listed by a scan
    large: int  # of which over the size limit
    pruned: int  # default-excluded directories, not entered


def bare_walk(root: Path) -> Walk:
    """(a): ``os.scandir`` and ``stat`` of every file, pruning the default-excluded directories.

    Like ``discover``: an entry named ``.git`` is skipped, symbolic links are neither followed
    nor counted, and the size is that of ``stat`` (not followed).
    """
    files = large = pruned = 0
    pending = [os.fspath(root)]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                name = entry.name
                if name == ".git":
                    continue
                if entry.is_dir(follow_symlinks=False):
                    if name in EXCLUDED:
                        pruned += 1
                    else:
                        pending.append(entry.path)
                elif entry.is_file(follow_symlinks=False):
                    files += 1
                    if entry.stat(follow_symlinks=False).st_size > DEFAULT_MAX_FILE_SIZE:
                        large += 1
    return Walk(files, large, pruned)


def time_walks(root: Path) -> tuple[Walk, list[float]]:
    """``WALKS`` bare walks: what they found (the same every time) and their seconds."""
    seconds = []
    walks = set()
    for _ in range(WALKS):
        started = time.perf_counter()
        walks.add(bare_walk(root))
        seconds.append(time.perf_counter() - started)
    if len(walks) != 1:
        raise BenchmarkError(f"the tree changed during the walks: {sorted(walks, key=str)}")
    return walks.pop(), seconds


# -- the service: (b) and (c) ----------------------------------------------------------------------


@dataclass(frozen=True)
class ScanRun:
    """One Scan call: its summary and its seconds, request to summary."""

    summary: pb.ScanSummary
    seconds: float


async def scan(stub: Stub, root: Path) -> ScanRun:
    """Scan ``root`` and wait for the summary; anything but ``complete`` is an error."""
    request = pb.ScanRequest(root=str(root))
    summary = None
    started = time.perf_counter()
    async for response in stub.Scan(request):
        if response.HasField("summary"):
            summary = response.summary
    seconds = time.perf_counter() - started
    if summary is None:
        raise BenchmarkError("the Scan stream ended without a summary")
    if summary.status != "complete":
        reasons = "; ".join(f"{e.path}: {e.reason}" for e in summary.errors[:3])
        raise BenchmarkError(f"scan {summary.status}: {summary.error or reasons}")
    return ScanRun(summary, seconds)


def thread_cpu(pid: int) -> dict[int, float]:
    """CPU seconds (user + system) used so far by each thread of ``pid``, by thread id."""
    return {t.id: t.user_time + t.system_time for t in psutil.Process(pid).threads()}


@dataclass
class ServiceFigures:
    """What the run against the service measured."""

    first: ScanRun
    rss: RssSamples
    rescans: list[ScanRun]
    cpu_s: dict[int, float]  # by thread id, over all the rescans
    main_tid: int
    stop_s: float = 0.0


async def measure_service(service: Service, root: Path) -> ServiceFigures:
    """(c), then (b), against a running service with a fresh database."""
    pid = service.process.pid
    async with grpc.aio.insecure_channel(service.address) as channel:
        stub = Stub(channel)
        await stub.GetFileSummary(pb.GetFileSummaryRequest())  # connects before the clock
        with sample_rss(pid) as rss:
            first = await scan(stub, root)
        before = thread_cpu(pid)
        rescans = [await scan(stub, root) for _ in range(RESCANS)]
        after = thread_cpu(pid)
    cpu_s = {tid: used - before.get(tid, 0.0) for tid, used in after.items()}
    return ServiceFigures(first, rss, rescans, cpu_s, pid)


def run_service(tmp: Path, root: Path) -> ServiceFigures:
    """Start the service on a fresh database, measure it, stop it with SIGTERM."""
    service = Service.start(tmp / "drift.db", tmp / "drift.log", scan_root=root)
    figures, figures.stop_s = service.measured(lambda s: measure_service(s, root))
    return figures


def check(walk: Walk, figures: ServiceFigures) -> None:
    """The scans found what the walk found; the first added everything, the others nothing."""
    first = figures.first.summary
    listed = first.files_total + first.files_skipped_binary + first.files_skipped_large
    if first.files_added != first.files_total or first.files_removed:
        raise BenchmarkError(
            f"the first scan added {first.files_added:,} of {first.files_total:,} files"
        )
    # An ignore file in the tree would exclude more than the walk prunes: counts then differ.
    if first.files_skipped_ignored == walk.pruned and listed != walk.files:
        raise BenchmarkError(f"the scan listed {listed:,} files, the walk {walk.files:,}")
    for run in figures.rescans:
        s = run.summary
        changed = s.files_added + s.files_modified + s.files_removed
        if s.files_unchanged != first.files_total or changed or s.cache_hit_rate != 1.0:
            raise BenchmarkError(
                f"a rescan found {changed:,} changes, {s.files_unchanged:,} unchanged files of "
                f"{first.files_total:,}, cache hit rate {s.cache_hit_rate:.3f}"
            )


# -- the report ----------------------------------------------------------------------------------


def parse_figures(first: ScanRun) -> str | None:
    """(d) full scan + parse: the line to print, or None to leave (d) out.

    For now the part of (c) that the service itself reports as parsing, when its ``ScanSummary``
    has a ``parse_ms`` field and it is non-zero, with the parse counts the message has.
    """
    summary = first.summary
    fields = summary.DESCRIPTOR.fields_by_name
    parse_ms = getattr(summary, "parse_ms", 0.0) if "parse_ms" in fields else 0.0
    if not parse_ms:
        return None
    counts = [
        f"{getattr(summary, name):,} {label}" for name, label in PARSE_COUNTS if name in fields
    ]
    return (
        f"(d) full scan + parse: parsing {parse_ms / 1000:.2f} s of (c)'s {first.seconds:.2f} s"
        f" ({parse_ms / 1000 / first.seconds:.0%})" + (f": {', '.join(counts)}" if counts else "")
    )


def cpu_line(figures: ServiceFigures) -> str:
    """The service's CPU per rescan: in all, its busiest thread, its main thread, the others."""
    per_scan = {tid: s * 1000 / RESCANS for tid, s in figures.cpu_s.items() if s > 0}
    main_ms = per_scan.pop(figures.main_tid, 0.0)
    busiest = max(per_scan.values(), default=0.0)
    others = sum(per_scan.values()) - busiest
    count = max(len(per_scan) - 1, 0)
    return (
        f"    service CPU per rescan: {main_ms + busiest + others:.1f} ms: busiest thread"
        f" {busiest:.1f}, main thread {main_ms:.1f}, {count} other{'s' * (count != 1)}"
        f" {others:.1f} (from /proc, over all {RESCANS} rescans)"
    )


def report(
    root: Path, tree: tuple[int, int], walk: Walk, walk_s: list[float], f: ServiceFigures
) -> None:
    """Print one line per figure, each with its target and whether it was met."""
    first = f.first.summary
    a_s = statistics.median(walk_s)
    median = sorted(f.rescans, key=lambda run: run.seconds)[len(f.rescans) // 2]
    b_s, rescan = median.seconds, median.summary
    ratio = b_s / a_s
    other_ms = rescan.duration_ms - rescan.discovery_ms - rescan.persist_ms
    ignored = first.files_skipped_ignored - walk.pruned
    rss_mb, start_mb = f.rss.peak / 2**20, f.rss.first / 2**20
    lines = [
        f"Scan benchmark: {root}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}",
        f"corpus: {walk.files:,} files listed by a scan, of {tree[0]:,} in the tree"
        f" ({walk.pruned:,} default-excluded directories not entered"
        + (f", {ignored:,} more entries excluded by ignore files" if ignored else "")
        + f"): {first.files_total:,} recorded, {first.files_skipped_binary:,} binary,"
        f" {walk.large:,} over 1 MiB",
        f"    rates are over the {walk.files:,}; page cache warmed first"
        f" ({tree[1] / 2**20:,.0f} MB read, untimed)",
        f"(a) bare walk, os.scandir + stat:  {walk.files / a_s:9,.0f} files/s"
        f" ({a_s * 1000:6.1f} ms, median of {WALKS})",
        f"(b) no-change rescan via gRPC:     {walk.files / b_s:9,.0f} files/s"
        f" ({b_s * 1000:6.1f} ms, median of {RESCANS})"
        f"   b/a = {ratio:.2f} {verdict(ratio <= TARGET_RATIO, f'<= {TARGET_RATIO}')}",
        f"    in the service: {rescan.duration_ms:.1f} ms = discovery {rescan.discovery_ms:.1f}"
        f" (loading the previous state included) + persist {rescan.persist_ms:.1f}"
        f" + other {other_ms:.1f}; outside: {(b_s * 1000 - rescan.duration_ms):.1f} ms",
        f"    {rescan.files_skipped_binary:,} binary files read again: never recorded, so never"
        " unchanged",
        cpu_line(f),
        f"(c) first full scan, fresh database: {walk.files / f.first.seconds:7,.0f} files/s"
        f" ({f.first.seconds:.2f} s: discovery {first.discovery_ms / 1000:.2f} s, persist"
        f" {first.persist_ms / 1000:.2f} s)",
    ]
    if (parse_line := parse_figures(f.first)) is not None:
        lines.append(parse_line)
    lines += [
        f"service peak RSS during (c): {rss_mb:,.0f} MB ({start_mb:.0f} MB before,"
        f" {f.rss.count} samples; no target)",
        f"SIGTERM: service exited 0 in {f.stop_s:.2f} s",
    ]
    print("\n".join(lines))


def main() -> int:
    """Warm the page cache, run (a), then (c) and (b) on the service; print the report."""
    try:
        root = corpus_root()
        tree = warm_up(root)
        walk, walk_s = time_walks(root)
        with tempfile.TemporaryDirectory(prefix="bench-scan-") as tmp:
            figures = run_service(Path(tmp), root)
        check(walk, figures)
    except BenchmarkError as exc:
        print(f"benchmark broken: {exc}", file=sys.stderr)
        return 1
    report(root, tree, walk, walk_s, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
