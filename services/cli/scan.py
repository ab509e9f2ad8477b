"""``drift-services scan PATH``: run a scan on the drift service and show it.

A progress line (files seen, files/s) while it runs, then the summary as a table, or as JSON with
``--json`` (the keys of the ScanSummary message: ``files_total``, ``files_added`` ...). Ctrl-C
cancels the scan on the service, which records it as cancelled.
"""

from __future__ import annotations

import json
from pathlib import Path

import grpc
from google.protobuf.json_format import MessageToDict
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc

EXIT_CODES = {"complete": 0, "partial": 0, "cancelled": 130, "failed": 1}


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


def _summary_table(summary: pb.ScanSummary) -> Table:
    table = Table(title=f"scan {summary.scan_id}: {summary.status}", show_header=False)
    rows = [
        ("files", summary.files_total),
        ("added", summary.files_added),
        ("modified", summary.files_modified),
        ("removed", summary.files_removed),
        ("unchanged", summary.files_unchanged),
        ("skipped (ignored / large / binary)",
         f"{summary.files_skipped_ignored} / {summary.files_skipped_large} / "
         f"{summary.files_skipped_binary}"),
        ("errors", len(summary.errors)),
        ("cache hit rate", f"{summary.cache_hit_rate:.1%}"),
        ("duration", f"{summary.duration_ms / 1000:.2f} s"),
    ]  # fmt: skip
    for name, value in rows:
        table.add_row(name, str(value))
    for language, count in sorted(summary.languages.items(), key=lambda kv: -kv[1]):
        table.add_row(f"  {language or '(unknown)'}", str(count))
    return table


async def run_scan(
    address: str,
    path: Path,
    options: pb.ScanOptions,
    as_json: bool,
    console: Console,
    replace_root: bool = False,
) -> int:
    """Scan ``path`` through the drift service at ``address``; returns the exit code."""
    request = pb.ScanRequest(root=str(path.resolve()), options=options, replace_root=replace_root)
    summary = None
    async with grpc.aio.insecure_channel(address) as channel:
        stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
        with Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=as_json,
        ) as bar:
            task = bar.add_task(f"scanning {path}", total=None)
            async for event in stub.Scan(request):
                kind = event.WhichOneof("event")
                if kind == "progress":
                    p = event.progress
                    bar.update(
                        task,
                        description=f"{p.phase}: {p.files_seen:,} files, {p.files_read:,} read,"
                        f" {p.files_per_second:,.0f} files/s",
                    )
                elif kind == "summary":
                    summary = event.summary
    if summary is None:
        console.print("scan ended without a summary")
        return 1
    if as_json:
        print(json.dumps(summary_dict(summary), indent=2, sort_keys=True))
    else:
        console.print(_summary_table(summary))
        for error in summary.errors:
            console.print(f"[yellow]{error.path}[/]: {error.reason}")
        if summary.error:
            console.print(f"[red]{summary.error}[/]")
    return EXIT_CODES.get(summary.status, 1)
