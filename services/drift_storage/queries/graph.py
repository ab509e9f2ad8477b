"""SQL of GraphService: reachability, taint flows, error-handling gaps, impact scores and dead
code, and test topology, over the tables the analysis's graph phase writes (drift-api.md §4.5).

Lists are keysets served by the indexes of migration 0014 (section ``graph``): taint flows by
(confidence descending, id), impact scores by (risk descending, function key), error gaps by
id, dead functions by function key. The descending keysets start from an upper bound of
+infinity, so the first page and the next ones run the same range query. Summaries are SQL
aggregates; only their handful of grouped rows reach Python, to be put in one spelling.

Closed sets of stored text are answered in lowercase snake_case whatever their writer's spelling:
the Rust analysis wrote most of them with ``name()`` (``sql_query``, ``empty_catch``) but dead-code
reasons, exclusions and smells with ``{:?}`` (``NoCallers``, ``EntryPoint``, ``EagerTest``), and
clients of the tables API may write either.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import apsw

from services.common import errors
from services.common.choices import canonical, words, words_sql

DIRECTIONS = ("forward", "backward")
SENSITIVITIES = ("critical", "high", "medium", "low")
SOURCE_TYPES = (
    "user_input",
    "environment",
    "database",
    "network",
    "file_system",
    "command_line",
    "deserialization",
)
SINK_TYPES = (
    "sql_query",
    "os_command",
    "code_execution",
    "file_write",
    "file_read",
    "html_output",
    "http_redirect",
    "http_request",
    "deserialization",
    "ldap_query",
    "xpath_query",
    "template_render",
    "log_output",
    "header_injection",
    "regex_construction",
    "xml_parsing",
    "file_upload",
    "custom",
)
GAP_TYPES = (
    "empty_catch",
    "swallowed_error",
    "generic_catch",
    "unhandled",
    "unhandled_async",
    "missing_middleware",
    "inconsistent_pattern",
)
# The gap types of an error that no caller handles (GetErrorHandlingSummary's unhandled_count).
UNHANDLED_GAP_TYPES = ("unhandled", "unhandled_async")
GAP_SEVERITIES = ("critical", "high", "medium", "low", "info")
DEAD_CODE_REASONS = ("no_callers", "no_entry_path")
DEAD_CODE_EXCLUSIONS = (
    "entry_point",
    "event_handler",
    "reflection_target",
    "dependency_injection",
    "test_utility",
    "framework_hook",
    "decorator_target",
    "interface_impl",
    "conditional_compilation",
    "dynamic_import",
)
TEST_SMELLS = (
    "mystery_guest",
    "eager_test",
    "lazy_test",
    "assertion_roulette",
    "empty_test",
    "sleep_in_test",
    "conditional_test",
    "order_dependent",
    "hardcoded_values",
    "duplicate_logic",
    "long_test",
    "assertion_free",
    "global_state",
    "complex_setup",
    "ignored_return_value",
    "magic_numbers",
    "dead_test_code",
    "exception_swallowing",
    "deprecated_api",
    "flaky_test",
    "excessive_mocking",
    "unclear_naming",
    "missing_cleanup",
    "redundant_assertion",
)
# The test_quality row the Rust analysis wrote, with every dimension, when it found no test.
AGGREGATE_ROW = "__aggregate__"
# The start of a descending keyset: above every finite score.
_TOP = float("inf")


def _tally(rows: Any, accepted: Sequence[str]) -> dict[str, int]:
    """(stored text, count) rows as counts per spelling; spellings of one member add up."""
    counts: dict[str, int] = {}
    for value, count in rows:
        key = canonical(value, accepted)
        counts[key] = counts.get(key, 0) + count
    return counts


# Reachability


class Reachability(NamedTuple):
    function_key: str
    direction: str
    reachable_count: int
    sensitivity: str
    computed_at: int


def reachability(conn: apsw.Connection, function_key: str, direction: str) -> Reachability:
    """The stored reachable set of ``function_key`` in ``direction``: its size and sensitivity;
    NOT_FOUND when there is none (Rust answered 0 and "low", as for a function reaching
    nothing)."""
    row = conn.execute(
        "SELECT CASE WHEN json_valid(reachable_set) THEN json_array_length(reachable_set)"
        " ELSE 0 END, sensitivity, computed_at FROM reachability_cache"
        " WHERE source_node = ? AND direction = ?",
        (function_key, direction),
    ).fetchone()
    if row is None:
        raise errors.ReachabilityNotFound(
            f"no reachable set is stored for {errors.quote(function_key)} {direction}"
            " (the analysis writes forward sets)",
            metadata={"functionKey": function_key, "direction": direction},
        )
    count, sensitivity, computed_at = row
    return Reachability(
        function_key, direction, count, canonical(sensitivity, SENSITIVITIES), computed_at
    )


def reachable_nodes(
    conn: apsw.Connection,
    function_key: str,
    direction: str,
    after: Sequence[Any] | None,
    limit: int,
) -> tuple[list[tuple[int, str]], int]:
    """Up to ``limit`` members of the reachable set, as (position, function key), after the
    position ``after``, and the size of the whole set; NOT_FOUND as for ``reachability``."""
    total = reachability(conn, function_key, direction).reachable_count
    # The sort is of one row's JSON array (json_each has no index); the set's validity is
    # checked on the row before json_each reads it, which would fail on malformed JSON.
    members: list[tuple[int, str]] = list(
        conn.execute(
            "SELECT j.key, CAST(j.value AS TEXT) FROM reachability_cache r,"
            " json_each(r.reachable_set) j WHERE r.source_node = ? AND r.direction = ?"
            " AND json_valid(r.reachable_set) AND json_type(r.reachable_set) = 'array'"
            " AND j.key > ? ORDER BY j.key LIMIT ?",
            (function_key, direction, after[0] if after else -1, limit),
        )
    )
    return members, total


# Taint flows


@dataclass(frozen=True)
class TaintFilters:
    """ListTaintFlows's filters; None or "" is no filter."""

    sanitized: bool | None = None
    cwe_id: int | None = None
    source_type: str | None = None
    sink_type: str | None = None
    file: str = ""


class TaintFlowRecord(NamedTuple):
    id: int
    source_file: str
    source_line: int
    source_type: str
    sink_file: str
    sink_line: int
    sink_type: str
    cwe_id: int | None
    sanitized: bool
    path: list[str]
    confidence: float
    created_at: int


class TaintSummary(NamedTuple):
    flow_count: int
    vulnerability_count: int
    source_count: int
    sink_count: int
    flows_by_cwe: dict[int, int]
    flows_without_cwe: int
    flows_by_sink_type: dict[str, int]


_TAINT_COLUMNS = (
    "id, source_file, source_line, source_type, sink_file, sink_line, sink_type, cwe_id,"
    " is_sanitized, path, confidence, created_at"
)


def _path(stored: str) -> list[str]:
    """The function names of a stored path (a JSON array); [] for anything else."""
    try:
        path = json.loads(stored)
    except (ValueError, RecursionError):
        return []
    return [str(hop) for hop in path] if isinstance(path, list) else []


def taint_flows(
    conn: apsw.Connection, filters: TaintFilters, after: Sequence[Any] | None, limit: int
) -> list[TaintFlowRecord]:
    """Up to ``limit`` flows matching ``filters`` by confidence descending, then id, after the
    keyset ``after`` (confidence, id)."""
    confidence, last_id = after or (_TOP, 0)
    params: dict[str, Any] = {"confidence": confidence, "id": last_id, "limit": limit}
    conditions = []
    if filters.sanitized is not None:
        conditions.append("is_sanitized = :sanitized")
        params["sanitized"] = int(filters.sanitized)
    if filters.cwe_id is not None:
        conditions.append("cwe_id = :cwe_id")
        params["cwe_id"] = filters.cwe_id
    if filters.source_type:
        conditions.append(f"{words_sql('source_type')} = :source_type")
        params["source_type"] = words(filters.source_type)
    if filters.sink_type:
        conditions.append(f"{words_sql('sink_type')} = :sink_type")
        params["sink_type"] = words(filters.sink_type)
    conditions.append("confidence <= :confidence AND (confidence < :confidence OR id > :id)")
    where = " AND ".join(conditions)
    if filters.file:
        # One arm per file column, each read off its own index in the page's order and merged;
        # an OR of the two would sort every matching flow.
        params["file"] = filters.file
        sql = " UNION ".join(
            f"SELECT {_TAINT_COLUMNS} FROM taint_flows WHERE {column} = :file AND {where}"
            for column in ("source_file", "sink_file")
        )
    else:
        sql = f"SELECT {_TAINT_COLUMNS} FROM taint_flows WHERE {where}"
    flows = []
    for row in conn.execute(f"{sql} ORDER BY confidence DESC, id LIMIT :limit", params):
        id, source_file, source_line, source, sink_file, sink_line, sink, cwe_id = row[:8]
        sanitized, path, flow_confidence, created_at = row[8:]
        flows.append(
            TaintFlowRecord(
                id,
                source_file,
                source_line,
                canonical(source, SOURCE_TYPES),
                sink_file,
                sink_line,
                canonical(sink, SINK_TYPES),
                cwe_id,
                bool(sanitized),
                _path(path),
                flow_confidence,
                created_at,
            )
        )
    return flows


def taint_summary(conn: apsw.Connection) -> TaintSummary:
    """Flows, unsanitized flows, distinct sources and sinks (file, line, type), and flows per
    CWE and per sink type."""
    # An aggregate without GROUP BY always has its one row.
    flows, vulnerabilities, sources, sinks = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(is_sanitized = 0), 0),"
        " (SELECT COUNT(*) FROM (SELECT DISTINCT source_file, source_line, lower(source_type)"
        "   FROM taint_flows)),"
        " (SELECT COUNT(*) FROM (SELECT DISTINCT sink_file, sink_line, lower(sink_type)"
        "   FROM taint_flows))"
        " FROM taint_flows"
    ).get
    by_cwe: dict[int | None, int] = dict(
        conn.execute("SELECT cwe_id, COUNT(*) FROM taint_flows GROUP BY cwe_id")
    )
    without_cwe = by_cwe.pop(None, 0)
    by_sink_type = _tally(
        conn.execute(
            "SELECT sink_type, COUNT(*) FROM taint_flows GROUP BY sink_type COLLATE NOCASE"
        ),
        SINK_TYPES,
    )
    return TaintSummary(
        flows,
        vulnerabilities,
        sources,
        sinks,
        {cwe: count for cwe, count in by_cwe.items() if cwe is not None},
        without_cwe,
        by_sink_type,
    )


# Error-handling gaps


@dataclass(frozen=True)
class ErrorGapFilters:
    """ListErrorGaps's filters; None or "" is no filter."""

    file: str = ""
    gap_type: str | None = None
    severity: str | None = None


class ErrorGapRecord(NamedTuple):
    id: int
    file: str
    function_name: str
    gap_type: str
    error_type: str | None
    framework: str | None
    cwe_id: int | None
    severity: str
    propagation_chain: str | None
    created_at: int


class ErrorHandlingSummary(NamedTuple):
    gap_count: int
    gaps_by_severity: dict[str, int]
    gaps_by_type: dict[str, int]
    unhandled_count: int


def error_gaps(
    conn: apsw.Connection, filters: ErrorGapFilters, after: Sequence[Any] | None, limit: int
) -> list[ErrorGapRecord]:
    """Up to ``limit`` gaps matching ``filters`` by id, after the id ``after``."""
    conditions = ["id > :id"]
    params: dict[str, Any] = {"id": after[0] if after else 0, "limit": limit}
    if filters.file:
        conditions.append("file = :file")
        params["file"] = filters.file
    if filters.gap_type:
        conditions.append(f"{words_sql('gap_type')} = :gap_type")
        params["gap_type"] = words(filters.gap_type)
    if filters.severity:
        conditions.append("severity = :severity COLLATE NOCASE")
        params["severity"] = filters.severity
    rows = conn.execute(
        "SELECT id, file, function_id, gap_type, error_type, framework, cwe_id, severity,"
        f" propagation_chain, created_at FROM error_gaps WHERE {' AND '.join(conditions)}"
        " ORDER BY id LIMIT :limit",
        params,
    )
    gaps = []
    for row in rows:
        id, file, function, gap_type, error_type, framework, cwe_id, severity = row[:8]
        chain, created_at = row[8:]
        gaps.append(
            ErrorGapRecord(
                id,
                file,
                function,
                canonical(gap_type, GAP_TYPES),
                error_type,
                framework,
                cwe_id,
                canonical(severity, GAP_SEVERITIES),
                chain,
                created_at,
            )
        )
    return gaps


def error_handling_summary(conn: apsw.Connection) -> ErrorHandlingSummary:
    """Gaps, gaps per severity and per type, and gaps of an error no caller handles."""
    gaps = conn.execute("SELECT COUNT(*) FROM error_gaps").get
    by_severity = _tally(
        conn.execute("SELECT severity, COUNT(*) FROM error_gaps GROUP BY severity COLLATE NOCASE"),
        GAP_SEVERITIES,
    )
    by_type = _tally(
        conn.execute("SELECT gap_type, COUNT(*) FROM error_gaps GROUP BY gap_type COLLATE NOCASE"),
        GAP_TYPES,
    )
    marks = ", ".join("?" * len(UNHANDLED_GAP_TYPES))
    # Compared as words (the expression the index holds): Rust stored ``UnhandledAsync``.
    unhandled = conn.execute(
        f"SELECT COUNT(*) FROM error_gaps WHERE {words_sql('gap_type')} IN ({marks})",
        [words(t) for t in UNHANDLED_GAP_TYPES],
    ).get
    return ErrorHandlingSummary(gaps, by_severity, by_type, unhandled)


# Impact and dead code


class ImpactScoreRecord(NamedTuple):
    function_key: str
    blast_radius: int
    risk_score: float
    dead_code: bool
    dead_code_reason: str
    exclusion_category: str
    updated_at: int


class DeadFunctionRecord(NamedTuple):
    function_key: str
    reason: str
    exclusion_category: str


class ImpactSummary(NamedTuple):
    scored_function_count: int
    dead_code_count: int
    excluded_dead_code_count: int
    max_risk_score: float
    average_risk_score: float


def impact_scores(
    conn: apsw.Connection, after: Sequence[Any] | None, limit: int
) -> list[ImpactScoreRecord]:
    """Up to ``limit`` impact scores by risk descending, then function key, after the keyset
    ``after`` (risk, function key)."""
    risk, key = after or (_TOP, "")
    rows = conn.execute(
        "SELECT function_id, blast_radius, risk_score, is_dead_code, dead_code_reason,"
        " exclusion_category, updated_at FROM impact_scores"
        " WHERE risk_score <= :risk AND (risk_score < :risk OR function_id > :key)"
        " ORDER BY risk_score DESC, function_id LIMIT :limit",
        {"risk": risk, "key": key, "limit": limit},
    )
    return [
        ImpactScoreRecord(
            function_key,
            blast_radius,
            risk_score,
            bool(dead),
            canonical(reason, DEAD_CODE_REASONS),
            canonical(exclusion, DEAD_CODE_EXCLUSIONS),
            updated_at,
        )
        for function_key, blast_radius, risk_score, dead, reason, exclusion, updated_at in rows
    ]


def dead_functions(
    conn: apsw.Connection, after: Sequence[Any] | None, limit: int
) -> list[DeadFunctionRecord]:
    """Up to ``limit`` functions flagged as dead code, by function key, after ``after``."""
    rows = conn.execute(
        "SELECT function_id, dead_code_reason, exclusion_category FROM impact_scores"
        " WHERE is_dead_code = 1 AND function_id > ? ORDER BY function_id LIMIT ?",
        (after[0] if after else "", limit),
    )
    return [
        DeadFunctionRecord(
            key, canonical(reason, DEAD_CODE_REASONS), canonical(exclusion, DEAD_CODE_EXCLUSIONS)
        )
        for key, reason, exclusion in rows
    ]


def impact_summary(conn: apsw.Connection) -> ImpactSummary:
    """Functions scored, flagged as dead code (and of those, excluded), highest and average
    risk (0 without rows)."""
    # An aggregate without GROUP BY always has its one row.
    counts: tuple[int, int, int, float, float] = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(is_dead_code = 1), 0),"
        " COALESCE(SUM(is_dead_code = 1 AND exclusion_category IS NOT NULL), 0),"
        " COALESCE(MAX(risk_score), 0.0), COALESCE(AVG(risk_score), 0.0) FROM impact_scores"
    ).get
    return ImpactSummary(*counts)


# Test topology


class QualityDimensions(NamedTuple):
    """The quality dimensions: averages over the scored rows; None where no row has one."""

    coverage_breadth: float | None
    coverage_depth: float | None
    assertion_density: float | None
    mock_ratio: float | None
    isolation: float | None
    freshness: float | None
    stability: float | None
    overall: float | None


class Topology(NamedTuple):
    quality: QualityDimensions
    test_count: int
    source_count: int
    covered_function_count: int
    smells_by_type: dict[str, int]
    essential_test_count: int

    @property
    def coverage_percent(self) -> float:
        """Covered source functions / functions * 100, at most 100; 0 without functions.

        Coverage rows may name functions a later scan removed, hence the cap."""
        if not self.source_count:
            return 0.0
        return min(100.0, self.covered_function_count / self.source_count * 100)


def topology(conn: apsw.Connection) -> Topology:
    """The tests' quality dimensions, counts, coverage, smells and essential tests."""
    # The __aggregate__ row counts only when no per-test row exists: rows are replaced by key
    # and never deleted, so next to per-test rows it is left from an analysis without tests.
    quality = QualityDimensions(
        *conn.execute(
            "SELECT AVG(coverage_breadth), AVG(coverage_depth), AVG(assertion_density),"
            " AVG(mock_ratio), AVG(isolation), AVG(freshness), AVG(stability),"
            " AVG(overall_score) FROM test_quality WHERE function_id <> :aggregate"
            " OR NOT EXISTS (SELECT 1 FROM test_quality WHERE function_id <> :aggregate)",
            {"aggregate": AGGREGATE_ROW},
        ).get
    )
    tests = conn.execute(
        "SELECT COUNT(*) FROM test_quality WHERE function_id <> ?", (AGGREGATE_ROW,)
    ).get
    functions = conn.execute("SELECT COUNT(*) FROM functions").get
    covered = conn.execute("SELECT COUNT(DISTINCT source_function_id) FROM test_coverage").get
    # Smells are a JSON array of names per row; json_each would fail on malformed JSON.
    smells = _tally(
        conn.execute(
            "SELECT j.value, COUNT(*) FROM test_quality t, json_each(t.smells) j"
            " WHERE json_valid(t.smells) AND json_type(t.smells) = 'array' AND j.type = 'text'"
            " GROUP BY j.value"
        ),
        TEST_SMELLS,
    )
    essential = conn.execute(
        "SELECT COUNT(DISTINCT test_function_id) FROM test_coverage c WHERE NOT EXISTS"
        " (SELECT 1 FROM test_coverage o WHERE o.source_function_id = c.source_function_id"
        "  AND o.test_function_id <> c.test_function_id)"
    ).get
    return Topology(quality, tests, functions, covered, smells, essential)
