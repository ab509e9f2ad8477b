"""AIP-158 paging: page sizes and opaque keyset page tokens.

A token carries the sort key of the last row returned (its cursor, e.g. ``[rowid]`` or
``[path]``) and a fingerprint of the request's filters, so it cannot be replayed against a
different query. It is base64url of a JSON payload followed by a keyed BLAKE2 checksum: clients
must treat it as opaque, and a token that was altered, truncated or made up is refused with
``INVALID_ARGUMENT`` on ``page_token``.

The checksum key is random, drawn once per process (``secrets.token_bytes(32)`` at import), and
never leaves it: nothing in the source or the environment lets anyone sign a token. The price is
that tokens do not survive a restart of the service: a client that presents one afterwards gets
``INVALID_ARGUMENT`` saying the token is not valid for this service instance, and restarts its
listing from the first page. Even a well-signed token is checked before use: its payload must be
``{"c": [...], "q": "..."}`` and its cursor must have the shape the method expects.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from services.common import errors

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
T = TypeVar("T")
_KEY = secrets.token_bytes(32)
_CHECKSUM_BYTES = 8
# Cursor integers are bound as SQLite integers, which are signed 64-bit.
_INT64 = range(-(2**63), 2**63)

INVALID_TOKEN = (
    "is not a page token of this method and service instance (tokens expire when the service "
    "restarts): list again from the first page, without page_token"
)


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


def sign(payload: bytes) -> str:
    """The token carrying ``payload``: base64url of it and its checksum, without padding."""
    return base64.urlsafe_b64encode(payload + _checksum(payload)).decode().rstrip("=")


def encode_token(cursor: list[Any], query: str) -> str:
    """A page token resuming after ``cursor`` (the last row's sort key) for query ``query``."""
    return sign(json.dumps({"c": cursor, "q": query}, separators=(",", ":")).encode())


def _fits(value: Any, expected: type) -> bool:
    """Is ``value`` a cursor element of type ``expected`` that SQLite can bind?"""
    # ``type() is``, not isinstance: JSON true must not pass for an int.
    if type(value) is not expected:
        return False
    if expected is int:
        return value in _INT64
    if isinstance(value, str):  # so ``expected`` is str
        try:
            value.encode("utf-8")  # JSON may carry lone surrogates, which SQLite cannot take
        except UnicodeEncodeError:
            return False
    return True


def decode_token(
    token: str, query: str, *, cursor: tuple[type, ...], field: str = "page_token"
) -> list[Any] | None:
    """The cursor inside ``token``; None for an empty token (first page).

    ``cursor`` is the shape the method's cursor must have, one type per element (``(int,)`` for
    a rowid); a token whose cursor has another shape is refused like a forged one.
    """
    if not token:
        return None
    invalid = errors.InvalidPageToken(errors.FieldViolation(field, INVALID_TOKEN))
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        raise invalid from None
    payload, checksum = raw[:-_CHECKSUM_BYTES], raw[-_CHECKSUM_BYTES:]
    if len(raw) <= _CHECKSUM_BYTES or not hmac.compare_digest(checksum, _checksum(payload)):
        raise invalid
    try:
        decoded = json.loads(payload)
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or nested too deep
        raise invalid from None
    if not (
        isinstance(decoded, dict)
        and decoded.keys() == {"c", "q"}
        and type(decoded["q"]) is str
        and type(decoded["c"]) is list
    ):
        raise invalid
    if decoded["q"] != query:
        raise errors.InvalidPageToken(
            errors.FieldViolation(field, "was issued for a request with different filters")
        )
    values = decoded["c"]
    if len(values) != len(cursor) or not all(map(_fits, values, cursor)):
        raise invalid
    return values


class Keyset:
    """The paging of one listing request: its method and filters (which a token is bound to),
    its cursor's shape and its page size. A store function is asked for ``size + 1`` rows after
    ``after``; ``page`` keeps ``size`` of them and makes the next token from the last one kept::

        keys = Keyset("ListViolations", (str,), request.page_size, request.page_token,
                      project=project, severity=severity)
        rows, token = keys.page(read(..., keys.after, keys.limit), lambda row: [row.id])
    """

    def __init__(
        self,
        method: str,
        cursor: tuple[type, ...],
        size: int,
        token: str,
        *,
        size_field: str = "page_size",
        token_field: str = "page_token",
        **filters: Any,
    ) -> None:
        self.size = page_size(size, size_field)
        self.query = fingerprint(method=method, **filters)
        self.after = decode_token(token, self.query, cursor=cursor, field=token_field)

    @property
    def limit(self) -> int:
        """Rows to ask the store for: one more than a page, to know whether another follows."""
        return self.size + 1

    def page(self, rows: Sequence[T], cursor_of: Callable[[T], list[Any]]) -> tuple[list[T], str]:
        """The page of ``rows`` and the token of the next one ("" on the last page)."""
        kept = list(rows[: self.size])
        more = len(rows) > self.size
        return kept, encode_token(cursor_of(kept[-1]), self.query) if more else ""
