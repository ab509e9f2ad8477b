"""DriftTablesService: every drift.db table a client may write written through IngestRows, and
every table read back through its List, Count and Get RPCs; the tables scans own read back after
being written into the file directly; the project every request names; flags as bools and times
as Timestamps; upserts, appends, per-file replacement, filters, paging and errors."""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp

from services.common import pagination
from services.common.server import RunningServer
from services.common.writer import WriteResult
from services.contracts.drift.storage.v1 import (
    drift_storage_pb2,
    drift_storage_pb2_grpc,
    tables_pb2_grpc,
)
from services.contracts.drift.storage.v1 import tables_pb2 as pb
from services.drift_storage.store.table_schema import Table
from tests.conftest import serving
from tests.grpc_errors import failure
from tests.table_rows import (
    BY_NAME,
    READ_ONLY,
    TABLES,
    TIME,
    WRITABLE,
    full_row,
    write_directly,
)

INGEST_ROWS = "/drift.storage.v1.DriftTablesService/IngestRows"
# Foreign keys: a row of these tables needs rows of those first (the samples' keys match).
PARENTS = {
    "constraint_verifications": ["constraints"],
    "migration_modules": ["migration_projects"],
    "migration_corrections": ["migration_projects", "migration_modules"],
}


def batch(
    table: Table, rows: list[Message], replace_files: tuple[str, ...] = (), project: str = ""
) -> Any:
    request = pb.IngestRowsRequest(project=project, replace_files=replace_files)
    getattr(request, table.batch_field).rows.extend(rows)
    if not rows:
        getattr(request, table.batch_field).SetInParent()
    return request


async def ingest(stub, requests) -> list[pb.IngestRowsResponse]:
    return [ack async for ack in stub.IngestRows(iter(requests))]


async def list_all(stub, table: Table, **request: Any) -> list[Message]:
    method = getattr(stub, f"List{table.spec.plural}")
    request_class = getattr(pb, f"List{table.spec.plural}Request")
    found, token = [], ""
    while True:
        page = await method(request_class(page_token=token, **request))
        found.extend(getattr(page, table.batch_field))
        if not (token := page.next_page_token):
            return found


async def get(stub, table: Table, row: Message, **request: Any) -> Message:
    """``row`` fetched again by its key through Get<Resource>."""
    key = {
        table.column(name).field: getattr(row, table.column(name).field) for name in table.spec.key
    }
    request_class = getattr(pb, f"Get{table.spec.resource}Request")
    found = await getattr(stub, f"Get{table.spec.resource}")(request_class(**key, **request))
    return getattr(found, found.DESCRIPTOR.fields[0].name)


async def count(stub, table: Table, **request: Any) -> Any:
    request_class = getattr(pb, f"Count{table.spec.plural}Request")
    return await getattr(stub, f"Count{table.spec.plural}")(request_class(**request))


async def refusal(stub, requests) -> Any:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await ingest(stub, requests)
    return failure(caught.value)


@pytest.fixture
async def tables_stub(drift_server: RunningServer):
    async with grpc.aio.insecure_channel(drift_server.address) as channel:
        yield tables_pb2_grpc.DriftTablesServiceStub(channel)


@pytest.fixture
async def seeded(tmp_path: Path):
    """A server on a database holding one sample row of every table, written before it opened
    the file (the only way into the tables scans own), and a stub of DriftTablesService."""
    db = tmp_path / "drift.db"
    write_directly(db, [(table, [full_row(table)]) for table in TABLES])
    async with serving(db) as server, grpc.aio.insecure_channel(server.address) as channel:
        yield server, tables_pb2_grpc.DriftTablesServiceStub(channel)


# --- every table ----------------------------------------------------------------------------------


@pytest.mark.parametrize("table", WRITABLE, ids=lambda t: t.name)
async def test_every_writable_table_is_written_and_read_back_through_the_api(
    tables_stub, table
) -> None:
    """A row setting every column comes back from List (and Get, for keyed tables) unchanged."""
    for parent in PARENTS.get(table.name, []):
        await ingest(tables_stub, [batch(BY_NAME[parent], [full_row(BY_NAME[parent])])])
    row = full_row(table)
    acks = await ingest(tables_stub, [batch(table, [row])])
    assert (acks[0].table, acks[0].rows_written) == (table.name, 1)
    assert await list_all(tables_stub, table) == [row]
    assert (await count(tables_stub, table)).count == 1
    if table.spec.key:
        assert await get(tables_stub, table, row) == row


@pytest.mark.parametrize("table", READ_ONLY, ids=lambda t: t.name)
async def test_every_table_scans_write_is_read_back_through_the_api(seeded, table) -> None:
    """file_metadata, parse_cache, functions, scan_history and call_edges: a row in the file
    comes back from List, Count and Get like any other table's."""
    _, stub = seeded
    row = full_row(table)
    assert await list_all(stub, table) == [row]
    assert (await count(stub, table)).count == 1
    if table.spec.key:
        assert await get(stub, table, row) == row


def test_the_tables_scans_write_have_no_ingest_batch() -> None:
    """IngestRows has a member for every table but those scans write (and the findings they
    record), which still have their List and Count (and Get) RPCs."""
    members = {f.name for f in pb.IngestRowsRequest.DESCRIPTOR.oneofs_by_name["batch"].fields}
    assert members == {t.batch_field for t in WRITABLE}
    assert [t.name for t in READ_ONLY] == [
        "file_metadata",
        "parse_cache",
        "functions",
        "scan_history",
        "call_edges",
        "finding_snapshots",
    ]
    rpcs = set(pb.DESCRIPTOR.services_by_name["DriftTablesService"].methods_by_name)
    for table in READ_ONLY:
        assert f"{table.spec.resource}Batch" not in pb.DESCRIPTOR.message_types_by_name
        assert {f"List{table.spec.plural}", f"Count{table.spec.plural}"} <= rpcs


@pytest.mark.parametrize("table", WRITABLE, ids=lambda t: t.name)
async def test_every_table_counts_its_rows(tables_stub, table) -> None:
    assert (await count(tables_stub, table)).count == 0
    if table.name not in PARENTS:
        await ingest(tables_stub, [batch(table, [full_row(table)])])
        assert (await count(tables_stub, table)).count == 1


# --- the project --------------------------------------------------------------------------------


@pytest.mark.parametrize("parent", ["", "projects/default"])
async def test_reads_name_their_project_empty_meaning_default(seeded, parent: str) -> None:
    _, stub = seeded
    functions = BY_NAME["functions"]
    row = full_row(functions)
    assert await list_all(stub, functions, parent=parent) == [row]
    assert (await count(stub, functions, parent=parent)).count == 1
    assert await get(stub, functions, row, parent=parent) == row


@pytest.mark.parametrize(
    ("parent", "code", "reason"),
    [
        ("projects/elsewhere", grpc.StatusCode.NOT_FOUND, "PROJECT_NOT_FOUND"),
        ("elsewhere", grpc.StatusCode.INVALID_ARGUMENT, "FIELD_INVALID"),
        ("projects/Not A Slug", grpc.StatusCode.INVALID_ARGUMENT, "FIELD_INVALID"),
    ],
)
@pytest.mark.parametrize("rpc", ["List", "Count", "Get"])
async def test_a_read_of_another_or_a_malformed_project_is_refused(
    seeded, rpc: str, parent: str, code, reason: str
) -> None:
    _, stub = seeded
    functions = BY_NAME["functions"]
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        if rpc == "List":
            await list_all(stub, functions, parent=parent)
        elif rpc == "Count":
            await count(stub, functions, parent=parent)
        else:
            await get(stub, functions, full_row(functions), parent=parent)
    error = failure(caught.value)
    assert (error.code, error.reason) == (code, reason)
    if code == grpc.StatusCode.INVALID_ARGUMENT:
        assert error.fields == ["parent"]


async def test_an_ingest_stream_writes_to_the_project_its_first_request_names(
    tables_stub,
) -> None:
    """A later request naming another project fails as its batch; nothing after it is written."""
    detections = BY_NAME["detections"]

    def one(line: int, project: str) -> Any:
        return batch(detections, [full_row(detections, id=None, line=line)], project=project)

    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await ingest(
            tables_stub,
            [one(1, "projects/default"), one(2, "projects/other"), one(3, "projects/default")],
        )
    error = failure(caught.value)
    assert (error.code, error.fields, error.metadata["batchIndex"]) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        ["project"],
        "1",
    )
    assert "a stream writes to one project" in error.message
    assert [r.line for r in await list_all(tables_stub, detections)] == [1]


async def test_an_ingest_stream_to_an_unknown_project_writes_nothing(tables_stub) -> None:
    detections = BY_NAME["detections"]
    request = batch(detections, [full_row(detections, id=None)], project="projects/elsewhere")
    error = await refusal(tables_stub, [request])
    assert (error.code, error.reason) == (grpc.StatusCode.NOT_FOUND, "PROJECT_NOT_FOUND")
    assert await list_all(tables_stub, detections) == []


# --- types ----------------------------------------------------------------------------------------


async def test_flags_are_bools_and_times_timestamps_stored_as_integers(drift_server) -> None:
    """A violation's flags and time go in and come out typed, and the file holds 0/1 and Unix
    seconds, as the Rust system wrote them."""
    violations = BY_NAME["violations"]
    row = full_row(violations, suppressed=True, is_new=False, created_at=Timestamp(seconds=TIME))
    async with grpc.aio.insecure_channel(drift_server.address) as channel:
        stub = tables_pb2_grpc.DriftTablesServiceStub(channel)
        await ingest(stub, [batch(violations, [row])])
        (stored,) = await list_all(stub, violations)
        suppressed = await list_all(stub, violations, suppressed=True)
        not_suppressed = await list_all(stub, violations, suppressed=False)
        by_flag = await count(stub, violations, group_by="suppressed")
    assert (stored.suppressed, stored.is_new, stored.created_at) == (
        True,
        False,
        Timestamp(seconds=TIME),
    )
    assert (suppressed, not_suppressed) == ([row], [])
    assert [(g.value, g.count) for g in by_flag.groups] == [("true", 1)]
    in_file = await drift_server.storage.reads.run(
        lambda conn: conn.execute(
            "SELECT suppressed, is_new, created_at FROM violations"
        ).fetchall()
    )
    assert in_file == [(1, 0, TIME)]


async def test_time_filters_are_timestamps(tables_stub) -> None:
    detections = BY_NAME["detections"]
    rows = [full_row(detections, id=None, created_at=Timestamp(seconds=TIME + i)) for i in range(5)]
    await ingest(tables_stub, [batch(detections, rows)])
    window = await list_all(
        tables_stub,
        detections,
        created_at_from=Timestamp(seconds=TIME + 1),
        created_at_to=Timestamp(seconds=TIME + 3),
    )
    assert [r.created_at.seconds for r in window] == [TIME + 1, TIME + 2]
    counted = await count(tables_stub, detections, created_at_from=Timestamp(seconds=TIME + 3))
    assert counted.count == 2


UNCONVERTIBLE_TIMES = [
    (Timestamp(seconds=TIME, nanos=5), "must be a whole second (nanos 0), got nanos=5"),
    (
        Timestamp(seconds=253_402_300_800),
        "must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, got seconds=253402300800",
    ),
    (
        Timestamp(seconds=-62_135_596_801),
        "must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, got seconds=-62135596801",
    ),
]


@pytest.mark.parametrize(("value", "why"), UNCONVERTIBLE_TIMES, ids=["nanos", "after", "before"])
async def test_a_time_that_is_no_whole_second_in_range_is_refused_naming_the_field(
    tables_stub, value: Timestamp, why: str
) -> None:
    """A fraction of a second would be lost, and years outside 1..9999 are no Timestamp."""
    detections = BY_NAME["detections"]
    rows = [full_row(detections, id=None), full_row(detections, id=None, created_at=value)]
    error = await refusal(tables_stub, [batch(detections, rows)])
    assert (error.code, error.fields) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        ["detections.rows[1].created_at"],
    )
    assert error.message == f"batch 0: detections.rows[1].created_at: {why}"
    assert await list_all(tables_stub, detections) == []


@pytest.mark.parametrize(("value", "why"), UNCONVERTIBLE_TIMES, ids=["nanos", "after", "before"])
@pytest.mark.parametrize("rpc", ["List", "Count"])
async def test_a_time_filter_that_is_no_whole_second_in_range_is_refused(
    tables_stub, rpc: str, value: Timestamp, why: str
) -> None:
    detections = BY_NAME["detections"]
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        if rpc == "List":
            await list_all(tables_stub, detections, created_at_to=value)
        else:
            await count(tables_stub, detections, created_at_to=value)
    error = failure(caught.value)
    assert (error.code, error.fields, error.message) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        ["created_at_to"],
        f"created_at_to: {why}",
    )


async def test_a_time_without_default_must_be_set(tables_stub) -> None:
    """dna_mutations.detected_at is NOT NULL without a default: an unset Timestamp is refused,
    not stored as 1970."""
    mutations = BY_NAME["dna_mutations"]
    row = full_row(mutations)
    row.ClearField("detected_at")
    error = await refusal(tables_stub, [batch(mutations, [row])])
    assert (error.fields, error.message) == (
        ["dna_mutations.rows[0].detected_at"],
        "batch 0: dna_mutations.rows[0].detected_at: must be set",
    )


async def test_a_time_stored_outside_the_timestamp_range_is_read_as_stored(tmp_path) -> None:
    """A value written by other means than this API (here a second connection) is not lost."""
    db = tmp_path / "drift.db"
    write_directly(db, [])
    async with serving(db) as server:
        conn = server.storage.database.open_writer()
        conn.execute(
            "INSERT INTO health_trends (metric_name, metric_value, recorded_at) VALUES ('m', 1, ?)",
            (2**62,),
        )
        conn.close()
        async with grpc.aio.insecure_channel(server.address) as channel:
            stub = tables_pb2_grpc.DriftTablesServiceStub(channel)
            (point,) = await list_all(stub, BY_NAME["health_trends"])
    assert point.recorded_at.seconds == 2**62


async def test_a_column_called_name_has_a_field_of_its_own(seeded) -> None:
    """``name`` is the resource name in AIP-131: functions.name is function_name, in rows, keys,
    filters and group_by."""
    _, stub = seeded
    functions, env = BY_NAME["functions"], BY_NAME["env_variables"]
    assert "name" not in pb.FunctionRow.DESCRIPTOR.fields_by_name
    found = await stub.GetFunction(pb.GetFunctionRequest(file="v7", function_name="v7", line=7))
    assert found.function == full_row(functions)
    assert await list_all(stub, env, env_variable_name="v7") == [full_row(env)]
    assert await list_all(stub, env, env_variable_name="other") == []
    grouped = await count(stub, env, group_by="env_variable_name")
    assert [(g.value, g.count) for g in grouped.groups] == [("v7", 1)]


# --- writes ---------------------------------------------------------------------------------------


async def test_unset_columns_take_their_defaults(tables_stub) -> None:
    """migration_projects.status defaults to 'active', the id is assigned, nullable text stays
    unset, and created_at-style defaults are the time of the write."""
    projects = BY_NAME["migration_projects"]
    row = pb.MigrationProjectRow(
        migration_project_name="m", source_language="py", target_language="rs"
    )
    before = int(time.time())
    await ingest(tables_stub, [batch(projects, [row])])
    (stored,) = await list_all(tables_stub, projects)
    assert (stored.id, stored.status, stored.HasField("source_framework")) == (1, "active", False)
    assert before <= stored.created_at.seconds <= int(time.time()) + 1


async def test_keyed_tables_upsert_and_keep_their_rowid(drift_server, tables_stub) -> None:
    """data_access upserts on (function_id, table_name, operation, line): the row is replaced,
    its rowid stays."""
    accesses = BY_NAME["data_access"]
    first = full_row(accesses, framework="django", confidence=0.5)
    second = full_row(accesses, framework="sqlalchemy", confidence=0.9)
    await ingest(tables_stub, [batch(accesses, [first]), batch(accesses, [second])])
    assert await list_all(tables_stub, accesses) == [second]
    rowids = await drift_server.storage.reads.run(
        lambda conn: conn.execute("SELECT rowid FROM data_access").fetchall()
    )
    assert rowids == [(1,)]


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


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        (pb.IngestRowsRequest(), "batch"),
        (batch(BY_NAME["detections"], []), "detections.rows"),
        (batch(BY_NAME["data_access"], [], ("a.py",)), "replace_files"),
        (
            batch(BY_NAME["violations"], [full_row(BY_NAME["violations"], id="ok"),
                                          full_row(BY_NAME["violations"], file="")]),
            "violations.rows[1].file",
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
    assert await list_all(tables_stub, BY_NAME["violations"]) == []


async def test_a_foreign_key_to_a_missing_row_is_a_failed_precondition(tables_stub) -> None:
    verifications = BY_NAME["constraint_verifications"]
    row = full_row(verifications, constraint_id="no-such-constraint")
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await ingest(tables_stub, [batch(verifications, [row])])
    error = failure(caught.value)
    assert error.code == grpc.StatusCode.FAILED_PRECONDITION
    assert await list_all(tables_stub, verifications) == []


async def test_write_stats_count_every_table_and_operation(drift_server, tables_stub) -> None:
    detections, violations = BY_NAME["detections"], BY_NAME["violations"]
    await ingest(
        tables_stub,
        [
            batch(detections, [full_row(detections, id=None, file="a.py")] * 2),
            batch(detections, [full_row(detections, id=None, file="a.py")], ("a.py",)),
            batch(violations, [full_row(violations)]),
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
        ("violations", "upsert"): 1,
    }


@pytest.mark.parametrize("value", [0, -1, 2**53, 2**63 - 1])
async def test_a_client_set_id_outside_1_to_2_53_is_refused(tables_stub, value: int) -> None:
    """An id of 2^63-1 used to be stored, after which the AUTOINCREMENT table could take no
    other row (SQLITE_FULL, reported as a full disk)."""
    cycles = BY_NAME["coupling_cycles"]
    error = await refusal(
        tables_stub,
        [batch(cycles, [full_row(cycles, id=None, members="a"),
                        full_row(cycles, id=value, members="b")])],
    )  # fmt: skip
    assert (error.code, error.fields) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        ["coupling_cycles.rows[1].id"],
    )
    assert error.message == (
        "batch 0: coupling_cycles.rows[1].id: must be between 1 and 9007199254740991 (or unset, "
        f"to have one assigned), got {value}"
    )
    await ingest(tables_stub, [batch(cycles, [full_row(cycles, id=None, members="c")])])
    assert [(r.id, r.members) for r in await list_all(tables_stub, cycles)] == [(1, "c")]


async def test_the_largest_client_id_is_accepted(tables_stub) -> None:
    cycles = BY_NAME["coupling_cycles"]
    rows = [full_row(cycles, id=2**53 - 1), full_row(cycles, id=None)]
    await ingest(tables_stub, [batch(cycles, rows)])
    assert [r.id for r in await list_all(tables_stub, cycles)] == [2**53 - 1, 2**53]


async def test_an_exhausted_id_space_is_not_reported_as_a_full_disk(tmp_path: Path) -> None:
    """A table that already holds id 2^63-1 (written before ids were range-checked, here by a
    second connection) can get no new AUTOINCREMENT id: FAILED_PRECONDITION naming the table."""
    async with serving(tmp_path / "drift.db") as server:
        conn = server.storage.database.open_writer()
        conn.execute(
            "INSERT INTO coupling_cycles (id, members, break_suggestions) VALUES (?, 'a', 'b')",
            (2**63 - 1,),
        )
        conn.close()
        async with grpc.aio.insecure_channel(server.address) as channel:
            stub = tables_pb2_grpc.DriftTablesServiceStub(channel)
            cycles = BY_NAME["coupling_cycles"]
            error = await refusal(stub, [batch(cycles, [full_row(cycles, id=None)])])
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "ID_SPACE_EXHAUSTED")
    assert error.metadata == {"table": "coupling_cycles", "batchIndex": "0"}
    assert error.message == (
        "batch 0: the id space of table coupling_cycles is exhausted: its ids reached "
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


REAL_COLUMNS = [(t, c.name) for t in WRITABLE for c in t.columns if c.type == "REAL"]


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
    """SQLite would store a NaN as NULL: each REAL column of a writable table refuses it."""
    refused = []
    for table, column in REAL_COLUMNS:
        error = await refusal(tables_stub, [batch(table, [full_row(table, **{column: math.nan})])])
        assert error.code == grpc.StatusCode.INVALID_ARGUMENT
        refused.extend(error.fields)
    assert refused == [f"{t.batch_field}.rows[0].{c}" for t, c in REAL_COLUMNS]


# --- requests on the wire -------------------------------------------------------------------------


def serialized(table: Table, rows: list[Message]) -> bytes:
    return batch(table, rows).SerializeToString()


async def test_a_request_setting_two_tables_is_refused_naming_batch(drift_server) -> None:
    """On the wire a request can carry two members of the batch oneof, of which protobuf would
    keep the last: the request is refused as its batch, and nothing of it is written."""
    cycles, detections = BY_NAME["coupling_cycles"], BY_NAME["detections"]
    good = serialized(detections, [full_row(detections, id=None)])
    mixed = serialized(cycles, [full_row(cycles, id=None)]) + good
    async with grpc.aio.insecure_channel(drift_server.address) as channel:
        raw = channel.stream_stream(INGEST_ROWS)
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            [ack async for ack in raw(iter([good, mixed, good]))]
        stub = tables_pb2_grpc.DriftTablesServiceStub(channel)
        assert len(await list_all(stub, detections)) == 1
        assert await list_all(stub, cycles) == []
    error = failure(caught.value)
    assert (error.code, error.fields) == (grpc.StatusCode.INVALID_ARGUMENT, ["batch"])
    assert error.metadata["batchIndex"] == "1"
    assert error.message == (
        "batch 1: batch: sets 2 tables (detections, coupling_cycles); a request carries the rows "
        "of one table"
    )


async def test_an_empty_second_table_counts_as_a_second_table(drift_server) -> None:
    detections = BY_NAME["detections"]
    empty = pb.IngestRowsRequest()
    empty.coupling_cycles.SetInParent()
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


@pytest.mark.parametrize("position", [0, 1])
async def test_bytes_that_are_not_a_request_are_refused_as_their_batch(
    drift_server, position: int
) -> None:
    """Also as the first request, which would name the stream's project. (Nothing follows the bad
    bytes: the asyncio client may report INTERNAL when the server ends a stream it still writes
    to, grpc/grpc#36066.)"""
    detections = BY_NAME["detections"]
    requests = [serialized(detections, [full_row(detections, id=None)])] * position
    requests.append(b"\xff\xff")
    async with grpc.aio.insecure_channel(drift_server.address) as channel:
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            [ack async for ack in channel.stream_stream(INGEST_ROWS)(iter(requests))]
        stub = tables_pb2_grpc.DriftTablesServiceStub(channel)
        written = len(await list_all(stub, detections))
    error = failure(caught.value)
    assert (error.code, error.reason) == (grpc.StatusCode.INVALID_ARGUMENT, "MALFORMED_REQUEST")
    assert error.metadata["batchIndex"] == str(position)
    assert written == position


# --- reads ----------------------------------------------------------------------------------------


async def test_lists_filter_by_column_and_page(tables_stub) -> None:
    detections = BY_NAME["detections"]
    rows = [full_row(detections, id=None, file=f"f{i % 3}.py", category="c") for i in range(250)]
    await ingest(tables_stub, [batch(detections, rows)])
    f1 = await list_all(tables_stub, detections, file="f1.py", page_size=30)
    assert len(f1) == 83 and {r.file for r in f1} == {"f1.py"}
    assert [r.id for r in f1] == sorted(r.id for r in f1)


async def test_a_page_token_is_bound_to_its_filters(tables_stub) -> None:
    detections = BY_NAME["detections"]
    await ingest(tables_stub, [batch(detections, [full_row(detections, id=None)] * 5)])
    page = await tables_stub.ListDetections(pb.ListDetectionsRequest(page_size=2, file="v7"))
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await tables_stub.ListDetections(
            pb.ListDetectionsRequest(page_token=page.next_page_token, file="y")
        )
    assert failure(caught.value).fields == ["page_token"]


async def test_a_page_token_serves_both_names_of_its_project(tables_stub) -> None:
    """An empty parent is projects/default: a token of one continues the other."""
    detections = BY_NAME["detections"]
    await ingest(tables_stub, [batch(detections, [full_row(detections, id=None)] * 3)])
    page = await tables_stub.ListDetections(pb.ListDetectionsRequest(page_size=2))
    rest = await tables_stub.ListDetections(
        pb.ListDetectionsRequest(parent="projects/default", page_token=page.next_page_token)
    )
    assert [d.id for d in rest.detections] == [3]


async def test_a_missing_key_is_not_found(tables_stub) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await tables_stub.GetFunction(
            pb.GetFunctionRequest(file="a.py", function_name="nope", line=1)
        )
    error = failure(caught.value)
    assert error.code == grpc.StatusCode.NOT_FOUND and "functions" in error.message


async def test_a_not_found_key_is_quoted_shortened(tables_stub) -> None:
    """The message used to echo the whole 8 KB name, and the client saw RESOURCE_EXHAUSTED."""
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await tables_stub.GetFunction(
            pb.GetFunctionRequest(file="a.py", function_name="n" * 8192, line=1)
        )
    error = failure(caught.value)
    assert error.code == grpc.StatusCode.NOT_FOUND
    assert error.message == (
        "no functions row with file='a.py', function_name='"
        + "n" * 80
        + "'... (8192 characters), line=1"
    )


async def test_counts_filter_and_group_most_first(tables_stub) -> None:
    """Per-file counts are a group_by on the file column; NULL values form their own group."""
    detections = BY_NAME["detections"]
    rows = [full_row(detections, id=None, file=f, category=c) for f, c in
            [("a.py", "sec"), ("a.py", "sec"), ("a.py", "style"), ("b.py", "sec")]]  # fmt: skip
    await ingest(tables_stub, [batch(detections, rows)])
    per_file = await count(tables_stub, detections, group_by="file")
    assert per_file.count == 4
    assert [(g.value, g.count) for g in per_file.groups] == [("a.py", 3), ("b.py", 1)]
    security = await count(tables_stub, detections, category="sec", group_by="file")
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
    by_cwe = await count(tables_stub, flows, group_by="cwe_id")
    assert sorted((g.is_null, g.value) for g in by_cwe.groups) == [(False, "89"), (True, "")]


async def test_grouping_by_a_field_that_is_not_a_filter_is_refused(tables_stub) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await count(tables_stub, BY_NAME["detections"], group_by="matched_text")
    error = failure(caught.value)
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT and error.fields == ["group_by"]


@pytest.mark.parametrize(
    "value", ["a.py' OR '1'='1", "a.py'; DROP TABLE detections; --", '" OR 1=1 --', "%"]
)
async def test_string_filters_are_values_not_sql(tables_stub, value: str) -> None:
    """Injection attempts through a filter match nothing and change nothing."""
    detections = BY_NAME["detections"]
    await ingest(tables_stub, [batch(detections, [full_row(detections, id=None, file="a.py")])])
    assert await list_all(tables_stub, detections, file=value) == []
    assert len(await list_all(tables_stub, detections)) == 1


STRING_FILTERS = [
    (table, table.column(name).field)
    for table in TABLES
    for name in table.spec.filters
    if table.column(name).type == "TEXT"
]


@pytest.mark.parametrize(
    ("table", "field"), STRING_FILTERS, ids=[f"{t.name}.{f}" for t, f in STRING_FILTERS]
)
async def test_no_string_filter_can_inject_sql(seeded, table, field) -> None:
    """Every TEXT filter of every List and Count RPC is bound as a value."""
    server, stub = seeded
    attack = "x' OR '1'='1'; DROP TABLE file_metadata; --"
    listed = await list_all(stub, table, **{field: attack})
    counted = await count(stub, table, **{field: attack})
    assert (listed, counted.count) == ([], 0)
    assert (await count(stub, table)).count == 1
    tables = await server.storage.reads.run(
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


LIST_DETECTIONS = pagination.fingerprint(
    method="ListDetections", project="default", since=None, until=None
)


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
