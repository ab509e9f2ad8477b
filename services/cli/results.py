"""``drift-services scans|files|functions|callers|callees``: the results, read through the API.

Every command is a client of the drift service's gRPC API (``DriftTablesService`` and
``DriftStorageService``), never of drift.db itself, so it works against a running service and sees
what any other client sees. Rows come in the API's order: scans and functions by id (the order
they were recorded, oldest first), files by path, calls as the call-graph RPCs order them. One
page at a time or every page (``services/cli/paging.py``); the token of the next page is printed
on stderr, so that stdout holds only the rows.

``callers`` and ``callees`` take a function as its id or as ``FILE:NAME`` (``NAME`` is the name or
the qualified name, e.g. ``Store.save``), with ``:LINE`` when a file has several functions of that
name, and list its calls through ``ListCallers`` and ``ListCallees``: callers by file and line,
callees in the order of the calls.
"""

from __future__ import annotations

from pathlib import Path

import grpc
from rich.table import Table

from services.cli import projects
from services.cli.output import (
    message_dict,
    print_json,
    print_next_page,
    print_table,
    timestamp,
)
from services.cli.paging import RPC_TIMEOUT_S, Paging, fetch
from services.common import errors
from services.contracts.drift.storage.v1 import drift_storage_pb2 as storage_pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc, tables_pb2_grpc
from services.contracts.drift.storage.v1 import tables_pb2 as pb


def _optional(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


# -- scans -------------------------------------------------------------------------------------


async def list_scans(
    address: str, project: str | None, status: str | None, paging: Paging, as_json: bool
) -> int:
    """``scans``: the scan history, oldest first, optionally of one status."""
    async with grpc.aio.insecure_channel(address) as channel:
        stub = tables_pb2_grpc.DriftTablesServiceStub(channel)
        request = pb.ListScansRequest(parent=await projects.choose(channel, project, Path.cwd()))
        if status:
            request.status = status
        scans, token = await fetch(stub.ListScans, request, "scans", paging)
    if as_json:
        print_json([message_dict(scan) for scan in scans])
    else:
        # One database holds one project: its root goes in the title, and in a column only
        # when the history holds another (a scan with --replace-root).
        roots = {scan.root_path for scan in scans}
        title = f"scans of {next(iter(roots))}" if len(roots) == 1 else "scans"
        table = Table(title=title)
        for column in ["id", "started", "status", "files", "changes", "duration"]:
            table.add_column(column, no_wrap=True)  # short values; the root and error wrap
        for column in ["root"] if len(roots) > 1 else []:
            table.add_column(column)
        table.add_column("error")
        for scan in scans:
            has = scan.HasField
            changes = (scan.added_files, scan.modified_files, scan.removed_files)
            cells = [
                str(scan.id),
                timestamp(scan.started_at.seconds),
                scan.status,
                _optional(scan.total_files if has("total_files") else None),
                "+{:,} ~{:,} -{:,}".format(*changes) if has("added_files") else "",
                f"{scan.duration_ms / 1000:.2f} s" if has("duration_ms") else "",
            ]
            table.add_row(*cells, *([scan.root_path] if len(roots) > 1 else []), scan.error)
        print_table(table)
    print_next_page("scans", token)
    return 0


# -- files -------------------------------------------------------------------------------------


async def list_files(
    address: str, project: str | None, language: str | None, paging: Paging, as_json: bool
) -> int:
    """``files``: the recorded files by path, optionally of one language."""
    async with grpc.aio.insecure_channel(address) as channel:
        stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
        request = storage_pb.ListFilesRequest(
            parent=await projects.choose(channel, project, Path.cwd()), language=language or ""
        )
        files, token = await fetch(stub.ListFiles, request, "files", paging)
    if as_json:
        print_json([message_dict(file) for file in files])
    else:
        table = Table("path", "language", "bytes", "functions", "errors", "scanned",
                      title="files")  # fmt: skip
        for file in files:
            table.add_row(
                file.path,
                file.language or "(not parsed)",
                f"{file.file_size:,}",
                str(file.function_count),
                str(file.error_count),
                timestamp(file.last_scanned_at),
            )
        print_table(table)
    print_next_page("files", token)
    return 0


# -- functions ---------------------------------------------------------------------------------


def _location(function: pb.FunctionRow) -> str:
    return f"{function.file}:{function.function_name}:{function.line}"


async def list_functions(
    address: str,
    project: str | None,
    file: str | None,
    qualified_name: str | None,
    paging: Paging,
    as_json: bool,
) -> int:
    """``functions``: the extracted functions by id, optionally of one file or qualified name."""
    request = pb.ListFunctionsRequest()
    if file:
        request.file = file
    if qualified_name:
        request.qualified_name = qualified_name
    async with grpc.aio.insecure_channel(address) as channel:
        request.parent = await projects.choose(channel, project, Path.cwd())
        stub = tables_pb2_grpc.DriftTablesServiceStub(channel)
        functions, token = await fetch(stub.ListFunctions, request, "functions", paging)
    if as_json:
        print_json([message_dict(function) for function in functions])
    else:
        table = Table("id", "file", "line", "name", "qualified name", "parameters", "returns",
                      title="functions")  # fmt: skip
        for function in functions:
            table.add_row(
                str(function.id),
                function.file,
                f"{function.line}-{function.end_line}",
                function.function_name + (" (async)" if function.is_async else ""),
                function.qualified_name,
                str(function.parameter_count),
                function.return_type,
            )
        print_table(table)
    print_next_page("functions", token)
    return 0


# -- callers and callees -------------------------------------------------------------------------


def _function_json(function: storage_pb.Function) -> dict[str, object]:
    """``function`` as ``functions --json`` shows a function (the row's columns and values)."""
    return {
        "id": function.id,
        "file": function.file,
        "function_name": function.function_name,
        "qualified_name": function.qualified_name or None,
        "language": function.language,
        "line": function.line,
        "end_line": function.end_line,
        "parameter_count": function.parameter_count,
        "return_type": function.return_type or None,
        "is_exported": function.is_exported,
        "is_async": function.is_async,
        "body_hash": function.body_hash.hex() or None,
        "signature_hash": function.signature_hash.hex() or None,
    }


async def resolve_function(channel: grpc.aio.Channel, parent: str, spec: str) -> tuple[int, str]:
    """The id and ``FILE:NAME:LINE`` of the function ``spec`` names in project ``parent``: an
    id, ``FILE:NAME`` or ``FILE:NAME:LINE``.

    ``NAME`` matches a function's name or its qualified name. A spec that matches nothing is
    NOT_FOUND; one that matches several functions is INVALID_ARGUMENT listing them.
    """
    if spec.isdigit():
        stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
        batch = storage_pb.BatchGetFunctionsRequest(parent=parent, ids=[int(spec)])
        (function,) = (await stub.BatchGetFunctions(batch, timeout=RPC_TIMEOUT_S)).functions
        return function.id, f"{function.file}:{function.function_name}:{function.line}"
    file, _, name = spec.rpartition(":")
    line = None
    if name.isdigit() and ":" in file:  # FILE:NAME:LINE
        line = int(name)
        file, _, name = file.rpartition(":")
    if not file or not name:
        raise errors.InvalidArgument(
            errors.FieldViolation(
                "FUNCTION", f"{spec!r} is neither a function id nor FILE:NAME[:LINE]"
            )
        )
    tables = tables_pb2_grpc.DriftTablesServiceStub(channel)
    request = pb.ListFunctionsRequest(parent=parent, file=file)
    in_file, _ = await fetch(tables.ListFunctions, request, "functions", Paging(0, "", True))
    matches: list[pb.FunctionRow] = [
        f
        for f in in_file
        if name in (f.function_name, f.qualified_name) and (line is None or f.line == line)
    ]
    if not matches:
        where = f"{file!r} has no functions" if not in_file else f"no function {name!r} in {file!r}"
        raise errors.RowNotFound(where + ("" if line is None else f" at line {line}"))
    if len(matches) > 1:
        candidates = ", ".join(f"{_location(f)} (id {f.id})" for f in matches)
        raise errors.InvalidArgument(
            errors.FieldViolation(
                "FUNCTION", f"{spec!r} names {len(matches)} functions, give one: {candidates}"
            )
        )
    return matches[0].id, _location(matches[0])


async def list_calls(
    address: str, project: str | None, spec: str, other: str, paging: Paging, as_json: bool
) -> int:
    """``callers`` (``other`` is "caller") or ``callees`` ("callee") of the function ``spec``:
    each call with the function at its other end, the call's line, resolution and confidence."""
    async with grpc.aio.insecure_channel(address) as channel:
        parent = await projects.choose(channel, project, Path.cwd())
        target, location = await resolve_function(channel, parent, spec)
        stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
        if other == "caller":
            callers = storage_pb.ListCallersRequest(parent=parent, function_id=target)
            calls, token = await fetch(stub.ListCallers, callers, "callers", paging)
        else:
            callees = storage_pb.ListCalleesRequest(parent=parent, function_id=target)
            calls, token = await fetch(stub.ListCallees, callees, "callees", paging)
    if as_json:
        # Each call as the call edge it is, with the function at its other end.
        print_json(
            [
                {
                    "caller_id": call.function.id if other == "caller" else target,
                    "callee_id": target if other == "caller" else call.function.id,
                    "resolution": call.resolution,
                    "confidence": call.confidence,
                    "call_site_line": call.call_site_line,
                    other: _function_json(call.function),
                }
                for call in calls
            ]
        )
    else:
        title = f"{other}s of {location} (id {target})"
        table = Table(other, "call line", "resolution", "confidence", title=title)
        for call in calls:
            end = call.function
            table.add_row(
                f"{end.file}:{end.function_name}:{end.line}",
                str(call.call_site_line),
                call.resolution,
                f"{call.confidence:.2f}",
            )
        print_table(table)
    print_next_page(f"{other}s", token)
    return 0
