"""Every error has a stable UPPER_SNAKE reason a client can branch on (AIP-193): one per class,
each documented in docs/api.md, and the servers send the specific one over the wire."""

from __future__ import annotations

import re
import threading
from collections.abc import AsyncIterable, Awaitable
from pathlib import Path

import grpc
import pytest

from services.common import errors
from services.common.writer import WriteResult
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from tests.conftest import serving
from tests.grpc_errors import Failure, failure
from tests.test_scan import make_tree

API_DOC = Path(__file__).resolve().parents[1] / "docs" / "api.md"
# AIP-193: at most 63 characters, [A-Z][A-Z0-9_]+[A-Z0-9].
REASON = re.compile(r"[A-Z][A-Z0-9_]{0,61}[A-Z0-9]")


def error_classes() -> list[type[errors.StorageError]]:
    """StorageError and every class below it."""
    found: list[type[errors.StorageError]] = []
    pending = [errors.StorageError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return found


def documented_reasons() -> dict[str, str]:
    """The reason table of the Errors section of docs/api.md: reason -> code."""
    section = API_DOC.read_text().split("\n## Errors\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    table: dict[str, str] = {}
    for row in rows:
        reason, code = (cell.strip().strip("`") for cell in row.split("|")[1:3])
        assert reason not in table, f"{reason} is documented twice"
        table[reason] = code
    return table


def test_every_error_class_has_its_own_upper_snake_reason() -> None:
    reasons: dict[str, type[errors.StorageError]] = {}
    for cls in error_classes():
        assert REASON.fullmatch(cls.reason), f"{cls.__name__}: {cls.reason!r}"
        assert cls.reason not in reasons, f"{cls.__name__} and {reasons[cls.reason].__name__}"
        reasons[cls.reason] = cls


def test_a_specific_error_keeps_the_code_of_its_family() -> None:
    """Only the families (direct subclasses of StorageError) set a code: a reason always comes
    with the same code, and ``except errors.NotFound`` catches every NOT_FOUND."""
    for cls in error_classes():
        if "code" in vars(cls) and cls is not errors.StorageError:
            assert cls.__bases__ == (errors.StorageError,), cls.__name__


def test_every_reason_is_documented_with_its_code() -> None:
    in_code = {cls.reason: cls.code.name for cls in error_classes()}
    assert documented_reasons() == in_code


def test_every_class_documents_when_it_is_raised() -> None:
    for cls in error_classes():
        assert cls.__doc__ and cls.__doc__.strip(), cls.__name__


@pytest.fixture
async def tree(tmp_path: Path):
    """A server allowed to scan ``tmp_path/allowed`` only, and a project tree there."""
    allowed = tmp_path / "allowed"
    make_tree(allowed / "project", {"a.py": "def a():\n    pass\n"})
    async with (
        serving(tmp_path / "drift.db", allowed_roots=str(allowed)) as server,
        grpc.aio.insecure_channel(server.address) as channel,
    ):
        yield allowed, server, drift_storage_pb2_grpc.DriftStorageServiceStub(channel)


async def refusal(call: Awaitable[object] | AsyncIterable[object]) -> Failure:
    """The failure that ends ``call``, a unary call or a response stream read to its end."""
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        if isinstance(call, AsyncIterable):
            async for _ in call:
                pass
        else:
            await call
    return failure(caught.value)


async def test_a_scan_outside_the_allowed_roots_is_root_outside_allowed_roots(tree) -> None:
    allowed, _, stub = tree
    error = await refusal(stub.Scan(pb.ScanRequest(root=str(allowed.parent))))
    assert (error.code, error.reason, error.metadata) == (
        grpc.StatusCode.PERMISSION_DENIED,
        "ROOT_OUTSIDE_ALLOWED_ROOTS",
        {"root": str(allowed.parent)},
    )


async def test_a_scan_of_a_missing_root_is_root_not_found(tree) -> None:
    allowed, _, stub = tree
    error = await refusal(stub.Scan(pb.ScanRequest(root=str(allowed / "nope"))))
    assert (error.code, error.reason, error.metadata) == (
        grpc.StatusCode.NOT_FOUND,
        "ROOT_NOT_FOUND",
        {"root": str(allowed / "nope")},
    )


async def test_a_second_scan_while_one_runs_is_scan_already_running(tree) -> None:
    allowed, server, stub = tree
    root = str(allowed / "project")
    first = stub.Scan(pb.ScanRequest(root=root))
    started = await first.read()
    # Hold the writer: the first scan cannot record its end before the second is refused.
    release = threading.Event()
    held = server.storage.writer.submit("hold", lambda conn: release.wait(30) and WriteResult())
    try:
        error = await refusal(stub.Scan(pb.ScanRequest(root=root)))
    finally:
        release.set()
    held.result(10)
    assert (error.code, error.reason, error.metadata) == (
        grpc.StatusCode.ABORTED,
        "SCAN_ALREADY_RUNNING",
        {"scanId": str(started.started.scan_id), "root": root},
    )
    last = started
    while (event := await first.read()) is not grpc.aio.EOF:
        last = event
    assert last.summary.status == "complete"


async def test_an_export_of_an_unknown_table_is_table_not_found(tree) -> None:
    _, _, stub = tree
    error = await refusal(stub.ExportRows(pb.ExportRowsRequest(table="no_such_table")))
    assert (error.code, error.reason, error.fields) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "TABLE_NOT_FOUND",
        ["table"],
    )


async def test_a_made_up_page_token_is_invalid_page_token(tree) -> None:
    _, _, stub = tree
    error = await refusal(stub.ListFiles(pb.ListFilesRequest(page_token="bm9wZQ")))
    assert (error.code, error.reason, error.fields) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_PAGE_TOKEN",
        ["page_token"],
    )


async def test_a_negative_page_size_is_a_plain_field_violation(tree) -> None:
    _, _, stub = tree
    error = await refusal(stub.ListFiles(pb.ListFilesRequest(page_size=-1)))
    assert (error.code, error.reason, error.fields) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "FIELD_INVALID",
        ["page_size"],
    )


async def test_an_unknown_project_is_project_not_found(tree) -> None:
    _, _, stub = tree
    error = await refusal(stub.GetFileSummary(pb.GetFileSummaryRequest(project="projects/nope")))
    assert (error.code, error.reason, error.metadata) == (
        grpc.StatusCode.NOT_FOUND,
        "PROJECT_NOT_FOUND",
        {"project": "projects/nope"},
    )
