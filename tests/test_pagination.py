"""AIP-158 page sizes and opaque page tokens."""

from __future__ import annotations

import base64
import hashlib

import pytest

from services.common import errors, pagination
from services.common.pagination import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    decode_token,
    encode_token,
    fingerprint,
    page_size,
    sign,
)

PATH = (str,)
ROWID = (int,)


def test_page_size_defaults_clamps_and_refuses_negatives() -> None:
    assert page_size(0) == DEFAULT_PAGE_SIZE
    assert page_size(7) == 7
    assert page_size(MAX_PAGE_SIZE + 1) == MAX_PAGE_SIZE
    with pytest.raises(errors.InvalidArgument) as caught:
        page_size(-1)
    assert caught.value.violations[0].field == "page_size"


def test_a_token_round_trips_its_cursor() -> None:
    query = fingerprint(method="List", language="Python")
    token = encode_token(["src/a.py", 42], query)
    assert decode_token(token, query, cursor=(str, int)) == ["src/a.py", 42]
    assert decode_token("", query, cursor=(str, int)) is None


def test_a_token_is_opaque_url_safe_text() -> None:
    token = encode_token(["a/b c?d"], fingerprint())
    assert "a/b" not in token and all(c.isalnum() or c in "-_" for c in token)


def refused(token: str, query: str, cursor: tuple[type, ...] = PATH) -> errors.FieldViolation:
    with pytest.raises(errors.InvalidArgument) as caught:
        decode_token(token, query, cursor=cursor)
    (violation,) = caught.value.violations
    return violation


@pytest.mark.parametrize("token", ["garbage", "!!!", "AAAA", "eyJjIjpbXX0"])
def test_a_made_up_token_is_invalid_argument(token: str) -> None:
    assert refused(token, fingerprint()).field == "page_token"


def test_an_altered_token_is_refused() -> None:
    query = fingerprint()
    token = encode_token(["b.py"], query)
    altered = token[:5] + ("A" if token[5] != "A" else "B") + token[6:]
    assert refused(altered, query).field == "page_token"


def test_a_token_cannot_be_replayed_with_other_filters() -> None:
    token = encode_token(["b.py"], fingerprint(language="Python"))
    violation = refused(token, fingerprint(language="Go"))
    assert violation.description == "was issued for a request with different filters"


def test_a_token_signed_with_the_former_constant_key_is_refused() -> None:
    """Tokens used to be signed with a key written in the source; that key now signs nothing,
    and the message tells the client what to do."""
    query = fingerprint()
    payload = b'{"c":["b.py"],"q":"' + query.encode() + b'"}'
    checksum = hashlib.blake2b(payload, key=b"drift-services/page-token/v1", digest_size=8)
    token = base64.urlsafe_b64encode(payload + checksum.digest()).decode().rstrip("=")
    assert refused(token, query) == errors.FieldViolation(
        "page_token",
        "is not a page token of this method and service instance (tokens expire when the "
        "service restarts): list again from the first page, without page_token",
    )


QUERY = fingerprint(method="ListFiles", language="")


@pytest.mark.parametrize(
    "payload",
    [
        b"not json",
        b"\xff\xfe",
        b"[" * 100_000,
        b"null",
        b'["b.py"]',
        b'{"c":["b.py"]}',
        b'{"c":["b.py"],"q":"' + QUERY.encode() + b'","x":1}',
        b'{"c":"b.py","q":"' + QUERY.encode() + b'"}',
        b'{"c":["b.py"],"q":7}',
    ],
    ids=[
        "not-json",
        "not-utf8",
        "nested-too-deep",
        "null",
        "a-list",
        "no-query",
        "an-extra-key",
        "cursor-not-a-list",
        "query-not-a-string",
    ],
)
def test_a_well_signed_token_with_a_malformed_payload_is_refused(payload: bytes) -> None:
    assert refused(sign(payload), QUERY).field == "page_token"


@pytest.mark.parametrize(
    ("cursor", "shape"),
    [
        ([], PATH),
        (["a.py", "b.py"], PATH),
        ([5], PATH),
        ([None], PATH),
        (["\ud800"], PATH),
        (["5"], ROWID),
        ([True], ROWID),
        ([1.5], ROWID),
        ([2**63], ROWID),
        ([[1]], ROWID),
    ],
    ids=repr,
)
def test_a_cursor_of_the_wrong_shape_is_refused(cursor: list[object], shape) -> None:
    assert refused(encode_token(cursor, QUERY), QUERY, shape).field == "page_token"


def test_cursor_integers_span_sqlite_integers() -> None:
    for rowid in (-(2**63), 0, 2**63 - 1):
        assert decode_token(encode_token([rowid], QUERY), QUERY, cursor=ROWID) == [rowid]


def test_a_keyset_pages_rows_and_resumes_after_the_last_one_kept() -> None:
    first = pagination.Keyset("ListThings", (int,), 2, "", kind="a")
    rows, token = first.page([10, 11, 12], lambda row: [row])
    second = pagination.Keyset("ListThings", (int,), 2, token, kind="a")
    assert (first.limit, rows, second.after) == (3, [10, 11], [11])


def test_a_keyset_token_is_bound_to_its_filters() -> None:
    _, token = pagination.Keyset("ListThings", (int,), 1, "", kind="a").page([1, 2], lambda r: [r])
    with pytest.raises(errors.InvalidPageToken):
        pagination.Keyset("ListThings", (int,), 1, token, kind="b")


def test_the_last_page_has_no_token() -> None:
    assert pagination.Keyset("ListThings", (int,), 2, "").page([1, 2], lambda r: [r]) == (
        [1, 2],
        "",
    )
