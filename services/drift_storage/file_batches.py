"""Validation of columnar ``FileMetadataColumns`` batches and their conversion to SQL rows.

Checks run over whole columns (length, emptiness, ranges, duplicates) so a valid batch of
thousands of rows costs microseconds; an invalid one is refused with the exact field and row
(``files.path[3]``) before anything reaches the writer.
"""

from __future__ import annotations

from itertools import repeat
from typing import Any

from services.common.errors import FieldViolation, InvalidArgument
from services.contracts.drift.storage.v1 import drift_storage_pb2

MAX_NANOS = 999_999_999


def _refuse(field: str, description: str) -> InvalidArgument:
    return InvalidArgument(FieldViolation(f"files.{field}", description))


def _check_length(columns: Any, name: str, rows: int, optional: bool) -> None:
    size = len(getattr(columns, name))
    if size == rows or (optional and size == 0):
        return
    expected = f"0 or {rows}" if optional else str(rows)
    raise _refuse(name, f"has {size} values, expected {expected} (one per path)")


def _check_range(values: Any, name: str, low: int, high: int | None = None) -> None:
    if not values:
        return
    if min(values) < low:
        index = next(i for i, v in enumerate(values) if v < low)
        raise _refuse(f"{name}[{index}]", f"must be at least {low}, got {values[index]}")
    if high is not None and max(values) > high:
        index = next(i for i, v in enumerate(values) if v > high)
        raise _refuse(f"{name}[{index}]", f"must be at most {high}, got {values[index]}")


def rows_from_columns(
    columns: drift_storage_pb2.FileMetadataColumns, now: int
) -> list[tuple[Any, ...]]:
    """SQL rows (the 8 scanner columns) of a batch; raises InvalidArgument if it is malformed."""
    paths = columns.path
    rows = len(paths)
    if rows == 0:
        raise _refuse("path", "a batch must contain at least one row")
    for name in ("file_size", "content_hash", "mtime_secs", "mtime_nanos"):
        _check_length(columns, name, rows, optional=False)
    for name in ("language", "last_scanned_at", "scan_duration_us"):
        _check_length(columns, name, rows, optional=True)
    if "" in paths:
        raise _refuse(f"path[{list(paths).index('')}]", "must not be empty")
    if len(set(paths)) != rows:
        seen: dict[str, int] = {}
        for index, path in enumerate(paths):
            if path in seen:
                raise _refuse(f"path[{index}]", f"duplicates path[{seen[path]}] ({path!r})")
            seen[path] = index
    if b"" in columns.content_hash:
        raise _refuse(f"content_hash[{list(columns.content_hash).index(b'')}]", "must not be empty")
    _check_range(columns.file_size, "file_size", 0)
    _check_range(columns.mtime_nanos, "mtime_nanos", 0, MAX_NANOS)
    _check_range(columns.scan_duration_us, "scan_duration_us", 0)
    languages = [language or None for language in columns.language] or repeat(None)
    return list(
        zip(
            paths,
            languages,
            columns.file_size,
            columns.content_hash,
            columns.mtime_secs,
            columns.mtime_nanos,
            columns.last_scanned_at or repeat(now),
            columns.scan_duration_us or repeat(None),
            strict=False,
        )
    )
