"""Checks of request values shared by the cortex servicers: each returns the value as stored or
raises INVALID_ARGUMENT naming the field, before anything is written."""

from __future__ import annotations

import math
import re
import struct
import uuid
from collections.abc import Sequence

from services.common import errors
from services.common.choices import choice
from services.cortex_storage.model.types import IMPORTANCE, TYPE_NAMES

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_NAMESPACE = re.compile(r"(agent|team|project)://[^/\s]{1,200}/")
DEFAULT_NAMESPACE = "agent://default/"
DEFAULT_AGENT = "default"
DEFAULT_ACTOR = "user"
MAX_TAGS = 64
MAX_TAG_LENGTH = 256
MAX_TEXT = 1_000_000
MAX_DIMENSIONS = 8192
MAX_BATCH = 1000


def _bad(field: str, message: str) -> errors.InvalidArgument:
    return errors.InvalidArgument(errors.FieldViolation(field, message))


def memory_id(value: str, field: str = "id") -> str:
    """A required memory id: 1 to 128 letters, digits and ``-_.:``, starting alphanumerically."""
    if not value:
        raise _bad(field, "is required")
    if not _ID.fullmatch(value):
        raise _bad(
            field,
            "must be 1 to 128 letters, digits, '-', '_', '.' or ':' starting with a letter or "
            f"digit, got {errors.quote(value)}",
        )
    return value


def new_memory_id(value: str, field: str) -> str:
    """The id of a memory being created: the one given, or a fresh UUID v4."""
    return memory_id(value, field) if value else str(uuid.uuid4())


def memory_ids(values: Sequence[str], field: str) -> list[str]:
    """A non-empty list of at most ``MAX_BATCH`` memory ids."""
    if not values:
        raise _bad(field, "must name at least one memory")
    if len(values) > MAX_BATCH:
        raise _bad(field, f"must name at most {MAX_BATCH} memories, got {len(values)}")
    return [memory_id(v, f"{field}[{i}]") for i, v in enumerate(values)]


def memory_type(value: str, field: str) -> str:
    """A required memory type, in its snake_case spelling."""
    found = choice(value, field, TYPE_NAMES)
    if found is None:
        raise _bad(field, f"is required: one of {', '.join(TYPE_NAMES)}")
    return found


def importance(value: str, field: str) -> str:
    """An importance level; "" means normal."""
    return choice(value, field, IMPORTANCE) or "normal"


def confidence(value: float, field: str) -> float:
    """A confidence in [0, 1]."""
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise _bad(field, f"must be a number in [0, 1], got {value}")
    return value


def tags(values: Sequence[str], field: str) -> list[str]:
    """Tags without duplicates, in the order given: each non-blank, at most 256 characters."""
    if len(values) > MAX_TAGS:
        raise _bad(field, f"must hold at most {MAX_TAGS} tags, got {len(values)}")
    result: list[str] = []
    for i, tag in enumerate(values):
        if not tag.strip() or len(tag) > MAX_TAG_LENGTH:
            raise _bad(f"{field}[{i}]", f"must be 1 to {MAX_TAG_LENGTH} characters, not blank")
        if tag not in result:
            result.append(tag)
    return result


def namespace(value: str, field: str) -> str:
    """A namespace URI ``{agent|team|project}://{name}/``; "" means the default namespace."""
    if not value:
        return DEFAULT_NAMESPACE
    if not _NAMESPACE.fullmatch(value):
        raise _bad(
            field, f"must be a namespace URI such as agent://default/, got {errors.quote(value)}"
        )
    return value


def namespace_filter(value: str, field: str) -> str | None:
    """A namespace filter: None (no filter) for ""."""
    return namespace(value, field) if value else None


def short_text(value: str, field: str, default: str = "", limit: int = 256) -> str:
    """A name-like value (an actor, an agent): at most ``limit`` characters; "" gives
    ``default``."""
    if len(value) > limit:
        raise _bad(field, f"must be at most {limit} characters")
    return value or default


def text(value: str, field: str, required: bool = False) -> str:
    """Free text (a summary, a reason) of at most a million characters."""
    if required and not value.strip():
        raise _bad(field, "is required")
    if len(value) > MAX_TEXT:
        raise _bad(field, f"must be at most {MAX_TEXT} characters")
    return value


def embedding(values: Sequence[float], field: str) -> bytes:
    """A vector as stored: little-endian float32, every component finite, not all zero."""
    if not values:
        raise _bad(field, "must hold at least one component")
    if len(values) > MAX_DIMENSIONS:
        raise _bad(field, f"must have at most {MAX_DIMENSIONS} dimensions, got {len(values)}")
    for i, value in enumerate(values):
        if not math.isfinite(value):
            raise _bad(field, f"component {i} is {value}: every component must be finite")
    if not any(values):
        raise _bad(field, "must not be the zero vector (it has no direction)")
    return struct.pack(f"<{len(values)}f", *values)


def idempotency_key(value: str, field: str) -> str | None:
    """An optional idempotency key of 1 to 128 printable characters."""
    if not value:
        return None
    if len(value) > 128 or not value.isprintable():
        raise _bad(field, "must be 1 to 128 printable characters")
    return value
