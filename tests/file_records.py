"""Building columnar IngestFileMetadata batches for the tests."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb

DEFAULT_BATCH_ROWS = 1000


@dataclass(frozen=True)
class FileRecord:
    """One file's scanner metadata, as sent to ``IngestFileMetadata``."""

    path: str
    language: str | None
    file_size: int
    content_hash: bytes
    mtime_secs: int
    mtime_nanos: int
    scan_duration_us: int | None = None


def file_batch(records: Sequence[FileRecord]) -> pb.IngestFileMetadataRequest:
    """One columnar batch holding ``records``."""
    columns = pb.FileMetadataColumns(
        path=[r.path for r in records],
        language=[r.language or "" for r in records],
        file_size=[r.file_size for r in records],
        content_hash=[r.content_hash for r in records],
        mtime_secs=[r.mtime_secs for r in records],
        mtime_nanos=[r.mtime_nanos for r in records],
    )
    if any(r.scan_duration_us is not None for r in records):
        columns.scan_duration_us.extend(r.scan_duration_us or 0 for r in records)
    return pb.IngestFileMetadataRequest(files=columns)


def batches(
    records: Iterable[FileRecord], rows: int = DEFAULT_BATCH_ROWS
) -> Iterable[pb.IngestFileMetadataRequest]:
    """Group ``records`` into batches of at most ``rows`` rows."""
    chunk: list[FileRecord] = []
    for record in records:
        chunk.append(record)
        if len(chunk) == rows:
            yield file_batch(chunk)
            chunk = []
    if chunk:
        yield file_batch(chunk)
