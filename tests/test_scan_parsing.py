"""Scans parse changed files: functions, parse_cache and call edges follow the code."""

from __future__ import annotations

from pathlib import Path

import grpc
import pytest

from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from tests.conftest import serving
from tests.test_scan import make_tree, scan

MODELS = """\
class Store:
    def save(self, item):
        return self.check(item)

    def check(self, item):
        return bool(item)


def helper():
    return 1
"""
APP = """\
from models import Store, helper


async def main(items):
    store = Store()
    for item in items:
        store.save(item)
    return helper()
"""


@pytest.fixture
async def project(tmp_path: Path):
    root = tmp_path / "project"
    make_tree(root, {"models.py": MODELS, "app.py": APP, "notes.txt": "not code\n"})
    async with (
        serving(tmp_path / "drift.db", allowed_roots=str(root)) as server,
        grpc.aio.insecure_channel(server.address) as channel,
    ):
        yield root, server, drift_storage_pb2_grpc.DriftStorageServiceStub(channel)


async def query(server, sql: str) -> list[tuple]:
    return await server.storage.reads.run(lambda conn: conn.execute(sql).fetchall())


FUNCTIONS = (
    "SELECT file, name, qualified_name, line, end_line, parameter_count, is_async, is_exported"
    " FROM functions ORDER BY file, line"
)
EDGES = (
    "SELECT c.file || ':' || c.name, d.file || ':' || d.name, e.resolution, e.call_site_line"
    " FROM call_edges e JOIN functions c ON c.id = e.caller_id JOIN functions d"
    " ON d.id = e.callee_id ORDER BY 1, 4, 2"
)


async def test_a_scan_records_functions_and_resolved_call_edges(project) -> None:
    root, server, stub = project
    _, summary = await scan(stub, root)
    assert (summary.files_parsed, summary.parse_cache_hits) == (2, 0)
    assert await query(server, FUNCTIONS) == [
        ("app.py", "main", None, 4, 8, 1, 1, 1),
        ("models.py", "save", "Store.save", 2, 3, 2, 0, 1),
        ("models.py", "check", "Store.check", 5, 6, 2, 0, 1),
        ("models.py", "helper", None, 9, 10, 0, 0, 1),
    ]
    assert await query(server, EDGES) == [
        ("app.py:main", "models.py:save", "method_match", 7),  # receiver is a local variable
        ("app.py:main", "models.py:helper", "import_resolved", 8),
        ("models.py:save", "models.py:check", "same_file", 3),
    ]
    assert summary.call_edges == 3
    counts = await query(server, "SELECT path, function_count FROM file_metadata ORDER BY path")
    assert counts == [("app.py", 1), ("models.py", 3), ("notes.txt", 0)]
    assert (await query(server, "SELECT COUNT(*) FROM parse_cache"))[0][0] == 2


async def test_only_changed_files_are_parsed_and_ids_survive_edits(project) -> None:
    root, server, stub = project
    await scan(stub, root)
    ids = dict(await query(server, "SELECT name, id FROM functions"))
    (root / "models.py").write_text(MODELS.replace("return bool(item)", "return item is not None"))
    _, summary = await scan(stub, root)
    assert (summary.files_modified, summary.files_parsed) == (1, 1)
    assert dict(await query(server, "SELECT name, id FROM functions")) == ids
    assert len(await query(server, EDGES)) == 3
    (root / "models.py").write_text(MODELS.replace("def helper", "def renamed"))
    await scan(stub, root)
    names = [row[1] for row in await query(server, FUNCTIONS)]
    assert "helper" not in names and "renamed" in names
    assert ("app.py:main", "models.py:helper", "import_resolved", 8) not in await query(
        server, EDGES
    )


async def test_a_removed_file_takes_its_functions_and_edges_with_it(project) -> None:
    root, server, stub = project
    await scan(stub, root)
    (root / "models.py").unlink()
    await scan(stub, root)
    assert [row[0] for row in await query(server, FUNCTIONS)] == ["app.py"]
    assert await query(server, "SELECT * FROM call_edges") == []


async def test_the_parse_cache_serves_content_seen_before(project) -> None:
    root, server, stub = project
    await scan(stub, root)
    (root / "copy.py").write_text(MODELS)  # same content as models.py: no parse needed
    _, summary = await scan(stub, root)
    assert (summary.files_added, summary.files_parsed, summary.parse_cache_hits) == (1, 0, 1)
    copied = await query(server, "SELECT name FROM functions WHERE file = 'copy.py' ORDER BY line")
    assert copied == [("save",), ("check",), ("helper",)]


async def test_every_language_of_the_scanner_is_parsed(project, tmp_path) -> None:
    """One small file per language: each yields its function."""
    root, server, stub = project
    make_tree(
        root,
        {
            "m.go": "package m\n\nfunc Run() int { return 1 }\n",
            "m.rs": "pub fn run() -> i32 { 1 }\n",
            "M.java": "class M { public int run() { return 1; } }\n",
            "m.ts": "export function run(): number { return 1; }\n",
            "m.kt": "fun run(): Int {\n    return 1\n}\n",
            "m.c": "int run(void) { return 1; }\n",
        },
    )
    await scan(stub, root)
    files = {
        row[0]
        for row in await query(server, "SELECT file FROM functions WHERE lower(name) = 'run'")
    }
    assert files == {"m.go", "m.rs", "M.java", "m.ts", "m.kt", "m.c"}
