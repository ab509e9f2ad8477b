"""The call graph through the API: functions by id, callers and callees, and a resolution rate
that counts the calls that resolved to nothing, kept right by incremental scans.

A real server scans a small tree in two languages (Python and TypeScript) with calls across
files; every expected number below is read off the fixture sources, call by call.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
import pytest

from services.common.server import RunningServer
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from services.drift_storage.service import SCHEMA
from tests.conftest import serving
from tests.grpc_errors import Failure, failure
from tests.test_drift_schema import at_version, schema_up_to
from tests.test_scan import make_tree, scan

STORE = """\
class Store:
    def save(self, item):
        self.check(item)
        return log(item)

    def check(self, item):
        return bool(item)


def log(message):
    print(message)
    return message
"""
APP = """\
from pkg.store import Store, log


def main(items):
    store = Store()
    for item in items:
        store.save(item)
    log("saved")
    report(items)
    return len(items)
"""
FORMAT = """\
export function format(value: string): string {
  return value.trim();
}
"""
PAGE = """\
import { format } from "./format";

export function render(title: string): string {
  const text = format(title);
  return text.toUpperCase();
}

export function show(): string {
  return render("home") + render("away");
}
"""
TREE = {"pkg/store.py": STORE, "app.py": APP, "web/format.ts": FORMAT, "web/page.ts": PAGE}
# `report` is called by app.py's main from the start; it exists once this file is added.
REPORTS = "def report(items):\n    return items\n"

# The calls of the tree, read off the sources (one per caller, called name and line):
# resolved (6 edges)
EDGES = [
    ("app.py:main", "pkg/store.py:save", "method_match", 0.6, 7),  # store.save(): the one `save`
    ("app.py:main", "pkg/store.py:log", "import_resolved", 0.9, 8),  # from pkg.store import log
    ("pkg/store.py:save", "pkg/store.py:check", "same_file", 0.95, 3),
    ("pkg/store.py:save", "pkg/store.py:log", "same_file", 0.95, 4),
    ("web/page.ts:render", "web/format.ts:format", "import_resolved", 0.9, 4),
    ("web/page.ts:show", "web/page.ts:render", "same_file", 0.95, 9),  # twice on one line
]
# unresolved (7): a class, builtins and methods of the languages, and `report`, not yet defined
UNRESOLVED = [
    ("app.py", "Store", 1),
    ("app.py", "len", 1),
    ("app.py", "report", 1),
    ("pkg/store.py", "bool", 1),
    ("pkg/store.py", "print", 1),
    ("web/format.ts", "trim", 1),
    ("web/page.ts", "toUpperCase", 1),
]

NAMED_EDGES = (
    "SELECT c.file || ':' || c.name, d.file || ':' || d.name, e.resolution, e.confidence,"
    " e.call_site_line FROM call_edges e JOIN functions c ON c.id = e.caller_id"
    " JOIN functions d ON d.id = e.callee_id ORDER BY 1, 5, 2"
)
UNRESOLVED_ROWS = (
    "SELECT file, callee_name, call_count FROM unresolved_calls ORDER BY file, callee_name"
)


@dataclass
class Project:
    root: Path
    server: RunningServer
    stub: drift_storage_pb2_grpc.DriftStorageServiceStub

    async def query(self, sql: str) -> list[tuple[Any, ...]]:
        return await self.server.storage.reads.run(lambda conn: conn.execute(sql).fetchall())

    async def ids(self) -> dict[str, int]:
        """Function ids by ``file:name``."""
        rows = await self.query("SELECT file || ':' || name, id FROM functions")
        return dict(rows)

    async def summary(self) -> pb.GetCallGraphSummaryResponse:
        return await self.stub.GetCallGraphSummary(pb.GetCallGraphSummaryRequest())

    async def graph(self) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        """The edges by function names, and the unresolved calls."""
        return await self.query(NAMED_EDGES), await self.query(UNRESOLVED_ROWS)


@contextlib.asynccontextmanager
async def scanned(tmp_path: Path, db: str, tree: dict[str, str]) -> AsyncIterator[Project]:
    """A server on ``tmp_path/db`` that has scanned ``tree`` (written to tmp_path/project)."""
    root = tmp_path / "project"
    make_tree(root, tree)
    async with (
        serving(tmp_path / db, allowed_roots=str(root)) as server,
        grpc.aio.insecure_channel(server.address) as channel,
    ):
        project = Project(root, server, drift_storage_pb2_grpc.DriftStorageServiceStub(channel))
        _, summary = await scan(project.stub, root)
        assert summary.status == "complete"
        yield project


@pytest.fixture
async def project(tmp_path: Path) -> AsyncIterator[Project]:
    async with scanned(tmp_path, "drift.db", TREE) as scanned_project:
        yield scanned_project


async def refused(call: Awaitable[Any]) -> Failure:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return failure(caught.value)


def named(calls: Any) -> list[tuple[str, int, str, float]]:
    """``file:name`` of each call's other function, with the call's line, resolution and
    confidence."""
    return [
        (f"{c.function.file}:{c.function.function_name}", c.call_site_line, c.resolution,
         c.confidence)
        for c in calls
    ]  # fmt: skip


# -- the summary ----------------------------------------------------------------------------------


async def test_a_scan_records_resolved_and_unresolved_calls_and_the_rate_counts_both(
    project: Project,
) -> None:
    """6 calls resolved, 7 did not: the rate is 6 / 13, not the 1.0 of counting edges alone."""
    assert await project.graph() == (EDGES, UNRESOLVED)
    assert await project.summary() == pb.GetCallGraphSummaryResponse(
        functions=7,  # save, check, log, main, format, render, show
        edges=6,
        entry_points=2,  # main and show: no edge calls them
        resolved_edges=6,
        unresolved_calls=7,
        resolution_rate=6 / 13,
    )


# -- BatchGetFunctions ----------------------------------------------------------------------------


async def test_functions_come_back_in_request_order_with_every_field(project: Project) -> None:
    ids = await project.ids()
    request = [ids["web/format.ts:format"], ids["pkg/store.py:save"], ids["web/format.ts:format"]]

    response = await project.stub.BatchGetFunctions(pb.BatchGetFunctionsRequest(ids=request))

    assert [f.id for f in response.functions] == request
    fmt, save, again = response.functions
    assert again == fmt
    hashes = {"body_hash": fmt.body_hash, "signature_hash": fmt.signature_hash}
    assert [len(h) for h in hashes.values()] == [8, 8]  # xxh3-64, 8 bytes
    assert fmt == pb.Function(
        id=request[0], file="web/format.ts", function_name="format", qualified_name="",
        language="TypeScript", line=1, end_line=3, parameter_count=1, return_type="string",
        is_exported=True, is_async=False, **hashes,
    )  # fmt: skip
    assert (save.function_name, save.qualified_name, save.line, save.end_line) == (
        "save", "Store.save", 2, 4
    )  # fmt: skip
    assert (save.language, save.parameter_count, save.return_type) == ("Python", 2, "")


async def test_an_unknown_id_fails_the_whole_batch_with_not_found_naming_it(
    project: Project,
) -> None:
    known = (await project.ids())["app.py:main"]

    one = await refused(
        project.stub.BatchGetFunctions(pb.BatchGetFunctionsRequest(ids=[known, 999]))
    )
    two = await refused(
        project.stub.BatchGetFunctions(pb.BatchGetFunctionsRequest(ids=[998, known, 999, 998]))
    )

    assert (one.code, one.message, one.metadata) == (
        grpc.StatusCode.NOT_FOUND, "no function has id 999", {"functionIds": "999"}
    )  # fmt: skip
    assert (two.code, two.message) == (grpc.StatusCode.NOT_FOUND, "no functions have ids 998, 999")


async def test_ids_must_be_positive_and_at_most_1000(project: Project) -> None:
    stub = project.stub
    negative = await refused(stub.BatchGetFunctions(pb.BatchGetFunctionsRequest(ids=[1, 0, -5])))
    too_many = await refused(
        stub.BatchGetFunctions(pb.BatchGetFunctionsRequest(ids=list(range(1, 1002))))
    )
    most = await refused(  # 1000 ids are accepted: these are unknown
        stub.BatchGetFunctions(pb.BatchGetFunctionsRequest(ids=list(range(101, 1101))))
    )
    empty = await stub.BatchGetFunctions(pb.BatchGetFunctionsRequest())

    assert (negative.code, negative.fields) == (
        grpc.StatusCode.INVALID_ARGUMENT, ["ids[1]", "ids[2]"]
    )  # fmt: skip
    assert (too_many.code, too_many.fields) == (grpc.StatusCode.INVALID_ARGUMENT, ["ids"])
    assert too_many.message == "ids: at most 1000 ids, got 1001"
    assert most.code == grpc.StatusCode.NOT_FOUND
    assert most.message == (
        "no functions have ids 101, 102, 103, 104, 105, 106, 107, 108, 109, 110 and 990 more"
    )
    assert empty == pb.BatchGetFunctionsResponse()


# -- ListCallers and ListCallees ------------------------------------------------------------------


async def test_callers_name_each_calling_function_by_file_then_line(project: Project) -> None:
    ids = await project.ids()

    response = await project.stub.ListCallers(
        pb.ListCallersRequest(function_id=ids["pkg/store.py:log"])
    )

    assert named(response.callers) == [
        ("app.py:main", 8, "import_resolved", 0.9),
        ("pkg/store.py:save", 4, "same_file", 0.95),
    ]
    assert response.callers[0].function.line == 4  # the caller itself, where it is defined
    assert response.next_page_token == ""


async def test_callees_come_in_the_order_of_the_calls(project: Project) -> None:
    ids = await project.ids()
    stub = project.stub

    main = await stub.ListCallees(pb.ListCalleesRequest(function_id=ids["app.py:main"]))
    show = await stub.ListCallees(pb.ListCalleesRequest(function_id=ids["web/page.ts:show"]))
    leaf = await stub.ListCallees(pb.ListCalleesRequest(function_id=ids["web/format.ts:format"]))

    assert named(main.callees) == [
        ("pkg/store.py:save", 7, "method_match", 0.6),
        ("pkg/store.py:log", 8, "import_resolved", 0.9),
    ]
    assert named(show.callees) == [("web/page.ts:render", 9, "same_file", 0.95)]
    assert (
        main.callees[0].function
        == (
            await stub.BatchGetFunctions(
                pb.BatchGetFunctionsRequest(ids=[ids["pkg/store.py:save"]])
            )
        ).functions[0]
    )
    assert leaf == pb.ListCalleesResponse()  # trim() resolved to nothing: no callee


async def test_pages_of_one_follow_each_other_with_the_token(project: Project) -> None:
    ids = await project.ids()
    stub = project.stub
    callers, callees = [], []
    callers_request = pb.ListCallersRequest(function_id=ids["pkg/store.py:log"], page_size=1)
    callees_request = pb.ListCalleesRequest(function_id=ids["app.py:main"], page_size=1)
    for request, method, pages, field in (
        (callers_request, stub.ListCallers, callers, "callers"),
        (callees_request, stub.ListCallees, callees, "callees"),
    ):
        while True:
            response = await method(request)
            pages.append(named(getattr(response, field)))
            if not response.next_page_token:
                break
            request.page_token = response.next_page_token

    assert callers == [[("app.py:main", 8, "import_resolved", 0.9)],
                       [("pkg/store.py:save", 4, "same_file", 0.95)]]  # fmt: skip
    assert callees == [[("pkg/store.py:save", 7, "method_match", 0.6)],
                       [("pkg/store.py:log", 8, "import_resolved", 0.9)]]  # fmt: skip


async def test_a_token_works_only_for_its_method_and_function(project: Project) -> None:
    ids = await project.ids()
    stub = project.stub
    first = await stub.ListCallees(
        pb.ListCalleesRequest(function_id=ids["app.py:main"], page_size=1)
    )
    token = first.next_page_token

    other_function = await refused(
        stub.ListCallees(
            pb.ListCalleesRequest(function_id=ids["pkg/store.py:save"], page_token=token)
        )
    )
    other_method = await refused(
        stub.ListCallers(pb.ListCallersRequest(function_id=ids["app.py:main"], page_token=token))
    )
    made_up = await refused(
        stub.ListCallers(pb.ListCallersRequest(function_id=ids["app.py:main"], page_token="abc"))
    )

    for refusal in (other_function, other_method, made_up):
        assert (refusal.code, refusal.fields) == (grpc.StatusCode.INVALID_ARGUMENT, ["page_token"])
    different = "page_token: was issued for a request with different filters"
    assert other_function.message == other_method.message == different
    assert made_up.message.startswith("page_token: is not a page token of this method")


async def test_an_unknown_or_unset_function_and_a_negative_page_size_are_refused(
    project: Project,
) -> None:
    stub = project.stub
    main = (await project.ids())["app.py:main"]
    unknown = [
        await refused(stub.ListCallers(pb.ListCallersRequest(function_id=999))),
        await refused(stub.ListCallees(pb.ListCalleesRequest(function_id=999))),
    ]
    unset = await refused(stub.ListCallers(pb.ListCallersRequest()))
    negative = await refused(
        stub.ListCallees(pb.ListCalleesRequest(function_id=main, page_size=-1))
    )
    elsewhere = await refused(
        stub.ListCallers(pb.ListCallersRequest(parent="projects/other", function_id=main))
    )

    for refusal in unknown:
        assert refusal.code == grpc.StatusCode.NOT_FOUND
        assert refusal.message == "no function has id 999"
    assert (unset.code, unset.fields) == (grpc.StatusCode.INVALID_ARGUMENT, ["function_id"])
    assert (negative.code, negative.fields) == (grpc.StatusCode.INVALID_ARGUMENT, ["page_size"])
    assert (elsewhere.code, elsewhere.reason) == (grpc.StatusCode.NOT_FOUND, "PROJECT_NOT_FOUND")


# -- incremental scans ----------------------------------------------------------------------------


async def test_a_call_target_that_appears_later_resolves_the_unchanged_caller(
    project: Project,
) -> None:
    """app.py calls report() from the start; reports.py defines it in a later scan. app.py is
    unchanged, yet its call now resolves (the one `report`, not imported: name_match), and
    goes back to unresolved when reports.py is removed."""
    (project.root / "reports.py").write_text(REPORTS)
    _, added = await scan(project.stub, project.root)

    assert (added.files_added, added.files_parsed) == (1, 1)
    edges, unresolved = await project.graph()
    report = ("app.py:main", "reports.py:report", "name_match", 0.6, 9)
    assert edges == [*EDGES[:2], report, *EDGES[2:]]  # main's calls by line
    assert unresolved == [row for row in UNRESOLVED if row[1] != "report"]
    summary = await project.summary()
    assert (summary.edges, summary.unresolved_calls, summary.resolution_rate) == (7, 6, 7 / 13)

    (project.root / "reports.py").unlink()
    _, removed = await scan(project.stub, project.root)

    assert removed.files_removed == 1
    assert await project.graph() == (EDGES, UNRESOLVED)
    assert (await project.summary()).resolution_rate == 6 / 13


async def test_moved_functions_keep_their_callers_in_unchanged_files(project: Project) -> None:
    """Two lines at the top of pkg/store.py move every function in it (new ids); app.py, which
    did not change, calls the moved save() and log() again, and nothing is counted twice."""
    (project.root / "pkg/store.py").write_text("# moved\n\n" + STORE)
    _, summary = await scan(project.stub, project.root)

    assert (summary.files_modified, summary.files_parsed) == (1, 1)
    edges, unresolved = await project.graph()
    assert [edge[:3] for edge in edges] == [edge[:3] for edge in EDGES]
    assert [edge[4] for edge in edges] == [7, 8, 5, 6, 4, 9]  # store.py's own calls moved down
    assert unresolved == UNRESOLVED


async def test_incremental_scans_leave_what_a_scan_from_scratch_records(
    project: Project, tmp_path: Path
) -> None:
    """After adding reports.py, renaming log() and editing page.ts, incremental scans have the
    edges and unresolved calls a first scan of the same tree records."""
    changes = [
        {"reports.py": REPORTS},
        {"pkg/store.py": STORE.replace("log", "write")},  # app.py still imports and calls log
        {"web/page.ts": PAGE.replace('render("away")', 'format("away")')},
    ]
    final = dict(TREE)
    for change in changes:
        make_tree(project.root, change)
        final.update(change)
        _, summary = await scan(project.stub, project.root)
        assert summary.status == "complete"
    incremental = await project.graph()

    async with scanned(tmp_path / "fresh", "drift.db", final) as fresh:
        assert await fresh.graph() == incremental
    assert ("app.py", "log", 1) in incremental[1]  # the renamed function's caller lost its edge
    assert ("app.py:main", "reports.py:report", "name_match", 0.6, 9) in incremental[0]


async def test_a_rescan_without_changes_keeps_the_counts(project: Project) -> None:
    _, summary = await scan(project.stub, project.root)

    assert (summary.files_unchanged, summary.call_edges) == (4, 0)  # nothing was linked again
    assert await project.graph() == (EDGES, UNRESOLVED)


# -- migration 0012 -------------------------------------------------------------------------------

# The tables a scan at version 11 wrote.
SCANNED_TABLES = (
    "project", "scan_history", "file_metadata", "parse_cache", "functions", "call_edges"
)  # fmt: skip


async def test_0012_keeps_the_graph_of_a_database_at_0011_and_a_full_scan_counts_its_calls(
    project: Project, tmp_path: Path
) -> None:
    """A database migrated to 0011 holding what a scan wrote then (copied from a scan of the
    tree) starts at 0012 with its functions and edges intact and no unresolved calls counted;
    a rescan of the unchanged tree links nothing, and a full scan (force_full) counts them."""
    old = tmp_path / "old.db"
    conn = at_version(old, schema_up_to(tmp_path, 11))
    conn.execute("ATTACH DATABASE ? AS scanned", (str(tmp_path / "drift.db"),))
    for table in SCANNED_TABLES:  # the columns version 11 had (later ones added some)
        columns = ", ".join(row[1] for row in conn.execute(f"PRAGMA main.table_info({table})"))
        conn.execute(f"INSERT INTO main.{table} SELECT {columns} FROM scanned.{table}")
    conn.execute("DETACH DATABASE scanned")
    assert conn.execute("PRAGMA user_version").get == 11
    conn.close()

    async with (
        serving(old, allowed_roots=str(project.root)) as server,
        grpc.aio.insecure_channel(server.address) as channel,
    ):
        stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
        migrated = Project(project.root, server, stub)
        assert await migrated.query("PRAGMA user_version") == [(SCHEMA.latest,)]
        assert await migrated.graph() == (EDGES, [])
        before = await migrated.summary()
        assert (before.edges, before.unresolved_calls, before.resolution_rate) == (6, 0, 1.0)

        _, unchanged = await scan(migrated.stub, project.root)
        assert (unchanged.files_unchanged, (await migrated.summary()).unresolved_calls) == (4, 0)

        _, full = await scan(migrated.stub, project.root, force_full=True)
        assert (full.files_parsed, full.call_edges) == (0, 6)  # linked from the parse cache
        assert await migrated.graph() == (EDGES, UNRESOLVED)
        assert (await migrated.summary()).resolution_rate == 6 / 13
