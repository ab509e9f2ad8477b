"""Row export for sync: ExportRows streams a table after a per-table rowid cursor."""

from __future__ import annotations

import apsw
import grpc
import pytest

from services.common.server import RunningServer
from services.common.writer import WriteResult, execute_rows
from services.contracts.drift.storage.v1 import drift_storage_pb2 as pb
from services.drift_storage.store import export
from tests.grpc_errors import failure


async def write(server: RunningServer, sql: str, rows: list[tuple]) -> None:
    """Fixture rows, written through the service's own writer."""

    def run(conn: apsw.Connection) -> WriteResult:
        execute_rows(conn, sql, rows)
        return WriteResult()

    await server.storage.writer.execute("fixture", run)


def parse_cache_rows(count: int, start: int = 0) -> list[tuple]:
    return [(i.to_bytes(8, "little"), "Python", f'{{"n": {i}}}', 1_700_000_000 + i) for i in
            range(start, start + count)]  # fmt: skip


async def export_all(stub, **request) -> list[pb.ExportRowsResponse]:
    return [chunk async for chunk in stub.ExportRows(pb.ExportRowsRequest(**request))]


def cell_value(cell: pb.Cell):
    kind = cell.WhichOneof("value")
    return None if kind == "is_null" else getattr(cell, kind)


async def test_rows_are_exported_with_their_columns_and_typed_cells(
    drift_server: RunningServer, drift_stub
) -> None:
    """Every SQLite storage class survives: INTEGER, REAL, TEXT, BLOB and NULL."""
    await write(
        drift_server,
        "INSERT INTO functions (file, name, qualified_name, language, line, end_line, body_hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            ("a.py", "f", None, "Python", 3, 9, b"\x01\x02"),
            ("b.py", "g", "C.g", "Python", 1, 2, None),
        ],
    )
    await write(
        drift_server,
        "INSERT INTO call_edges VALUES (?, ?, ?, ?, ?)",
        [(1, 2, "same_file", 0.75, 4)],
    )
    chunks = await export_all(drift_stub, table="functions")
    assert len(chunks) == 1
    columns = list(chunks[0].columns)
    assert columns[:4] == ["id", "file", "name", "qualified_name"]
    first = dict(zip(columns, (cell_value(c) for c in chunks[0].rows[0].cells), strict=True))
    assert first["name"] == "f" and first["line"] == 3
    assert first["qualified_name"] is None and first["body_hash"] == b"\x01\x02"
    assert [r.rowid for r in chunks[0].rows] == [1, 2]
    edges = await export_all(drift_stub, table="call_edges")
    assert [cell_value(c) for c in edges[0].rows[0].cells] == [1, 2, "same_file", 0.75, 4]


async def test_a_long_export_comes_in_chunks_and_resumes_from_its_cursor(
    drift_server: RunningServer, drift_stub
) -> None:
    """2,500 rows arrive as chunks of 1,000, 1,000 and 500; resuming from a chunk's last_rowid
    yields exactly the rest."""
    await write(drift_server, "INSERT INTO parse_cache VALUES (?, ?, ?, ?)", parse_cache_rows(2500))
    chunks = await export_all(drift_stub, table="parse_cache")
    assert [len(c.rows) for c in chunks] == [1000, 1000, 500]
    assert list(chunks[0].columns) and not chunks[1].columns
    assert chunks[-1].last_rowid == 2500
    resumed = await export_all(drift_stub, table="parse_cache", after_rowid=chunks[0].last_rowid)
    assert [r.rowid for c in resumed for r in c.rows] == list(range(1001, 2501))


async def test_max_rows_limits_the_export(drift_server: RunningServer, drift_stub) -> None:
    await write(drift_server, "INSERT INTO parse_cache VALUES (?, ?, ?, ?)", parse_cache_rows(30))
    chunks = await export_all(drift_stub, table="parse_cache", after_rowid=5, max_rows=10)
    assert [r.rowid for c in chunks for r in c.rows] == list(range(6, 16))
    assert chunks[-1].last_rowid == 15


async def test_an_empty_table_exports_its_columns_and_no_rows(drift_stub) -> None:
    chunks = await export_all(drift_stub, table="scan_history")
    assert len(chunks) == 1 and not chunks[0].rows and "root_path" in chunks[0].columns


async def test_the_cursor_is_per_table(drift_server: RunningServer, drift_stub) -> None:
    """Unlike the Rust database-wide cursor, each table has its own end."""
    await write(drift_server, "INSERT INTO parse_cache VALUES (?, ?, ?, ?)", parse_cache_rows(7))
    cursor = await drift_stub.GetExportCursor(pb.GetExportCursorRequest(table="parse_cache"))
    empty = await drift_stub.GetExportCursor(pb.GetExportCursorRequest(table="detections"))
    assert (cursor.max_rowid, empty.max_rowid) == (7, 0)


@pytest.mark.parametrize(
    "table",
    [
        "no_such_table",
        "",
        "sqlite_master",
        "file_metadata; DROP TABLE functions",
        'file_metadata" --',
        "file_metadata WHERE 1=1 --",
        "FILE_METADATA ",
    ],
)
async def test_a_table_name_outside_the_schema_is_refused_and_changes_nothing(
    drift_server: RunningServer, drift_stub, table: str
) -> None:
    for call in (
        export_all(drift_stub, table=table),
        drift_stub.GetExportCursor(pb.GetExportCursorRequest(table=table)),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await call
        error = failure(caught.value)
        assert error.code == grpc.StatusCode.INVALID_ARGUMENT
        assert error.fields == ["table"]
    names = await drift_server.storage.reads.run(export.tables)
    assert "functions" in names and "project" in names and len(names) == 49


@pytest.mark.parametrize(
    ("request_fields", "field"),
    [({"after_rowid": -1}, "after_rowid"), ({"max_rows": -3}, "max_rows")],
)
async def test_negative_cursors_and_limits_are_invalid(drift_stub, request_fields, field) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await export_all(drift_stub, table="functions", **request_fields)
    assert failure(caught.value).fields == [field]


async def test_a_huge_table_name_is_refused_with_a_short_message(drift_stub) -> None:
    """The message names a prefix of the table, so the status fits in the trailers a client
    accepts (16 KiB): echoing the whole name made clients see RESOURCE_EXHAUSTED instead."""
    table = "x" * 20_000
    for call in (
        export_all(drift_stub, table=table),
        drift_stub.GetExportCursor(pb.GetExportCursorRequest(table=table)),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await call
        error = failure(caught.value)
        assert (error.code, error.fields) == (grpc.StatusCode.INVALID_ARGUMENT, ["table"])
        assert error.message == (
            "table: '" + "x" * 80 + "'... (20000 characters) is not a table of this database"
        )
