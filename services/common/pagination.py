"""AIP-158 paging: page sizes and opaque keyset page tokens.

A token carries the sort key of the last row returned (sort value + id) and a fingerprint of the
request's filters, so it cannot be replayed against a different query. It is base64url of a JSON
payload followed by a keyed BLAKE2 checksum: clients must treat it as opaque, and a token that was
altered, truncated or made up is refused with ``INVALID_ARGUMENT``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from typing import Any

from services.common import errors

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
_KEY = b"drift-services/page-token/v1"
_CHECKSUM_BYTES = 8


def page_size(requested: int, field: str = "page_size") -> int:
    """The effective page size: 0 gives the default, above the maximum is clamped, < 0 refused."""
    if requested < 0:
        raise errors.InvalidArgument(errors.FieldViolation(field, "must not be negative"))
    if requested == 0:
        return DEFAULT_PAGE_SIZE
    return min(requested, MAX_PAGE_SIZE)


def _checksum(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, key=_KEY, digest_size=_CHECKSUM_BYTES).digest()


def fingerprint(**filters: Any) -> str:
    """A short digest of the filters a token is bound to."""
    encoded = json.dumps(filters, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.blake2b(encoded, digest_size=8).hexdigest()


def encode_token(cursor: list[Any], query: str) -> str:
    """A page token resuming after ``cursor`` (the last row's sort key) for query ``query``."""
    payload = json.dumps({"c": cursor, "q": query}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(payload + _checksum(payload)).decode().rstrip("=")


def decode_token(token: str, query: str, field: str = "page_token") -> list[Any] | None:
    """The cursor inside ``token``; None for an empty token (first page)."""
    if not token:
        return None
    invalid = errors.InvalidArgument(
        errors.FieldViolation(field, "is not a page token returned by this method")
    )
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        raise invalid from None
    payload, checksum = raw[:-_CHECKSUM_BYTES], raw[-_CHECKSUM_BYTES:]
    if len(raw) <= _CHECKSUM_BYTES or not hmac.compare_digest(checksum, _checksum(payload)):
        raise invalid
    decoded = json.loads(payload)
    if decoded["q"] != query:
        raise errors.InvalidArgument(
            errors.FieldViolation(field, "was issued for a request with different filters")
        )
    return decoded["c"]
