"""Output of the listing commands: rows as plain JSON or rich tables, next-page hints, errors.

JSON is what scripts read: a list of objects keyed by the proto field names, 64-bit integers as
numbers (the protobuf JSON mapping would write them as strings), an unset optional field as
``null`` (so every object of a list has the same keys) and bytes (content and body hashes) as
lower-case hex, the way hashes are usually shown, and times (Timestamps) as Unix seconds.
Everything but the data goes to stderr, so ``--json`` output can be piped into ``jq`` as it is.
"""

from __future__ import annotations

import json
import sys
import time

from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp
from rich.console import Console
from rich.table import Table


def message_dict(message: Message) -> dict[str, object]:
    """``message`` (a flat row message) as JSON-ready data, every field present."""
    data: dict[str, object] = {}
    for field in message.DESCRIPTOR.fields:
        if field.has_presence and not message.HasField(field.name):
            data[field.name] = None
            continue
        value = getattr(message, field.name)
        if isinstance(value, Timestamp):
            value = value.seconds
        data[field.name] = value.hex() if isinstance(value, bytes) else value
    return data


def print_json(rows: list[dict[str, object]]) -> None:
    """Print ``rows`` as one JSON list on stdout."""
    print(json.dumps(rows, indent=2))


def print_table(table: Table) -> None:
    """Print ``table`` on stdout the way ``scan`` prints its summary."""
    Console().print(table)


def print_next_page(what: str, token: str) -> None:
    """Tell on stderr how to get the rows after this page (nothing when it was the last)."""
    if token:
        print(
            f"more {what}: repeat with --page-token {token} (and the same filters), or use --all",
            file=sys.stderr,
        )


def timestamp(seconds: int | None) -> str:
    """Unix seconds as local time for a table cell; empty when unknown."""
    if not seconds:
        return ""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(seconds))
