"""AIP-158 page sizes and opaque page tokens."""

from __future__ import annotations

import pytest

from services.common import errors
from services.common.pagination import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    decode_token,
    encode_token,
    fingerprint,
    page_size,
)


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
    assert decode_token(token, query) == ["src/a.py", 42]
    assert decode_token("", query) is None


def test_a_token_is_opaque_url_safe_text() -> None:
    token = encode_token(["a/b c?d"], fingerprint())
    assert "a/b" not in token and all(c.isalnum() or c in "-_" for c in token)


@pytest.mark.parametrize("token", ["garbage", "!!!", "AAAA", "eyJjIjpbXX0"])
def test_a_made_up_token_is_invalid_argument(token: str) -> None:
    with pytest.raises(errors.InvalidArgument) as caught:
        decode_token(token, fingerprint())
    assert caught.value.violations[0].field == "page_token"


def test_an_altered_token_is_refused() -> None:
    query = fingerprint()
    token = encode_token(["b.py"], query)
    altered = token[:5] + ("A" if token[5] != "A" else "B") + token[6:]
    with pytest.raises(errors.InvalidArgument):
        decode_token(altered, query)


def test_a_token_cannot_be_replayed_with_other_filters() -> None:
    token = encode_token(["b.py"], fingerprint(language="Python"))
    with pytest.raises(errors.InvalidArgument, match="different filters"):
        decode_token(token, fingerprint(language="Go"))
