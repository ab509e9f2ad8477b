"""Benchmark of ``IngestRows``: storing one analysis result through the service against SQLite.

An analysis of a code base ends with about half a million rows spread over ten drift.db tables,
sent to the drift service through ``DriftTablesService.IngestRows`` as typed row messages, on top
of what a scan recorded (the files, their functions and call edges: another half million rows,
which IngestRows cannot write). The service converts every message to a tuple and runs the
table's INSERT in its single writer thread (``services.drift_storage.store.table_writes``). This
measures what that costs against the best this machine can do with the same SQL, schema and
pragmas, and how fast a filtered, paged List is on the largest table once the result is stored.
One run, on fresh database files in a temporary directory, with a synthetic result for ``FILES``
files (the same on every run, see ``ROWS_PER_FILE`` for the tables and their proportions). Each
database first gets the scan's tables written into it directly (``prefill``, not timed), as a
scan would have left them.

(a) Baseline: every analysis row inserted in this process with apsw ``executemany`` of the
    service's own statement (``TableWriter.sql``), one ``BEGIN IMMEDIATE ... COMMIT`` per batch
    of 1,000 rows of one table, on a connection opened and migrated by the project's own code.
(b) The same batches streamed to a ``drift`` service process (``services.cli.main serve drift``)
    as ``IngestRowsRequest`` messages, over one stream, in the same order. Timed: from opening the
    stream to the last acknowledgement (sent after COMMIT), so client serialization, transport,
    the service's conversion and validation, the writer and the acks are in; building the request
    messages is not (see ``main``). Target: b/a >= 0.8. The service's RSS is sampled meanwhile.
(a') (a) again, after (b), with as many batches per transaction as the service's writer put in
    one during (b) (``GetWriteStats``). The writer groups queued commands into one transaction
    and (a) does not, so b/a credits the service with fewer, larger commits; b/a' shows what the
    rest of the service costs. For reference: no target.
ListCallEdges latency: ``READS`` sequential requests on the idle service after (b), filtered by
    ``callee_id`` ("who calls this function?") on ``call_edges``, the largest table, through its
    callee index; every other first page is followed by its second page (with the page token).
    The callees are among ``HOT_CALLEES``, so that every page is full. Target: p99 < 10 ms.

One stream is what a real client does: an analysis sends its result once the scan is done (its
rows refer to the functions' ids). More streams do not add a writer:
four streams measured ~8% faster, only because the writer then finds more queued batches to put
in one transaction. Every table's row count (and the functions' ids, which the call edges refer
to) is checked with apsw in the three databases, the service's once SIGTERM has stopped it (exit
status 0 expected). Missed targets are reported, not asserted: the exit status is non-zero only
when something is broken.
"""

from __future__ import annotations

import os
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

import apsw
import grpc

from bench.harness import (
    BenchmarkError,
    RssSamples,
    Service,
    percentile,
    sample_rss,
    verdict,
)
from services.common.database import Database
from services.common.migrations import migrate
from services.contracts.drift.storage.v1 import (
    drift_storage_pb2,
    drift_storage_pb2_grpc,
    tables_pb2_grpc,
)
from services.contracts.drift.storage.v1 import tables_pb2 as pb
from services.drift_storage.service import SCHEMA
from services.drift_storage.store.table_schema import Column, Table, current_tables
from services.drift_storage.store.table_writes import TableWriter

FILES = 10_000
FUNCTIONS_PER_FILE = 20
# Rows per analysed file of each table (100 in all: 1,000,000 rows). The first three are the scan's
# (read-only through the API: prefilled); the others are sent through IngestRows in this order.
ROWS_PER_FILE = {
    "file_metadata": 1,
    "functions": FUNCTIONS_PER_FILE,
    "call_edges": 30,
    "data_access": 4,
    "detections": 20,
    "boundaries": 5,
    "taint_flows": 3,
    "error_gaps": 3,
    "violations": 5,
    "constants": 5,
    "env_variables": 2,
    "secrets": 1,
    "wrappers": 1,
}
FUNCTION_COUNT = FILES * FUNCTIONS_PER_FILE
# One call edge in HOT_EVERY goes to one of HOT_CALLEES widely used functions (~300 callers each),
# the others to functions spread over the code base: the reads page through the callers of hot ones.
HOT_EVERY = 5
HOT_CALLEES = tuple(range(1, FUNCTION_COUNT + 1, FUNCTION_COUNT // 200))
LANGUAGES = ("python", "rust", "typescript", "go", "java")
MTIME_BASE = 1_700_000_000
SCANNED_AT = 1_760_000_000

BATCH_ROWS = 1_000
READS = 300
WARMUP_READS = 20
PAGE_SIZE = 100

TARGET_RATIO = 0.8
TARGET_P99_MS = 10.0

# -- data --------------------------------------------------------------------------------------

# How a column is filled: a function of (file index, row index within that file's rows).
Value = Callable[[int, int], Any]

PATHS = tuple(f"src/area{f % 20}/module{f // 100}/file{f}.py" for f in range(FILES))
FILE_COLUMNS = frozenset({"file", "path", "source_file", "sink_file"})


def line(f: int, n: int) -> int:
    """A line number, distinct for each row of a file (natural keys include it)."""
    return 10 + 25 * n


def function_id(f: int, n: int) -> int:
    """The id of one of file ``f``'s functions: ids are 1.. in insertion order on a fresh db."""
    return f * FUNCTIONS_PER_FILE + n % FUNCTIONS_PER_FILE + 1


def callee_id(f: int, n: int) -> int:
    """The function a call edge goes to: a hot one for every ``HOT_EVERY``-th edge."""
    k = f * ROWS_PER_FILE["call_edges"] + n
    if k % HOT_EVERY == 0:
        return HOT_CALLEES[k // HOT_EVERY % len(HOT_CALLEES)]
    return k * 2_654_435_761 % FUNCTION_COUNT + 1


def digest(f: int, n: int) -> bytes:
    """An 8-byte hash-like value."""
    return ((f * 100 + n) * 0x9E3779B97F4A7C15 % 2**64).to_bytes(8, "little")


# Columns whose value means something (keys, references, file facts); see ``column_value`` for
# the other NOT NULL columns without a default. Other optional columns are left unset.
VALUES: dict[str, dict[str, Value]] = {
    "file_metadata": {
        "language": lambda f, n: LANGUAGES[f % len(LANGUAGES)],
        "file_size": lambda f, n: 256 + f * 37 % 200_000,
        "content_hash": digest,
        "mtime_secs": lambda f, n: MTIME_BASE + f,
        "mtime_nanos": lambda f, n: f * 7919 % 1_000_000_000,
        "last_scanned_at": lambda f, n: SCANNED_AT,
        "scan_duration_us": lambda f, n: 50 + f % 5_000,
        "function_count": lambda f, n: FUNCTIONS_PER_FILE,
    },
    "functions": {
        "name": lambda f, n: f"handle_request_{n}",
        "qualified_name": lambda f, n: f"module{f // 100}.file{f}.handle_request_{n}",
        "end_line": lambda f, n: line(f, n) + 20,
        "parameter_count": lambda f, n: n % 5,
        "is_exported": lambda f, n: n % 2,
        "body_hash": digest,
    },
    "call_edges": {"caller_id": function_id, "callee_id": callee_id},
    "data_access": {"table_name": lambda f, n: f"table_{(f + n) % 40}"},
    "detections": {"matched_text": lambda f, n: f"cursor.execute(query_{n} % params)"},
    "taint_flows": {
        "sink_file": lambda f, n: PATHS[(f + 1 + n) % FILES],
        "path": lambda f, n: f"{PATHS[f]}:{line(f, n)} -> {PATHS[(f + 1 + n) % FILES]}",
        "cwe_id": lambda f, n: 79 + n,
    },
    "violations": {
        "id": lambda f, n: f"V{f:05d}.{n}",
        "message": lambda f, n: f"rule {n} violated: use a parameterised query in handler {n}",
    },
}


def column_value(table: Table, column: Column) -> Value | None:
    """How ``column`` is filled; None leaves it unset (optional columns not in ``VALUES``)."""
    if (value := VALUES.get(table.name, {}).get(column.name)) is not None:
        return value
    name = column.name
    if column.optional:
        return None
    if name in FILE_COLUMNS:
        return lambda f, n: PATHS[f]
    if name.endswith("line"):
        return line
    if name == "language":
        return lambda f, n: LANGUAGES[f % len(LANGUAGES)]
    if column.type == "INTEGER":
        return function_id if name.endswith("_id") else lambda f, n: (f * 31 + n) % 1_000
    if column.type == "REAL":
        return lambda f, n: (f * 13 + n) % 100 / 100
    if column.type == "BLOB":
        return digest
    # TEXT: categories (severity, framework...) take 8 values, identifiers (pattern ids...) 500.
    cardinality = 500 if name.endswith("_id") else 8
    return lambda f, n: f"{name}_{(f * 7 + n) % cardinality}"


def unset_value(column: Column) -> Any:
    """What the service binds for an unset field: proto3 reads '' or b'', None for numbers."""
    if column.numeric:
        return None
    return b"" if column.type == "BLOB" else ""


@dataclass
class TableData:
    """The synthetic rows of one table."""

    table: Table
    # Each row's values for every column, as ``TableWriter`` binds them to its statement.
    rows: list[tuple[Any, ...]]
    # The columns a row message sets, and where their values are in a row.
    columns: tuple[Column, ...]
    positions: tuple[int, ...]

    @property
    def scanned(self) -> bool:
        """Is this a table scans write (prefilled, since IngestRows cannot write it)?"""
        return self.table.spec.read_only

    def batches(self) -> Iterator[list[tuple[Any, ...]]]:
        """Consecutive slices of ``BATCH_ROWS`` rows."""
        for start in range(0, len(self.rows), BATCH_ROWS):
            yield self.rows[start : start + BATCH_ROWS]

    def requests(self) -> Iterator[pb.IngestRowsRequest]:
        """One ``IngestRowsRequest`` per batch: flags as bools, times as Timestamps."""
        pick = itemgetter(*self.positions)
        fields = [c.field for c in self.columns]
        convert = [c.message_value for c in self.columns]
        for batch in self.batches():
            request = pb.IngestRowsRequest()
            add = getattr(request, self.table.batch_field).rows.add
            for row in batch:
                values = pick(row)
                add(**{f: c(v) for f, c, v in zip(fields, convert, values, strict=True)})
            yield request


def table_data(table: Table, per_file: int) -> TableData:
    """``per_file`` rows for each of ``FILES`` files; the same on every run."""
    values = [column_value(table, column) for column in table.columns]
    unset = [unset_value(column) for column in table.columns]
    fill = list(zip(values, unset, strict=True))
    rows = [
        tuple([default if value is None else value(f, n) for value, default in fill])
        for f in range(FILES)
        for n in range(per_file)
    ]
    positions = tuple(i for i, value in enumerate(values) if value is not None)
    columns = tuple(table.columns[i] for i in positions)
    return TableData(table, rows, columns, positions)


def analysis_result() -> list[TableData]:
    """Every table's rows, in ``ROWS_PER_FILE`` order."""
    tables = {table.name: table for table in current_tables(SCHEMA)}
    return [table_data(tables[name], per_file) for name, per_file in ROWS_PER_FILE.items()]


def prefill(db: Path, result: Sequence[TableData]) -> None:
    """Migrate a fresh ``db`` and write the scan's tables of ``result`` into it (not timed)."""
    conn = Database.at(db).open_writer()
    try:
        migrate(conn, SCHEMA)
        with conn:
            for data in result:
                if data.scanned:
                    conn.executemany(TableWriter(data.table).sql, data.rows)
    finally:
        conn.close()


# -- (a) baseline ------------------------------------------------------------------------------


def ingest_direct(result: Sequence[TableData], db: Path, group: int = 1) -> float:
    """Seconds to insert ``result``'s analysis rows into ``db`` (prefilled with its scan's rows),
    ``group`` batches a transaction.

    The batches are those of (b), in the same order, each executed with its table's service SQL.
    """
    prefill(db, result)
    conn = Database.at(db).open_writer()
    try:
        work = [
            (TableWriter(data.table).sql, batch)
            for data in result
            if not data.scanned
            for batch in data.batches()
        ]
        started = time.perf_counter()
        for start in range(0, len(work), group):
            conn.execute("BEGIN IMMEDIATE")
            for sql, batch in work[start : start + group]:
                conn.executemany(sql, batch)
            conn.execute("COMMIT")
        elapsed = time.perf_counter() - started
    finally:
        conn.close()
    check_stored(db, result)
    return elapsed


def check_stored(db: Path, result: Sequence[TableData]) -> None:
    """Every table of ``db`` holds its rows, and functions have the ids 1..N call edges use."""
    conn = apsw.Connection(str(db), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        for data in result:
            count = conn.execute(f"SELECT COUNT(*) FROM {data.table.name}").get
            if count != len(data.rows):
                raise BenchmarkError(
                    f"{db.name}: {data.table.name} holds {count:,} rows, "
                    f"expected {len(data.rows):,}"
                )
        ids = conn.execute("SELECT MIN(id), MAX(id) FROM functions").get
        if ids != (1, FUNCTION_COUNT):
            raise BenchmarkError(f"{db.name}: function ids span {ids}, not 1..{FUNCTION_COUNT}")
    finally:
        conn.close()


# -- (b) and the reads, against the service ----------------------------------------------------

Stub = tables_pb2_grpc.DriftTablesServiceStub
StatsStub = drift_storage_pb2_grpc.DriftStorageServiceStub


async def ingest_stream(stub: Stub, requests: Sequence[pb.IngestRowsRequest]) -> int:
    """Stream ``requests`` and wait for every acknowledgement; returns the rows written."""
    written = acks = 0
    async for ack in stub.IngestRows(iter(requests)):
        written += ack.rows_written
        acks += 1
    if acks != len(requests):
        raise BenchmarkError(f"{acks} acknowledgements for {len(requests)} batches")
    return written


async def timed_page(
    stub: Stub, callee: int, token: str = ""
) -> tuple[float, pb.ListCallEdgesResponse]:
    """Milliseconds of one full ``ListCallEdges`` page of ``callee``'s callers, and the page."""
    request = pb.ListCallEdgesRequest(page_size=PAGE_SIZE, callee_id=callee, page_token=token)
    started = time.perf_counter()
    page = await stub.ListCallEdges(request)
    elapsed = (time.perf_counter() - started) * 1000
    if len(page.call_edges) != PAGE_SIZE or not page.next_page_token:
        raise BenchmarkError(
            f"ListCallEdges returned {len(page.call_edges)} rows: expected a full page and a token"
        )
    if any(edge.callee_id != callee for edge in page.call_edges):
        raise BenchmarkError("ListCallEdges returned edges of another callee")
    return elapsed, page


def edge_key(edge: pb.CallEdgeRow) -> tuple[int, int, int]:
    """The natural key of a call edge."""
    return edge.caller_id, edge.callee_id, edge.call_site_line


async def list_latencies(stub: Stub, n: int) -> list[float]:
    """Milliseconds of ``n`` sequential reads: first pages, every other one with its second."""
    latencies: list[float] = []
    i = 0
    while len(latencies) < n:
        callee = HOT_CALLEES[i % len(HOT_CALLEES)]
        elapsed, page = await timed_page(stub, callee)
        latencies.append(elapsed)
        if i % 2 and len(latencies) < n:
            elapsed, second = await timed_page(stub, callee, page.next_page_token)
            latencies.append(elapsed)
            if {edge_key(e) for e in page.call_edges} & {edge_key(e) for e in second.call_edges}:
                raise BenchmarkError("the second ListCallEdges page repeats rows of the first")
        i += 1
    return latencies


@dataclass
class ServiceFigures:
    """What the run against the service measured."""

    ingest_s: float
    transactions: int  # the writer's, for (b): it groups queued batches into one transaction
    rss: RssSamples
    list_ms: list[float]
    stop_s: float = 0.0


async def measure_service(
    service: Service, requests: Sequence[pb.IngestRowsRequest], rows: int
) -> ServiceFigures:
    """(b), then the ListCallEdges latencies, against a running service."""
    async with grpc.aio.insecure_channel(service.address) as channel:
        stub = Stub(channel)
        await stub.ListCallEdges(pb.ListCallEdgesRequest())  # connects before the clock starts
        with sample_rss(service.process.pid) as rss:
            started = time.perf_counter()
            written = await ingest_stream(stub, requests)
            ingest_s = time.perf_counter() - started
        if written != rows:
            raise BenchmarkError(f"{written:,} rows acknowledged, not {rows:,}")
        stats = await StatsStub(channel).GetWriteStats(drift_storage_pb2.GetWriteStatsRequest())
        await list_latencies(stub, WARMUP_READS)
        list_ms = await list_latencies(stub, READS)
    return ServiceFigures(ingest_s, stats.stats.transactions_committed, rss, list_ms)


def run_service(
    db: Path, requests: Sequence[pb.IngestRowsRequest], result: Sequence[TableData]
) -> ServiceFigures:
    """Prefill ``db``, start the service on it, measure it, stop it with SIGTERM and check the
    rows it stored."""
    prefill(db, result)
    service = Service.start(db, db.with_suffix(".log"))
    rows = sum(len(data.rows) for data in result if not data.scanned)
    figures, figures.stop_s = service.measured(lambda s: measure_service(s, requests, rows))
    check_stored(db, result)
    return figures


# -- the run -----------------------------------------------------------------------------------


@dataclass
class DirectFigures:
    """What the baselines measured: (a), and (a') grouped as the service's writer grouped (b)."""

    data_s: float  # building the rows (not timed in (a) or (b))
    build_s: float  # building the request messages from them (not timed in (b))
    per_batch_s: float
    grouped_s: float
    group: int


def report(result: Sequence[TableData], direct: DirectFigures, f: ServiceFigures) -> None:
    """Print one line per figure, each with its target and whether it was met."""
    ingested = [data for data in result if not data.scanned]
    rows = sum(len(data.rows) for data in ingested)
    batches = sum(-(-len(data.rows) // BATCH_ROWS) for data in ingested)
    direct_rate, service_rate = rows / direct.per_batch_s, rows / f.ingest_s
    grouped_rate = rows / direct.grouped_s
    ratio = service_rate / direct_rate
    p50, p99 = percentile(f.list_ms, 50), percentile(f.list_ms, 99)
    tables = ", ".join(f"{data.table.name} {len(data.rows) // 1000}k" for data in ingested)
    scanned = ", ".join(f"{data.table.name} {len(data.rows) // 1000}k" for data in result
                        if data.scanned)  # fmt: skip
    lines = [
        f"IngestRows benchmark: {rows:,} rows in batches of {BATCH_ROWS:,}, "
        f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}",
        textwrap.fill(
            f"{FILES:,} files: {tables}", 100, initial_indent="    ", subsequent_indent="    "
        ),
        f"    on the rows of a scan, written before (not timed): {scanned}",
        f"(a) apsw executemany in process: {direct_rate:9,.0f} rows/s ({direct.per_batch_s:.2f} s)"
        "   one transaction per batch",
        f"(b) IngestRows via gRPC:         {service_rate:9,.0f} rows/s ({f.ingest_s:.2f} s)"
        f"   ratio b/a = {ratio:.2f} {verdict(ratio >= TARGET_RATIO, f'>= {TARGET_RATIO}')}",
        f"    one stream, open to last ack; its {batches} requests (one table each) were built "
        "before the clock",
        f"    (rows {direct.data_s:.1f} s, messages {direct.build_s:.1f} s); the service's writer "
        f"grouped them in {f.transactions} transactions",
        f"(a') (a), {direct.group} batches a transaction: {grouped_rate:9,.0f} rows/s "
        f"({direct.grouped_s:.2f} s)   b/a' = {service_rate / grouped_rate:.2f} (reference only)",
        f"service peak RSS during (b):     {f.rss.peak / 2**20:9,.0f} MB"
        f"   ({f.rss.first / 2**20:.0f} MB before, {f.rss.count} samples)",
        f"ListCallEdges idle, after (b):   p50 {p50:6.2f} ms  p99 {p99:6.2f} ms "
        f"{verdict(p99 < TARGET_P99_MS, f'p99 < {TARGET_P99_MS:g} ms')}",
        f"    {READS} sequential pages of {PAGE_SIZE} callers of a hot function, "
        f"{READS // 3} of them second pages (page token)",
        f"SIGTERM: service exited 0 in {f.stop_s:.2f} s; every table's rows counted with apsw in "
        "the 3 databases",
    ]
    print("\n".join(lines))


def main() -> int:
    """Build the result, run (a), (b) with the reads, then (a'); print the report."""
    started = time.perf_counter()
    result = analysis_result()
    data_s = time.perf_counter() - started
    # (b) is given its request messages ready-made, as (a) is given its row tuples: both clocks
    # then cover the write path only, not the client's construction of its data.
    started = time.perf_counter()
    requests = [request for data in result if not data.scanned for request in data.requests()]
    build_s = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="bench-analysis-") as tmp:
        try:
            per_batch_s = ingest_direct(result, Path(tmp) / "direct.db")
            figures = run_service(Path(tmp) / "service.db", requests, result)
            group = max(1, round(len(requests) / figures.transactions))
            grouped_s = ingest_direct(result, Path(tmp) / "grouped.db", group)
        except BenchmarkError as exc:
            print(f"benchmark broken: {exc}", file=sys.stderr)
            return 1
    report(result, DirectFigures(data_s, build_s, per_batch_s, grouped_s, group), figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
