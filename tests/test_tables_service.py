"""DriftTablesService: every drift.db table written through IngestRows and read back through its
List and Get RPCs; upserts, appends, per-file replacement, filters, paging and errors."""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.protobuf.message import Message

from services.common import pagination
from services.common.database import Database
from services.common.migrations import migrate
from services.common.server import RunningServer
from services.common.writer import WriteResult
from services.contracts.drift.storage.v1 import (
    drift_storage_pb2,
    drift_storage_pb2_grpc,
    tables_pb2_grpc,
)
from services.contracts.drift.storage.v1 import tables_pb2 as pb
from services.drift_storage.service import SCHEMA
from services.drift_storage.store.catalog import TABLES
from services.drift_storage.store.table_schema import Table, load_tables, snake
from tests.conftest import serving
from tests.grpc_errors import failure

SAMPLE = {"INTEGER": 7, "REAL": 0.5, "TEXT": "x", "BLOB": b"\x01"}
# content_hash columns (file_metadata, parse_cache) hold an xxh3-64: 8 bytes.
HASH = b"\x01" * 8
INGEST_ROWS = "/drift.storage.v1.DriftTablesService/IngestRows"
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
    if fields.get("content_hash") == SAMPLE["BLOB"]:
        fields["content_hash"] = HASH
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


async def test_replacing_a_files_functions_drops_their_call_edges_and_data_accesses(
    tables_stub,
) -> None:
    """replace_files on functions deletes through the one delete routine: no call edge or data
    access is left pointing at a function that is gone; b.py's stay."""
    functions, edges, accesses = (BY_NAME[t] for t in ("functions", "call_edges", "data_access"))
    await ingest(
        tables_stub,
        [
            batch(
                functions,
                [
                    full_row(functions, id=1, file="a.py", name="f", line=1),
                    full_row(functions, id=2, file="b.py", name="g", line=1),
                ],
            ),
            batch(edges, [full_row(edges, caller_id=c, callee_id=d) for c, d in ((2, 1), (2, 2))]),
            batch(accesses, [full_row(accesses, function_id=f) for f in (1, 2)]),
        ],
    )
    (ack,) = await ingest(tables_stub, [batch(functions, [], ("a.py",))])
    assert ack.rows_deleted == 1
    assert [(r.caller_id, r.callee_id) for r in await list_all(tables_stub, edges)] == [(2, 2)]
    assert [r.function_id for r in await list_all(tables_stub, accesses)] == [2]


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
    tables = await drift_server.storage.reads.run(
        lambda conn: (
            conn.execute(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'file_metadata'"
            ).get
        )
    )
    assert tables == 1, "file_metadata was not dropped"


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


async def refusal(stub, requests) -> Any:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await ingest(stub, requests)
    return failure(caught.value)


@pytest.mark.parametrize("value", [0, -1, 2**53, 2**63 - 1])
async def test_a_client_set_id_outside_1_to_2_53_is_refused(tables_stub, value: int) -> None:
    """An id of 2^63-1 used to be stored, after which the AUTOINCREMENT table could take no
    other row (SQLITE_FULL, reported as a full disk)."""
    scans = BY_NAME["scan_history"]
    error = await refusal(
        tables_stub,
        [batch(scans, [pb.ScanRow(started_at=1, root_path="/a"),
                       pb.ScanRow(id=value, started_at=2, root_path="/b")])],
    )  # fmt: skip
    assert (error.code, error.fields) == (grpc.StatusCode.INVALID_ARGUMENT, ["scans.rows[1].id"])
    assert error.message == (
        "batch 0: scans.rows[1].id: must be between 1 and 9007199254740991 (or unset, to have "
        f"one assigned), got {value}"
    )
    await ingest(tables_stub, [batch(scans, [pb.ScanRow(started_at=3, root_path="/c")])])
    assert [(r.id, r.root_path) for r in await list_all(tables_stub, scans)] == [(1, "/c")]


async def test_the_largest_client_id_is_accepted(tables_stub) -> None:
    scans = BY_NAME["scan_history"]
    rows = [pb.ScanRow(id=2**53 - 1, started_at=1, root_path="/a"),
            pb.ScanRow(started_at=2, root_path="/b")]  # fmt: skip
    await ingest(tables_stub, [batch(scans, rows)])
    assert [r.id for r in await list_all(tables_stub, scans)] == [2**53 - 1, 2**53]


async def test_an_exhausted_id_space_is_not_reported_as_a_full_disk(tmp_path: Path) -> None:
    """A table that already holds id 2^63-1 (written before ids were range-checked, here by a
    second connection) can get no new AUTOINCREMENT id: FAILED_PRECONDITION naming the table."""
    async with serving(tmp_path / "drift.db") as server:
        conn = server.storage.database.open_writer()
        conn.execute(
            "INSERT INTO scan_history (id, started_at, root_path) VALUES (?, 1, '/old')",
            (2**63 - 1,),
        )
        conn.close()
        async with grpc.aio.insecure_channel(server.address) as channel:
            stub = tables_pb2_grpc.DriftTablesServiceStub(channel)
            scans = BY_NAME["scan_history"]
            error = await refusal(
                stub, [batch(scans, [pb.ScanRow(started_at=2, root_path="/new")])]
            )
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "ID_SPACE_EXHAUSTED")
    assert error.metadata == {"table": "scan_history", "batchIndex": "0"}
    assert error.message == (
        "batch 0: the id space of table scan_history is exhausted: its ids reached "
        "9223372036854775807, SQLite's largest, so no new row can get one"
    )


async def test_a_full_database_is_still_resource_exhausted(tmp_path: Path) -> None:
    """The control: SQLITE_FULL with ids to spare is the database or disk being full."""
    async with serving(tmp_path / "drift.db") as server:

        def cap(conn) -> WriteResult:
            (pages,) = conn.execute("PRAGMA page_count").fetchone()
            conn.execute(f"PRAGMA max_page_count = {pages}")
            return WriteResult()

        await server.storage.writer.execute("cap", cap)
        async with grpc.aio.insecure_channel(server.address) as channel:
            stub = tables_pb2_grpc.DriftTablesServiceStub(channel)
            detections = BY_NAME["detections"]
            rows = [full_row(detections, id=None, matched_text="x" * 1000)] * 100
            error = await refusal(stub, [batch(detections, rows)])
    assert (error.code, error.message) == (
        grpc.StatusCode.RESOURCE_EXHAUSTED,
        "batch 0: the database or disk is full",
    )


REAL_COLUMNS = [(t, c.name) for t in TABLE_LIST for c in t.columns if c.type == "REAL"]


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf], ids=repr)
async def test_nan_and_infinities_are_refused_naming_the_field(tables_stub, value) -> None:
    detections = BY_NAME["detections"]
    rows = [full_row(detections, id=None), full_row(detections, id=None, confidence=value)]
    error = await refusal(tables_stub, [batch(detections, rows)])
    assert (error.code, error.fields) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        ["detections.rows[1].confidence"],
    )
    assert error.message == (
        f"batch 0: detections.rows[1].confidence: must be a finite number, got {value}"
    )
    assert await list_all(tables_stub, detections) == []


async def test_every_real_column_refuses_nan(tables_stub) -> None:
    """SQLite would store a NaN as NULL: each of the 53 REAL columns refuses it instead."""
    refused = []
    for table, column in REAL_COLUMNS:
        error = await refusal(tables_stub, [batch(table, [full_row(table, **{column: math.nan})])])
        assert error.code == grpc.StatusCode.INVALID_ARGUMENT
        refused.extend(error.fields)
    assert len(refused) == 53
    assert refused == [f"{snake(t.spec.plural)}.rows[0].{c}" for t, c in REAL_COLUMNS]


@pytest.mark.parametrize(
    ("table", "row", "field"),
    [
        ("file_metadata", {"content_hash": bytes(7)}, "file_metadata_entries.rows[0].content_hash"),
        ("file_metadata", {"content_hash": bytes(9)}, "file_metadata_entries.rows[0].content_hash"),
        ("parse_cache", {"content_hash": b""}, "parse_cache_entries.rows[0].content_hash"),
        ("parse_cache", {"content_hash": bytes(16)}, "parse_cache_entries.rows[0].content_hash"),
    ],
)
async def test_a_content_hash_must_have_8_bytes(tables_stub, table, row, field) -> None:
    error = await refusal(tables_stub, [batch(BY_NAME[table], [full_row(BY_NAME[table], **row)])])
    assert (error.code, error.fields) == (grpc.StatusCode.INVALID_ARGUMENT, [field])
    assert error.message.endswith(f"must be 8 bytes, got {len(row['content_hash'])}")


def serialized(table: Table, rows: list[Message]) -> bytes:
    return batch(table, rows).SerializeToString()


async def test_a_request_setting_two_tables_is_refused_naming_batch(drift_server) -> None:
    """On the wire a request can carry two members of the batch oneof, of which protobuf would
    keep the last: the request is refused as its batch, and nothing of it is written."""
    scans, detections = BY_NAME["scan_history"], BY_NAME["detections"]
    good = serialized(detections, [full_row(detections, id=None)])
    mixed = serialized(scans, [pb.ScanRow(started_at=1, root_path="/a")]) + good
    async with grpc.aio.insecure_channel(drift_server.address) as channel:
        raw = channel.stream_stream(INGEST_ROWS)
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            [ack async for ack in raw(iter([good, mixed, good]))]
        stub = tables_pb2_grpc.DriftTablesServiceStub(channel)
        assert len(await list_all(stub, detections)) == 1
        assert await list_all(stub, scans) == []
    error = failure(caught.value)
    assert (error.code, error.fields) == (grpc.StatusCode.INVALID_ARGUMENT, ["batch"])
    assert error.metadata["batchIndex"] == "1"
    assert error.message == (
        "batch 1: batch: sets 2 tables (scans, detections); a request carries the rows of one table"
    )


async def test_an_empty_second_table_counts_as_a_second_table(drift_server) -> None:
    detections = BY_NAME["detections"]
    empty = pb.IngestRowsRequest()
    empty.scans.SetInParent()
    mixed = serialized(detections, [full_row(detections, id=None)]) + empty.SerializeToString()
    async with grpc.aio.insecure_channel(drift_server.address) as channel:
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            [ack async for ack in channel.stream_stream(INGEST_ROWS)(iter([mixed]))]
    assert failure(caught.value).fields == ["batch"]


async def test_one_table_sent_twice_is_merged_as_protobuf_does(drift_server) -> None:
    """Repeating the same member is ordinary protobuf: its rows are merged."""
    detections = BY_NAME["detections"]
    once = serialized(detections, [full_row(detections, id=None)])
    async with grpc.aio.insecure_channel(drift_server.address) as channel:
        raw = channel.stream_stream(
            INGEST_ROWS, response_deserializer=pb.IngestRowsResponse.FromString
        )
        (ack,) = [ack async for ack in raw(iter([once + once]))]
    assert (ack.table, ack.rows_written) == ("detections", 2)


async def test_bytes_that_are_not_a_request_are_refused_as_their_batch(drift_server) -> None:
    detections = BY_NAME["detections"]
    good = serialized(detections, [full_row(detections, id=None)])
    async with grpc.aio.insecure_channel(drift_server.address) as channel:
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            [ack async for ack in channel.stream_stream(INGEST_ROWS)(iter([good, b"\xff\xff"]))]
    error = failure(caught.value)
    assert (error.code, error.reason) == (grpc.StatusCode.INVALID_ARGUMENT, "MALFORMED_REQUEST")
    assert error.metadata["batchIndex"] == "1"


async def test_a_not_found_key_is_quoted_shortened(tables_stub) -> None:
    """The message used to echo the whole 8 KB name, and the client saw RESOURCE_EXHAUSTED."""
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await tables_stub.GetFunction(pb.GetFunctionRequest(file="a.py", name="n" * 8192, line=1))
    error = failure(caught.value)
    assert error.code == grpc.StatusCode.NOT_FOUND
    assert error.message == (
        "no functions row with file='a.py', name='" + "n" * 80 + "'... (8192 characters), line=1"
    )


LIST_DETECTIONS = pagination.fingerprint(method="ListDetections", since=None, until=None)


@pytest.mark.parametrize("cursor", [["7"], [True], [1.5], [2**63], [None], [], [1, 2]], ids=repr)
async def test_a_well_signed_token_needs_a_rowid_cursor(tables_stub, cursor) -> None:
    """Tokens forged with the real signing key (the server runs in the test's process)."""
    token = pagination.encode_token(cursor, LIST_DETECTIONS)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await tables_stub.ListDetections(pb.ListDetectionsRequest(page_token=token))
    error = failure(caught.value)
    assert (error.code, error.fields) == (grpc.StatusCode.INVALID_ARGUMENT, ["page_token"])


async def test_a_well_signed_rowid_cursor_resumes_after_it(tables_stub) -> None:
    """The control for the test above: the same fingerprint with an int cursor is accepted."""
    detections = BY_NAME["detections"]
    await ingest(tables_stub, [batch(detections, [full_row(detections, id=None)] * 3)])
    token = pagination.encode_token([1], LIST_DETECTIONS)
    page = await tables_stub.ListDetections(pb.ListDetectionsRequest(page_token=token))
    assert [d.id for d in page.detections] == [2, 3]
