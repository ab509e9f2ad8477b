"""Benchmark of a drift service holding many projects, at most a few of them open at once.

A drift service started with ``--data-dir`` opens a project's database on the first request that
names it and, once more than ``--max-open-projects`` are open, closes the least recently used one
that no request holds (``services.drift_storage.projects.open_projects``). This measures what a
request pays when its project must be opened first, and whether the service's threads, memory
and open databases stay bounded while requests go round many projects. One run, in a temporary
directory:

Setup (timed, no target): ``PROJECTS`` generated repositories of ``FILES`` tiny Python files each,
    each made a project with ``CreateProject`` and scanned once, on a ``drift`` service process
    (``services.cli.main serve drift --data-dir ... --max-open-projects 8 --project-idle-s 0``:
    only the limit closes projects).
Round-robin: ``ROUNDS`` rounds of one ``ListFiles`` page (100 files) on each project in turn. With
    more projects than the limit, the least recently used project is the next one asked for, so
    nearly every page is a miss: its project is opened first (and another one closed). Whether a
    project was open is what ``GetProject`` said just before the page (untimed; it opens nothing).
    The service's RSS is sampled every 20 ms, its thread count after every page.
Hot loop: ``HOT_READS`` pages over the ``HOT_PROJECTS`` projects used last, all open: hits, the
    baseline. Reported: p50 and p99 of both, and p99 miss / p99 hit (no target).
Bounds: once the round-robin's requests have ended, at most ``MAX_OPEN`` projects are open (from
    ``ListProjects``), and the peak thread count is at most what ``MAX_OPEN + 1`` open projects
    (the one being opened beside the limit's) and asyncio's default executor can account for.

The service is the process measured, so that the client's threads do not count. Missed bounds are
reported, not asserted: the exit status is non-zero only when something is broken.
``--projects N --files M`` runs a smaller setup for a quick check.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import select
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import grpc
import psutil

from bench.harness import (
    START_TIMEOUT_S,
    BenchmarkError,
    RssSamples,
    Service,
    percentile,
    sample_rss,
    verdict,
)
from services.common.read_pool import DEFAULT_READERS
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc, projects_pb2_grpc
from services.contracts.drift.storage.v1 import projects_pb2 as ppb

PROJECTS = 50
FILES = 2_000
DIRECTORIES = 10  # each repository's files are spread over this many packages
MAX_OPEN = 8
ROUNDS = 6
HOT_PROJECTS = 4
HOT_READS = 300
PAGE_SIZE = 100
# Closing a project runs after the request that caused it has been answered.
SETTLE_TIMEOUT_S = 30.0
SETTLE_POLL_S = 0.05
MB = 2**20


# -- the corpus ----------------------------------------------------------------------------------


def write_repositories(repos: Path, projects: int, files: int) -> list[Path]:
    """``projects`` repositories of ``files`` small Python files each, over ``DIRECTORIES``
    packages."""
    roots = []
    for p in range(projects):
        root = repos / f"repo-{p:03d}"
        packages = [root / f"pkg{d}" for d in range(min(DIRECTORIES, files))]
        for package in packages:
            package.mkdir(parents=True)
        for f in range(files):
            text = f"def handler_{f}(value):\n    return value + {p * files + f}\n"
            (packages[f % len(packages)] / f"module_{f:05d}.py").write_text(text)
        roots.append(root)
    return roots


# -- the service ---------------------------------------------------------------------------------


def start_service(data_dir: Path, repos: Path, log: Path) -> Service:
    """``serve drift`` on ``data_dir``, limited to ``MAX_OPEN`` open projects, none closed for
    idleness; waits for its ``drift listening on HOST:PORT`` line."""
    command = [sys.executable, "-m", "services.cli.main", "serve", "drift", "--port", "0"]
    command += ["--data-dir", str(data_dir), "--allowed-roots", str(repos)]
    command += ["--max-open-projects", str(MAX_OPEN), "--project-idle-s", "0"]
    with log.open("w") as stderr:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, text=True)
    assert process.stdout is not None  # stdout=PIPE
    ready, _, _ = select.select([process.stdout], [], [], START_TIMEOUT_S)
    line = process.stdout.readline() if ready else ""
    match = re.match(r"drift listening on \S+:(\d+) ", line)
    service = Service(process, int(match.group(1)) if match else 0, log)
    if not service.port:
        service.kill()
        raise BenchmarkError(f"the service did not start (stdout {line!r}){service.log_tail()}")
    return service


class Client:
    """The projects and storage stubs on one channel."""

    def __init__(self, channel: grpc.aio.Channel) -> None:
        self.projects = projects_pb2_grpc.DriftProjectsServiceStub(channel)
        self.drift = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)

    async def create(self, project_id: str, root: Path) -> str:
        request = ppb.CreateProjectRequest(
            project_id=project_id, project=ppb.Project(root=str(root))
        )
        response = await self.projects.CreateProject(request)
        return str(response.project.name)

    async def scan(self, name: str, files: int) -> None:
        """Scan project ``name``; it must complete and add its ``files`` files."""
        summary = None
        async for event in self.drift.Scan(pb.ScanRequest(project=name)):
            if event.HasField("summary"):
                summary = event.summary
        if summary is None:
            raise BenchmarkError(f"the Scan stream of {name} ended without a summary")
        if summary.status != "complete" or summary.files_added != files:
            raise BenchmarkError(
                f"scan of {name}: {summary.status}, {summary.files_added:,} of {files:,} files"
                f" added {summary.error}"
            )

    async def is_open(self, name: str) -> bool:
        response = await self.projects.GetProject(ppb.GetProjectRequest(name=name))
        return bool(response.project.open)

    async def open_count(self) -> int:
        """Projects whose database is open, from ListProjects (which opens none)."""
        count, token = 0, ""
        while True:
            response = await self.projects.ListProjects(
                ppb.ListProjectsRequest(page_size=1000, page_token=token)
            )
            count += sum(1 for project in response.projects if project.open)
            token = response.next_page_token
            if not token:
                return count

    async def page(self, name: str) -> float:
        """Seconds of one ``ListFiles`` page of ``name``, which must be full."""
        started = time.perf_counter()
        response = await self.drift.ListFiles(pb.ListFilesRequest(parent=name, page_size=PAGE_SIZE))
        seconds = time.perf_counter() - started
        if len(response.files) != PAGE_SIZE:
            raise BenchmarkError(f"ListFiles of {name}: {len(response.files)} files")
        return seconds


# -- the measurement -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """The service process at one moment."""

    threads: int
    rss: int
    open_projects: int


@dataclass
class Figures:
    """What one run measured; seconds unless named otherwise."""

    files: int
    projects: int
    generate_s: float = 0.0
    create_s: float = 0.0
    scan_s: float = 0.0
    idle: Snapshot | None = None  # after start, no project open
    after_setup: Snapshot | None = None
    rounds: list[Snapshot] = field(default_factory=list)  # at the end of each round
    settled: Snapshot | None = None  # once every close has run
    settle_s: float = 0.0
    misses: list[float] = field(default_factory=list)
    round_robin_hits: list[float] = field(default_factory=list)
    hot: list[float] = field(default_factory=list)
    hot_closed: int = 0  # hot-loop pages whose project was not open: should be none
    peak_threads: int = 0
    rss: RssSamples | None = None
    stop_s: float = 0.0


def snapshot(process: psutil.Process, open_projects: int) -> Snapshot:
    return Snapshot(process.num_threads(), process.memory_info().rss, open_projects)


async def settle(client: Client) -> tuple[int, float]:
    """Wait until at most ``MAX_OPEN`` projects are open: the open count and seconds waited."""
    started = time.perf_counter()
    while (count := await client.open_count()) > MAX_OPEN:
        if time.perf_counter() - started > SETTLE_TIMEOUT_S:
            break
        await asyncio.sleep(SETTLE_POLL_S)
    return count, time.perf_counter() - started


async def measure(service: Service, roots: list[Path], figures: Figures) -> Figures:
    """Setup, round-robin, hot loop, against the running service."""
    process = psutil.Process(service.process.pid)
    async with grpc.aio.insecure_channel(service.address) as channel:
        client = Client(channel)
        figures.idle = snapshot(process, await client.open_count())  # connects before the clock

        started = time.perf_counter()
        names = [await client.create(f"p{i:03d}", root) for i, root in enumerate(roots)]
        figures.create_s = time.perf_counter() - started
        started = time.perf_counter()
        for name in names:
            await client.scan(name, figures.files)
        figures.scan_s = time.perf_counter() - started
        open_count, _ = await settle(client)
        figures.after_setup = snapshot(process, open_count)

        with sample_rss(process.pid) as figures.rss:
            for _ in range(ROUNDS):
                for name in names:
                    was_open = await client.is_open(name)
                    seconds = await client.page(name)
                    (figures.round_robin_hits if was_open else figures.misses).append(seconds)
                    figures.peak_threads = max(figures.peak_threads, process.num_threads())
                figures.rounds.append(snapshot(process, await client.open_count()))
        open_count, figures.settle_s = await settle(client)
        figures.settled = snapshot(process, open_count)

        hot = names[-HOT_PROJECTS:]  # the most recently used: open
        for i in range(HOT_READS):
            name = hot[i % len(hot)]
            figures.hot_closed += not await client.is_open(name)
            figures.hot.append(await client.page(name))
    return figures


# -- the report ----------------------------------------------------------------------------------


def latency(values: list[float]) -> str:
    if len(values) < 2:
        return f"{len(values)} page(s): too few for percentiles"
    p50, p99 = percentile(values, 50) * 1000, percentile(values, 99) * 1000
    return f"p50 {p50:6.2f} ms, p99 {p99:6.2f} ms over {len(values):,} pages"


def thread_bound(idle: Snapshot) -> int:
    """Threads ``MAX_OPEN + 1`` open projects and asyncio's default executor may add to an idle
    service: a writer and a full read pool each, and the executor that opens and closes them."""
    per_project = 1 + DEFAULT_READERS
    default_executor = min(32, (os.cpu_count() or 1) + 4)
    return idle.threads + (MAX_OPEN + 1) * per_project + default_executor


def report(f: Figures) -> None:
    """Print one line per figure; bounds with whether they were met."""
    assert f.idle and f.after_setup and f.settled and f.rss and f.rounds
    first, last = f.rounds[0], f.rounds[-1]
    bound = thread_bound(f.idle)
    lines = [
        f"Projects benchmark: {f.projects} projects of {f.files:,} files, --max-open-projects"
        f" {MAX_OPEN}, --project-idle-s 0, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}",
        f"setup: files written in {f.generate_s:.1f} s, {f.projects} CreateProject in"
        f" {f.create_s:.1f} s, {f.projects} first scans in {f.scan_s:.1f} s"
        f" ({f.projects * f.files / f.scan_s:,.0f} files/s)",
        f"round-robin, {ROUNDS} rounds of one {PAGE_SIZE}-file ListFiles page per project:",
        f"    miss (project opened first): {latency(f.misses)}",
        f"    hit (project open):          {latency(f.round_robin_hits)}"
        if f.round_robin_hits
        else f"    hit: none (in turn over {f.projects} projects, {MAX_OPEN} open, the next one"
        " asked for is always the least recently used: closed)",
        f"hot loop over {HOT_PROJECTS} open projects: {latency(f.hot)}"
        + (f" ({f.hot_closed} of them found closed)" if f.hot_closed else ""),
    ]
    if len(f.misses) >= 2 and len(f.hot) >= 2:
        ratio = percentile(f.misses, 99) / percentile(f.hot, 99)
        lines.append(f"p99 miss / p99 hit (hot loop) = {ratio:.1f} (no target)")
    lines += [
        f"threads: {f.idle.threads} with no project open, {f.after_setup.threads} after the"
        f" setup ({f.after_setup.open_projects} open), peak {f.peak_threads} during the"
        f" round-robin (after each page), {f.settled.threads} after it"
        f" {verdict(f.peak_threads <= bound, f'peak <= {bound}')}",
        f"    end of round 1: {first.threads}, end of round {len(f.rounds)}: {last.threads}",
        f"RSS: {f.idle.rss / MB:.0f} MB with no project open, {f.after_setup.rss / MB:.0f} MB after"
        f" the setup, peak {f.rss.peak / MB:.0f} MB during the round-robin ({f.rss.count:,}"
        f" samples), {f.settled.rss / MB:.0f} MB after it (no target)",
        f"    end of round 1: {first.rss / MB:.0f} MB, end of round {len(f.rounds)}:"
        f" {last.rss / MB:.0f} MB",
        f"open projects once the round-robin's requests ended: {f.settled.open_projects}"
        f" (after {f.settle_s:.2f} s)"
        f" {verdict(f.settled.open_projects <= MAX_OPEN, f'<= {MAX_OPEN}')};"
        f" at the end of each round: {', '.join(str(s.open_projects) for s in f.rounds)}",
        f"SIGTERM: service exited 0 in {f.stop_s:.2f} s",
    ]
    print("\n".join(lines))


def main() -> int:
    """Generate the repositories, run the service, measure, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--projects", type=int, default=PROJECTS, help="projects to create")
    parser.add_argument("--files", type=int, default=FILES, help="files per project")
    args = parser.parse_args()
    if args.projects < HOT_PROJECTS or args.files < PAGE_SIZE:
        parser.error(f"--projects must be >= {HOT_PROJECTS} and --files >= {PAGE_SIZE}")
    figures = Figures(args.files, args.projects)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-projects-") as tmp:
            repos = Path(tmp) / "repos"
            started = time.perf_counter()
            roots = write_repositories(repos, args.projects, args.files)
            figures.generate_s = time.perf_counter() - started
            service = start_service(Path(tmp) / "data", repos, Path(tmp) / "drift.log")
            _, figures.stop_s = service.measured(lambda s: measure(s, roots, figures))
    except BenchmarkError as exc:
        print(f"benchmark broken: {exc}", file=sys.stderr)
        return 1
    report(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
