"""``drift-services scan PATH``: run a scan on the drift service and show it.

While it runs: the phase, files read of files found, and the rate over the last few seconds; on
a terminal as a live line, otherwise (a pipe, CI) as a progress line on stderr every few seconds.
Then the summary as a table, or as JSON with ``--json`` (the keys of the ScanSummary message:
``files_total``, ``files_added`` ...).

Stopping (``stop`` set: Ctrl-C or SIGTERM) cancels the scan on the service with ``CancelScan``
and waits for its summary, so the user sees ``scan N cancelled after M files`` and what the scan
had done; the live display is stopped either way, which restores the terminal's cursor.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
from collections import deque
from pathlib import Path

import grpc
from google.protobuf.json_format import MessageToDict
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from services.cli import projects
from services.cli.errors import reaching
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc, tables_pb2, tables_pb2_grpc

EXIT_CODES = {"complete": 0, "partial": 0, "cancelled": 130, "failed": 1}
# Without a terminal, a progress line at least this often (and at each new phase).
PROGRESS_LINE_INTERVAL_S = 3.0
# The rate shown is over this many recent seconds, not since the start.
RATE_WINDOW_S = 5.0
# Language rows of the summary table; the rest are counted in one "N more" row.
LANGUAGE_ROWS = 8
# How long CancelScan may take; the summary follows within a file (the service gives up on a
# stuck read after 5 s).
CANCEL_TIMEOUT_S = 10.0
UNPARSED_LANGUAGE = "(not a parsed language)"


def summary_dict(summary: pb.ScanSummary) -> dict[str, object]:
    """The summary as JSON-ready data: every field, proto field names as keys, counts as numbers.

    (The protobuf JSON mapping writes 64-bit integers as strings; scripts want numbers.)
    """
    data: dict[str, object] = {}
    for field in summary.DESCRIPTOR.fields:
        value = getattr(summary, field.name)
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            data[field.name] = dict(value)
        elif field.message_type is not None:
            data[field.name] = [
                MessageToDict(item, preserving_proto_field_name=True) for item in value
            ]
        else:
            data[field.name] = value
    return data


def summary_table(summary: pb.ScanSummary, functions: int | None) -> Table:
    """What the scan found, as a two-column table; ``functions`` is the database's count."""
    table = Table(title=f"scan {summary.scan_id}: {summary.status}", show_header=False)
    parsed = f"{summary.files_parsed:,}"
    if summary.parse_cache_hits:
        parsed += f" ({summary.parse_cache_hits:,} from the parse cache)"
    rows = [
        ("files scanned", f"{summary.files_total:,}"),
        ("  added / modified / unchanged",
         f"{summary.files_added:,} / {summary.files_modified:,} / {summary.files_unchanged:,}"),
        ("  removed since the last scan", f"{summary.files_removed:,}"),
        ("files parsed", parsed),
        ("functions in the database", None if functions is None else f"{functions:,}"),
        ("call edges written", f"{summary.call_edges:,}"),
        ("ignored entries", f"{summary.files_skipped_ignored:,} files and directories"),
        ("skipped: too large / binary",
         f"{summary.files_skipped_large:,} / {summary.files_skipped_binary:,}"),
        ("errors", f"{len(summary.errors):,}"),
        # A first scan (every file new) has nothing to find unchanged: the rate means nothing.
        ("unchanged without reading",
         None if summary.files_added == summary.files_total
         else f"{summary.cache_hit_rate:.1%}"),
        ("duration",
         f"{summary.duration_ms / 1000:.2f} s (parsing {summary.parse_ms / 1000:.2f} s)"),
    ]  # fmt: skip
    for name, value in rows:
        if value is not None:
            table.add_row(name, value)
    languages = sorted(summary.languages.items(), key=lambda kv: (-kv[1], kv[0]))
    if languages:
        table.add_row("files per language", "")
    for language, count in languages[:LANGUAGE_ROWS]:
        table.add_row(f"  {language or UNPARSED_LANGUAGE}", f"{count:,}")
    rest = languages[LANGUAGE_ROWS:]
    if rest:
        files = sum(count for _, count in rest)
        table.add_row(f"  {len(rest)} more languages", f"{files:,}")
    return table


class ProgressText:
    """The progress line's text: phase, files read of files found, the recent rate."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.scan_id = 0
        self.project = ""
        self.phase = "starting"
        self.seen = 0
        self.read = 0
        self.done = 0
        self.total = 0
        self._samples: deque[tuple[float, int]] = deque()

    def update(self, progress: pb.ScanProgress) -> None:
        now = time.monotonic()
        self.phase, self.seen, self.read = progress.phase, progress.files_seen, progress.files_read
        self.done, self.total = progress.done, progress.total
        self._samples.append((now, progress.files_seen))
        while len(self._samples) > 2 and now - self._samples[0][0] > RATE_WINDOW_S:
            self._samples.popleft()

    def rate(self) -> float | None:
        """Files found per second over the last ``RATE_WINDOW_S``; None before two samples."""
        if len(self._samples) < 2:
            return None
        (start, first), (end, last) = self._samples[0], self._samples[-1]
        return (last - first) / (end - start) if end > start else None

    def text(self) -> str:
        scan = f"scan {self.scan_id}" if self.scan_id else f"scan of {self.path}"
        if self.phase == "discovery":
            rate = self.rate()
            shown = "" if rate is None else f", {rate:,.0f} files/s"
            found = f"{self.seen:,} found" + (" (all)" if self.total else "")
            return f"{scan}: discovery: {self.read:,} read of {found}{shown}"
        if self.phase == "removal":
            return f"{scan}: removal of deleted files' rows: {self.done:,} of {self.total:,} files"
        if self.phase == "linking":
            return f"{scan}: linking calls to functions: {self.done:,} of {self.total:,} files"
        return f"{scan}: {self.phase}"


async def _progress_lines(text: ProgressText, started: float) -> None:
    """Without a terminal: the progress line on stderr every ``PROGRESS_LINE_INTERVAL_S``."""
    while True:
        await asyncio.sleep(PROGRESS_LINE_INTERVAL_S)
        print(f"{text.text()} [{time.monotonic() - started:.0f} s]", file=sys.stderr, flush=True)


async def _cancel_on(
    stop: asyncio.Event,
    started: asyncio.Event,
    text: ProgressText,
    stub: drift_storage_pb2_grpc.DriftStorageServiceStub,
) -> None:
    """Once ``stop`` is set and the scan has its id (``started``), ask the service to cancel it."""
    await stop.wait()
    await started.wait()
    with contextlib.suppress(grpc.aio.AioRpcError):  # it ended meanwhile, or the service is gone
        await stub.CancelScan(
            pb.CancelScanRequest(project=text.project, scan_id=text.scan_id),
            timeout=CANCEL_TIMEOUT_S,
        )


async def _function_count(channel: grpc.aio.Channel) -> int | None:
    """Functions in drift.db after the scan; None if the service cannot say."""
    stub = tables_pb2_grpc.DriftTablesServiceStub(channel)
    try:
        response = await stub.CountFunctions(tables_pb2.CountFunctionsRequest(), timeout=10)
    except grpc.aio.AioRpcError:
        return None
    return int(response.count)


async def run_scan(
    address: str,
    path: Path,
    options: pb.ScanOptions,
    as_json: bool,
    console: Console,
    replace_root: bool = False,
    stop: asyncio.Event | None = None,
    project: str | None = None,
) -> int:
    """Scan ``path`` through the drift service at ``address`` into ``project`` (an id; None:
    the project holding ``path``, created if none does); returns the exit code.

    Setting ``stop`` cancels the scan; the partial summary is still shown.
    """
    summary = None
    text = ProgressText(path)
    live = console.is_terminal and not as_json
    helpers: list[asyncio.Task[None]] = []
    async with grpc.aio.insecure_channel(address) as channel, reaching("drift", address):
        text.project = await projects.for_scan(channel, project, path)
        request = pb.ScanRequest(
            project=text.project,
            root=str(path.resolve()),
            options=options,
            replace_root=replace_root,
        )
        stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
        started = asyncio.Event()
        if stop is not None:
            helpers.append(asyncio.create_task(_cancel_on(stop, started, text, stub)))
        if not live and not as_json:
            helpers.append(asyncio.create_task(_progress_lines(text, time.monotonic())))
        try:
            with Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=console,
                transient=True,
                disable=not live,
            ) as bar:
                task = bar.add_task(text.text(), total=None)
                async for event in stub.Scan(request):
                    kind = event.WhichOneof("event")
                    if kind == "started":
                        text.scan_id = event.started.scan_id
                        started.set()
                        if not live and not as_json:
                            print(f"scan {text.scan_id} of {event.started.root} started",
                                  file=sys.stderr, flush=True)  # fmt: skip
                    elif kind == "progress":
                        phase = text.phase
                        text.update(event.progress)
                        if not live and not as_json and phase != text.phase:
                            print(text.text(), file=sys.stderr, flush=True)
                    elif kind == "summary":
                        summary = event.summary
                    bar.update(task, description=text.text())
            functions = None if summary is None or as_json else await _function_count(channel)
        finally:
            for helper in helpers:
                helper.cancel()
            await asyncio.gather(*helpers, return_exceptions=True)
    if summary is None:
        console.print("scan ended without a summary")
        return 1
    if as_json:
        print(json.dumps(summary_dict(summary), indent=2, sort_keys=True))
        return EXIT_CODES.get(summary.status, 1)
    if summary.status == "cancelled":
        console.print(f"scan {summary.scan_id} cancelled after {summary.files_total:,} files")
    console.print(summary_table(summary, functions))
    for error in summary.errors:
        console.print(f"[yellow]{error.path}[/]: {error.reason}", highlight=False)
    if summary.error:
        console.print(f"[red]{summary.error}[/]", highlight=False)
    return EXIT_CODES.get(summary.status, 1)
