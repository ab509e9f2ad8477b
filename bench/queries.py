"""Benchmark of the query services: p50 and p99 of every RPC of the drift queries issue on a
project of 10,000 files and over a million rows.

The dataset is the analysis result of ``bench.ingest_analysis`` (10,000 files, 1,000,000 rows over
the scan's and the analysis tables, the same on every run), plus the rows the query services
read that it lacks: pattern confidences, outliers, conventions, reachability, impact, test
quality and coverage, coupling, constraints and their verifications, contracts and mismatches,
DNA genes and mutations, crypto and OWASP findings, gates, pattern statuses, alerts (``EXTRA``,
with values of the kinds the services expect: tiers, zones, JSON lists). Everything is written
straight into a fresh database file with the tables' own statements (not timed); two completed
scans are recorded, with their findings (RecordFindings), so that DiffFindings has two snapshots.

Then a ``drift`` service process serves the file, and each RPC (``calls``) is called ``CALLS``
times in a row after ``WARMUP`` calls, one at a time on one channel. Printed per RPC: p50 and
p99 in milliseconds, with the target of its kind: a summary (one answer computed over a table)
p99 < 50 ms, a page of a list (100 rows, the default) p99 < 20 ms. Writes (feedback, approval,
audit, recording findings) are timed the same way, against the summary target. Reports stream
the whole project and are timed apart (no target). Missed targets are reported, not asserted:
the exit status is non-zero only when something is broken.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
from google.protobuf.message import Message

from bench.harness import BenchmarkError, Service, percentile, verdict
from bench.ingest_analysis import (
    FILES,
    FUNCTION_COUNT,
    PATHS,
    TableData,
    analysis_result,
    table_data,
)
from services.common.database import Database
from services.common.migrations import migrate
from services.contracts.drift.analysis.v1 import (
    graph_pb2,
    graph_pb2_grpc,
    patterns_pb2,
    patterns_pb2_grpc,
    security_pb2,
    security_pb2_grpc,
    structure_pb2,
    structure_pb2_grpc,
)
from services.contracts.drift.enforcement.v1 import (
    enforcement_pb2,
    enforcement_pb2_grpc,
    findings_pb2,
    findings_pb2_grpc,
    reports_pb2,
    reports_pb2_grpc,
)
from services.contracts.drift.storage.v1 import drift_storage_pb2, drift_storage_pb2_grpc
from services.drift_storage.service import SCHEMA
from services.drift_storage.store.table_schema import current_tables
from services.drift_storage.store.table_writes import TableWriter

WARMUP = 5
CALLS = 60
# RecordFindings copies every finding: a few calls are enough to see its cost.
RECORD_CALLS = 3
CALL_TIMEOUT_S = 60.0
SUMMARY_P99_MS = 50.0
PAGE_P99_MS = 20.0
PATTERNS = 500

TIERS = ("Established", "Emerging", "Tentative", "Uncertain")
ZONES = ("MainSequence", "ZoneOfPain", "ZoneOfUselessness")
SEVERITIES = ("error", "Warning", "info", "hint")


def _key(f: int, n: int) -> str:
    """A function key, as the graph tables name functions."""
    return f"{PATHS[f]}::handle_request_{n}"


# Rows per file of each extra table, and the values of its columns that mean something (the
# rest follow ``bench.ingest_analysis.column_value``).
EXTRA: dict[str, tuple[int, dict[str, Callable[[int, int], Any]]]] = {
    "pattern_confidence": (1, {
        "pattern_id": lambda f, n: f"pattern_id_{f % PATTERNS}",
        "tier": lambda f, n: TIERS[f % 4],
        "momentum": lambda f, n: ("Rising", "Stable", "Falling")[f % 3],
        "posterior_mean": lambda f, n: (f % 100) / 100,
    }),
    "outliers": (1, {"pattern_id": lambda f, n: f"pattern_id_{f % PATTERNS}",
                     "significance": lambda f, n: ("critical", "High", "moderate", "low")[f % 4]}),
    "conventions": (1, {"pattern_id": lambda f, n: f"pattern_id_{f % PATTERNS}"}),
    "reachability_cache": (2, {
        "source_node": _key,
        "direction": lambda f, n: ("forward", "backward")[n % 2],
        "reachable_set": lambda f, n: json.dumps([_key((f + k) % FILES, k) for k in range(20)]),
        "sensitivity": lambda f, n: ("Critical", "high", "medium", "low")[f % 4],
    }),
    "impact_scores": (2, {"function_id": _key, "is_dead_code": lambda f, n: int(f % 10 == 0)}),
    "test_quality": (1, {"function_id": _key,
                         "smells": lambda f, n: json.dumps(["EagerTest", "LazyTest"][: f % 3])}),
    "test_coverage": (2, {"test_function_id": lambda f, n: _key(f, n),
                          "source_function_id": lambda f, n: _key((f + 1) % FILES, n)}),
    "coupling_metrics": (1, {"module": lambda f, n: f"src/area{f % 20}/module{f // 100}/{f}",
                             "zone": lambda f, n: ZONES[f % 3]}),
    "crypto_findings": (1, {}),
    "owasp_findings": (1, {"id": lambda f, n: f"OW{f}",
                           "cwes": lambda f, n: json.dumps([79 + f % 20]),
                           "owasp_categories": lambda f, n: json.dumps([f"A0{1 + f % 9}"])}),
    "dna_mutations": (1, {"id": lambda f, n: f"M{f}", "gene_id": lambda f, n: f"gene_{f % 10}",
                          "impact": lambda f, n: ("High", "medium", "low")[f % 3],
                          "resolved": lambda f, n: int(f % 4 == 0)}),
    "contract_mismatches": (1, {"severity": lambda f, n: ("Critical", "high", "medium")[f % 3]}),
    "feedback": (1, {"violation_id": lambda f, n: f"V{f:05d}.{n}",
                     "action": lambda f, n: ("fix", "dismiss", "suppress")[f % 3]}),
}  # fmt: skip
# Tables of a few rows: (table, rows, values), the row index as both arguments' second.
SMALL: dict[str, tuple[int, dict[str, Callable[[int, int], Any]]]] = {
    "coupling_cycles": (50, {"members": lambda f, n: json.dumps([f"m{f}", f"m{f + 1}"]),
                             "break_suggestions": lambda f, n: json.dumps([f"m{f}"])}),
    "constraints": (40, {"id": lambda f, n: f"C{f}", "enabled": lambda f, n: 1}),
    "constraint_verifications": (400, {
        "constraint_id": lambda f, n: f"C{f % 40}", "passed": lambda f, n: f % 2,
        "violations": lambda f, n: json.dumps([{"file": PATHS[f], "line": f, "message": "x"}]),
    }),
    "contracts": (300, {"id": lambda f, n: f"K{f}", "endpoints": lambda f, n: json.dumps(
        [{"method": "GET", "path": f"/api/{f}/{k}"} for k in range(3)])}),
    "dna_genes": (10, {"gene_id": lambda f, n: f"gene_{f}",
                       "alleles": lambda f, n: json.dumps([{"name": "a"}, {"name": "b"}]),
                       "exemplars": lambda f, n: json.dumps([])}),
    "decomposition_decisions": (100, {}),
    "gate_results": (60, {"gate_id": lambda f, n: f"gate-{f % 6}", "passed": lambda f, n: f % 2,
                          "status": lambda f, n: ("passed", "failed")[f % 2]}),
    "pattern_status": (PATTERNS // 2, {"pattern_id": lambda f, n: f"pattern_id_{f}",
                                       "status": lambda f, n: ("approved", "discovered")[f % 2],
                                       "approved_by": lambda f, n: ("user", "auto")[f % 2]}),
    "degradation_alerts": (20, {}),
    "audit_snapshots": (30, {}),
    "health_trends": (200, {"metric_name": lambda f, n: "health_score"}),
}  # fmt: skip
# Columns of the analysis result given values the services read (``bench.ingest_analysis``
# leaves them generic): severities in mixed case, JSON paths, pattern ids shared with EXTRA.
OVERRIDES: dict[str, dict[str, Callable[[int, int], Any]]] = {
    "violations": {"severity": lambda f, n: SEVERITIES[(f + n) % 4],
                   "pattern_id": lambda f, n: f"pattern_id_{(f + n) % PATTERNS}",
                   "rule_id": lambda f, n: f"rule_{(f + n) % 50}",
                   "suppressed": lambda f, n: int((f + n) % 10 == 0),
                   "cwe_id": lambda f, n: (89, 79, 798, 22)[n % 4]},
    "detections": {"pattern_id": lambda f, n: f"pattern_id_{(f + n) % PATTERNS}",
                   "category": lambda f, n: ("Security", "logging", "Config")[n % 3]},
    "taint_flows": {"path": lambda f, n: json.dumps([f"fn{n}", f"fn{n + 1}"])},
    "secrets": {"severity": lambda f, n: ("Critical", "high", "Medium", "low")[f % 4]},
}  # fmt: skip


def _with_values(data: TableData, values: dict[str, Callable[[int, int], Any]]) -> TableData:
    """``data`` with the columns of ``values`` refilled (row i is file i // per_file's)."""
    names = [c.name for c in data.table.columns]
    per_file = max(1, len(data.rows) // FILES)
    rows = []
    for i, row in enumerate(data.rows):
        cells = list(row)
        for name, value in values.items():
            cells[names.index(name)] = value(i // per_file, i % per_file)
        rows.append(tuple(cells))
    data.rows = rows
    return data


def dataset() -> list[TableData]:
    """The analysis result with its overrides, the EXTRA tables and the SMALL ones."""
    tables = {table.name: table for table in current_tables(SCHEMA)}
    result = [_with_values(d, OVERRIDES.get(d.table.name, {})) for d in analysis_result()]
    for name, (per_file, values) in EXTRA.items():
        result.append(_with_values(table_data(tables[name], per_file), values))
    for name, (count, values) in SMALL.items():
        data = table_data(tables[name], 1)
        data.rows = data.rows[:count]
        result.append(_with_values(data, values))
    return result


def write(db: Path, result: Sequence[TableData]) -> int:
    """Migrate a fresh ``db``, write every table of ``result`` and two completed scans."""
    conn = Database.at(db).open_writer()
    try:
        migrate(conn, SCHEMA)
        with conn:
            for data in result:
                conn.executemany(TableWriter(data.table).sql, data.rows)
            conn.execute(
                "INSERT INTO scan_history (id, started_at, completed_at, root_path, status)"
                " VALUES (1, 1, 2, '/bench', 'complete'), (2, 3, 4, '/bench', 'complete')"
            )
    finally:
        conn.close()
    return sum(len(data.rows) for data in result)


# -- the calls -----------------------------------------------------------------------------------


Invoke = Callable[[grpc.aio.Channel, int], Awaitable[Any]]


@dataclass
class Call:
    """One RPC to time: its name, what kind of answer it is, and how to make its i-th call."""

    name: str
    kind: str  # "summary", "page" or "write"
    invoke: Invoke


def _unary(service: Any, method: str, request: Callable[[int], Message]) -> Invoke:
    async def invoke(channel: grpc.aio.Channel, i: int) -> Any:
        return await getattr(service(channel), method)(request(i), timeout=CALL_TIMEOUT_S)

    return invoke


def _calls_of(
    service: Any, module: Any, kinds: dict[str, dict[str, Any]], writes: dict[str, Any]
) -> list[Call]:
    """A Call per RPC of ``service`` (a stub class): summaries (Get*, Check...), pages (List*,
    default page size) and ``writes`` (RPC -> request maker by call index); ``kinds`` gives
    request fields an RPC needs to find rows."""
    found = []
    name = service.__name__.removesuffix("Stub")
    descriptor = module.DESCRIPTOR.services_by_name[name]
    for method in descriptor.methods:
        if method.server_streaming or method.client_streaming:
            continue
        request_class = getattr(module, method.input_type.name)
        if method.name in writes:
            maker = writes[method.name]
            found.append(
                Call(f"{name}.{method.name}", "write", _unary(service, method.name, maker))
            )
            continue
        fields = kinds.get(method.name, {})
        kind = "page" if method.name.startswith("List") else "summary"
        made = request_class(**fields)
        found.append(
            Call(f"{name}.{method.name}", kind, _unary(service, method.name, lambda i, m=made: m))
        )
    return found


def calls() -> list[Call]:
    """Every unary RPC of the drift queries issue, with requests that find rows in the
    dataset; the feedback and approval writes each take another violation or pattern."""
    reachable = {"function_key": _key(0, 0), "direction": "forward"}
    diff = {"base_scan": 1, "head_scan": 2}
    return [
        *_calls_of(patterns_pb2_grpc.PatternsServiceStub, patterns_pb2, {}, {}),
        *_calls_of(
            graph_pb2_grpc.GraphServiceStub,
            graph_pb2,
            {"GetReachability": reachable, "ListReachableNodes": reachable},
            {},
        ),
        *_calls_of(structure_pb2_grpc.StructureServiceStub, structure_pb2, {}, {}),
        *_calls_of(security_pb2_grpc.SecurityServiceStub, security_pb2, {}, {}),
        *_calls_of(
            enforcement_pb2_grpc.EnforcementServiceStub,
            enforcement_pb2,
            {},
            {
                "Audit": lambda i: enforcement_pb2.AuditRequest(),
                "SetPatternStatus": lambda i: enforcement_pb2.SetPatternStatusRequest(
                    pattern_id=f"pattern_id_{i}", status="approved"
                ),
                "DismissViolation": lambda i: enforcement_pb2.DismissViolationRequest(
                    violation_id=f"V{i:05d}.0", reason="false_positive"
                ),
                "FixViolation": lambda i: enforcement_pb2.FixViolationRequest(
                    violation_id=f"V{i:05d}.1"
                ),
                "SuppressViolation": lambda i: enforcement_pb2.SuppressViolationRequest(
                    violation_id=f"V{i:05d}.2", reason="accepted risk"
                ),
            },
        ),
        *_calls_of(
            findings_pb2_grpc.FindingsServiceStub,
            findings_pb2,
            {"DiffFindings": diff},
            {"RecordFindings": lambda i: findings_pb2.RecordFindingsRequest(scan_id=2)},
        ),
        Call("DriftStorageService.ListScanHistory", "page", _unary(
            drift_storage_pb2_grpc.DriftStorageServiceStub, "ListScanHistory",
            lambda i: drift_storage_pb2.ListScanHistoryRequest())),
    ]  # fmt: skip


@dataclass
class Timing:
    call: Call
    p50: float
    p99: float

    @property
    def target(self) -> float:
        return PAGE_P99_MS if self.call.kind == "page" else SUMMARY_P99_MS


async def _record(channel: grpc.aio.Channel) -> float:
    """Record the findings of both scans (so that DiffFindings compares two snapshots); the
    seconds the second recording took."""
    stub = findings_pb2_grpc.FindingsServiceStub(channel)
    await stub.RecordFindings(findings_pb2.RecordFindingsRequest(scan_id=1), timeout=600)
    started = time.perf_counter()
    await stub.RecordFindings(findings_pb2.RecordFindingsRequest(scan_id=2), timeout=600)
    return time.perf_counter() - started


async def _report_seconds(channel: grpc.aio.Channel, format: str) -> tuple[float, int]:
    """Seconds to stream the whole report in ``format``, and its bytes."""
    stub = reports_pb2_grpc.ReportsServiceStub(channel)
    started = time.perf_counter()
    size = 0
    async for message in stub.StreamReport(
        reports_pb2.StreamReportRequest(format=format), timeout=600
    ):
        size += len(message.chunk)
    return time.perf_counter() - started, size


@dataclass
class Figures:
    record_s: float
    timings: list[Timing]
    reports: list[tuple[str, float, int]]


async def measure(service: Service) -> Figures:
    timings = []
    async with grpc.aio.insecure_channel(service.address) as channel:
        record_s = await _record(channel)
        for call in calls():
            runs = CALLS if call.name != "FindingsService.RecordFindings" else RECORD_CALLS
            for i in range(WARMUP):
                await call.invoke(channel, CALLS + i)
            elapsed = []
            for i in range(runs):
                started = time.perf_counter()
                await call.invoke(channel, i)
                elapsed.append((time.perf_counter() - started) * 1000)
            timings.append(Timing(call, percentile(elapsed, 50), percentile(elapsed, 99)))
        reports = []
        for format in ("sarif", "junit"):
            seconds, size = await _report_seconds(channel, format)
            reports.append((format, seconds, size))
    return Figures(record_s, timings, reports)


def report(rows: int, figures: Figures) -> None:
    print(
        f"query RPCs benchmark: {FILES:,} files, {FUNCTION_COUNT:,} functions, {rows:,} rows;"
        f" {CALLS} calls each after {WARMUP}, one at a time"
    )
    for t in figures.timings:
        met = t.p99 < t.target
        print(
            f"  {t.call.name:<46} {t.call.kind:<8} p50 {t.p50:7.2f} ms  p99 {t.p99:7.2f} ms "
            f"{verdict(met, f'p99 < {t.target:g} ms')}"
        )
    missed = [t for t in figures.timings if t.p99 >= t.target]
    print(f"{len(figures.timings) - len(missed)} of {len(figures.timings)} RPCs met their target")
    slowest = sorted(figures.timings, key=lambda t: t.p99, reverse=True)[:3]
    print("slowest by p99: " + ", ".join(f"{t.call.name} {t.p99:.2f} ms" for t in slowest))
    print(f"RecordFindings of a scan (every finding table copied): {figures.record_s:.2f} s")
    for format, seconds, size in figures.reports:
        print(f"StreamReport {format}: {size / 2**20:.1f} MB in {seconds:.2f} s (no target)")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-queries-") as tmp:
        db = Path(tmp) / "drift.db"
        try:
            rows = write(db, dataset())
            service = Service.start(db, db.with_suffix(".log"))
            figures, _ = service.measured(measure)
        except BenchmarkError as exc:
            print(f"benchmark broken: {exc}", file=sys.stderr)
            return 1
    report(rows, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
