"""Typed content: a memory's content checked against its type's fields, stored as the Rust
system stored it (``{"type": <memory_type>, "data": {...}}``, compact JSON) with its blake3 hash.

The Rust engine never checked that ``memory_type`` matched the content; here the content is an
object of that type's fields (JSON Schema per type), missing fields take empty values, so every
stored content deserializes in the Rust types too.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from typing import Any

import blake3
from jsonschema import Draft202012Validator

from services.common import errors
from services.cortex_storage.model.types import (
    ANY,
    BOOL,
    BY_NAME,
    NUMBER,
    OBJECTS,
    OPT_STRING,
    OPT_TIME,
    STRING,
    STRINGS,
)

_SCHEMA = {
    STRING: {"type": "string"},
    OPT_STRING: {"type": ["string", "null"]},
    NUMBER: {"type": "number"},
    BOOL: {"type": "boolean"},
    ANY: {},
    STRINGS: {"type": "array", "items": {"type": "string"}},
    OBJECTS: {"type": "array", "items": {"type": "object"}},
    OPT_TIME: {"type": ["string", "null"]},
}
_EMPTY: dict[str, Any] = {
    STRING: "", OPT_STRING: None, NUMBER: 0, BOOL: False, ANY: None, STRINGS: [], OBJECTS: [],
    OPT_TIME: None,
}  # fmt: skip


@cache
def _validator(memory_type: str) -> Draft202012Validator:
    fields = BY_NAME[memory_type].fields
    return Draft202012Validator(
        {"type": "object", "properties": {name: _SCHEMA[kind] for name, kind in fields}}
    )


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def content_hash(stored: str) -> str:
    """blake3 (hex) of the stored content JSON."""
    return blake3.blake3(stored.encode()).hexdigest()


def parse_content(memory_type: str, text: str, field: str) -> dict[str, Any]:
    """The content object ``text`` gives for ``memory_type`` (a known type), its fields in the
    type's order followed by any extra ones; INVALID_ARGUMENT on ``field`` otherwise."""
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:
        raise errors.InvalidArgument(
            errors.FieldViolation(field, f"must be a JSON object: {exc}")
        ) from None
    if not isinstance(data, dict):
        raise errors.InvalidArgument(
            errors.FieldViolation(field, f"must be a JSON object, got {type(data).__name__}")
        )
    error = next(iter(_validator(memory_type).iter_errors(data)), None)
    if error is not None:
        where = ".".join(str(p) for p in error.absolute_path)
        raise errors.InvalidArgument(
            errors.FieldViolation(
                f"{field}.{where}" if where else field,
                f"{memory_type} content: {error.message}",
            )
        )
    fields = BY_NAME[memory_type].fields
    for name, kind in fields:
        if kind == OPT_TIME and data.get(name) is not None:
            _check_time(data[name], f"{field}.{name}")
    ordered = {name: data.get(name, _EMPTY[kind]) for name, kind in fields}
    ordered.update((k, v) for k, v in data.items() if k not in ordered)
    return ordered


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _check_time(value: str, field: str) -> None:
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise errors.InvalidArgument(
            errors.FieldViolation(
                field, f"must be an RFC 3339 date-time, got {errors.quote(value)}"
            )
        ) from None


def store_content(memory_type: str, data: dict[str, Any]) -> tuple[str, str]:
    """The stored JSON of ``data`` as ``memory_type`` content, and its hash."""
    stored = _dumps({"type": memory_type, "data": data})
    return stored, content_hash(stored)


def text_content(memory_type: str, text: str) -> str:
    """Content JSON with ``text`` in the type's main text field (the other fields empty)."""
    return _dumps({BY_NAME[memory_type].text_field: text})


def content_data(stored: str) -> str:
    """The content object of a stored content, as JSON (``data`` of ``{"type", "data"}``; a
    stored text of another shape is returned as it is)."""
    try:
        value = json.loads(stored)
    except ValueError:
        return stored
    if isinstance(value, dict) and set(value) == {"type", "data"}:
        return _dumps(value["data"])
    return stored
