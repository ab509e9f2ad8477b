"""``drift-services scans|files|functions|callers|callees``: the results, read through the API.

Every command is a client of the drift service's gRPC API (``DriftTablesService`` and
``DriftStorageService``), never of drift.db itself, so it works against a running service and sees
what any other client sees. Rows come in the API's order: scans and functions by id (the order
they were recorded, oldest first), files by path, call edges in the order they were recorded.
One page at a time or every page (``services/cli/paging.py``); the token of the next page is
printed on stderr, so that stdout holds only the rows.

``callers`` and ``callees`` take a function as its id or as ``FILE:NAME`` (``NAME`` is the name or
the qualified name, e.g. ``Store.save``), with ``:LINE`` when a file has several functions of that
name.
"""

from __future__ import annotations

from collections.abc import Collection

import grpc
from rich.table import Table

from services.cli.output import (
    message_dict,
    print_json,
    print_next_page,
    print_table,
    timestamp,
)
from services.cli.paging import RPC_TIMEOUT_S, Paging, fetch
from services.common import errors
from services.common.pagination import MAX_PAGE_SIZE
from services.contracts.drift.storage.v1 import drift_storage_pb2 as storage_pb
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc, tables_pb2_grpc
from services.contracts.drift.storage.v1 import tables_pb2 as pb


def _optional(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


# -- scans -------------------------------------------------------------------------------------


async def list_scans(address: str, status: str | None, paging: Paging, as_json: bool) -> int:
    """``scans``: the scan history, oldest first, optionally of one status."""
    async with grpc.aio.insecure_channel(address) as channel:
        stub = tables_pb2_grpc.DriftTablesServiceStub(channel)
        request = pb.ListScansRequest(status=status) if status else pb.ListScansRequest()
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
                timestamp(scan.started_at),
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


async def list_files(address: str, language: str | None, paging: Paging, as_json: bool) -> int:
    """``files``: the recorded files by path, optionally of one language."""
    async with grpc.aio.insecure_channel(address) as channel:
        stub = drift_storage_pb2_grpc.DriftStorageServiceStub(channel)
        request = storage_pb.ListFilesRequest(language=language or "")
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
    return f"{function.file}:{function.name}:{function.line}"


async def list_functions(
    address: str, file: str | None, qualified_name: str | None, paging: Paging, as_json: bool
) -> int:
    """``functions``: the extracted functions by id, optionally of one file or qualified name."""
    request = pb.ListFunctionsRequest()
    if file:
        request.file = file
    if qualified_name:
        request.qualified_name = qualified_name
    async with grpc.aio.insecure_channel(address) as channel:
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
                function.name + (" (async)" if function.is_async else ""),
                function.qualified_name,
                str(function.parameter_count),
                function.return_type,
            )
        print_table(table)
    print_next_page("functions", token)
    return 0


# -- callers and callees -------------------------------------------------------------------------


async def functions_by_id(
    stub: tables_pb2_grpc.DriftTablesServiceStub, ids: Collection[int]
) -> dict[int, pb.FunctionRow]:
    """The functions of ``ids`` that exist.

    ListFunctions has no id filter, so this pages through the functions (by id) until it has
    seen them all: one call per 1,000 functions up to the highest id wanted.
    """
    wanted = set(ids)
    found: dict[int, pb.FunctionRow] = {}
    request = pb.ListFunctionsRequest(page_size=MAX_PAGE_SIZE)
    while wanted:
        response = await stub.ListFunctions(request, timeout=RPC_TIMEOUT_S)
        for function in response.functions:
            if function.id in wanted:
                found[function.id] = function
                wanted.discard(function.id)
        if not response.next_page_token:
            break
        request.page_token = response.next_page_token
    return found


async def resolve_function(
    stub: tables_pb2_grpc.DriftTablesServiceStub, spec: str
) -> pb.FunctionRow:
    """The function ``spec`` names: an id, ``FILE:NAME`` or ``FILE:NAME:LINE``.

    ``NAME`` matches a function's name or its qualified name. A spec that matches nothing is
    NOT_FOUND; one that matches several functions is INVALID_ARGUMENT listing them.
    """
    if spec.isdigit():
        found = await functions_by_id(stub, [int(spec)])
        if int(spec) not in found:
            raise errors.RowNotFound(f"no function has id {spec}")
        return found[int(spec)]
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
    request = pb.ListFunctionsRequest(file=file)
    in_file, _ = await fetch(stub.ListFunctions, request, "functions", Paging(0, "", True))
    matches: list[pb.FunctionRow] = [
        f
        for f in in_file
        if name in (f.name, f.qualified_name) and (line is None or f.line == line)
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
    return matches[0]


async def list_calls(address: str, spec: str, other: str, paging: Paging, as_json: bool) -> int:
    """``callers`` (``other`` is "caller") or ``callees`` ("callee") of the function ``spec``:
    each edge with the function at its other end, the call's line, resolution and confidence."""
    async with grpc.aio.insecure_channel(address) as channel:
        stub = tables_pb2_grpc.DriftTablesServiceStub(channel)
        target = await resolve_function(stub, spec)
        # The callers of the target are the edges whose callee it is, and the other way round.
        if other == "caller":
            request = pb.ListCallEdgesRequest(callee_id=target.id)
        else:
            request = pb.ListCallEdgesRequest(caller_id=target.id)
        edges, token = await fetch(stub.ListCallEdges, request, "call_edges", paging)
        ends = [edge.caller_id if other == "caller" else edge.callee_id for edge in edges]
        # A function a scan removed after the edges were read is shown as gone.
        found = await functions_by_id(stub, set(ends))
    if as_json:
        print_json(
            [
                {**message_dict(edge), other: message_dict(found[end]) if end in found else None}
                for edge, end in zip(edges, ends, strict=True)
            ]
        )
    else:
        title = f"{other}s of {_location(target)} (id {target.id})"
        table = Table(other, "call line", "resolution", "confidence", title=title)
        for edge, end in zip(edges, ends, strict=True):
            table.add_row(
                _location(found[end]) if end in found else f"(function {end}, gone)",
                str(edge.call_site_line),
                edge.resolution,
                f"{edge.confidence:.2f}",
            )
        print_table(table)
    print_next_page(f"{other}s", token)
    return 0
