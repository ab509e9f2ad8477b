"""What the servicers share in building messages."""

from __future__ import annotations

from typing import overload

from google.protobuf.timestamp_pb2 import Timestamp


@overload
def timestamp(seconds: int) -> Timestamp: ...
@overload
def timestamp(seconds: int | None) -> Timestamp | None: ...
def timestamp(seconds: int | None) -> Timestamp | None:
    """Unix seconds as stored (``created_at``, ``run_at``...) as a Timestamp field's value; None
    (the field left unset) for NULL."""
    return None if seconds is None else Timestamp(seconds=seconds)
