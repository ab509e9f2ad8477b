"""GraphService (drift.analysis.v1): reachability, taint flows, error gaps, impact and dead code,
test topology. One fixture project (below) is written through IngestRows, its functions straight
into the file before the server starts (scans own that table); every answer is checked against
numbers worked out by hand from it, and every store function's statements against their query
plans."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import apsw
import grpc
import pytest
from google.protobuf.message import Message

from services.common.database import Database
from services.contracts.drift.analysis.v1 import graph_pb2 as pb
from services.contracts.drift.analysis.v1 import graph_pb2_grpc
from services.contracts.drift.storage.v1 import tables_pb2, tables_pb2_grpc
from services.drift_storage.queries import graph
from tests.conftest import serving
from tests.grpc_errors import failure
from tests.query_plans import plan_problems
from tests.table_rows import BY_NAME, TIME, full_row, write_directly
from tests.test_tables_service import batch, ingest

T = tables_pb2

# Four source functions (their ids and lines are 1..4).
FUNCTIONS = [
    full_row(BY_NAME["functions"], i, file=file, function_name=name)
    for i, (file, name) in enumerate(
        [("src/app.py", "handle"), ("src/app.py", "query"), ("src/db.py", "run"),
         ("src/db.py", "connect")], start=1,
    )
]  # fmt: skip

REACHABILITY = [
    T.ReachabilityEntryRow(
        source_node="src/app.py::handle",
        direction="forward",
        reachable_set='["src/app.py::query", "src/db.py::run", "src/db.py::connect"]',
        sensitivity="Critical",
    ),
    T.ReachabilityEntryRow(
        source_node="src/db.py::run", direction="forward", reachable_set="[]", sensitivity="low"
    ),
]


def flow(source: str, sink: str, cwe: int | None, sanitized: bool, confidence: float,
         path: str) -> T.TaintFlowRow:  # fmt: skip
    """A taint flow from ``source`` to ``sink``, each ``file:line:type``."""
    source_file, source_line, source_type = source.split(":")
    sink_file, sink_line, sink_type = sink.split(":")
    return T.TaintFlowRow(
        source_file=source_file, source_line=int(source_line), source_type=source_type,
        sink_file=sink_file, sink_line=int(sink_line), sink_type=sink_type, cwe_id=cwe,
        is_sanitized=sanitized, confidence=confidence, path=path,
    )  # fmt: skip


# Ids 1..6 in this order. Types are stored in the spellings writers used.
TAINT_FLOWS = [
    flow("src/app.py:3:user_input", "src/db.py:10:sql_query", 89, False, 0.85,
         '["handle", "query", "run"]'),
    flow("src/app.py:3:user_input", "src/app.py:20:html_output", 79, True, 0.3, '["handle"]'),
    flow("src/app.py:7:UserInput", "src/db.py:10:SQL_Query", 89, False, 0.85,
         '["handle", "run"]'),
    flow("src/cli.py:1:command_line", "src/cli.py:9:os_command", 78, False, 0.75, '["main"]'),
    flow("src/env.py:2:environment", "src/log.py:4:log_output", None, False, 0.4, "not json"),
    flow("src/cli.py:1:command_line", "src/db.py:10:sql_query", 89, True, 0.3, '["main"]'),
]  # fmt: skip
# By confidence, highest first, then id: 0.85 (1, 3), 0.75 (4), 0.4 (5), 0.3 (2, 6).
TAINT_ORDER = [1, 3, 4, 5, 2, 6]


def gap(file: str, function: str, gap_type: str, severity: str, cwe: int | None) -> T.ErrorGapRow:
    return T.ErrorGapRow(
        file=file, function_id=function, gap_type=gap_type, severity=severity, cwe_id=cwe
    )


# Ids 1..5; severities debug-cased ("High") or not, one gap type upper-cased, one a Rust enum
# name (GenericCatch, as Rust's {:?} wrote it).
ERROR_GAPS = [
    gap("src/app.py", "handle", "empty_catch", "High", 390),
    gap("src/app.py", "query", "unhandled", "high", 248),
    gap("src/db.py", "run", "GenericCatch", "Medium", 396),
    gap("src/db.py", "run", "UNHANDLED_ASYNC", "medium", 248),
    gap("src/cli.py", "main", "inconsistent_pattern", "low", None),
]


def impact(key: str, blast: int, risk: float, reason: str = "", exclusion: str = "") -> Message:
    return T.ImpactScoreRow(
        function_id=key, blast_radius=blast, risk_score=risk, is_dead_code=bool(reason),
        dead_code_reason=reason, exclusion_category=exclusion,
    )  # fmt: skip


# Dead-code reasons and exclusions as Rust wrote them, with {:?}.
IMPACT_SCORES = [
    impact("src/app.py::handle", 0, 0.62),
    impact("src/app.py::query", 1, 0.62),
    impact("src/db.py::run", 2, 0.71),
    impact("src/db.py::connect", 3, 0.2),
    impact("src/old.py::legacy", 0, 0.1, "NoCallers"),
    impact("src/hooks.py::on_start", 0, 0.0, "NoEntryPath", "EventHandler"),
]
# By risk, highest first, then key.
IMPACT_ORDER = [
    "src/db.py::run", "src/app.py::handle", "src/app.py::query", "src/db.py::connect",
    "src/old.py::legacy", "src/hooks.py::on_start",
]  # fmt: skip

# Three scored tests (smells as Rust's serde wrote them, one malformed) and an __aggregate__ row
# left from an earlier analysis without tests.
TEST_QUALITY = [
    T.TestQualityScoreRow(function_id="tests/test_app.py::test_handle", coverage_breadth=0.5,
                          isolation=1.0, overall_score=0.5,
                          smells='["EagerTest", "AssertionRoulette"]'),
    T.TestQualityScoreRow(function_id="tests/test_app.py::test_query", coverage_breadth=0.25,
                          overall_score=0.75, smells='["eager_test"]'),
    T.TestQualityScoreRow(function_id="tests/test_db.py::test_run", overall_score=1.0,
                          smells="oops"),
    T.TestQualityScoreRow(function_id="__aggregate__", coverage_breadth=0.0, coverage_depth=0.0,
                          assertion_density=0.0, mock_ratio=0.0, isolation=1.0, freshness=1.0,
                          stability=1.0, overall_score=0.1),
]  # fmt: skip


def link(test: str, source: str) -> T.TestCoverageLinkRow:
    return T.TestCoverageLinkRow(
        test_function_id=test, source_function_id=source, coverage_type="direct"
    )


TEST_COVERAGE = [
    link("tests/test_app.py::test_handle", "src/app.py::handle"),
    link("tests/test_app.py::test_handle", "src/app.py::query"),
    link("tests/test_app.py::test_query", "src/app.py::query"),
    link("tests/test_db.py::test_run", "src/db.py::run"),
    link("tests/test_db.py::test_run", "src/app.py::query"),
]

FIXTURE = {
    "reachability_cache": REACHABILITY,
    "taint_flows": TAINT_FLOWS,
    "error_gaps": ERROR_GAPS,
    "impact_scores": IMPACT_SCORES,
    "test_quality": TEST_QUALITY,
    "test_coverage": TEST_COVERAGE,
}


@contextlib.asynccontextmanager
async def graph_service(
    tmp_path: Path, tables: dict[str, list[Any]] | None = None
) -> AsyncIterator[graph_pb2_grpc.GraphServiceStub]:
    """A server on a database holding ``FUNCTIONS`` and ``tables`` (default ``FIXTURE``)."""
    db = tmp_path / "drift.db"
    write_directly(db, [(BY_NAME["functions"], FUNCTIONS)])
    async with serving(db) as running, grpc.aio.insecure_channel(running.address) as channel:
        rows = FIXTURE if tables is None else tables
        await ingest(
            tables_pb2_grpc.DriftTablesServiceStub(channel),
            [batch(BY_NAME[name], list(messages)) for name, messages in rows.items()],
        )
        yield graph_pb2_grpc.GraphServiceStub(channel)


async def pages(
    stub: graph_pb2_grpc.GraphServiceStub, method: str, page_size: int, **request: Any
) -> list[list[Any]]:
    """Every page of the List method ``method``, each as the list of its items."""
    request_class = getattr(pb, f"{method}Request")
    found, token = [], ""
    while True:
        page = await getattr(stub, method)(
            request_class(page_size=page_size, page_token=token, **request)
        )
        field = page.DESCRIPTOR.fields[0].name
        found.append(list(getattr(page, field)))
        if not (token := page.next_page_token):
            return found


async def refused(call: Any) -> Any:
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await call
    return failure(raised.value)


# Reachability


async def test_reachability_counts_the_stored_set_and_answers_its_sensitivity_lowercase(
    tmp_path: Path,
) -> None:
    async with graph_service(tmp_path) as stub:
        found = await stub.GetReachability(
            pb.GetReachabilityRequest(function_key="src/app.py::handle", direction="FORWARD")
        )
        empty = await stub.GetReachability(pb.GetReachabilityRequest(function_key="src/db.py::run"))
    # Three members in the stored array; "Critical" stored.
    assert (found.function_key, found.direction, found.reachable_count, found.sensitivity) == (
        "src/app.py::handle", "forward", 3, "critical",
    )  # fmt: skip
    assert found.compute_time.seconds > TIME  # the row's default: the time of the write
    assert (empty.direction, empty.reachable_count, empty.sensitivity) == ("forward", 0, "low")


async def test_reachability_of_a_key_and_direction_without_a_stored_set_is_not_found(
    tmp_path: Path,
) -> None:
    """Rust answered 0 and "low", which looked like a function reaching nothing."""
    async with graph_service(tmp_path) as stub:
        backward = await refused(
            stub.GetReachability(
                pb.GetReachabilityRequest(function_key="src/app.py::handle", direction="backward")
            )
        )
        unknown = await refused(
            stub.ListReachableNodes(pb.ListReachableNodesRequest(function_key="src/nope.py::x"))
        )
    assert (backward.code, backward.reason) == (grpc.StatusCode.NOT_FOUND, "REACHABILITY_NOT_FOUND")
    assert backward.metadata == {"functionKey": "src/app.py::handle", "direction": "backward"}
    assert (unknown.code, unknown.reason) == (grpc.StatusCode.NOT_FOUND, "REACHABILITY_NOT_FOUND")


async def test_reachable_nodes_page_through_the_set_in_stored_order(tmp_path: Path) -> None:
    async with graph_service(tmp_path) as stub:
        request = pb.ListReachableNodesRequest(function_key="src/app.py::handle", page_size=2)
        first = await stub.ListReachableNodes(request)
        request.page_token = first.next_page_token
        second = await stub.ListReachableNodes(request)
    assert (list(first.function_keys), first.total_size) == (
        ["src/app.py::query", "src/db.py::run"], 3,
    )  # fmt: skip
    assert (list(second.function_keys), second.next_page_token) == (["src/db.py::connect"], "")


@pytest.mark.parametrize(
    ("request_fields", "field"),
    [
        ({"function_key": ""}, "function_key"),
        ({"function_key": "a::b", "direction": "sideways"}, "direction"),
    ],
)
async def test_reachability_refuses_a_missing_key_and_an_unknown_direction(
    tmp_path: Path, request_fields: dict[str, str], field: str
) -> None:
    async with graph_service(tmp_path, {}) as stub:
        got = await refused(stub.GetReachability(pb.GetReachabilityRequest(**request_fields)))
    assert (got.code, got.fields) == (grpc.StatusCode.INVALID_ARGUMENT, [field])


# Taint flows


async def test_taint_flows_come_by_confidence_then_id_across_pages(tmp_path: Path) -> None:
    async with graph_service(tmp_path) as stub:
        found = await pages(stub, "ListTaintFlows", 2)
    assert [[f.id for f in page] for page in found] == [[1, 3], [4, 5], [2, 6]]
    first, third = found[0][0], found[0][1]
    assert (first.source_type, first.sink_type, first.cwe_id, first.sanitized) == (
        "user_input", "sql_query", 89, False,
    )  # fmt: skip
    assert (list(first.path), first.path_length) == (["handle", "query", "run"], 3)
    # Stored "UserInput" and "SQL_Query" answered in the sets' spelling.
    assert (third.source_type, third.sink_type) == ("user_input", "sql_query")
    unparsable = found[1][1]
    assert (unparsable.HasField("cwe_id"), list(unparsable.path), unparsable.path_length) == (
        False, [], 0,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ({"sink_type": "sql_query"}, [1, 3, 6]),  # stored sql_query, SQL_Query, sql_query
        ({"sink_type": "SQL_QUERY"}, [1, 3, 6]),
        ({"source_type": "command_line"}, [4, 6]),
        ({"sanitized": False}, [1, 3, 4, 5]),
        ({"sanitized": True}, [2, 6]),
        ({"cwe_id": 89}, [1, 3, 6]),
        ({"file": "src/app.py"}, [1, 3, 2]),  # sources of 1, 2, 3; sink of 2
        ({"file": "src/db.py"}, [1, 3, 6]),  # sinks
        ({"file": "src/app.py", "sanitized": False, "sink_type": "sql_query"}, [1, 3]),
    ],
)
async def test_taint_flow_filters(tmp_path: Path, filters: dict[str, Any], ids: list[int]) -> None:
    async with graph_service(tmp_path) as stub:
        found = await pages(stub, "ListTaintFlows", 1, **filters)
    assert [flow.id for page in found for flow in page] == ids
    assert len(found) == len(ids)  # one flow a page


@pytest.mark.parametrize(
    ("filters", "field"),
    [
        ({"sink_type": "sql"}, "sink_type"),
        ({"source_type": "keyboard"}, "source_type"),
        ({"cwe_id": -1}, "cwe_id"),
        ({"page_size": -1}, "page_size"),
        ({"page_token": "bogus"}, "page_token"),
    ],
)
async def test_taint_flows_refuse_bad_filters_naming_the_field(
    tmp_path: Path, filters: dict[str, Any], field: str
) -> None:
    async with graph_service(tmp_path, {}) as stub:
        got = await refused(stub.ListTaintFlows(pb.ListTaintFlowsRequest(**filters)))
    assert (got.code, got.fields) == (grpc.StatusCode.INVALID_ARGUMENT, [field])


async def test_a_taint_page_token_is_bound_to_its_filters(tmp_path: Path) -> None:
    async with graph_service(tmp_path) as stub:
        first = await stub.ListTaintFlows(pb.ListTaintFlowsRequest(page_size=1, cwe_id=89))
        got = await refused(
            stub.ListTaintFlows(
                pb.ListTaintFlowsRequest(page_size=1, cwe_id=78, page_token=first.next_page_token)
            )
        )
    assert (got.reason, got.fields) == ("INVALID_PAGE_TOKEN", ["page_token"])


async def test_taint_summary(tmp_path: Path) -> None:
    async with graph_service(tmp_path) as stub:
        summary = await stub.GetTaintSummary(pb.GetTaintSummaryRequest())
    # Unsanitized: 1, 3, 4, 5. Sources: app.py:3 (1, 2), app.py:7 (3), cli.py:1 (4, 6),
    # env.py:2 (5). Sinks: db.py:10 sql_query (1, 3, 6), app.py:20, cli.py:9, log.py:4.
    assert (summary.flow_count, summary.vulnerability_count) == (6, 4)
    assert (summary.source_count, summary.sink_count) == (4, 4)
    assert dict(summary.flows_by_cwe) == {89: 3, 79: 1, 78: 1}
    assert summary.flows_without_cwe == 1
    assert dict(summary.flows_by_sink_type) == {
        "sql_query": 3, "html_output": 1, "os_command": 1, "log_output": 1,
    }  # fmt: skip


# Error gaps


async def test_error_gaps_page_by_id_in_one_spelling(tmp_path: Path) -> None:
    async with graph_service(tmp_path) as stub:
        found = await pages(stub, "ListErrorGaps", 2)
    assert [[g.id for g in page] for page in found] == [[1, 2], [3, 4], [5]]
    rows = [(g.file, g.function_name, g.gap_type, g.severity) for page in found for g in page]
    assert rows == [
        ("src/app.py", "handle", "empty_catch", "high"),
        ("src/app.py", "query", "unhandled", "high"),
        ("src/db.py", "run", "generic_catch", "medium"),
        ("src/db.py", "run", "unhandled_async", "medium"),
        ("src/cli.py", "main", "inconsistent_pattern", "low"),
    ]
    assert (found[0][0].cwe_id, found[2][0].HasField("cwe_id")) == (390, False)


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ({"severity": "high"}, [1, 2]),  # stored "High" and "high"
        ({"severity": "MEDIUM"}, [3, 4]),
        ({"gap_type": "unhandled_async"}, [4]),  # stored "UNHANDLED_ASYNC"
        ({"gap_type": "generic_catch"}, [3]),  # stored "GenericCatch"
        ({"file": "src/db.py"}, [3, 4]),
        ({"file": "src/db.py", "severity": "medium", "gap_type": "generic_catch"}, [3]),
    ],
)
async def test_error_gap_filters(tmp_path: Path, filters: dict[str, str], ids: list[int]) -> None:
    async with graph_service(tmp_path) as stub:
        found = await pages(stub, "ListErrorGaps", 1, **filters)
    assert [g.id for page in found for g in page] == ids


@pytest.mark.parametrize(
    ("filters", "field"),
    [({"severity": "severe"}, "severity"), ({"gap_type": "missing_try"}, "gap_type")],
)
async def test_error_gaps_refuse_unknown_values_naming_the_field(
    tmp_path: Path, filters: dict[str, str], field: str
) -> None:
    async with graph_service(tmp_path, {}) as stub:
        got = await refused(stub.ListErrorGaps(pb.ListErrorGapsRequest(**filters)))
    assert (got.code, got.fields) == (grpc.StatusCode.INVALID_ARGUMENT, [field])


async def test_error_handling_summary(tmp_path: Path) -> None:
    async with graph_service(tmp_path) as stub:
        summary = await stub.GetErrorHandlingSummary(pb.GetErrorHandlingSummaryRequest())
    assert summary.gap_count == 5
    assert dict(summary.gaps_by_severity) == {"high": 2, "medium": 2, "low": 1}
    assert dict(summary.gaps_by_type) == {
        "empty_catch": 1, "unhandled": 1, "generic_catch": 1, "unhandled_async": 1,
        "inconsistent_pattern": 1,
    }  # fmt: skip
    assert summary.unhandled_count == 2  # gaps 2 (unhandled) and 4 (unhandled_async)


# Impact and dead code


async def test_impact_scores_come_by_risk_then_key_across_pages(tmp_path: Path) -> None:
    async with graph_service(tmp_path) as stub:
        found = await pages(stub, "ListImpactScores", 2)
    assert [[s.function_key for s in page] for page in found] == [
        IMPACT_ORDER[0:2], IMPACT_ORDER[2:4], IMPACT_ORDER[4:6],
    ]  # fmt: skip
    run, on_start = found[0][0], found[2][1]
    assert (run.blast_radius, run.risk_score, run.dead_code, run.dead_code_reason) == (
        2, 0.71, False, "",
    )  # fmt: skip
    assert (on_start.dead_code, on_start.dead_code_reason, on_start.exclusion_category) == (
        True, "no_entry_path", "event_handler",
    )  # fmt: skip


async def test_dead_functions_page_by_key(tmp_path: Path) -> None:
    async with graph_service(tmp_path) as stub:
        found = await pages(stub, "ListDeadFunctions", 1)
    assert [[(d.function_key, d.reason, d.exclusion_category) for d in page] for page in found] == [
        [("src/hooks.py::on_start", "no_entry_path", "event_handler")],
        [("src/old.py::legacy", "no_callers", "")],
    ]


async def test_impact_summary(tmp_path: Path) -> None:
    async with graph_service(tmp_path) as stub:
        summary = await stub.GetImpactSummary(pb.GetImpactSummaryRequest())
    assert (summary.scored_function_count, summary.dead_code_count) == (6, 2)
    assert summary.excluded_dead_code_count == 1  # on_start: EventHandler
    assert summary.max_risk_score == 0.71
    # (0.71 + 0.62 + 0.62 + 0.2 + 0.1 + 0.0) / 6 = 2.25 / 6
    assert summary.average_risk_score == pytest.approx(0.375)


# Test topology


async def test_topology_of_scored_tests_ignores_the_leftover_aggregate_row(tmp_path: Path) -> None:
    async with graph_service(tmp_path) as stub:
        topology = await stub.GetTestTopology(pb.GetTestTopologyRequest())
    quality = topology.quality
    # Breadth: (0.5 + 0.25) / 2 rows that have it; isolation: the one row that has it; overall:
    # (0.5 + 0.75 + 1.0) / 3. No per-test row has the other dimensions.
    assert (quality.coverage_breadth, quality.isolation, quality.overall) == (0.375, 1.0, 0.75)
    assert [quality.HasField(f) for f in ("coverage_depth", "mock_ratio", "stability")] == [
        False, False, False,
    ]  # fmt: skip
    assert (topology.test_count, topology.source_count) == (3, 4)
    # handle, query and run of the 4 functions have tests: 3 / 4 * 100.
    assert (topology.covered_function_count, topology.coverage_percent) == (3, 75.0)
    # EagerTest and eager_test are one smell; the row with "oops" has none.
    assert dict(topology.smells_by_type) == {"eager_test": 2, "assertion_roulette": 1}
    assert topology.smell_count == 3
    # handle is tested only by test_handle, run only by test_run; query by all three.
    assert topology.essential_test_count == 2


async def test_topology_without_tests_is_the_aggregate_row(tmp_path: Path) -> None:
    aggregate = TEST_QUALITY[-1]
    async with graph_service(tmp_path, {"test_quality": [aggregate]}) as stub:
        topology = await stub.GetTestTopology(pb.GetTestTopologyRequest())
    quality = topology.quality
    assert (quality.coverage_breadth, quality.isolation, quality.freshness, quality.overall) == (
        0.0, 1.0, 1.0, 0.1,
    )  # fmt: skip
    assert quality.HasField("mock_ratio")
    assert (topology.test_count, topology.source_count, topology.coverage_percent) == (0, 4, 0.0)
    assert (dict(topology.smells_by_type), topology.essential_test_count) == ({}, 0)


async def test_a_project_scanned_but_not_analysed_answers_zeros_and_unset_dimensions(
    tmp_path: Path,
) -> None:
    async with graph_service(tmp_path, {}) as stub:
        topology = await stub.GetTestTopology(pb.GetTestTopologyRequest())
        impact = await stub.GetImpactSummary(pb.GetImpactSummaryRequest())
        flows = await stub.ListTaintFlows(pb.ListTaintFlowsRequest())
    assert topology.quality == pb.TestQualityDimensions()
    assert (topology.source_count, topology.coverage_percent) == (4, 0.0)  # 4 functions
    assert impact == pb.GetImpactSummaryResponse()
    assert (list(flows.taint_flows), flows.next_page_token) == ([], "")


# Query plans


@pytest.fixture
def fixture_db(tmp_path: Path) -> apsw.Connection:
    """A migrated database holding the fixture, written directly."""
    path = tmp_path / "plans.db"
    write_directly(
        path,
        [(BY_NAME["functions"], FUNCTIONS)]
        + [(BY_NAME[name], rows) for name, rows in FIXTURE.items()],
    )
    return Database.at(path).open_writer()


TAINT_FILTERS = [
    graph.TaintFilters(),
    graph.TaintFilters(sanitized=False),
    graph.TaintFilters(cwe_id=89),
    graph.TaintFilters(source_type="user_input"),
    graph.TaintFilters(sink_type="sql_query"),
    graph.TaintFilters(file="src/app.py"),
    graph.TaintFilters(sanitized=True, sink_type="sql_query", file="src/db.py"),
]


@pytest.mark.parametrize("filters", TAINT_FILTERS)
@pytest.mark.parametrize("after", [None, [0.85, 1]])
def test_taint_pages_are_index_ranges(
    fixture_db: apsw.Connection, filters: graph.TaintFilters, after: list[Any] | None
) -> None:
    assert plan_problems(fixture_db, graph.taint_flows, filters, after, 3) == []


@pytest.mark.parametrize(
    "filters",
    [
        graph.ErrorGapFilters(),
        graph.ErrorGapFilters(file="src/db.py"),
        graph.ErrorGapFilters(gap_type="unhandled"),
        graph.ErrorGapFilters(severity="high"),
        graph.ErrorGapFilters(file="src/db.py", gap_type="unhandled", severity="high"),
    ],
)
def test_error_gap_pages_are_index_ranges(
    fixture_db: apsw.Connection, filters: graph.ErrorGapFilters
) -> None:
    assert plan_problems(fixture_db, graph.error_gaps, filters, [1], 3) == []


@pytest.mark.parametrize(
    ("fn", "args"),
    [
        (graph.reachability, ("src/app.py::handle", "forward")),
        (graph.impact_scores, (None, 3)),
        (graph.impact_scores, ([0.62, "src/app.py::handle"], 3)),
        (graph.dead_functions, (None, 3)),
        (graph.dead_functions, (["src/hooks.py::on_start"], 3)),
    ],
)
def test_lookups_and_pages_are_index_searches(
    fixture_db: apsw.Connection, fn: Callable[..., Any], args: tuple[Any, ...]
) -> None:
    assert plan_problems(fixture_db, fn, *args) == []


def test_reachable_nodes_sort_only_the_one_set(fixture_db: apsw.Connection) -> None:
    """The row is found by its key; the sort is of its JSON array's members (json_each has no
    index to read them off in order), bounded by the set, not by a table."""
    args = ("src/app.py::handle", "forward", [0], 2)
    assert plan_problems(fixture_db, graph.reachable_nodes, *args, sorts=True) == []


def test_taint_summary_reads_only_the_flows(fixture_db: apsw.Connection) -> None:
    # Totals over every flow: the whole table, once per aggregate.
    assert plan_problems(fixture_db, graph.taint_summary, whole_table=["taint_flows"]) == []


def test_error_handling_summary_reads_only_the_gaps(fixture_db: apsw.Connection) -> None:
    # Totals over every gap; the unhandled count is an index search.
    problems = plan_problems(fixture_db, graph.error_handling_summary, whole_table=["error_gaps"])
    assert problems == []


def test_impact_summary_reads_only_the_scores(fixture_db: apsw.Connection) -> None:
    # Totals and the average over every score.
    problems = plan_problems(fixture_db, graph.impact_summary, whole_table=["impact_scores"])
    assert problems == []


def test_topology_reads_only_its_three_tables(fixture_db: apsw.Connection) -> None:
    # Averages over every quality row, the count of functions and the distinct covered
    # functions: whole-table aggregates of the three tables it summarises.
    tables = ["test_quality", "test_coverage", "functions"]
    assert plan_problems(fixture_db, graph.topology, whole_table=tables) == []
