"""The generic extractor: one query run per file finds the nodes of every role, then one sweep in
document order keeps the stack of open scopes and functions, which gives qualified names, callers
and the context of export rules. Per-language knowledge is data (``spec.Spec``)."""

from __future__ import annotations

import re

from tree_sitter import Node, QueryCursor

from services.drift_storage.content_hash import xxh3
from services.drift_storage.parsing import grammars
from services.drift_storage.parsing.languages import SPECS
from services.drift_storage.parsing.model import CallSite, Function, Import, ParseResult
from services.drift_storage.parsing.spec import Container, Def, Fn, Parts, Spec, text, unquote

# Children whose words are modifiers of a definition (keyword tokens are read directly).
MODIFIER_KINDS = frozenset(
    {
        "modifiers",  # Java, Kotlin, Swift, Scala
        "modifier",  # C#
        "visibility_modifier",  # Rust, PHP
        "function_modifiers",  # Rust: async, const, unsafe
        "accessibility_modifier",  # TypeScript
        "storage_class_specifier",  # C, C++: static
        "static_modifier",  # PHP
    }
)
NOT_PARAMETERS = frozenset(
    {"comment", "line_comment", "block_comment", "keyword_separator", "positional_separator"}
)
ROLE_ORDER = {"namespace": 0, "scope": 1, "function": 2, "import": 3, "call": 4}
WORD = re.compile(r"[A-Za-z_]\w*")
TYPE_NAME = re.compile(r"[^<\[(\s]+")


def parse(language: str, source: bytes) -> ParseResult | None:
    """Functions, imports and calls of ``source``; None for a language we do not parse."""
    spec = SPECS.get(language)
    if spec is None:
        return None
    best: tuple[int, str, Node] | None = None
    for key in spec.grammars:  # TypeScript: TSX only when the plain grammar finds errors
        root = grammars.parser(key).parse(source).root_node
        errors = count_errors(root)
        if best is None or errors < best[0]:
            best = (errors, key, root)
        if not errors:
            break
    assert best is not None
    errors, key, root = best
    return _Extraction(spec, key, source).run(root, errors)


def count_errors(root: Node) -> int:
    """ERROR and MISSING nodes, visiting only subtrees that contain one."""
    count, stack = 0, [root] if root.has_error else []
    while stack:
        node = stack.pop()
        count += node.is_error or node.is_missing
        stack.extend(child for child in node.children if child.has_error)
    return count


def squeeze(value: str) -> str:
    """Runs of whitespace as one space (signatures and receivers span lines)."""
    return " ".join(value.split())


def field(node: Node, key: str) -> Node | None:
    """The child in field ``key``, else the first named child of kind ``key``."""
    found = node.child_by_field_name(key)
    if found is None:
        found = next((c for c in node.named_children if c.type == key), None)
    return found


def first_named(node: Node) -> Node | None:
    """The first named child, if there is one."""
    return node.named_children[0] if node.named_child_count else None


def children(node: Node, keys: str) -> list[Node]:
    """Children in the first of the ``|``-separated fields (or kinds) that has any."""
    for key in keys.split("|"):
        found = node.children_by_field_name(key) or [
            c for c in node.named_children if c.type == key
        ]
        if found:
            return found
    return []


def type_name(value: str) -> str | None:
    """``Wrapper`` of ``Wrapper<T>`` or ``*Server[T]``."""
    found = TYPE_NAME.search(value.lstrip("*&"))
    return found.group() if found else None


class _Extraction:
    def __init__(self, spec: Spec, grammar: str, source: bytes) -> None:
        self.spec = spec
        self.grammar = grammar
        self.source = source
        self.functions: list[Function] = []
        self.imports: list[Import] = []
        self.calls: list[CallSite] = []
        self.exports: frozenset[str] = frozenset()

    def run(self, root: Node, errors: int) -> ParseResult:
        captures = QueryCursor(grammars.query(self.grammar, self.spec.query)).captures(root)
        self.exports = frozenset(text(n) for n in captures.pop("exported", ()))
        seen: set[tuple[str, int]] = set()
        items = []
        for role, nodes in captures.items():
            for node in nodes:
                if (role, node.id) not in seen:
                    seen.add((role, node.id))
                    items.append(
                        (node.start_byte, -node.end_byte, ROLE_ORDER[role], node.id, role, node)
                    )
        items.sort(key=lambda item: item[:4])
        stack: list[Container] = []
        for start, *_, role, node in items:
            while stack and stack[-1].end <= start:
                stack.pop()
            if role == "call":
                self.call(node, stack)
            elif role == "import":
                line = node.start_point.row + 1
                self.imports.extend(Import(m, n, line) for m, n in self.spec.imports(node))
            elif role == "function":
                opened = self.function(node, stack)
                if opened is not None:
                    stack.append(opened)
            else:
                stack.append(self.scope(role, node, stack))
        return ParseResult(
            self.spec.name,
            tuple(self.functions),
            tuple(self.imports),
            tuple(self.calls),
            errors,
        )

    # -- definitions -------------------------------------------------------------------------

    def scope(self, role: str, node: Node, stack: list[Container]) -> Container:
        named = node.child_by_field_name(self.spec.scope_names.get(node.type, "name"))
        name = type_name(text(named)) if named is not None else None
        if role == "namespace":
            return Container(role, node, None, node.end_byte, exported=named is not None)
        definition = Def(node, name or "", self.words([node]), tuple(stack), self.exports)
        return Container(role, node, name, node.end_byte, self.spec.exported(definition))

    def function(self, node: Node, stack: list[Container]) -> Container | None:
        layout = self.spec.functions[node.type]
        parts = layout.parts(node) if layout.parts else self.parts(node, layout)
        if parts is None or (parts.body is None and not self.spec.body_optional):
            return None
        path = [c.name for c in stack if c.kind != "namespace" and c.name]
        if parts.owner:
            path.append(parts.owner)
        qualified = ".".join([*path, parts.name]) if path else None
        words = self.words(parts.modifiers)
        count, params = self.parameters(parts.params)
        body = (parts.body.text or b"") if parts.body is not None else b""
        signature = f"{parts.name}({params}){parts.return_type or ''}"
        self.functions.append(
            Function(
                name=parts.name,
                qualified_name=qualified,
                line=node.start_point.row + 1,
                end_line=node.end_point.row + 1,
                parameter_count=count,
                return_type=parts.return_type,
                is_exported=self.spec.exported(
                    Def(node, parts.name, words, tuple(stack), self.exports)
                ),
                is_async=not words.isdisjoint(self.spec.async_words),
                body_hash=xxh3(body),
                signature_hash=xxh3(signature.encode()),
            )
        )
        return Container("function", node, parts.name, node.end_byte, label=qualified or parts.name)

    def parts(self, node: Node, layout: Fn) -> Parts | None:
        target = node.child_by_field_name(layout.value) if layout.value else node
        named = node.child_by_field_name(layout.name)
        if target is None or named is None:
            return None
        returns = None
        if layout.returns:
            returns = target.child_by_field_name(layout.returns)
        elif layout.returns_after:
            after = False
            for child in target.children:
                if after and child.is_named:
                    returns = child
                    break
                after = after or child.type == layout.returns_after
        return Parts(
            name=text(named),
            owner=None,
            params=[target] if layout.params is None else children(target, layout.params),
            return_type=squeeze(text(returns).lstrip(":")) or None,
            body=field(target, layout.body),
            modifiers=[node] if target is node else [node, target],
        )

    def words(self, nodes: list[Node]) -> frozenset[str]:
        found: set[str] = set()
        for node in nodes:
            for child in node.children:
                if not child.is_named:
                    found.add(child.type)
                elif child.type in MODIFIER_KINDS:
                    found.update(WORD.findall(text(child)))
        return frozenset(found)

    def parameters(self, lists: list[Node]) -> tuple[int, str]:
        """How many parameters the lists declare, and their text without the parentheses."""
        count, texts = 0, []
        kinds = self.spec.param_kinds
        for plist in lists:
            if plist.child_count == 0:  # `x => x`
                count += 1
                texts.append(text(plist))
                continue
            for child in plist.named_children:
                if (kinds and child.type not in kinds) or child.type in NOT_PARAMETERS:
                    continue
                if child.text == b"void":  # C: f(void)
                    continue
                names = len(child.children_by_field_name("name")) if self.spec.grouped_params else 1
                count += max(names, 1)
            texts.append(self.inside_parens(plist))
        return count, ")(".join(texts)

    def inside_parens(self, node: Node) -> str:
        opening = next((c for c in node.children if c.type == "("), None)
        if opening is None:
            return squeeze(text(node))
        closing = next(
            (c for c in node.children if c.type == ")" and c.start_byte >= opening.end_byte), None
        )
        end = closing.start_byte if closing is not None else node.end_byte
        return squeeze(self.source[opening.end_byte : end].decode("utf-8", "replace"))

    # -- calls -------------------------------------------------------------------------------

    def call(self, node: Node, stack: list[Container]) -> None:
        layout = self.spec.calls[node.type]
        if layout.name:
            callee = self.leaf(node.child_by_field_name(layout.name))
            receiver = node.child_by_field_name(layout.receiver) if layout.receiver else None
        else:
            target = (
                node.child_by_field_name(layout.function) if layout.function else first_named(node)
            )
            callee, receiver = self.split(target)
        if callee is None:
            return
        name = text(callee)
        if receiver is None and name in self.spec.import_calls:
            self.import_call(node)
            return
        caller = next((c for c in reversed(stack) if c.kind == "function"), None)
        self.calls.append(
            CallSite(
                callee=name,
                receiver=squeeze(text(receiver)) if receiver is not None else None,
                line=callee.start_point.row + 1,
                caller=caller.label if caller is not None else None,
            )
        )

    def import_call(self, node: Node) -> None:
        """``require("x")``: an import when its first argument is a string."""
        arguments = node.child_by_field_name("arguments")
        first = arguments.named_children[0] if arguments and arguments.named_children else None
        if first is not None and first.type == "string":
            self.imports.append(Import(unquote(first), (), node.start_point.row + 1))

    def split(self, node: Node | None) -> tuple[Node | None, Node | None]:
        """(called name, receiver) of a call's function expression."""
        node = self.unwrap(node)
        if node is None or node.type not in self.spec.members:
            return self.leaf(node), None
        obj_field, member_field = self.spec.members[node.type]
        named = node.named_children
        obj = node.child_by_field_name(obj_field) if obj_field else named[0]
        member = node.child_by_field_name(member_field) if member_field else named[-1]
        return self.leaf(member), obj

    def unwrap(self, node: Node | None) -> Node | None:
        while node is not None and node.type in self.spec.wrappers:
            key = self.spec.wrappers[node.type]
            node = node.child_by_field_name(key) if key else first_named(node)
        return node

    def leaf(self, node: Node | None) -> Node | None:
        """The name itself, or None when the callee is computed (``f()()``, ``a[0]()``)."""
        node = self.unwrap(node)
        return node if node is not None and node.named_child_count == 0 else None
