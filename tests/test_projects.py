"""Projects: one drift service holding many repositories, each in a database of its own."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import apsw
import grpc
import pytest
from google.protobuf.field_mask_pb2 import FieldMask

from services.common.config import ServerConfig
from services.common.server import RunningServer, start_server
from services.common.writer import WriteResult
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc, projects_pb2_grpc
from services.contracts.drift.storage.v1 import projects_pb2 as ppb
from services.drift_storage.projects.open_projects import Projects
from services.drift_storage.service import DEFINITION as DRIFT
from tests.grpc_errors import failure as error_info
from tests.test_adoption import rust_database


def data_dir_config(tmp_path: Path, **overrides: Any) -> ServerConfig:
    settings: dict[str, Any] = {
        "host": "127.0.0.1",
        "port": 0,
        "grace_s": 1.0,
        "data_dir": str(tmp_path / "data"),
        "allowed_roots": str(tmp_path / "repos"),
    }
    settings.update(overrides)
    return ServerConfig(service="drift", **settings)


@contextlib.asynccontextmanager
async def data_dir_server(tmp_path: Path, **overrides: Any) -> AsyncIterator[RunningServer]:
    (tmp_path / "repos").mkdir(exist_ok=True)
    running = await start_server(DRIFT, data_dir_config(tmp_path, **overrides))
    try:
        yield running
    finally:
        await running.stop()


class Client:
    """Stubs of the projects and storage services on one channel."""

    def __init__(self, channel: grpc.aio.Channel) -> None:
        self.projects = projects_pb2_grpc.DriftProjectsServiceStub(channel)
        self.drift = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)

    async def create(self, project_id: str, root: Path, display_name: str = "") -> ppb.Project:
        response = await self.projects.CreateProject(
            ppb.CreateProjectRequest(
                project_id=project_id,
                project=ppb.Project(root=str(root), display_name=display_name),
            )
        )
        return response.project

    async def scan(self, project: str, root: str = "") -> pb.ScanSummary:
        summary = None
        async for event in self.drift.Scan(pb.ScanRequest(project=project, root=root)):
            if event.HasField("summary"):
                summary = event.summary
        assert summary is not None
        return summary

    async def paths(self, project: str) -> list[str]:
        response = await self.drift.ListFiles(pb.ListFilesRequest(parent=project))
        return [f.path for f in response.files]


@contextlib.asynccontextmanager
async def client(running: RunningServer) -> AsyncIterator[Client]:
    async with grpc.aio.insecure_channel(running.address) as channel:
        yield Client(channel)


def repo(tmp_path: Path, name: str, files: dict[str, str]) -> Path:
    root = tmp_path / "repos" / name
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text)
    return root


def projects_of(running: RunningServer) -> Projects:
    assert isinstance(running.resources, Projects)
    return running.resources


async def test_a_created_project_has_its_own_database_and_answers_by_name(tmp_path: Path) -> None:
    root = repo(tmp_path, "alpha", {"a.py": "x = 1\n"})
    async with data_dir_server(tmp_path) as running, client(running) as c:
        created = await c.create("alpha", root, "Alpha repo")
        fetched = (
            await c.projects.GetProject(ppb.GetProjectRequest(name="projects/alpha"))
        ).project
    assert (created.name, created.root, created.display_name) == (
        "projects/alpha",
        str(root),
        "Alpha repo",
    )
    assert created.create_time.seconds > 0
    assert fetched == created
    assert (tmp_path / "data" / "projects" / "alpha" / "drift.db").is_file()


async def test_an_empty_id_is_derived_from_the_root(tmp_path: Path) -> None:
    root = repo(tmp_path, "My Repo.git", {"a.py": "x = 1\n"})
    async with data_dir_server(tmp_path) as running, client(running) as c:
        first = await c.create("", root)
        second = await c.create("", root)
    assert (first.name, second.name) == ("projects/my-repo-git", "projects/my-repo-git-2")


async def test_scans_and_reads_of_two_projects_never_touch_each_other(tmp_path: Path) -> None:
    alpha = repo(tmp_path, "alpha", {"a.py": "x = 1\n", "shared.py": "y = 2\n"})
    beta = repo(tmp_path, "beta", {"b.py": "z = 3\n"})
    async with data_dir_server(tmp_path) as running, client(running) as c:
        await c.create("alpha", alpha)
        await c.create("beta", beta)
        await c.scan("projects/alpha")
        await c.scan("projects/beta")
        (alpha / "a.py").unlink()
        await c.scan("projects/alpha")
        assert await c.paths("projects/alpha") == ["shared.py"]
        assert await c.paths("projects/beta") == ["b.py"]


async def test_scans_of_different_projects_run_at_the_same_time(tmp_path: Path) -> None:
    roots = [repo(tmp_path, f"p{i}", {f"f{j}.py": f"v = {j}\n" for j in range(50)}) for i in (1, 2)]
    async with data_dir_server(tmp_path) as running, client(running) as c:
        for i, root in enumerate(roots, start=1):
            await c.create(f"p{i}", root)
        summaries = await asyncio.gather(c.scan("projects/p1"), c.scan("projects/p2"))
    assert [(s.status, s.files_added) for s in summaries] == [("complete", 50), ("complete", 50)]


async def test_a_scan_beyond_the_concurrent_limit_is_refused(tmp_path: Path) -> None:
    roots = [repo(tmp_path, f"p{i}", {"a.py": "x = 1\n"}) for i in (1, 2)]
    async with data_dir_server(tmp_path, max_concurrent_scans=1) as running, client(running) as c:
        for i, root in enumerate(roots, start=1):
            await c.create(f"p{i}", root)
        release = threading.Event()
        async with projects_of(running).lease("projects/p1", "project") as p1:
            p1.storage.writer.submit("hold", lambda conn: release.wait(30) and WriteResult())
            first = asyncio.ensure_future(c.scan("projects/p1"))
            try:
                while p1.scans.running is None:
                    await asyncio.sleep(0.01)
                with pytest.raises(grpc.aio.AioRpcError) as refused:
                    await c.scan("projects/p2")
            finally:
                release.set()
            await first
        second = await c.scan("projects/p2")  # once the first has ended
    assert (refused.value.code(), error_info(refused.value).reason) == (
        grpc.StatusCode.RESOURCE_EXHAUSTED,
        "TOO_MANY_SCANS",
    )
    assert second.status == "complete"


async def test_an_unknown_project_is_not_found_for_every_kind_of_rpc(tmp_path: Path) -> None:
    async with data_dir_server(tmp_path) as running, client(running) as c:
        calls = {
            "ListFiles": c.drift.ListFiles(pb.ListFilesRequest(parent="projects/nope")),
            "GetFileSummary": c.drift.GetFileSummary(
                pb.GetFileSummaryRequest(project="projects/nope")
            ),
            "GetProject": c.projects.GetProject(ppb.GetProjectRequest(name="projects/nope")),
            "DeleteProject": c.projects.DeleteProject(
                ppb.DeleteProjectRequest(name="projects/nope")
            ),
        }
        outcomes = {}
        for method, call in calls.items():
            with pytest.raises(grpc.aio.AioRpcError) as raised:
                await call
            info = error_info(raised.value)
            outcomes[method] = (raised.value.code(), info.reason, info.metadata["project"])
        with pytest.raises(grpc.aio.AioRpcError) as streamed:
            await c.scan("projects/nope")
    expected = (grpc.StatusCode.NOT_FOUND, "PROJECT_NOT_FOUND", "projects/nope")
    assert outcomes == dict.fromkeys(calls, expected)
    assert streamed.value.code() == grpc.StatusCode.NOT_FOUND


async def test_a_malformed_project_name_is_invalid_argument_naming_the_field(
    tmp_path: Path,
) -> None:
    async with data_dir_server(tmp_path) as running, client(running) as c:
        with pytest.raises(grpc.aio.AioRpcError) as raised:
            await c.drift.ListFiles(pb.ListFilesRequest(parent="alpha"))
    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert raised.value.details() == (
        "parent: 'alpha' is not a project name: expected projects/{id}"
    )


async def test_create_refuses_a_taken_id_a_bad_id_and_a_root_outside_the_allowed_roots(
    tmp_path: Path,
) -> None:
    root = repo(tmp_path, "alpha", {"a.py": "x = 1\n"})
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    async with data_dir_server(tmp_path) as running, client(running) as c:
        await c.create("alpha", root)
        refusals = []
        for project_id, where in (("alpha", root), ("Alpha_1", root), ("other", outside)):
            with pytest.raises(grpc.aio.AioRpcError) as raised:
                await c.create(project_id, where)
            refusals.append((raised.value.code(), error_info(raised.value).reason))
        listed = await c.projects.ListProjects(ppb.ListProjectsRequest())
    assert refusals[0] == (grpc.StatusCode.ALREADY_EXISTS, "PROJECT_ALREADY_EXISTS")
    assert refusals[1][0] == grpc.StatusCode.INVALID_ARGUMENT
    assert refusals[2][0] == grpc.StatusCode.PERMISSION_DENIED
    assert [p.name for p in listed.projects] == ["projects/alpha"]
    assert sorted(p.name for p in (tmp_path / "data" / "projects").iterdir()) == ["alpha"]


async def test_list_projects_pages_in_id_order_without_opening_them(tmp_path: Path) -> None:
    async with data_dir_server(tmp_path) as running, client(running) as c:
        for name in ("delta", "alpha", "charlie", "bravo", "echo"):
            await c.create(name, repo(tmp_path, name, {"a.py": "x = 1\n"}))
    async with data_dir_server(tmp_path) as running, client(running) as c:  # restarted: all closed
        names, token = [], ""
        while True:
            page = await c.projects.ListProjects(
                ppb.ListProjectsRequest(page_size=2, page_token=token)
            )
            names += [(p.name, p.open) for p in page.projects]
            token = page.next_page_token
            if not token:
                break
        assert projects_of(running).open_count() == 0
    assert names == [
        (f"projects/{n}", False) for n in ("alpha", "bravo", "charlie", "delta", "echo")
    ]


async def test_delete_removes_the_files_and_is_refused_while_a_scan_runs(tmp_path: Path) -> None:
    root = repo(tmp_path, "alpha", {"a.py": "x = 1\n"})
    async with data_dir_server(tmp_path) as running, client(running) as c:
        await c.create("alpha", root)
        projects = projects_of(running)
        release = threading.Event()
        async with projects.lease("projects/alpha", "project") as project:
            # The writer is held, so the scan stays at its start until released.
            project.storage.writer.submit("hold", lambda conn: release.wait(30) and WriteResult())
            scan = asyncio.ensure_future(c.scan("projects/alpha"))
            try:
                while project.scans.running is None:
                    await asyncio.sleep(0.01)
                with pytest.raises(grpc.aio.AioRpcError) as busy:
                    await c.projects.DeleteProject(ppb.DeleteProjectRequest(name="projects/alpha"))
            finally:
                release.set()
            await scan
        await c.projects.DeleteProject(ppb.DeleteProjectRequest(name="projects/alpha"))
        with pytest.raises(grpc.aio.AioRpcError) as gone:
            await c.paths("projects/alpha")
    assert error_info(busy.value).reason == "PROJECT_BUSY"
    assert gone.value.code() == grpc.StatusCode.NOT_FOUND
    assert list((tmp_path / "data" / "projects").iterdir()) == []


async def test_re_rooting_keeps_the_rows_and_makes_the_next_scan_full(tmp_path: Path) -> None:
    old = repo(tmp_path, "old", {"a.py": "x = 1\n", "b.py": "y = 2\n"})
    async with data_dir_server(tmp_path) as running, client(running) as c:
        await c.create("alpha", old)
        await c.scan("projects/alpha")
        new = old.rename(tmp_path / "repos" / "new")  # the repository moved; b.py then goes
        (new / "b.py").unlink()
        updated = await c.projects.UpdateProject(
            ppb.UpdateProjectRequest(
                project=ppb.Project(name="projects/alpha", root=str(new)),
                update_mask=FieldMask(paths=["root"]),
            )
        )
        assert await c.paths("projects/alpha") == ["a.py", "b.py"]
        summary = await c.scan("projects/alpha")
        after = (await c.projects.GetProject(ppb.GetProjectRequest(name="projects/alpha"))).project
    assert (updated.project.root, updated.project.full_scan_pending) == (str(new), True)
    assert (summary.files_unchanged, summary.files_removed, summary.cache_hit_rate) == (1, 1, 0.0)
    assert after.full_scan_pending is False


async def test_update_refuses_an_unknown_mask_path(tmp_path: Path) -> None:
    async with data_dir_server(tmp_path) as running, client(running) as c:
        await c.create("alpha", repo(tmp_path, "alpha", {"a.py": "x = 1\n"}))
        with pytest.raises(grpc.aio.AioRpcError) as raised:
            await c.projects.UpdateProject(
                ppb.UpdateProjectRequest(
                    project=ppb.Project(name="projects/alpha"),
                    update_mask=FieldMask(paths=["create_time"]),
                )
            )
    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT


async def test_projects_open_lazily_and_the_least_recently_used_idle_one_closes(
    tmp_path: Path,
) -> None:
    async with data_dir_server(tmp_path, max_open_projects=2) as running, client(running) as c:
        for name in ("a", "b", "c"):
            await c.create(name, repo(tmp_path, name, {"f.py": "x = 1\n"}))
        projects = projects_of(running)
        assert projects.open_count() == 0
        for name in ("a", "b", "a", "c"):  # b is then the least recently used
            await c.paths(f"projects/{name}")
        await asyncio.sleep(0.2)  # the eviction runs after the lease ends
        views = [await projects.view(name) for name in ("a", "b", "c")]
    assert [(v.id, v.is_open) for v in views] == [("a", True), ("b", False), ("c", True)]


async def test_concurrent_reads_of_more_projects_than_may_be_open_all_succeed(
    tmp_path: Path,
) -> None:
    names = [f"p{i}" for i in range(6)]
    async with data_dir_server(tmp_path, max_open_projects=2) as running, client(running) as c:
        for name in names:
            await c.create(name, repo(tmp_path, name, {f"{name}.py": "x = 1\n"}))
            await c.scan(f"projects/{name}")
        results = await asyncio.gather(*(c.paths(f"projects/{n}") for n in names * 5))
        await asyncio.sleep(0.3)
        still_open = projects_of(running).open_count()
    assert results == [[f"{n}.py"] for n in names * 5]
    assert still_open <= 2


async def test_an_idle_project_is_closed_with_a_clean_checkpoint(tmp_path: Path) -> None:
    root = repo(tmp_path, "alpha", {"a.py": "x = 1\n"})
    async with data_dir_server(tmp_path, project_idle_s=0.05) as running, client(running) as c:
        await c.create("alpha", root)
        await c.scan("projects/alpha")
        projects = projects_of(running)
        for _ in range(200):  # the service's idle closer runs every project_idle_s / 2
            if projects.open_count() == 0:
                break
            await asyncio.sleep(0.01)
        database = tmp_path / "data" / "projects" / "alpha" / "drift.db"
        sidecars = sorted(p.name for p in database.parent.iterdir() if p.name != "drift.db")
        assert projects.open_count() == 0
        assert sidecars == ["drift.db.lock"]  # no -wal, no -shm: checkpointed and closed
        assert await c.paths("projects/alpha") == ["a.py"]  # and it opens again on use


async def test_a_second_service_on_the_same_data_directory_is_refused(tmp_path: Path) -> None:
    async with data_dir_server(tmp_path):
        with pytest.raises(Exception) as refused:
            await start_server(DRIFT, data_dir_config(tmp_path))
    assert getattr(refused.value, "reason", "") == "DATABASE_LOCKED"


async def test_leftovers_of_an_interrupted_create_are_removed_at_start(tmp_path: Path) -> None:
    half = tmp_path / "data" / "projects" / ".creating-alpha-123456789abc"
    half.mkdir(parents=True)
    (half / "drift.db").write_bytes(b"half written")
    async with data_dir_server(tmp_path) as running, client(running) as c:
        listed = await c.projects.ListProjects(ppb.ListProjectsRequest())
    assert list(listed.projects) == []
    assert not half.exists()


async def test_the_data_directory_s_old_drift_db_is_served_as_the_default_project(
    tmp_path: Path,
) -> None:
    legacy = tmp_path / "data" / "drift.db"
    legacy.parent.mkdir(parents=True)
    conn = apsw.Connection(str(legacy))
    conn.execute("PRAGMA user_version = 0")
    conn.close()
    root = repo(tmp_path, "alpha", {"a.py": "x = 1\n"})
    async with data_dir_server(tmp_path) as running, client(running) as c:
        await c.scan("", str(root))  # an empty project field means projects/default
        paths = await c.paths("")
        listed = await c.projects.ListProjects(ppb.ListProjectsRequest())
    assert paths == ["a.py"]
    assert [(p.name, p.root) for p in listed.projects] == [("projects/default", str(root))]


async def test_a_db_service_refuses_project_management(tmp_path: Path) -> None:
    running = await start_server(
        DRIFT, ServerConfig(service="drift", port=0, db=str(tmp_path / "drift.db"), grace_s=1.0)
    )
    try:
        async with client(running) as c:
            with pytest.raises(grpc.aio.AioRpcError) as raised:
                await c.create("alpha", tmp_path)
            listed = await c.projects.ListProjects(ppb.ListProjectsRequest())
    finally:
        await running.stop()
    assert error_info(raised.value).reason == "SINGLE_PROJECT_MODE"
    assert [p.name for p in listed.projects] == ["projects/default"]


@pytest.mark.parametrize("move", [False, True], ids=["copy", "move"])
async def test_a_rust_drift_db_is_imported_as_a_project_with_every_row(
    tmp_path: Path, move: bool
) -> None:
    (tmp_path / "repos").mkdir()
    source = rust_database(tmp_path / "repos", 9, wal=True)  # its only row is in the -wal file
    root = repo(tmp_path, "legacy", {"src/app.py": "x = 1\n"})
    async with data_dir_server(tmp_path) as running, client(running) as c:
        imported = await c.projects.ImportProject(
            ppb.ImportProjectRequest(
                project_id="legacy", source=str(source), root=str(root), move=move
            )
        )
        files = await c.drift.ListFiles(pb.ListFilesRequest(parent="projects/legacy"))
    assert (imported.from_version, imported.rows_before) == (9, 1)
    assert imported.rows_after == imported.rows_before
    assert (imported.project.name, imported.project.root) == ("projects/legacy", str(root))
    assert [(f.path, f.language) for f in files.files] == [("src/app.py", "Python")]
    assert source.exists() is not move


async def test_import_refuses_a_file_that_is_not_sqlite_and_leaves_nothing(tmp_path: Path) -> None:
    (tmp_path / "repos").mkdir()
    source = tmp_path / "repos" / "notes.db"
    source.write_text("not a database")
    async with data_dir_server(tmp_path) as running, client(running) as c:
        with pytest.raises(grpc.aio.AioRpcError) as raised:
            await c.projects.ImportProject(
                ppb.ImportProjectRequest(project_id="notes", source=str(source), root="")
            )
        listed = await c.projects.ListProjects(ppb.ListProjectsRequest())
    assert raised.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert list(listed.projects) == []
    assert list((tmp_path / "data" / "projects").iterdir()) == []
    assert source.read_text() == "not a database"


def _methods_naming_a_project() -> list[Any]:
    """Every drift method whose request names a project (by ``parent``, ``project``, or a
    project's own ``name``/``project.name``)."""
    from services.contracts.drift.enforcement.v1 import enforcement_pb2
    from services.contracts.drift.storage.v1 import tables_pb2

    services = [
        pb.DESCRIPTOR.services_by_name["DriftStorageService"],
        tables_pb2.DESCRIPTOR.services_by_name["DriftTablesService"],
        ppb.DESCRIPTOR.services_by_name["DriftProjectsService"],
        enforcement_pb2.DESCRIPTOR.services_by_name["EnforcementService"],
    ]
    return [
        method
        for service in services
        for method in service.methods
        if method.name not in ("CreateProject", "ListProjects", "ImportProject")
    ]


# Fields a request needs so that it reaches its project (a valid value, for the method to get
# past checking its arguments).
REQUIRED = {"ListCallers": {"function_id": 1}, "ListCallees": {"function_id": 1},
            "BatchGetFunctions": {"ids": [1]}, "UpdateProject": {}}  # fmt: skip


def _request_naming(method: Any, name: str) -> bytes:
    from google.protobuf import message_factory

    request = message_factory.GetMessageClass(method.input_type)(**REQUIRED.get(method.name, {}))
    fields = request.DESCRIPTOR.fields_by_name
    if "parent" in fields:
        request.parent = name
    elif "project" in fields and fields["project"].message_type is None:
        request.project = name
    elif "project" in fields:  # UpdateProject
        request.project.name = name
        request.project.display_name = "x"
    else:
        request.name = name
    if "table" in fields:
        request.table = "functions"
    batch = request.DESCRIPTOR.oneofs_by_name.get("batch")
    if batch is not None:  # IngestRows: one row of a table clients may write
        getattr(request, batch.fields[0].name).rows.add()
    if "files" in fields:  # IngestFileMetadata
        request.files.path.append("a.py")
    return bytes(request.SerializeToString())


async def test_every_rpc_naming_an_unknown_project_is_project_not_found(tmp_path: Path) -> None:
    outcomes = {}
    async with (
        data_dir_server(tmp_path) as running,
        grpc.aio.insecure_channel(running.address) as channel,
    ):
        for method in _methods_naming_a_project():
            path = f"/{method.containing_service.full_name}/{method.name}"
            data = _request_naming(method, "projects/nope")
            try:
                if method.client_streaming:
                    call = channel.stream_stream(path)(iter([data]))
                    async for _ in call:
                        pass
                elif method.server_streaming:
                    async for _ in channel.unary_stream(path)(data):
                        pass
                else:
                    await channel.unary_unary(path)(data)
                outcomes[method.name] = ("OK", "")
            except grpc.aio.AioRpcError as exc:
                outcomes[method.name] = (exc.code().name, error_info(exc).reason)
    assert len(outcomes) > 100  # every table's List/Count/Get and the hand-written RPCs
    assert outcomes == dict.fromkeys(outcomes, ("NOT_FOUND", "PROJECT_NOT_FOUND"))


async def test_a_project_being_closed_is_still_described(tmp_path: Path) -> None:
    """GetProject while the project's writer drains before closing answers from what the
    project row said when the close began (it used to read through the closing read pool)."""
    settings = {"max_open_projects": 1, "project_idle_s": 0.0}
    async with data_dir_server(tmp_path, **settings) as running, client(running) as c:
        for name in ("a", "b"):
            await c.create(name, repo(tmp_path, name, {"f.py": "x = 1\n"}), f"Project {name}")
        projects = projects_of(running)
        async with projects.lease("projects/a", "project") as a:
            release = threading.Event()
            a.storage.writer.submit("hold", lambda conn: release.wait(30) and WriteResult())
        try:
            await c.paths("projects/b")  # a is evicted; its close waits for the held writer
            while projects._entries["a"].transition is None:
                await asyncio.sleep(0.01)
            described = await c.projects.GetProject(ppb.GetProjectRequest(name="projects/a"))
        finally:
            release.set()
    assert described.project.display_name == "Project a"
