"""The parsing module: the 14 languages on realistic snippets (exact rows), hashes, the JSON form
of the parse cache, error counting, and call resolution over small Python and TypeScript
projects."""

from __future__ import annotations

import concurrent.futures
from pathlib import Path
from typing import NamedTuple

import pytest
import xxhash

from services.drift_storage.parsing import (
    LANGUAGES,
    CallSite,
    Function,
    Import,
    ParseResult,
    from_json,
    parse,
    to_json,
)
from services.drift_storage.parsing.resolve import Edge, resolve_calls
from services.drift_storage.scan.file_language import EXTENSIONS, language_of

FIXTURES = Path(__file__).parent / "fixtures" / "parsing"


def xxh3(data: bytes) -> bytes:
    return xxhash.xxh3_64_intdigest(data).to_bytes(8, "little")


def parsed(language: str, source: str | bytes) -> ParseResult:
    result = parse(language, source.encode() if isinstance(source, str) else source)
    assert result is not None
    return result


def function_rows(result: ParseResult) -> list[tuple[object, ...]]:
    return [
        (
            f.name,
            f.qualified_name,
            f.line,
            f.end_line,
            f.parameter_count,
            f.return_type,
            f.is_exported,
            f.is_async,
        )
        for f in result.functions
    ]


class Case(NamedTuple):
    file: str
    language: str
    functions: list[tuple[object, ...]]
    imports: list[tuple[str, tuple[str, ...], int]]
    calls: list[tuple[str, str | None, int, str | None]]


# (name, qualified_name, line, end_line, parameter_count, return_type, is_exported, is_async)
CASES = [
    Case(
        "sample.py",
        "Python",
        functions=[
            ("__init__", "Repository.__init__", 10, 11, 2, "None", True, False),
            ("save", "Repository.save", 13, 16, 4, "bool", True, True),
            ("_write", "Repository._write", 18, 22, 2, None, False, False),
            ("inner", "Repository._write.inner", 19, 20, 2, None, False, False),
            ("main", None, 25, 27, 1, None, True, False),
        ],
        imports=[
            ("os.path", (), 1),
            ("json", (), 2),
            (".util", ("helper", "slugify"), 3),
            ("typing", ("*",), 4),
        ],
        calls=[
            ("join", "os.path", 11, "Repository.__init__"),
            ("dumps", "js", 14, "Repository.save"),
            ("_write", "self", 15, "Repository.save"),
            ("helper", None, 16, "Repository.save"),
            ("len", None, 20, "Repository._write.inner"),
            ("inner", None, 22, "Repository._write"),
            ("Repository", None, 26, "main"),
            ("save", "repo", 27, "main"),
            ("main", None, 30, None),
        ],
    ),
    Case(
        "sample.js",
        "JavaScript",
        functions=[
            ("constructor", "UserService.constructor", 7, 9, 1, None, True, False),
            ("find", "UserService.find", 11, 14, 2, None, True, True),
            ("#secret", "UserService.#secret", 16, 18, 0, None, False, False),
            ("createService", None, 21, 23, 1, None, True, False),
            ("handler", None, 25, 27, 2, None, False, True),
            ("ids", None, 29, 31, 0, None, False, False),
        ],
        imports=[
            ("fs", ("fs",), 1),
            ("node:path", ("join", "resolve"), 2),
            ("./util.js", (), 3),
            ("lodash", (), 4),
        ],
        calls=[
            ("query", "this.db", 12, "UserService.find"),
            ("normalize", "util", 13, "UserService.find"),
            ("readFileSync", "fs", 17, "UserService.#secret"),
            ("join", None, 17, "UserService.#secret"),
            ("send", "res", 26, "handler"),
            ("find", "createService(req.db)", 26, "handler"),
            ("createService", None, 26, "handler"),
        ],
    ),
    Case(
        "sample.ts",
        "TypeScript",
        functions=[
            ("constructor", "UserStore.constructor", 13, 13, 1, None, True, False),
            ("get", "UserStore.get", 15, 19, 1, "Promise<User>", True, True),
            ("evict", "UserStore.evict", 21, 23, 1, "void", False, False),
            ("formatUser", None, 26, 28, 2, "string", True, False),
            ("internal", None, 30, 32, 1, "number", False, False),
        ],
        imports=[
            ("@angular/core", ("Injectable",), 1),
            ("./models", ("User",), 2),
            ("path", (), 3),
        ],
        calls=[
            ("Injectable", None, 9, None),
            ("get", "this.http", 16, "UserStore.get"),
            ("join", "path", 16, "UserStore.get"),
            ("set", "this.cache", 17, "UserStore.get"),
            ("delete", "this.cache", 22, "UserStore.evict"),
            ("toUpperCase", "user.name", 27, "formatUser"),
        ],
    ),
    Case(
        "sample.go",
        "Go",
        functions=[
            ("NewServer", None, 13, 15, 1, "*Server", True, False),
            ("Start", "Server.Start", 17, 20, 2, "(int, error)", True, False),
            ("listen", "Server.listen", 22, 24, 1, "(int, error)", False, False),
            ("helper", None, 26, 28, 1, "int", False, False),
        ],
        imports=[
            ("context", (), 4),
            ("fmt", (), 5),
            ("strings", (), 6),
        ],
        calls=[
            ("TrimSpace", "str", 14, "NewServer"),
            ("Println", "fmt", 18, "Server.Start"),
            ("listen", "s", 19, "Server.Start"),
            ("len", None, 27, "helper"),
        ],
    ),
    Case(
        "sample.rs",
        "Rust",
        functions=[
            ("new", "Cache.new", 10, 12, 0, "Self", True, False),
            ("fetch", "Cache.fetch", 14, 18, 2, "Option<String>", True, True),
            ("evict", "Cache.evict", 20, 22, 2, None, False, False),
            ("fmt", "Cache.fmt", 26, 28, 2, "std::fmt::Result", True, False),
            ("log", None, 31, 34, 1, None, False, False),
        ],
        imports=[
            ("std::collections", ("HashMap",), 1),
            ("std::io", ("self", "Read"), 2),
            ("crate::util", ("*",), 3),
        ],
        calls=[
            ("new", "HashMap", 11, "Cache.new"),
            ("cloned", "self.items.get(key)", 15, "Cache.fetch"),
            ("get", "self.items", 15, "Cache.fetch"),
            ("log", None, 16, "Cache.fetch"),
            ("remove", "self.items", 21, "Cache.evict"),
            ("trace", "util", 33, "log"),
        ],
    ),
    Case(
        "Sample.java",
        "Java",
        functions=[
            ("UserService", "UserService.UserService", 10, 12, 1, None, True, False),
            ("findAll", "UserService.findAll", 14, 17, 2, "List<User>", True, False),
            ("validate", "UserService.validate", 19, 22, 1, "void", False, False),
            ("log", "UserService.log", 24, 26, 1, "void", False, False),
            ("count", "UserRepository.count", 32, 34, 0, "int", True, False),
        ],
        imports=[
            ("java.util.List", (), 3),
            ("java.util.concurrent", ("*",), 4),
            ("org.junit.Assert.assertEquals", (), 5),
        ],
        calls=[
            ("findAll", "repo", 15, "UserService.findAll"),
            ("subList", "users", 16, "UserService.findAll"),
            ("requireNonNull", "Objects", 20, "UserService.validate"),
            ("log", None, 21, "UserService.validate"),
            ("println", "System.out", 25, "UserService.log"),
            ("size", "findAll()", 33, "UserRepository.count"),
            ("findAll", None, 33, "UserRepository.count"),
        ],
    ),
    Case(
        "Sample.cs",
        "C#",
        functions=[
            ("OrderService", "OrderService.OrderService", 11, 14, 1, None, True, False),
            ("GetAsync", "OrderService.GetAsync", 16, 21, 2, "Task<Order>", True, True),
            ("Log", "OrderService.Log", 23, 23, 1, "void", False, False),
            ("Count", "OrderService.Count", 25, 25, 0, "int", False, False),
        ],
        imports=[
            ("System", (), 1),
            ("System.Threading.Tasks", (), 2),
            ("System.IO", (), 3),
        ],
        calls=[
            ("FindAsync", "_repo", 18, "OrderService.GetAsync"),
            ("Log", None, 19, "OrderService.GetAsync"),
            ("ToString", "order", 19, "OrderService.GetAsync"),
            ("WriteLine", "Console", 23, "OrderService.Log"),
            ("Count", "_repo", 25, "OrderService.Count"),
        ],
    ),
    Case(
        "sample.rb",
        "Ruby",
        functions=[
            ("initialize", "Billing.Invoice.initialize", 6, 8, 1, None, True, False),
            ("total", "Billing.Invoice.total", 10, 13, 1, None, True, False),
            ("load", "Billing.Invoice.load", 15, 17, 1, None, True, False),
            ("round", "Billing.Invoice.round", 21, 23, 1, None, False, False),
            ("_helper", None, 27, 29, 0, None, False, False),
            ("format_money", None, 31, 33, 2, None, True, False),
        ],
        imports=[
            ("json", (), 1),
            ("lib/util", (), 2),
        ],
        calls=[
            ("sum", "@items", 11, "Billing.Invoice.total"),
            ("round", None, 12, "Billing.Invoice.total"),
            ("parse", "JSON", 16, "Billing.Invoice.load"),
            ("read", "File", 16, "Billing.Invoice.load"),
            ("round", "value", 22, "Billing.Invoice.round"),
            ("load", "Billing::Invoice", 28, "_helper"),
            ("puts", None, 32, "format_money"),
            ("format", None, 32, "format_money"),
        ],
    ),
    Case(
        "sample.php",
        "PHP",
        functions=[
            ("__construct", "UserController.__construct", 11, 11, 1, None, True, False),
            ("show", "UserController.show", 13, 18, 1, "?User", True, False),
            ("present", "UserController.present", 20, 23, 1, "array", False, False),
            ("legacy", "UserController.legacy", 25, 25, 0, None, True, False),
            ("format_user", None, 28, 31, 2, "array", True, False),
        ],
        imports=[
            ("App\\Models\\User", (), 4),
            ("Illuminate\\Support\\Facades", ("Cache", "Log"), 5),
            ("/helpers.php", (), 6),
            ("config.php", (), 7),
        ],
        calls=[
            ("find", "$this->users", 15, "UserController.show"),
            ("info", "Log", 16, "UserController.show"),
            ("present", "$this", 17, "UserController.show"),
            ("format_user", None, 22, "UserController.present"),
            ("array_map", None, 30, "format_user"),
            ("toArray", "$user", 30, "format_user"),
        ],
    ),
    Case(
        "sample.kt",
        "Kotlin",
        functions=[
            ("findAll", "Repository.findAll", 8, 10, 1, "List<User>", True, False),
            ("refresh", "Repository.refresh", 12, 15, 1, None, True, True),
            ("save", "Repository.save", 17, 19, 1, None, False, False),
            ("register", "Registry.register", 23, 23, 2, None, False, False),
            ("main", None, 26, 29, 1, None, True, False),
        ],
        imports=[
            ("kotlinx.coroutines.launch", (), 3),
            ("com.example.util", ("*",), 4),
            ("java.io.File", (), 5),
        ],
        calls=[
            ("take", 'db.query("users")', 9, "Repository.findAll"),
            ("query", "db", 9, "Repository.findAll"),
            ("fetch", "api", 13, "Repository.refresh"),
            ("save", None, 14, "Repository.refresh"),
            ("insert", "db", 18, "Repository.save"),
            ("println", None, 23, "Registry.register"),
            ("Repository", None, 27, "main"),
            ("connect", "Database", 27, "main"),
            ("findAll", "repo", 28, "main"),
        ],
    ),
    Case(
        "sample.c",
        "C",
        functions=[
            ("square", None, 9, 11, 1, "int", False, False),
            ("describe", None, 13, 18, 2, "const char*", True, False),
            ("main", None, 20, 24, 0, "int", True, False),
        ],
        imports=[
            ("stdio.h", (), 1),
            ("util.h", (), 2),
        ],
        calls=[
            ("printf", None, 15, "describe"),
            ("util_name", None, 17, "describe"),
            ("square", None, 17, "describe"),
            ("puts", None, 22, "main"),
            ("describe", None, 22, "main"),
        ],
    ),
    Case(
        "sample.cpp",
        "C++",
        functions=[
            ("Renderer", "Renderer.Renderer", 9, 9, 1, None, True, False),
            ("draw", "Renderer.draw", 11, 16, 2, "void", True, False),
            ("flush", "Renderer.flush", 19, 19, 0, "void", False, False),
            ("depth", "Options.depth", 24, 24, 0, "int", True, False),
            ("make_renderer", None, 27, 29, 1, "std::unique_ptr<Renderer>", True, False),
            ("frames", "Renderer.frames", 33, 35, 1, "int", True, False),
            ("tick", None, 37, 37, 0, "void", False, False),
        ],
        imports=[
            ("memory", (), 1),
            ("vector", (), 2),
            ("engine.hpp", (), 3),
        ],
        calls=[
            ("objects", "scene", 12, "Renderer.draw"),
            ("render", "obj", 13, "Renderer.draw"),
            ("flush", None, 15, "Renderer.draw"),
            ("submit", "backend_", 19, "Renderer.flush"),
            ("make_unique", "std", 28, "make_renderer"),
            ("helper", "engine", 34, "Renderer.frames"),
        ],
    ),
    Case(
        "sample.swift",
        "Swift",
        functions=[
            ("init", "ImageLoader.init", 7, 9, 1, None, True, False),
            ("load", "ImageLoader.load", 11, 15, 2, "Data", True, True),
            ("log", "ImageLoader.log", 17, 19, 1, None, False, False),
            ("reset", "ImageLoader.reset", 23, 25, 0, None, False, False),
            ("makeLoader", None, 28, 30, 0, "ImageLoader", False, False),
        ],
        imports=[
            ("Foundation", (), 1),
            ("UIKit", (), 2),
        ],
        calls=[
            ("data", "session", 12, "ImageLoader.load"),
            ("log", None, 13, "ImageLoader.load"),
            ("print", None, 18, "ImageLoader.log"),
            ("invalidateAndCancel", "session", 24, "ImageLoader.reset"),
            ("ImageLoader", None, 29, "makeLoader"),
        ],
    ),
    Case(
        "sample.scala",
        "Scala",
        functions=[
            ("find", "UserService.find", 8, 12, 1, "Option[User]", True, False),
            ("audit", "UserService.audit", 14, 14, 1, "Unit", False, False),
            ("save", "UserService.save", 16, 18, 2, "Future[Unit]", True, False),
            ("apply", "UserService.apply", 21, 21, 0, "UserService", True, False),
        ],
        imports=[
            ("scala.concurrent.Future", (), 3),
            ("scala.collection.mutable", ("Map", "Set"), 4),
            ("com.example.util", ("_",), 5),
        ],
        calls=[
            ("lookup", "repo", 9, "UserService.find"),
            ("audit", None, 10, "UserService.find"),
            ("println", None, 14, "UserService.audit"),
            ("Future", None, 17, "UserService.save"),
            ("store", "repo", 17, "UserService.save"),
            ("default", "UserRepository", 21, "UserService.apply"),
        ],
    ),
]


def test_every_scanner_language_has_a_case() -> None:
    assert {case.language for case in CASES} == LANGUAGES == set(EXTENSIONS.values())


@pytest.mark.parametrize("case", CASES, ids=[case.language for case in CASES])
def test_language(case: Case) -> None:
    assert language_of(case.file) == case.language
    result = parsed(case.language, (FIXTURES / case.file).read_bytes())
    assert result.language == case.language
    assert result.errors == 0
    assert function_rows(result) == case.functions
    assert [(i.module, i.names, i.line) for i in result.imports] == case.imports
    assert [(c.callee, c.receiver, c.line, c.caller) for c in result.calls] == case.calls


@pytest.mark.parametrize(
    ("language", "source", "expected"),
    [
        # Go declares two parameters in `a, b int`; a variadic one counts once
        ("Go", "package p\nfunc Pair(a, b int, rest ...string) {}\n", [("Pair", 3, True)]),
        # JavaScript: `export { a }` and `export default b` export earlier definitions
        (
            "JavaScript",
            "function a() {}\nconst b = x => x;\nfunction c() {}\n"
            "export { a };\nexport default b;\n",
            [("a", 0, True), ("b", 1, True), ("c", 0, False)],
        ),
        # Ruby: `private def` hides one method; singleton methods stay public
        (
            "Ruby",
            "class A\n  private def hidden; end\n  def self.visible; end\n  def shown; end\nend\n",
            [("hidden", 0, False), ("visible", 0, True), ("shown", 0, True)],
        ),
        # C++: an anonymous namespace hides; class members are private by default
        (
            "C++",
            "namespace {\nint hidden() { return 0; }\n}\n"
            "namespace n {\nint shown() { return 1; }\n}\n"
            "class K {\n  int m() { return 0; }\n};\n",
            [("hidden", 0, False), ("shown", 0, True), ("m", 0, False)],
        ),
        # C: `(void)` declares nothing, `...` is a parameter
        (
            "C",
            "int sum(int n, ...) { return n; }\nstatic void none(void) {}\n",
            [("sum", 2, True), ("none", 0, False)],
        ),
        # Java: an abstract method has no body, so it is no function
        (
            "Java",
            "abstract class A { abstract void f(); public void g() { f(); } }",
            [("g", 0, True)],
        ),
        # Rust: `pub(crate)` counts as pub; local functions and trait default methods
        (
            "Rust",
            "pub(crate) fn f() { fn inner() {} inner(); }\ntrait T { fn d(&self) {} fn s(&self); }",
            [("f", 0, True), ("inner", 0, False), ("d", 1, True)],
        ),
    ],
)
def test_parameters_and_export_rules(
    language: str, source: str, expected: list[tuple[str, int, bool]]
) -> None:
    result = parsed(language, source)
    assert result.errors == 0
    assert [(f.name, f.parameter_count, f.is_exported) for f in result.functions] == expected


def test_tsx_is_parsed_with_the_tsx_grammar() -> None:
    source = (
        "export function App(): JSX.Element {\n  return <div onClick={() => go()}>hi</div>;\n}\n"
    )
    result = parsed("TypeScript", source)
    assert result.errors == 0
    assert function_rows(result) == [("App", None, 1, 3, 0, "JSX.Element", True, False)]
    assert result.calls == (CallSite("go", None, 2, "App"),)


def test_hashes() -> None:
    (add,) = parsed("Python", "def add(a: int, b) -> int:\n    return a + b\n").functions
    assert add.body_hash == xxh3(b"return a + b")
    assert add.signature_hash == xxh3(b"add(a: int, b)int")

    (changed,) = parsed("Python", "def add(a: int, b) -> int:\n    return a - b\n").functions
    assert changed.body_hash != add.body_hash
    assert changed.signature_hash == add.signature_hash

    (renamed,) = parsed("Python", "def plus(a: int, b) -> int:\n    return a + b\n").functions
    assert renamed.body_hash == add.body_hash
    assert renamed.signature_hash != add.signature_hash

    # moving a function or reflowing its parameters changes neither hash
    (moved,) = parsed(
        "Python", "\n\ndef add(\n    a: int,\n    b,\n) -> int:\n    return a + b\n"
    ).functions
    assert moved.line == 3
    assert (moved.body_hash, moved.signature_hash) == (add.body_hash, xxh3(b"add(a: int, b,)int"))


def test_multiple_parameter_lists_and_swift_parameters_in_signatures() -> None:
    scala = parsed("Scala", (FIXTURES / "sample.scala").read_bytes())
    save = next(f for f in scala.functions if f.name == "save")
    assert save.signature_hash == xxh3(
        b"save(user: User)(implicit ec: ExecutionContext)Future[Unit]"
    )
    swift = parsed("Swift", (FIXTURES / "sample.swift").read_bytes())
    load = next(f for f in swift.functions if f.name == "load")
    assert load.signature_hash == xxh3(b"load(from url: URL, retries: Int = 3)Data")


@pytest.mark.parametrize("case", CASES, ids=[case.language for case in CASES])
def test_json_round_trip(case: Case) -> None:
    result = parsed(case.language, (FIXTURES / case.file).read_bytes())
    text = to_json(result)
    assert from_json(text) == result
    assert from_json(to_json(from_json(text))) == result


def test_json_round_trip_of_odd_values() -> None:
    result = ParseResult(
        "Python",
        (Function("ünï", "K.ünï", 1, 2, 0, None, False, True, b"\x00" * 8, b"\xff" * 8),),
        (Import("a.b", ("c", "d"), 3),),
        (CallSite("f", None, 4, None), CallSite("g", 'x["\\n"]', 5, "K.ünï")),
        7,
    )
    assert from_json(to_json(result)) == result


@pytest.mark.parametrize("text", ["[]", '{"v": 99}', '{"v": 1, "language": "Go"}'])
def test_from_json_rejects_other_texts(text: str) -> None:
    with pytest.raises(ValueError):
        from_json(text)


def test_errors_are_counted_and_the_parse_still_succeeds() -> None:
    result = parsed("JavaScript", "function f(a) { return (a; }\nlet x = ")
    assert result.errors == 2  # a MISSING ")" and an ERROR node
    assert [f.name for f in result.functions] == ["f"]
    broken = parsed("Python", "def ok():\n    return 1\n\ndef broken(:\n    pass\n")
    assert broken.errors > 0
    assert broken.functions[0].name == "ok"


def test_unknown_languages_and_empty_sources() -> None:
    assert parse("COBOL", b"IDENTIFICATION DIVISION.") is None
    assert parse("python", b"x = 1") is None  # display names only
    assert parse("Go", b"") == ParseResult("Go", (), (), (), 0)


def test_parsing_from_several_threads() -> None:
    sources = [(case.language, (FIXTURES / case.file).read_bytes()) for case in CASES] * 4
    expected = [parse(language, source) for language, source in sources]
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        assert list(pool.map(lambda item: parse(*item), sources)) == expected


# -- call resolution ---------------------------------------------------------------------------


def project(
    sources: dict[str, str],
) -> tuple[dict[str, ParseResult], dict[tuple[str, str, int], int]]:
    """Parse results of ``sources`` and function ids numbered from 1 in path order."""
    files = {path: parsed(language_of(path) or "", text) for path, text in sources.items()}
    ids: dict[tuple[str, str, int], int] = {}
    for path in sorted(files):
        for function in files[path].functions:
            ids[path, function.name, function.line] = len(ids) + 1
    return files, ids


def named_edges(
    edges: list[Edge], ids: dict[tuple[str, str, int], int]
) -> list[tuple[str, str, str, float, int]]:
    names = {function_id: f"{path}:{name}" for (path, name, _), function_id in ids.items()}
    return [
        (names[e.caller_id], names[e.callee_id], e.resolution, e.confidence, e.call_site_line)
        for e in edges
    ]


PYTHON_PROJECT = {
    "app/util.py": "def helper(x):\n    return x\n",
    "app/models.py": (
        "class User:\n    def save(self):\n        return validate(self)\n\n\n"
        "def validate(obj):\n    return obj\n"
    ),
    "app/jobs.py": "def process(job):\n    return job\n",
    "lib/process.py": "def process(items):\n    return items\n",
    "app/main.py": """\
from app.util import helper
from . import models
import app.jobs


def local():
    return 1


def main():
    local()
    helper(2)
    models.validate(None)
    app.jobs.process([])
    user = models.User()
    user.save()
    process([])
    print("done")


main()
""",
}


def test_resolve_python_project() -> None:
    files, ids = project(PYTHON_PROJECT)
    links = resolve_calls(files, ids)
    # `models.User()` names a class and `print` is a builtin: unresolved calls of main's file
    assert links.unresolved == {("app/main.py", "User"): 1, ("app/main.py", "print"): 1}
    assert named_edges(links.edges, ids) == [
        ("app/main.py:main", "app/main.py:local", "same_file", 0.95, 11),
        ("app/main.py:main", "app/util.py:helper", "import_resolved", 0.9, 12),
        # `from . import models` then `models.validate()`
        ("app/main.py:main", "app/models.py:validate", "import_resolved", 0.9, 13),
        # `import app.jobs` then `app.jobs.process()`
        ("app/main.py:main", "app/jobs.py:process", "import_resolved", 0.9, 14),
        # `models.User()` names a class: no edge; `user.save()`: the only `save`
        ("app/main.py:main", "app/models.py:save", "method_match", 0.6, 16),
        # two `process` elsewhere: the one sharing the caller's directory
        ("app/main.py:main", "app/jobs.py:process", "name_match", 0.5, 17),
        # print(): unresolved, no edge; main() at module level: no edge
        ("app/models.py:save", "app/models.py:validate", "same_file", 0.95, 3),
    ]


def test_resolve_only_changed_files_against_all_known_functions() -> None:
    files, ids = project(PYTHON_PROJECT)
    changed = {"app/main.py": files["app/main.py"]}
    edges = named_edges(resolve_calls(changed, ids).edges, ids)
    assert [edge[:3] for edge in edges] == [
        ("app/main.py:main", "app/main.py:local", "same_file"),
        ("app/main.py:main", "app/util.py:helper", "import_resolved"),
        ("app/main.py:main", "app/models.py:validate", "import_resolved"),
        ("app/main.py:main", "app/jobs.py:process", "import_resolved"),
        ("app/main.py:main", "app/models.py:save", "method_match"),
        ("app/main.py:main", "app/jobs.py:process", "name_match"),
    ]
    # a callee without a function id gives no edge
    without_util = {key: value for key, value in ids.items() if key[0] != "app/util.py"}
    assert ("app/main.py:main", "app/util.py:helper") not in [
        edge[:2] for edge in named_edges(resolve_calls(changed, without_util).edges, ids)
    ]


TYPESCRIPT_PROJECT = {
    "src/util.ts": (
        "export function helper(x: number): number {\n  return x;\n}\n\n"
        "export function format(s: string): string {\n  return s;\n}\n"
    ),
    "src/db.ts": (
        "export async function query(sql: string): Promise<string[]> {\n  return [sql];\n}\n"
    ),
    "lib/render.ts": (
        "export function format(s: string): string {\n  return s.trim();\n}\n\n"
        'export class View {\n  render(): string {\n    return format("x");\n  }\n}\n'
    ),
    "scripts/tool.py": "def log(message):\n    print(message)\n",
    "src/app.ts": """\
import { helper } from "./util";
import * as db from "./db.js";

export class App {
  run(): void {
    this.start();
    helper(1);
    db.query("select 1");
    new View().render();
    format("y");
    log("done");
    this.run(); this.run();
  }

  start(): void {}
}

new App().run();
""",
}


def test_resolve_typescript_project() -> None:
    files, ids = project(TYPESCRIPT_PROJECT)
    links = resolve_calls(files, ids)
    # the Python `log` is of another family; `trim` and `print` are the languages' own
    assert links.unresolved == {
        ("src/app.ts", "log"): 1, ("lib/render.ts", "trim"): 1, ("scripts/tool.py", "print"): 1
    }  # fmt: skip
    assert named_edges(links.edges, ids) == [
        ("lib/render.ts:render", "lib/render.ts:format", "same_file", 0.95, 7),
        ("src/app.ts:run", "src/app.ts:start", "same_file", 0.95, 6),
        ("src/app.ts:run", "src/util.ts:helper", "import_resolved", 0.9, 7),
        # namespace import `* as db` of "./db.js" (the TypeScript file src/db.ts)
        ("src/app.ts:run", "src/db.ts:query", "import_resolved", 0.9, 8),
        ("src/app.ts:run", "lib/render.ts:render", "method_match", 0.6, 9),
        # two `format`: src/util.ts shares the caller's directory
        ("src/app.ts:run", "src/util.ts:format", "name_match", 0.5, 10),
        # log(): only a Python `log` exists, another language family: no edge
        # two calls on one line give one edge (the table's primary key)
        ("src/app.ts:run", "src/app.ts:run", "same_file", 0.95, 12),
    ]
