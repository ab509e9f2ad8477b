"""Call resolution: the ``call_edges`` and ``unresolved_calls`` rows of parsed files' calls.

For each call made inside a function, the first strategy that finds a callee wins:

* ``same_file`` (0.95): a function of that name in the caller's file. Among several, the one in
  the caller's own class (same qualified-name prefix) first, then the first by line.
* ``import_resolved`` (0.9): the caller's file imports the name, or imports the module (or
  class) the call is made on (``util.helper()`` after ``import * as util from "./util"`` or
  ``import app.util``), and that module maps to project files defining a function of that name;
  the first by (file, line) wins. Modules map to files by the language's rules: relative paths
  (``./x``, ``from .x``, ``self::``/``super::``, ``require_relative``, ``#include "x.h"``) from
  the importing file's directory, others as a path suffix of a file (``app.util`` ->
  ``src/app/util.py``, ``com.x.Util`` -> ``.../com/x/Util.java``, ``crate::util`` ->
  ``src/util.rs``), or of a directory (Go packages, Java wildcard imports, package
  ``__init__``/``index``/``mod`` files), case-insensitively.
* ``method_match`` (call on a receiver) / ``name_match`` (bare call): the functions of that name
  in other files of the same language family (JavaScript+TypeScript, C+C++,
  Java+Kotlin+Scala, else the language itself): 0.6 when there is exactly one, 0.5 when there
  are several, and then the pick is the same language first, then the longest common directory
  with the caller, then the first by (file, line).
* nothing found: no edge (``call_edges.callee_id`` must be a ``functions.id``); the call is
  counted as unresolved for its file and called name (``unresolved_calls``), which is what makes
  the call graph's resolution rate mean something and tells a later scan which files to link
  again when a function of that name appears.

Calls at module level (no caller) and calls whose caller has no id are neither edges nor
unresolved calls. Calls count once per caller, callee and line: two calls to the same callee on
the same line give one edge (the table's primary key), or one unresolved call.

A ``Resolver`` is built once from every function of the project and every source file path (the
files imports may name), then links any number of batches of files: what a file's calls resolve
to does not depend on which files are linked with it.
"""

from __future__ import annotations

import posixpath
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from services.drift_storage.parsing.model import CallSite, Function, ParseResult
from services.drift_storage.scan.file_language import EXTENSIONS, language_of

SAME_FILE = ("same_file", 0.95)
IMPORT_RESOLVED = ("import_resolved", 0.9)
UNIQUE_MATCH = 0.6
AMBIGUOUS_MATCH = 0.5
FAMILIES = {
    "TypeScript": "js",
    "JavaScript": "js",
    "C": "c",
    "C++": "c",
    "Java": "jvm",
    "Kotlin": "jvm",
    "Scala": "jvm",
}
WILDCARDS = frozenset({"*", "_"})  # `from m import *`, Java `a.*`, Scala `a._`
PACKAGE_FILES = frozenset({"__init__", "index", "mod"})  # a file that stands for its directory
DOTTED = frozenset({"Java", "Kotlin", "Scala", "C#", "Swift"})
PATHLIKE = frozenset({"Ruby", "C", "C++", "PHP"})

Segments = tuple[str, ...]


@dataclass(frozen=True)
class Edge:
    caller_id: int
    callee_id: int
    resolution: str
    confidence: float
    call_site_line: int


@dataclass
class Links:
    """What linking some files found: their edges, and per (file, called name) the calls that
    resolved to nothing."""

    edges: list[Edge] = field(default_factory=list)
    unresolved: Counter[tuple[str, str]] = field(default_factory=Counter)


FunctionIds = Mapping[tuple[str, str, int], int]


def resolve_calls(files: Mapping[str, ParseResult], function_ids: FunctionIds) -> Links:
    """The links of the calls of ``files`` (path -> result), where ``function_ids`` maps (file,
    name, line) of every known function of the project to its ``functions.id``."""
    return Resolver(function_ids, files).link(files)


class Resolver:
    """Links files against every function of a project (``function_ids``: (file, name, line) ->
    ``functions.id``) and its source files (``paths``, with the files of ``function_ids``)."""

    def __init__(self, function_ids: FunctionIds, paths: Iterable[str] = ()) -> None:
        self.function_ids = function_ids
        self.project = _Project(function_ids, paths)

    def link(self, files: Mapping[str, ParseResult]) -> Links:
        """The edges and unresolved calls of the calls of ``files`` (path -> result)."""
        function_ids = self.function_ids
        edges: dict[tuple[int, int, int], Edge] = {}
        unresolved: set[tuple[str, int, str, int]] = set()
        for path in sorted(files):
            result = files[path]
            callers = _callers(result)
            for call in result.calls:
                caller = _caller(callers, call)
                if caller is None:
                    continue
                caller_id = function_ids.get((path, caller.name, caller.line))
                if caller_id is None:
                    continue
                found = self.project.resolve(path, result, caller, call)
                if found is None:
                    unresolved.add((path, caller_id, call.callee, call.line))
                    continue
                callee_id, resolution, confidence = found
                key = (caller_id, callee_id, call.line)
                if key not in edges:
                    edges[key] = Edge(caller_id, callee_id, resolution, confidence, call.line)
        return Links(
            list(edges.values()), Counter((path, callee) for path, _, callee, _ in unresolved)
        )


def _callers(result: ParseResult) -> dict[str, list[Function]]:
    by_label: dict[str, list[Function]] = defaultdict(list)
    for function in result.functions:
        by_label[function.qualified_name or function.name].append(function)
    return by_label


def _caller(callers: dict[str, list[Function]], call: CallSite) -> Function | None:
    """The function named ``call.caller`` whose lines hold the call (overloads share a name)."""
    if call.caller is None:
        return None
    candidates = callers.get(call.caller, [])
    holding = [f for f in candidates if f.line <= call.line <= f.end_line]
    return max(holding, key=lambda f: f.line) if holding else None


def _prefix(function: Function) -> str:
    return (function.qualified_name or "").rpartition(".")[0]


def _stem(segments: Segments) -> Segments:
    """Without a source extension: ("src", "util.js") -> ("src", "util")."""
    if not segments:
        return segments
    base, dot, extension = segments[-1].rpartition(".")
    return (*segments[:-1], base) if dot and base and extension in EXTENSIONS else segments


class _Project:
    def __init__(self, function_ids: FunctionIds, paths: Iterable[str]) -> None:
        self.by_name: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        self.in_file: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        for (path, name, line), function_id in sorted(function_ids.items()):
            self.by_name[name].append((path, line, function_id))
            self.in_file[path, name].append((line, function_id))
        # module lookups: a file's path and directory (lower case, no extension) -> files, and
        # every trailing run of their segments -> files
        self.exact: dict[Segments, list[str]] = defaultdict(list)
        self.suffix: dict[Segments, list[str]] = defaultdict(list)
        self.modules: dict[tuple[str, str, str], tuple[str, ...]] = {}
        for path in sorted({*paths, *(path for path, _, _ in function_ids)}):
            segments = tuple(path.lower().split("/"))
            stem = _stem(segments)
            keys = {stem, segments[:-1]}
            if stem[-1] in PACKAGE_FILES:
                keys.add(stem[:-1])
            for key in keys:
                self.exact[key].append(path)
                for start in range(len(key)):
                    self.suffix[key[start:]].append(path)

    def family(self, path: str) -> str | None:
        language = language_of(path)  # a file is parsed as the language of its name
        return FAMILIES.get(language, language) if language else None

    def resolve(
        self, path: str, result: ParseResult, caller: Function, call: CallSite
    ) -> tuple[int, str, float] | None:
        local = self.in_file.get((path, call.callee))
        if local:
            return self.same_file(result, caller, call.callee, local), *SAME_FILE
        imported = self.imported(path, result, call)
        if imported is not None:
            return imported, *IMPORT_RESOLVED
        return self.name_match(path, result.language, call)

    def same_file(
        self, result: ParseResult, caller: Function, callee: str, local: list[tuple[int, int]]
    ) -> int:
        prefix = _prefix(caller)
        defined = {f.line: f for f in result.functions if f.name == callee}

        def rank(entry: tuple[int, int]) -> tuple[bool, int]:
            function = defined.get(entry[0])
            return (function is None or _prefix(function) != prefix, entry[0])

        return min(local, key=rank)[1]

    def imported(self, path: str, result: ParseResult, call: CallSite) -> int | None:
        language, receiver = result.language, call.receiver
        for item in result.imports:
            if receiver is None:
                if call.callee not in item.names and not WILDCARDS.intersection(item.names):
                    continue
                modules = [item.module]
            elif receiver in item.names:  # from pkg import util; util.f() / import { A }; A.f()
                modules = [_submodule(language, item.module, receiver), item.module]
            elif not item.names and receiver in (item.module, _segments(language, item.module)[-1]):
                modules = [item.module]
            else:
                continue
            for module in modules:
                for target in self.module_files(language, path, module):
                    found = self.in_file.get((target, call.callee))
                    if found and target != path:
                        return found[0][1]
        return None

    def name_match(self, path: str, language: str, call: CallSite) -> tuple[int, str, float] | None:
        family = FAMILIES.get(language, language)
        candidates = [
            candidate
            for candidate in self.by_name.get(call.callee, ())
            if candidate[0] != path and self.family(candidate[0]) == family
        ]
        if not candidates:
            return None
        resolution = "method_match" if call.receiver is not None else "name_match"
        if len(candidates) == 1:
            return candidates[0][2], resolution, UNIQUE_MATCH
        directory = path.split("/")[:-1]

        def rank(candidate: tuple[str, int, int]) -> tuple[bool, int, str, int]:
            file, line, _ = candidate
            shared = len(posixpath.commonprefix([directory, file.split("/")[:-1]]))
            return (language_of(file) != language, -shared, file, line)

        return min(candidates, key=rank)[2], resolution, AMBIGUOUS_MATCH

    def module_files(self, language: str, importer: str, module: str) -> tuple[str, ...]:
        """The project files ``module`` imported by ``importer`` may name (cached)."""
        key = (language, importer.rpartition("/")[0], module)
        if key not in self.modules:
            self.modules[key] = ()
            for segments, exact in _module_paths(language, importer, module):
                found = (self.exact if exact else self.suffix).get(segments)
                if found:
                    self.modules[key] = tuple(found)
                    break
        return self.modules[key]


SEPARATORS = {"Python": ".", "Rust": "::", "PHP": "\\", **dict.fromkeys(DOTTED, ".")}


def _segments(language: str, module: str) -> Segments:
    """The path segments a module names, without a source extension."""
    separator = SEPARATORS.get(language, "/")
    if language == "PHP" and "\\" not in module:  # require "lib/x.php"
        separator = "/"
    segments = tuple(s for s in module.split(separator) if s)
    return (_stem(segments) if separator == "/" else segments) or (module,)


def _submodule(language: str, module: str, name: str) -> str:
    separator = SEPARATORS.get(language, "/")
    return module + name if module.endswith(separator) else f"{module}{separator}{name}"


def _module_paths(language: str, importer: str, module: str) -> list[tuple[Segments, bool]]:
    """Where ``module`` imported by file ``importer`` may be: (segments, exact) in lookup order;
    exact segments are a whole path from the project root, others a trailing part of one."""
    directory = tuple(importer.lower().split("/")[:-1])
    lowered = module.lower()
    if language == "Python" and lowered.startswith("."):
        dots = len(lowered) - len(lowered.lstrip("."))
        base = directory[: len(directory) - dots + 1]
        return [(base + _segments(language, lowered[dots:]), True)]
    segments = _segments(language, lowered)
    if language == "Rust" and segments[0] in ("crate", "self", "super"):
        if segments[0] == "crate":
            return [(segments[1:], False)]
        return [((directory if segments[0] == "self" else directory[:-1]) + segments[1:], True)]
    if language == "Go":  # "example.com/app/pkg/util": the longest tail that is a directory
        return [(segments[start:], False) for start in range(len(segments))]
    relative = _relative(directory, segments)
    if lowered.startswith("."):
        return [(relative, True)] if relative is not None else []
    paths = [(segments, False)]
    if language in PATHLIKE and relative is not None:
        paths.insert(0, (relative, True))
    if language in DOTTED and len(segments) > 1:  # Kotlin `import pkg.function`
        paths.append((segments[:-1], False))
    return paths


def _relative(directory: Segments, segments: Segments) -> Segments | None:
    """``segments`` (with ``.``/``..``) from ``directory``; None when it climbs above the root."""
    parts = list(directory)
    for segment in segments:
        if segment == "..":
            if not parts:
                return None
            parts.pop()
        elif segment != ".":
            parts.append(segment)
    return tuple(parts)
