"""The report formats StreamReport knows, and the cutting of a report's text into chunks.

A format renders incrementally: an async generator of text pieces over a ``ReportSource``,
which reads violations page by page, so a report is never whole in memory. ``chunks`` encodes
the pieces as UTF-8 and packs them into chunks of at most ``CHUNK_BYTES``, each ending on a
character boundary.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import NamedTuple

from services.drift_storage.reports import (
    console,
    github,
    gitlab,
    html,
    json_report,
    junit,
    sarif,
    sonarqube,
)
from services.drift_storage.reports.rows import ReportSource

CHUNK_BYTES = 64 * 1024
# Characters per slice of a long piece: at most 4 UTF-8 bytes each, so a slice fits a chunk.
_SLICE_CHARS = CHUNK_BYTES // 4


class Format(NamedTuple):
    """A report format: its media type, file extension and renderer."""

    content_type: str
    extension: str
    render: Callable[[ReportSource], AsyncIterator[str]]


FORMATS = {
    "sarif": Format("application/sarif+json", ".sarif", sarif.render),
    "json": Format("application/json", ".json", json_report.render),
    "html": Format("text/html; charset=utf-8", ".html", html.render),
    "junit": Format("application/xml", ".xml", junit.render),
    "sonarqube": Format("application/json", ".json", sonarqube.render),
    "console": Format("text/plain; charset=utf-8", ".txt", console.render),
    "github": Format("text/plain; charset=utf-8", ".txt", github.render),
    "gitlab": Format("application/json", ".json", gitlab.render),
}
ACCEPTED = tuple(FORMATS)


async def chunks(pieces: AsyncIterator[str]) -> AsyncIterator[bytes]:
    """``pieces`` as UTF-8, packed into chunks of at most ``CHUNK_BYTES`` (at least one chunk,
    empty for an empty text)."""
    buffer = bytearray()
    async for piece in pieces:
        for start in range(0, len(piece), _SLICE_CHARS):
            data = piece[start : start + _SLICE_CHARS].encode()
            if len(buffer) + len(data) > CHUNK_BYTES:
                yield bytes(buffer)
                buffer = bytearray()
            buffer += data
    yield bytes(buffer)
