"""The main job of the foundation: list the files of a directory and ingest their metadata.

Each file is stat-ed, hashed (xxh3-64, stored as 8 little-endian bytes like the Rust scanner) and
streamed to drift_storage in columnar batches; the summary is then read back through the
GetFileSummary query. Tool and dependency directories (``.git``, ``.venv``, ``node_modules`` ...)
are skipped; full ignore-rule handling belongs to the scanner.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import grpc
import xxhash
from rich.console import Console
from rich.table import Table

from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from services.drift_storage.client import FileRecord, batches, ingest
from services.drift_storage.scan.file_language import language_of

SKIPPED_DIRECTORIES = frozenset(
    {".git", ".drift", ".venv", "venv", "node_modules", "__pycache__", ".pytest_cache",
     ".ruff_cache", ".mypy_cache", ".tox"}
)  # fmt: skip


def content_hash(path: Path) -> bytes:
    """xxh3-64 of the file's content as 8 little-endian bytes."""
    hasher = xxhash.xxh3_64()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            hasher.update(chunk)
    return hasher.intdigest().to_bytes(8, "little")


def list_files(root: Path) -> Iterator[FileRecord]:
    """Metadata of every regular file under ``root`` (sorted), skipping tool directories."""
    for directory, subdirectories, names in os.walk(root):
        subdirectories[:] = sorted(d for d in subdirectories if d not in SKIPPED_DIRECTORIES)
        for name in sorted(names):
            path = Path(directory, name)
            try:
                if not path.is_file() or path.is_symlink():
                    continue
                started = time.perf_counter_ns()
                stat = path.stat()
                digest = content_hash(path)
            except OSError:
                continue  # vanished or unreadable while listing
            relative = path.relative_to(root).as_posix()
            yield FileRecord(
                path=relative,
                language=language_of(relative),
                file_size=stat.st_size,
                content_hash=digest,
                mtime_secs=stat.st_mtime_ns // 1_000_000_000,
                mtime_nanos=stat.st_mtime_ns % 1_000_000_000,
                scan_duration_us=(time.perf_counter_ns() - started) // 1000,
            )


async def ingest_directory(address: str, root: Path, console: Console | None = None) -> int:
    """Ingest the file list of ``root`` into the drift service at ``address``; print a summary."""
    console = console or Console()
    started = time.perf_counter()
    async with grpc.aio.insecure_channel(address) as channel:
        stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
        rows = batch_count = 0
        async for ack in ingest(stub, batches(list_files(root.resolve()))):
            rows, batch_count = ack.total_rows_written, ack.batch_index + 1
        elapsed = time.perf_counter() - started
        summary = await stub.GetFileSummary(pb.GetFileSummaryRequest(), timeout=30)
    console.print(
        f"Ingested {rows} files of {root} in {batch_count} batch"
        f"{'' if batch_count == 1 else 'es'} ({elapsed:.2f} s); "
        f"drift.db now holds {summary.file_count} files, {summary.total_bytes:,} bytes."
    )
    table = Table("language", "files", "bytes", title="file_metadata by language")
    for entry in summary.languages:
        language = entry.language or "(unknown)"
        table.add_row(language, str(entry.file_count), f"{entry.total_bytes:,}")
    console.print(table)
    return 0
