"""The tree-sitter grammars (from the installed grammar wheels; nothing is downloaded), one
compiled Query per grammar, and one Parser per grammar and thread (a Parser is not thread-safe)."""

from __future__ import annotations

import functools
import importlib
import threading

from tree_sitter import Language, Parser, Query

# grammar key -> (module, function returning the language pointer)
GRAMMARS: dict[str, tuple[str, str]] = {
    "python": ("tree_sitter_python", "language"),
    "javascript": ("tree_sitter_javascript", "language"),
    "typescript": ("tree_sitter_typescript", "language_typescript"),
    "tsx": ("tree_sitter_typescript", "language_tsx"),
    "go": ("tree_sitter_go", "language"),
    "rust": ("tree_sitter_rust", "language"),
    "java": ("tree_sitter_java", "language"),
    "c_sharp": ("tree_sitter_c_sharp", "language"),
    "ruby": ("tree_sitter_ruby", "language"),
    "php": ("tree_sitter_php", "language_php"),  # PHP mixed with HTML, as in .php files
    "kotlin": ("tree_sitter_kotlin", "language"),
    "c": ("tree_sitter_c", "language"),
    "cpp": ("tree_sitter_cpp", "language"),
    "swift": ("tree_sitter_swift", "language"),
    "scala": ("tree_sitter_scala", "language"),
}

_local = threading.local()


@functools.cache
def language(key: str) -> Language:
    module, function = GRAMMARS[key]
    return Language(getattr(importlib.import_module(module), function)())


@functools.cache
def query(key: str, source: str) -> Query:
    """``source`` compiled for grammar ``key`` (Query objects are immutable, so shared)."""
    return Query(language(key), source)


def parser(key: str) -> Parser:
    """This thread's Parser for grammar ``key``."""
    parsers: dict[str, Parser] = _local.__dict__.setdefault("parsers", {})
    found = parsers.get(key)
    if found is None:
        found = parsers[key] = Parser(language(key))
    return found
