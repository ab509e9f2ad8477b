"""Timestamps as cortex.db stores them: ISO-8601 UTC text. The service writes SQLite's own
form, ``YYYY-MM-DDTHH:MM:SS.mmmZ`` (the Rust migrations' default); rows the Rust code wrote carry
RFC 3339 with ``+00:00`` and 0 to 9 fraction digits. Both read back as Timestamps."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp

from services.common import errors

# SQL for "now" in the stored form; statements use it so that one clock (SQLite's) stamps rows.
NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
# The range a Timestamp may hold (year 1 to 9999), as Unix seconds.
_MIN_SECONDS, _MAX_SECONDS = -62_135_596_800, 253_402_300_799


def text(moment: datetime) -> str:
    """``moment`` in the stored form (milliseconds, ``Z``)."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def from_timestamp(value: Timestamp, field: str) -> str:
    """A request's Timestamp in the stored form; INVALID_ARGUMENT on ``field`` out of range."""
    if not _MIN_SECONDS <= value.seconds <= _MAX_SECONDS or not 0 <= value.nanos < 10**9:
        raise errors.InvalidArgument(
            errors.FieldViolation(field, "must be a valid timestamp (years 1 to 9999)")
        )
    return text(value.ToDatetime(tzinfo=UTC))


def optional(message: Message, name: str, field: str) -> str | None:
    """The Timestamp field ``name`` of ``message`` in stored form, or None when unset."""
    if not message.HasField(name):
        return None
    return from_timestamp(getattr(message, name), field)


_FRACTION = re.compile(r"T\d\d:\d\d:\d\d\.(\d+)")


def to_timestamp(stored: str | None) -> Timestamp | None:
    """A stored time as a Timestamp; None for NULL or text that is not a time."""
    if not stored:
        return None
    try:
        moment = datetime.fromisoformat(stored)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    result = Timestamp()
    result.FromDatetime(moment.astimezone(UTC))
    # datetime keeps microseconds; the Rust system wrote up to 9 fraction digits.
    fraction = _FRACTION.search(stored)
    if fraction:
        result.nanos = int(fraction.group(1)[:9].ljust(9, "0"))
    return result
