"""Paging of the listing commands: ``--page-size``, ``--page-token`` and ``--all``.

One page by default (the service's default size), the next one with the token the command
printed, or every page with ``--all`` (at the service's largest size, for the fewest round trips).
Tokens are the service's own (AIP-158): bound to the filters and to the running service instance.
"""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from services.common.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

RPC_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class Paging:
    """What the user asked for: one page (``size`` rows, 0 = the service's default) from
    ``token``, or every page from there on."""

    size: int
    token: str
    every_page: bool

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Paging:
        """The paging options of a parsed listing command."""
        return cls(args.page_size or 0, args.page_token, args.all)


async def fetch(
    method: Callable[..., Awaitable[Any]], request: Any, field: str, paging: Paging
) -> tuple[list[Any], str]:
    """The rows (``field`` of each response) of one page of ``method``, or of all pages with
    ``paging.every_page``; and the token of the page after them ("" at the end)."""
    request.page_size = paging.size or (MAX_PAGE_SIZE if paging.every_page else 0)
    request.page_token = paging.token
    rows: list[Any] = []
    while True:
        response = await method(request, timeout=RPC_TIMEOUT_S)
        rows.extend(getattr(response, field))
        if not paging.every_page or not response.next_page_token:
            return rows, response.next_page_token
        request.page_token = response.next_page_token


def page_size(text: str) -> int:
    """A ``--page-size`` value: 1 to the service's largest page."""
    value = int(text)
    if not 1 <= value <= MAX_PAGE_SIZE:
        raise argparse.ArgumentTypeError(f"must be 1..{MAX_PAGE_SIZE}, got {value}")
    return value


def add_listing_arguments(parser: argparse.ArgumentParser) -> None:
    """``--json`` and the paging options every listing command takes."""
    parser.add_argument("--json", action="store_true", help="print the rows as a JSON list")
    parser.add_argument(
        "--page-size",
        type=page_size,
        metavar="N",
        help=f"rows per page, 1..{MAX_PAGE_SIZE} [default {DEFAULT_PAGE_SIZE};"
        f" {MAX_PAGE_SIZE} with --all]",
    )
    parser.add_argument(
        "--page-token",
        default="",
        metavar="TOKEN",
        help="start at the page after the one that printed TOKEN (tokens end when the service"
        " restarts)",
    )
    parser.add_argument("--all", action="store_true", help="every page (from --page-token on)")
