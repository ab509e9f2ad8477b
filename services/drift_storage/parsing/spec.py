"""How a language is read: the shape of its syntax tree, as data the generic extractor uses.

A language's ``query`` finds the nodes that matter, each captured under its role: ``@function``
(a definition), ``@scope`` (a type whose name qualifies the functions inside it), ``@namespace``
(a block that does not qualify names but may hide them), ``@call``, ``@import`` and, for
JavaScript/TypeScript, ``@exported`` (a name listed in ``export { ... }``). The tables below say,
per node kind, which fields hold the parts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from tree_sitter import Node

ImportRows = Iterable[tuple[str, tuple[str, ...]]]


def text(node: Node | None) -> str:
    """The source text of ``node`` ("" for None)."""
    return (node.text or b"").decode("utf-8", "replace") if node is not None else ""


def unquote(node: Node | None) -> str:
    """A string literal's text without its quotes (or ``<>`` of ``#include <x.h>``)."""
    return text(node).strip("\"'`<>")


class Parts(NamedTuple):
    """The pieces of a definition node."""

    name: str
    owner: str | None  # a qualifier written in the definition itself (Go receiver, C++ A::f)
    params: list[Node]  # parameter-list nodes (several in Scala; the definition itself in Swift)
    return_type: str | None
    body: Node | None
    modifiers: list[Node]  # nodes whose modifier words (public, async, static...) apply


@dataclass(frozen=True)
class Fn:
    """Where the parts of a definition node kind are: a field name, or the kind of a child."""

    name: str = "name"
    params: str | None = "parameters"  # None: the parameters are children of the definition
    returns: str | None = None  # field of the return type
    returns_after: str | None = None  # or: the return type follows this token ("->", ":")
    body: str = "body"
    value: str | None = None  # the function is the node in this field (`const f = () => {}`)
    parts: Callable[[Node], Parts | None] | None = None  # for shapes fields cannot describe


@dataclass(frozen=True)
class Call:
    """Where the called name is: an expression in ``function`` (None: the first named child), or
    ``receiver``/``name`` fields on the call node itself (Java, Ruby, PHP member calls)."""

    function: str | None = "function"
    receiver: str | None = None
    name: str | None = None


@dataclass
class Container:
    """An open definition, scope or namespace while the extractor sweeps the tree."""

    kind: str  # "function", "scope" or "namespace"
    node: Node
    name: str | None
    end: int  # end byte
    exported: bool = False
    label: str | None = None  # a function's qualified name (else name): the caller of its calls


@dataclass(frozen=True)
class Def:
    """What an export rule sees of a definition (or of a scope)."""

    node: Node
    name: str
    words: frozenset[str]  # modifier words and keyword tokens of the definition
    enclosing: tuple[Container, ...]  # outermost first
    exports: frozenset[str]  # names listed in `export { ... }` (JavaScript/TypeScript)

    @property
    def nested(self) -> bool:
        """Defined inside a function (a local function: never exported)."""
        return any(c.kind == "function" for c in self.enclosing)

    @property
    def scope(self) -> Container | None:
        """The innermost enclosing scope (class, struct, impl...), if any."""
        return next((c for c in reversed(self.enclosing) if c.kind == "scope"), None)


@dataclass(frozen=True)
class Spec:
    name: str  # display name
    grammars: tuple[str, ...]  # grammar keys; a later one is tried when a parse has errors
    query: str
    functions: Mapping[str, Fn]
    calls: Mapping[str, Call]
    exported: Callable[[Def], bool]
    imports: Callable[[Node], ImportRows] = lambda node: ()  # of an @import node
    # member access kind -> (object field, member field); None: first / last named child
    members: Mapping[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # kinds that wrap the called name (generic_name, template_function...) -> field (None: first)
    wrappers: Mapping[str, str | None] = field(default_factory=dict)
    scope_names: Mapping[str, str] = field(default_factory=dict)  # scope kind -> name field
    async_words: frozenset[str] = frozenset({"async"})
    param_kinds: frozenset[str] | None = None  # count only these children as parameters
    grouped_params: bool = False  # Go: `a, b int` declares two parameters
    import_calls: frozenset[str] = frozenset()  # calls that are imports: require("x")
    body_optional: bool = False  # Ruby: `def f; end` has no body node
