"""Parsing source files of the 14 scanner languages with their tree-sitter grammars into
functions, imports and call sites (the ``functions`` and ``parse_cache`` rows), and resolving
calls into ``call_edges`` (``resolve``).

``parse(language, source)`` takes a display name of
``services.drift_storage.scan.file_language`` and returns None for any other language. It is
thread-safe: each thread gets its own parsers.
"""

from services.drift_storage.parsing.extract import parse
from services.drift_storage.parsing.languages import SPECS
from services.drift_storage.parsing.model import (
    CallSite,
    Function,
    Import,
    ParseResult,
    from_json,
    to_json,
)

LANGUAGES = frozenset(SPECS)

__all__ = [
    "LANGUAGES",
    "CallSite",
    "Function",
    "Import",
    "ParseResult",
    "from_json",
    "parse",
    "to_json",
]
