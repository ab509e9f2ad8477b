"""Import statements per language: each function turns one ``@import`` node into
``(module, names)`` rows. Modules are kept as written; names are the imported (not the alias)
names, ``*`` (or Scala's ``_``) for a wildcard, and empty for a whole-module import."""

from __future__ import annotations

from tree_sitter import Node

from services.drift_storage.parsing.spec import ImportRows, text, unquote


def _named(node: Node) -> Node:
    """``x`` of ``x as y`` (aliased imports keep the imported name in field ``name``/``path``)."""
    return node.child_by_field_name("name") or node.child_by_field_name("path") or node


def python(node: Node) -> ImportRows:
    names = tuple(text(_named(n)) for n in node.children_by_field_name("name"))
    if node.type == "import_statement":  # import a.b, c as d
        yield from ((name, ()) for name in names)
        return
    if any(c.type == "wildcard_import" for c in node.children):
        names = ("*",)
    module = node.child_by_field_name("module_name")
    yield (text(module) if module is not None else "__future__"), names


def javascript(node: Node) -> ImportRows:
    """``import d, { a, b as c } from "m"`` gives ("m", ("d", "a", "b")): a default import is
    named by its local name; ``* as ns`` and side-effect imports are whole-module imports."""
    source = node.child_by_field_name("source")
    if source is None:  # TypeScript `import x = require("m")`
        return
    names: list[str] = []
    for clause in (c for c in node.named_children if c.type == "import_clause"):
        for part in clause.named_children:
            if part.type == "identifier":
                names.append(text(part))
            elif part.type == "named_imports":
                names.extend(
                    text(s.child_by_field_name("name"))
                    for s in part.named_children
                    if s.type == "import_specifier"
                )
    yield unquote(source), tuple(names)


def go(node: Node) -> ImportRows:
    """One ``import_spec`` (grouped imports are one row each, on their own line)."""
    yield unquote(node.child_by_field_name("path")), ()


def rust(node: Node) -> ImportRows:
    """``use a::b::{c, d::e}`` gives ("a::b", ("c",)) and ("a::b::d", ("e",))."""
    argument = node.child_by_field_name("argument")
    if argument is not None:
        yield from _rust_use(argument, "")


def _rust_use(node: Node, prefix: str) -> ImportRows:
    def join(path: Node | None) -> str:
        return "::".join(p for p in (prefix, text(path)) if p)

    if node.type == "use_as_clause":
        node = node.child_by_field_name("path") or node
    if node.type == "use_wildcard":
        yield join(node.named_children[0] if node.named_children else None), ("*",)
    elif node.type in ("scoped_use_list", "use_list"):
        base = join(node.child_by_field_name("path")) if node.type == "scoped_use_list" else prefix
        items = node.child_by_field_name("list") if node.type == "scoped_use_list" else node
        names, nested = [], []
        for item in items.named_children if items is not None else ():
            if item.type in ("identifier", "self", "super", "crate"):
                names.append(text(item))
            elif item.type == "use_as_clause" and _named(item).type == "identifier":
                names.append(text(_named(item)))
            else:
                nested.append(item)
        if names:
            yield base, tuple(names)
        for item in nested:
            yield from _rust_use(item, base)
    else:
        module, _, name = join(node).rpartition("::")
        yield (module, (name,)) if module else (name, ())


def java(node: Node) -> ImportRows:
    """``import java.util.List`` gives ("java.util.List", ()); ``java.util.*`` ("java.util",
    ("*",)); static imports keep the member in the module."""
    path = next(c for c in node.named_children if c.type in ("scoped_identifier", "identifier"))
    wildcard = any(c.type == "asterisk" for c in node.named_children)
    yield text(path), ("*",) if wildcard else ()


def csharp(node: Node) -> ImportRows:
    alias = node.child_by_field_name("name")
    target = [c for c in node.named_children if alias is None or c.id != alias.id]
    if target:
        yield text(target[-1]), ()


def php(node: Node) -> ImportRows:
    """``use A\\B;`` gives ("A\\B", ()); ``use A\\{B, C}`` ("A", ("B", "C")); require/include of a
    string (or of ``__DIR__ . 'x.php'``) gives ("x.php", ())."""
    if node.type != "namespace_use_declaration":
        argument = node.named_children[0] if node.named_children else None
        if argument is not None and argument.type == "binary_expression":
            argument = argument.child_by_field_name("right")
        if argument is not None and argument.type in ("string", "encapsed_string"):
            yield unquote(argument), ()
        return
    group = node.child_by_field_name("body")
    clauses = [c for c in (group or node).named_children if c.type == "namespace_use_clause"]
    names = [text(c.named_children[0]) for c in clauses if c.named_children]  # not the alias
    if group is not None:
        prefix = next((c for c in node.named_children if c.type == "namespace_name"), None)
        yield text(prefix), tuple(names)
    else:
        yield from ((name, ()) for name in names)


def kotlin(node: Node) -> ImportRows:
    path = next((c for c in node.named_children if c.type == "qualified_identifier"), None)
    wildcard = any(c.type == "*" for c in node.children)
    yield text(path), ("*",) if wildcard else ()


def include(node: Node) -> ImportRows:
    """C/C++ ``#include <x.h>`` / ``"x.h"``."""
    yield unquote(node.child_by_field_name("path")), ()


def swift(node: Node) -> ImportRows:
    path = next((c for c in node.named_children if c.type == "identifier"), None)
    yield text(path), ()


def scala(node: Node) -> ImportRows:
    module = ".".join(text(p) for p in node.children_by_field_name("path") if p.is_named)
    names: tuple[str, ...] = ()
    for child in node.named_children:
        if child.type == "namespace_selectors":
            names = tuple(text(_named(s)) for s in child.named_children)
        elif child.type == "namespace_wildcard":
            names = (text(child),)
    yield module, names
