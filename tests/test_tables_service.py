"""DriftTablesService: every drift.db table written through IngestRows and read back through its
List and Get RPCs; upserts, appends, per-file replacement, filters, paging and errors."""

from __future__ import annotations

import time
from typing import Any

import grpc
import pytest
from google.protobuf.message import Message

from services.common.database import Database
from services.common.migrations import migrate
from services.common.server import RunningServer
from services.contracts.drift.storage.v1 import (
    drift_storage_pb2,
    drift_storage_pb2_grpc,
    tables_pb2_grpc,
)
from services.contracts.drift.storage.v1 import tables_pb2 as pb
from services.drift_storage.catalog import TABLES
from services.drift_storage.service import SCHEMA
from services.drift_storage.table_schema import Table, load_tables, snake
from tests.grpc_errors import failure

SAMPLE = {"INTEGER": 7, "REAL": 0.5, "TEXT": "x", "BLOB": b"\x01"}
# Foreign keys: a row of these tables needs its parent first, whose key is the sample value.
PARENTS = {
    "constraint_verifications": ("constraints", "x"),
    "migration_modules": ("migration_projects", 7),
    "migration_corrections": ("migration_modules", 7),
}


def schema_tables() -> tuple[Table, ...]:
    conn = Database.at(":memory:").open_writer()
    migrate(conn, SCHEMA)
    return load_tables(conn, TABLES)


TABLE_LIST = schema_tables()
BY_NAME = {t.name: t for t in TABLE_LIST}


def full_row(table: Table, **values: Any) -> Message:
    """A row setting every column (a sample value of its type), with ``values`` overriding."""
    fields = {c.name: SAMPLE[c.type] for c in table.columns}
    fields.update(values)
    return getattr(pb, f"{table.spec.resource}Row")(**fields)


def batch(table: Table, rows: list[Message], replace_files: tuple[str, ...] = ()) -> Any:
    request = pb.IngestRowsRequest(replace_files=replace_files)
    getattr(request, snake(table.spec.plural)).rows.extend(rows)
    if not rows:
        getattr(request, snake(table.spec.plural)).SetInParent()
    return request


async def ingest(stub, requests) -> list[pb.IngestRowsResponse]:
    return [ack async for ack in stub.IngestRows(iter(requests))]


async def list_all(stub, table: Table, **request: Any) -> list[Message]:
    method = getattr(stub, f"List{table.spec.plural}")
    request_class = getattr(pb, f"List{table.spec.plural}Request")
    found, token = [], ""
    while True:
        page = await method(request_class(page_token=token, **request))
        found.extend(getattr(page, snake(table.spec.plural)))
        if not (token := page.next_page_token):
            return found


@pytest.fixture
async def tables_stub(drift_server: RunningServer):
    async with grpc.aio.insecure_channel(drift_server.address) as channel:
        yield tables_pb2_grpc.DriftTablesServiceStub(channel)


@pytest.mark.parametrize("table", TABLE_LIST, ids=lambda t: t.name)
async def test_every_table_is_written_and_read_back_through_the_api(tables_stub, table) -> None:
    """A row setting every column comes back from List (and Get, for keyed tables) unchanged."""
    if table.name in PARENTS:
        parent_name, value = PARENTS[table.name]
        parent = BY_NAME[parent_name]
        if parent.name in PARENTS:
            grand = BY_NAME[PARENTS[parent.name][0]]
            await ingest(tables_stub, [batch(grand, [full_row(grand)])])
        await ingest(tables_stub, [batch(parent, [full_row(parent, id=value)])])
    row = full_row(table)
    acks = await ingest(tables_stub, [batch(table, [row])])
    assert (acks[0].table, acks[0].rows_written) == (table.name, 1)
    assert await list_all(tables_stub, table) == [row]
    if table.spec.key:
        request = getattr(pb, f"Get{table.spec.resource}Request")(
            **{name: getattr(row, name) for name in table.spec.key}
        )
        found = await getattr(tables_stub, f"Get{table.spec.resource}")(request)
        assert getattr(found, snake(table.spec.resource)) == row


async def test_unset_columns_take_their_defaults(tables_stub) -> None:
    """scan_history.status defaults to 'running', the id is assigned, nullable numbers stay
    unset, and created_at-style defaults are the current time."""
    scans = BY_NAME["scan_history"]
    await ingest(tables_stub, [batch(scans, [pb.ScanRow(started_at=1, root_path="/r")])])
    (scan,) = await list_all(tables_stub, scans)
    assert (scan.id, scan.status, scan.HasField("completed_at")) == (1, "running", False)
    detections = BY_NAME["detections"]
    before = int(time.time())
    row = pb.DetectionRow(
        file="a.py", line=1, column_num=1, pattern_id="p", category="c", confidence=0.5,
        detection_method="ast",
    )  # fmt: skip
    await ingest(tables_stub, [batch(detections, [row])])
    (stored,) = await list_all(tables_stub, detections)
    assert before <= stored.created_at <= int(time.time()) + 1
    assert not stored.HasField("owasp")


async def test_keyed_tables_upsert_and_keep_their_id(tables_stub) -> None:
    """functions upserts on (file, name, line): the row is replaced, its id stays."""
    functions = BY_NAME["functions"]
    first = full_row(functions, id=None, file="a.py", name="f", line=3, end_line=5)
    second = full_row(functions, id=None, file="a.py", name="f", line=3, end_line=9)
    await ingest(tables_stub, [batch(functions, [first]), batch(functions, [second])])
    (stored,) = await list_all(tables_stub, functions)
    assert (stored.id, stored.end_line) == (1, 9)


async def test_tables_without_a_key_append(tables_stub) -> None:
    detections = BY_NAME["detections"]
    row = full_row(detections, id=None)
    await ingest(tables_stub, [batch(detections, [row, row]), batch(detections, [row])])
    assert len(await list_all(tables_stub, detections)) == 3


async def test_replace_files_swaps_a_files_rows_in_one_batch(tables_stub) -> None:
    """Re-analysing a.py replaces its detections and leaves b.py's; an empty batch with
    replace_files clears a file."""
    detections = BY_NAME["detections"]

    def rows(file: str, count: int) -> list[Message]:
        return [full_row(detections, id=None, file=file, line=i) for i in range(count)]

    await ingest(tables_stub, [batch(detections, rows("a.py", 3) + rows("b.py", 2))])
    (ack,) = await ingest(tables_stub, [batch(detections, rows("a.py", 1), ("a.py",))])
    assert (ack.rows_deleted, ack.rows_written) == (3, 1)
    assert sorted(r.file for r in await list_all(tables_stub, detections)) == [
        "a.py",
        "b.py",
        "b.py",
    ]
    (ack,) = await ingest(tables_stub, [batch(detections, [], ("b.py",))])
    assert ack.rows_deleted == 2
    assert [r.file for r in await list_all(tables_stub, detections)] == ["a.py"]


async def test_lists_filter_by_column_and_time_and_page(tables_stub) -> None:
    detections = BY_NAME["detections"]
    rows = [
        full_row(detections, id=None, file=f"f{i % 3}.py", created_at=1000 + i, category="c")
        for i in range(250)
    ]
    await ingest(tables_stub, [batch(detections, rows)])
    f1 = await list_all(tables_stub, detections, file="f1.py", page_size=30)
    assert len(f1) == 83 and {r.file for r in f1} == {"f1.py"}
    assert [r.id for r in f1] == sorted(r.id for r in f1)
    window = await list_all(tables_stub, detections, created_at_from=1100, created_at_to=1110)
    assert [r.created_at for r in window] == list(range(1100, 1110))
    both = await list_all(
        tables_stub, detections, file="f0.py", created_at_from=1000, created_at_to=1010
    )
    assert [r.created_at for r in both] == [1000, 1003, 1006, 1009]


async def test_a_page_token_is_bound_to_its_filters(tables_stub) -> None:
    detections = BY_NAME["detections"]
    await ingest(tables_stub, [batch(detections, [full_row(detections, id=None)] * 5)])
    page = await tables_stub.ListDetections(pb.ListDetectionsRequest(page_size=2, file="x"))
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await tables_stub.ListDetections(
            pb.ListDetectionsRequest(page_token=page.next_page_token, file="y")
        )
    assert failure(caught.value).fields == ["page_token"]


async def test_a_missing_key_is_not_found(tables_stub) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await tables_stub.GetFunction(pb.GetFunctionRequest(file="a.py", name="nope", line=1))
    error = failure(caught.value)
    assert error.code == grpc.StatusCode.NOT_FOUND and "functions" in error.message


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        (pb.IngestRowsRequest(), "batch"),
        (batch(BY_NAME["detections"], []), "detections.rows"),
        (batch(BY_NAME["call_edges"], [], ("a.py",)), "replace_files"),
        (
            batch(BY_NAME["functions"], [full_row(BY_NAME["functions"], name="ok"),
                                         full_row(BY_NAME["functions"], file="")]),
            "functions.rows[1].file",
        ),
    ],
)  # fmt: skip
async def test_a_malformed_batch_is_refused_and_nothing_is_written(
    tables_stub, request_, field
) -> None:
    detections = BY_NAME["detections"]
    good = batch(detections, [full_row(detections, id=None)])
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await ingest(tables_stub, [good, request_, good])
    error = failure(caught.value)
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert (error.fields, error.metadata["batchIndex"]) == ([field], "1")
    assert len(await list_all(tables_stub, detections)) == 1
    assert await list_all(tables_stub, BY_NAME["functions"]) == []


async def test_a_foreign_key_to_a_missing_row_is_a_failed_precondition(tables_stub) -> None:
    verifications = BY_NAME["constraint_verifications"]
    row = full_row(verifications, constraint_id="no-such-constraint")
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await ingest(tables_stub, [batch(verifications, [row])])
    error = failure(caught.value)
    assert error.code == grpc.StatusCode.FAILED_PRECONDITION
    assert await list_all(tables_stub, verifications) == []


@pytest.mark.parametrize(
    "value", ["a.py' OR '1'='1", "a.py'; DROP TABLE detections; --", '" OR 1=1 --', "%"]
)
async def test_string_filters_are_values_not_sql(tables_stub, value: str) -> None:
    """Injection attempts through a filter match nothing and change nothing."""
    detections = BY_NAME["detections"]
    await ingest(tables_stub, [batch(detections, [full_row(detections, id=None, file="a.py")])])
    assert await list_all(tables_stub, detections, file=value) == []
    assert len(await list_all(tables_stub, detections)) == 1


async def test_write_stats_count_every_table_and_operation(drift_server, tables_stub) -> None:
    detections, functions = BY_NAME["detections"], BY_NAME["functions"]
    await ingest(
        tables_stub,
        [
            batch(detections, [full_row(detections, id=None, file="a.py")] * 2),
            batch(detections, [full_row(detections, id=None, file="a.py")], ("a.py",)),
            batch(functions, [full_row(functions, id=None)]),
        ],
    )
    async with grpc.aio.insecure_channel(drift_server.address) as channel:
        stats = (
            await drift_storage_pb2_grpc.DriftStorageServiceStub(channel).GetWriteStats(
                drift_storage_pb2.GetWriteStatsRequest()
            )
        ).stats
    counts = {(t.table, t.operation): t.rows for t in stats.tables}
    assert counts == {
        ("detections", "insert"): 3,
        ("detections", "delete"): 2,
        ("functions", "upsert"): 1,
    }


@pytest.mark.parametrize("table", TABLE_LIST, ids=lambda t: t.name)
async def test_every_table_counts_its_rows(tables_stub, table) -> None:
    count = getattr(tables_stub, f"Count{table.spec.plural}")
    request_class = getattr(pb, f"Count{table.spec.plural}Request")
    assert (await count(request_class())).count == 0
    if table.name not in PARENTS:
        await ingest(tables_stub, [batch(table, [full_row(table)])])
        assert (await count(request_class())).count == 1


async def test_counts_filter_and_group_most_first(tables_stub) -> None:
    """Per-file counts are a group_by on the file column; NULL values form their own group."""
    detections = BY_NAME["detections"]
    rows = [full_row(detections, id=None, file=f, category=c) for f, c in
            [("a.py", "sec"), ("a.py", "sec"), ("a.py", "style"), ("b.py", "sec")]]  # fmt: skip
    await ingest(tables_stub, [batch(detections, rows)])
    per_file = await tables_stub.CountDetections(pb.CountDetectionsRequest(group_by="file"))
    assert per_file.count == 4
    assert [(g.value, g.count) for g in per_file.groups] == [("a.py", 3), ("b.py", 1)]
    security = await tables_stub.CountDetections(
        pb.CountDetectionsRequest(category="sec", group_by="file")
    )
    assert [(g.value, g.count) for g in security.groups] == [("a.py", 2), ("b.py", 1)]
    flows = BY_NAME["taint_flows"]
    await ingest(
        tables_stub,
        [
            batch(
                flows, [full_row(flows, id=None, cwe_id=89), full_row(flows, id=None, cwe_id=None)]
            )
        ],
    )
    by_cwe = await tables_stub.CountTaintFlows(pb.CountTaintFlowsRequest(group_by="cwe_id"))
    assert sorted((g.is_null, g.value) for g in by_cwe.groups) == [(False, "89"), (True, "")]


async def test_grouping_by_a_column_that_is_not_a_filter_is_refused(tables_stub) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await tables_stub.CountDetections(pb.CountDetectionsRequest(group_by="matched_text"))
    error = failure(caught.value)
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT and error.fields == ["group_by"]


STRING_FILTERS = [
    (table, name)
    for table in TABLE_LIST
    for name in table.spec.filters
    if table.column(name).type == "TEXT"
]


@pytest.mark.parametrize(
    ("table", "name"), STRING_FILTERS, ids=[f"{t.name}.{n}" for t, n in STRING_FILTERS]
)
async def test_no_string_filter_can_inject_sql(drift_server, tables_stub, table, name) -> None:
    """Every TEXT filter of every List and Count RPC is bound as a value."""
    attack = "x' OR '1'='1'; DROP TABLE file_metadata; --"
    if table.name not in PARENTS:
        await ingest(tables_stub, [batch(table, [full_row(table)])])
    listed = await list_all(tables_stub, table, **{name: attack})
    counted = await getattr(tables_stub, f"Count{table.spec.plural}")(
        getattr(pb, f"Count{table.spec.plural}Request")(**{name: attack})
    )
    assert (listed, counted.count) == ([], 0)
    assert (
        await tables_stub.CountFileMetadataEntries(pb.CountFileMetadataEntriesRequest())
    ).count >= 0


@pytest.mark.parametrize(
    ("request_fields", "field"),
    [({"page_size": -1}, "page_size"), ({"page_token": "forged"}, "page_token")],
)
@pytest.mark.parametrize(
    "table", [BY_NAME["call_edges"], BY_NAME["violations"]], ids=lambda t: t.name
)
async def test_generated_lists_refuse_bad_paging(tables_stub, table, request_fields, field) -> None:
    request = getattr(pb, f"List{table.spec.plural}Request")(**request_fields)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await getattr(tables_stub, f"List{table.spec.plural}")(request)
    error = failure(caught.value)
    assert (error.code, error.fields) == (grpc.StatusCode.INVALID_ARGUMENT, [field])


async def test_a_huge_page_size_is_clamped(tables_stub) -> None:
    detections = BY_NAME["detections"]
    await ingest(tables_stub, [batch(detections, [full_row(detections, id=None)] * 1200)])
    page = await tables_stub.ListDetections(pb.ListDetectionsRequest(page_size=2_000_000_000))
    assert len(page.detections) == 1000 and page.next_page_token
