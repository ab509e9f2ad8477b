"""What a parse yields, and its lossless JSON form (``parse_cache.parse_result_json``)."""

from __future__ import annotations

import json
from dataclasses import dataclass

JSON_VERSION = 1


@dataclass(frozen=True)
class Function:
    """A function or method definition (declarations without a body are not functions)."""

    name: str
    qualified_name: str | None  # "Class.method", "outer.inner"; None for top-level functions
    line: int  # 1-based
    end_line: int  # 1-based
    parameter_count: int
    return_type: str | None
    is_exported: bool
    is_async: bool
    body_hash: bytes  # xxh3-64 of the body text, 8 little-endian bytes
    signature_hash: bytes  # xxh3-64 of f"{name}({params}){return_type or ''}", same encoding


@dataclass(frozen=True)
class Import:
    module: str  # as written: "os.path", "./util", "fmt", "java.util.List"
    names: tuple[str, ...]  # imported names; empty for whole-module imports
    line: int


@dataclass(frozen=True)
class CallSite:
    callee: str  # last segment of the called name: "join" for os.path.join(...)
    receiver: str | None  # what precedes it: "os.path", "self"; None for a bare call
    line: int  # line of the callee name
    caller: str | None  # qualified name (else name) of the enclosing function; None at top level


@dataclass(frozen=True)
class ParseResult:
    language: str  # display name, as in services.drift_storage.scan.file_language
    functions: tuple[Function, ...]
    imports: tuple[Import, ...]
    calls: tuple[CallSite, ...]
    errors: int  # ERROR and MISSING nodes in the syntax tree


def to_json(result: ParseResult) -> str:
    """A compact JSON text of ``result``; hashes as hex. ``from_json`` reverses it exactly."""
    return json.dumps(
        {
            "v": JSON_VERSION,
            "language": result.language,
            "errors": result.errors,
            "functions": [
                [
                    f.name,
                    f.qualified_name,
                    f.line,
                    f.end_line,
                    f.parameter_count,
                    f.return_type,
                    f.is_exported,
                    f.is_async,
                    f.body_hash.hex(),
                    f.signature_hash.hex(),
                ]
                for f in result.functions
            ],
            "imports": [[i.module, list(i.names), i.line] for i in result.imports],
            "calls": [[c.callee, c.receiver, c.line, c.caller] for c in result.calls],
        },
        separators=(",", ":"),
        ensure_ascii=False,
    )


def from_json(text: str) -> ParseResult:
    """The ParseResult of a ``to_json`` text; ValueError for another version or shape."""
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("v") != JSON_VERSION:
        raise ValueError("not a parse result of this version")
    try:
        return ParseResult(
            language=data["language"],
            errors=data["errors"],
            functions=tuple(
                Function(n, q, ln, end, pc, rt, exp, asy, bytes.fromhex(bh), bytes.fromhex(sh))
                for n, q, ln, end, pc, rt, exp, asy, bh, sh in data["functions"]
            ),
            imports=tuple(Import(m, tuple(names), ln) for m, names, ln in data["imports"]),
            calls=tuple(CallSite(c, r, ln, caller) for c, r, ln, caller in data["calls"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"malformed parse result: {exc}") from exc
