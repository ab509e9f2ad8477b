"""The 14 languages, each with its real tree-sitter grammar: queries, node layouts and the rule
that decides whether a definition is exported (visible outside its module).

Common to all: a function is a definition with a body (abstract, interface and prototype
declarations are not); lambdas and closures are not functions unless JavaScript/TypeScript
assign them to a variable or class field (then named after it), and calls inside them belong to
the enclosing function. Qualified names join the enclosing types (class, struct, interface,
trait, impl, object, Ruby module, Swift extension) and enclosing functions with ``.``;
namespaces and packages are left out. Parameters are counted as written (Python ``self``, Rust
``self`` included; Go's receiver not). Return types are as written (``void`` included), C/C++
ones rebuilt from the declarator (``const char*``). Constructor calls through ``new`` are not
calls; macros (Rust ``println!``) are not calls.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tree_sitter import Node

from services.drift_storage.parsing import imports
from services.drift_storage.parsing.spec import Call, Def, Fn, Parts, Spec, text

# -- export rules ----------------------------------------------------------------------------


def _public_name(name: str) -> bool:
    return not name.startswith("_") or (name.startswith("__") and name.endswith("__"))


def _python_exported(d: Def) -> bool:
    """A public name (no leading underscore; dunders are public) in public scopes, not local."""
    scope = d.scope
    return not d.nested and (scope is None or scope.exported) and _public_name(d.name)


def _ruby_exported(d: Def) -> bool:
    """As Python, and not after a bare ``private``/``protected`` nor in ``private def ...``."""
    return _python_exported(d) and not (d.node.type == "method" and _ruby_private(d.node))


def _ruby_private(node: Node) -> bool:
    parent = node.parent
    if parent is not None and parent.type == "argument_list" and parent.parent is not None:
        method = parent.parent.child_by_field_name("method")
        return method is not None and method.text in (b"private", b"protected")
    sibling = node.prev_named_sibling
    while sibling is not None:
        if sibling.type == "identifier" and sibling.text in (b"private", b"protected", b"public"):
            return sibling.text != b"public"
        sibling = sibling.prev_named_sibling
    return False


def _js_exported(d: Def) -> bool:
    """Top level: under ``export`` or listed in ``export { ... }``; a method: its class is
    exported and the method is not ``#private``, ``private`` or ``protected``."""
    if d.nested:
        return False
    scope = d.scope
    if scope is not None:
        hidden = d.name.startswith("#") or not {"private", "protected"}.isdisjoint(d.words)
        return scope.exported and not hidden
    parent = d.node.parent
    if parent is not None and parent.type in ("lexical_declaration", "variable_declaration"):
        parent = parent.parent
    return (parent is not None and parent.type == "export_statement") or d.name in d.exports


def _go_exported(d: Def) -> bool:
    return d.name[:1].isupper()


def _rust_exported(d: Def) -> bool:
    """``pub`` (any ``pub(...)`` too), or a method of a trait or of a trait implementation."""
    if d.nested:
        return False
    scope = d.scope
    in_trait = scope is not None and (
        scope.node.type == "trait_item" or scope.node.child_by_field_name("trait") is not None
    )
    return "pub" in d.words or (d.node.type == "function_item" and in_trait)


def _public_or_interface(interfaces: frozenset[str]) -> Callable[[Def], bool]:
    """Java, C#: ``public``, or a non-private member of an interface (public by default)."""

    def rule(d: Def) -> bool:
        if d.nested:
            return False
        scope = d.scope
        in_interface = scope is not None and scope.node.type in interfaces
        return "public" in d.words or (in_interface and "private" not in d.words)

    return rule


def _public_unless(*hidden: str) -> Callable[[Def], bool]:
    """Kotlin, Scala, PHP: public unless a hiding modifier; local functions never."""
    words = frozenset(hidden)

    def rule(d: Def) -> bool:
        return not d.nested and words.isdisjoint(d.words)

    return rule


def _swift_exported(d: Def) -> bool:
    """``public`` or ``open`` (Swift's default is ``internal``)."""
    return not d.nested and not {"public", "open"}.isdisjoint(d.words)


def _c_exported(d: Def) -> bool:
    return "static" not in d.words


def _cpp_exported(d: Def) -> bool:
    """Not in an anonymous namespace; a member: in a ``public:`` section (``class`` members are
    private by default, ``struct``/``union`` members public); otherwise not ``static``."""
    if any(c.kind == "namespace" and not c.exported for c in d.enclosing):
        return False
    scope = d.scope
    if scope is None:
        return "static" not in d.words
    node = d.node
    while node.parent is not None and node.parent.type != "field_declaration_list":
        node = node.parent
    sibling = node.prev_named_sibling
    while sibling is not None:
        if sibling.type == "access_specifier":
            return sibling.text == b"public"
        sibling = sibling.prev_named_sibling
    return scope.node.type != "class_specifier"


# -- definitions fields cannot describe ------------------------------------------------------

IDENTIFIER = re.compile(r"[A-Za-z_]\w*")


def _go_method(node: Node) -> Parts | None:
    """``func (s *Server) Start(...)``: owner ``Server``."""
    name = node.child_by_field_name("name")
    receiver = node.child_by_field_name("receiver")
    declared = receiver.named_children[0] if receiver and receiver.named_children else None
    kind = declared.child_by_field_name("type") if declared is not None else None
    owner = IDENTIFIER.search(text(kind))
    result = node.child_by_field_name("result")
    return Parts(
        name=text(name),
        owner=owner.group() if owner else None,
        params=node.children_by_field_name("parameters"),
        return_type=text(result) or None,
        body=node.child_by_field_name("body"),
        modifiers=[node],
    )


def _c_function(node: Node) -> Parts | None:
    """``static const char *A::name(int x) {...}``: the name is inside the declarator chain;
    the return type is the qualifiers and type before it plus one ``*``/``&`` per wrapper."""
    declarator, suffix = node.child_by_field_name("declarator"), ""
    while declarator is not None and declarator.type != "function_declarator":
        if declarator.type in ("pointer_declarator", "reference_declarator"):
            suffix += "*" if declarator.type == "pointer_declarator" else text(declarator)[:1]
        declarator = declarator.child_by_field_name("declarator") or (
            declarator.named_children[0] if declarator.named_children else None
        )
    if declarator is None:
        return None
    name = declarator.child_by_field_name("declarator")
    owners = []
    while name is not None and name.type == "qualified_identifier":
        owners.append(text(name.child_by_field_name("scope")))
        name = name.child_by_field_name("name")
    if name is not None and name.type == "template_function":
        name = name.child_by_field_name("name")
    if name is None:
        return None
    trailing = next((c for c in declarator.children if c.type == "trailing_return_type"), None)
    kind = node.child_by_field_name("type")
    returns = None
    if trailing is not None:
        returns = text(trailing).removeprefix("->").strip()
    elif kind is not None:
        qualifiers = [
            text(c)
            for c in node.named_children
            if c.type == "type_qualifier" and c.end_byte <= kind.start_byte
        ]
        returns = " ".join([*qualifiers, text(kind)]) + suffix
    return Parts(
        name=text(name),
        owner=".".join(o for o in owners if o) or None,
        params=declarator.children_by_field_name("parameters"),
        return_type=returns,
        body=node.child_by_field_name("body"),
        modifiers=[node],
    )


# -- the languages ---------------------------------------------------------------------------

_JS_QUERY = """
[(function_declaration) (generator_function_declaration) (method_definition)] @function
(variable_declarator
  name: (identifier)
  value: [(arrow_function) (function_expression) (generator_function)]) @function
(%(field)s value: [(arrow_function) (function_expression) (generator_function)]) @function
[(class_declaration) (class) %(scopes)s] @scope
(call_expression) @call
(import_statement) @import
(export_statement !source (export_clause (export_specifier name: (_) @exported)))
(export_statement value: (identifier) @exported)
"""
_JS_VALUE = Fn(value="value", params="parameters|parameter", returns="return_type")
_JS_FUNCTIONS = {
    "function_declaration": Fn(returns="return_type"),
    "generator_function_declaration": Fn(returns="return_type"),
    "method_definition": Fn(returns="return_type"),
    "variable_declarator": _JS_VALUE,
}


def _javascript_like(name: str, grammars: tuple[str, ...], typed: bool) -> Spec:
    field = "public_field_definition" if typed else "field_definition"
    scopes = "(abstract_class_declaration)" if typed else ""
    return Spec(
        name=name,
        grammars=grammars,
        query=_JS_QUERY % {"field": field, "scopes": scopes},
        functions={
            **_JS_FUNCTIONS,
            field: Fn(
                name="name" if typed else "property",
                value="value",
                params="parameters|parameter",
                returns="return_type",
            ),
        },
        calls={"call_expression": Call()},
        members={"member_expression": ("object", "property")},
        # TypeScript parses `await a.b<T>()` with the await inside the callee
        wrappers={"await_expression": None},
        imports=imports.javascript,
        exported=_js_exported,
        import_calls=frozenset({"require"}),
    )


SPECS: dict[str, Spec] = {
    spec.name: spec
    for spec in (
        Spec(
            name="Python",
            grammars=("python",),
            query="""
            (function_definition) @function
            (class_definition) @scope
            (call) @call
            [(import_statement) (import_from_statement) (future_import_statement)] @import
            """,
            functions={"function_definition": Fn(returns="return_type")},
            calls={"call": Call()},
            members={"attribute": ("object", "attribute")},
            imports=imports.python,
            exported=_python_exported,
        ),
        _javascript_like("JavaScript", ("javascript",), typed=False),
        _javascript_like("TypeScript", ("typescript", "tsx"), typed=True),
        Spec(
            name="Go",
            grammars=("go",),
            query="""
            [(function_declaration) (method_declaration)] @function
            (call_expression) @call
            (import_spec) @import
            """,
            functions={
                "function_declaration": Fn(returns="result"),
                "method_declaration": Fn(parts=_go_method),
            },
            calls={"call_expression": Call()},
            members={"selector_expression": ("operand", "field")},
            wrappers={"generic_function": "function"},
            imports=imports.go,
            exported=_go_exported,
            grouped_params=True,
        ),
        Spec(
            name="Rust",
            grammars=("rust",),
            query="""
            (function_item) @function
            [(impl_item) (trait_item)] @scope
            (call_expression) @call
            (use_declaration) @import
            """,
            functions={"function_item": Fn(returns="return_type")},
            scope_names={"impl_item": "type"},
            calls={"call_expression": Call()},
            members={"field_expression": ("value", "field"), "scoped_identifier": ("path", "name")},
            wrappers={"generic_function": "function"},
            imports=imports.rust,
            exported=_rust_exported,
        ),
        Spec(
            name="Java",
            grammars=("java",),
            query="""
            [(method_declaration) (constructor_declaration)] @function
            [(class_declaration) (interface_declaration) (enum_declaration)
             (record_declaration)] @scope
            (method_invocation) @call
            (import_declaration) @import
            """,
            functions={"method_declaration": Fn(returns="type"), "constructor_declaration": Fn()},
            calls={"method_invocation": Call(receiver="object", name="name")},
            imports=imports.java,
            exported=_public_or_interface(frozenset({"interface_declaration"})),
        ),
        Spec(
            name="C#",
            grammars=("c_sharp",),
            query="""
            [(method_declaration) (constructor_declaration) (local_function_statement)] @function
            [(class_declaration) (struct_declaration) (interface_declaration)
             (record_declaration)] @scope
            (invocation_expression) @call
            (using_directive) @import
            """,
            functions={
                "method_declaration": Fn(returns="returns"),
                "constructor_declaration": Fn(),
                "local_function_statement": Fn(returns="type"),
            },
            calls={"invocation_expression": Call()},
            members={"member_access_expression": ("expression", "name")},
            wrappers={"generic_name": None},
            imports=imports.csharp,
            exported=_public_or_interface(frozenset({"interface_declaration"})),
        ),
        Spec(
            name="Ruby",
            grammars=("ruby",),
            query="""
            [(method) (singleton_method)] @function
            [(class) (module)] @scope
            (call) @call
            """,
            functions={"method": Fn(), "singleton_method": Fn()},
            calls={"call": Call(receiver="receiver", name="method")},
            exported=_ruby_exported,
            import_calls=frozenset({"require", "require_relative"}),
            body_optional=True,
        ),
        Spec(
            name="PHP",
            grammars=("php",),
            query="""
            [(function_definition) (method_declaration)] @function
            [(class_declaration) (interface_declaration) (trait_declaration)
             (enum_declaration)] @scope
            [(function_call_expression) (member_call_expression)
             (nullsafe_member_call_expression) (scoped_call_expression)] @call
            [(namespace_use_declaration) (require_expression) (require_once_expression)
             (include_expression) (include_once_expression)] @import
            """,
            functions={
                "function_definition": Fn(returns="return_type"),
                "method_declaration": Fn(returns="return_type"),
            },
            calls={
                "function_call_expression": Call(),
                "member_call_expression": Call(receiver="object", name="name"),
                "nullsafe_member_call_expression": Call(receiver="object", name="name"),
                "scoped_call_expression": Call(receiver="scope", name="name"),
            },
            members={"qualified_name": ("prefix", "name")},
            imports=imports.php,
            exported=_public_unless("private", "protected"),
        ),
        Spec(
            name="Kotlin",
            grammars=("kotlin",),
            query="""
            (function_declaration) @function
            [(class_declaration) (object_declaration) (companion_object)] @scope
            (call_expression) @call
            (import) @import
            """,
            functions={
                "function_declaration": Fn(
                    params="function_value_parameters", returns_after=":", body="function_body"
                )
            },
            calls={"call_expression": Call(function=None)},
            members={"navigation_expression": (None, None)},
            imports=imports.kotlin,
            exported=_public_unless("private", "protected", "internal"),
            async_words=frozenset({"suspend"}),
            param_kinds=frozenset({"parameter"}),
        ),
        Spec(
            name="C++",
            grammars=("cpp",),
            query="""
            (function_definition) @function
            [(class_specifier) (struct_specifier) (union_specifier)] @scope
            (namespace_definition) @namespace
            (call_expression) @call
            (preproc_include) @import
            """,
            functions={"function_definition": Fn(parts=_c_function)},
            calls={"call_expression": Call()},
            members={
                "field_expression": ("argument", "field"),
                "qualified_identifier": ("scope", "name"),
            },
            wrappers={"template_function": "name"},
            imports=imports.include,
            exported=_cpp_exported,
        ),
        Spec(
            name="C",
            grammars=("c",),
            query="""
            (function_definition) @function
            (call_expression) @call
            (preproc_include) @import
            """,
            functions={"function_definition": Fn(parts=_c_function)},
            calls={"call_expression": Call()},
            members={"field_expression": ("argument", "field")},
            imports=imports.include,
            exported=_c_exported,
        ),
        Spec(
            name="Swift",
            grammars=("swift",),
            query="""
            [(function_declaration) (init_declaration)] @function
            [(class_declaration) (protocol_declaration)] @scope
            (call_expression) @call
            (import_declaration) @import
            """,
            functions={
                "function_declaration": Fn(params=None, returns_after="->"),
                "init_declaration": Fn(params=None),
            },
            calls={"call_expression": Call(function=None)},
            members={"navigation_expression": ("target", "suffix")},
            wrappers={"navigation_suffix": "suffix"},
            imports=imports.swift,
            exported=_swift_exported,
            param_kinds=frozenset({"parameter"}),
        ),
        Spec(
            name="Scala",
            grammars=("scala",),
            query="""
            (function_definition) @function
            [(class_definition) (object_definition) (trait_definition)] @scope
            (call_expression) @call
            (import_declaration) @import
            """,
            functions={"function_definition": Fn(returns="return_type")},
            calls={"call_expression": Call()},
            members={"field_expression": ("value", "field")},
            wrappers={"generic_function": "function"},
            imports=imports.scala,
            exported=_public_unless("private", "protected"),
        ),
    )
}
