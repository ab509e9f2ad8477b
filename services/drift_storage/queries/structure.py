"""SQL for the structure of a project's code: module coupling and dependency cycles, constraints
and their latest verification, API contracts and their mismatches, the code's DNA and its
decomposition into modules (``drift.analysis.v1.StructureService``, docs/structure.md).

Closed sets are matched as ``services.common.choices`` describes: the Rust analysis wrote
multi-word members in Debug case (``ZoneOfPain``, ``FieldMissing``) where ours are snake_case
(``zone_of_pain``), so those columns are compared in SQL as ``choices.words_sql``, served by
expression indexes (migration 0014).

The JSON columns are read the way the Rust analysis wrote them, and text of any other shape that
a client wrote through the tables API never fails a query: a column that is not a JSON array
counts no elements (``_ARRAY_LENGTH``).

Listings are keysets: each function takes ``after`` (the last row's key, None for the first page)
and ``limit`` and returns the rows with the count of all rows matching its filters.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, NamedTuple

import apsw

from services.common.choices import canonical, words, words_sql

ZONES = ("main_sequence", "zone_of_pain", "zone_of_uselessness")
PARADIGMS = ("rest", "rpc", "frontend")
MISMATCH_SEVERITIES = ("critical", "high", "medium", "low")
MISMATCH_TYPES = (
    "field_missing",
    "type_mismatch",
    "required_optional",
    "enum_value",
    "nested_shape",
    "array_scalar",
    "nullable",
)
IMPACTS = ("high", "medium", "low")


# The elements of a JSON array column, 0 for text that is not one.
def _array_length(column: str) -> str:
    return (
        f"(CASE WHEN json_valid({column}) AND json_type({column}) = 'array'"
        f" THEN json_array_length({column}) ELSE 0 END)"
    )


def _json_list(text: str) -> list[Any]:
    """The array ``text`` holds; [] for text that is not a JSON array."""
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _where(conditions: Sequence[str]) -> str:
    return f"WHERE {' AND '.join(conditions)}" if conditions else ""


def _count(conn: apsw.Connection, sql: str, params: Sequence[Any]) -> int:
    count: int = conn.execute(sql, params).get
    return count


# --- coupling -------------------------------------------------------------------------------------


class CouplingSummary(NamedTuple):
    module_count: int
    main_sequence_count: int
    zone_of_pain_count: int
    zone_of_uselessness_count: int
    other_zone_count: int
    cycle_count: int
    average_instability: float
    average_abstractness: float
    average_distance: float


class CouplingMetric(NamedTuple):
    module: str
    ce: int
    ca: int
    instability: float
    abstractness: float
    distance: float
    zone: str


class CouplingCycle(NamedTuple):
    id: int
    members: list[str]
    break_suggestion_count: int
    created_at: int


def coupling_summary(conn: apsw.Connection) -> CouplingSummary:
    """Modules per zone, cycles, and mean instability, abstractness and distance (0 without
    modules)."""
    in_zone = f"COUNT(*) FILTER (WHERE {words_sql('zone')} = ?)"
    modules, main, pain, useless, cycles, instability, abstractness, distance = conn.execute(
        f"SELECT COUNT(*), {in_zone}, {in_zone}, {in_zone},"
        " (SELECT COUNT(*) FROM coupling_cycles), COALESCE(AVG(instability), 0.0),"
        " COALESCE(AVG(abstractness), 0.0), COALESCE(AVG(distance), 0.0) FROM coupling_metrics",
        [words(zone) for zone in ZONES],
    ).get
    return CouplingSummary(
        modules,
        main,
        pain,
        useless,
        modules - main - pain - useless,
        cycles,
        instability,
        abstractness,
        distance,
    )


def coupling_metrics(
    conn: apsw.Connection, zone: str | None, after: Sequence[Any] | None, limit: int
) -> tuple[list[CouplingMetric], int]:
    """Up to ``limit`` modules by name after ``after`` (``[module]``), only of ``zone`` (a
    member of ZONES) when given; and the count of all modules of that zone."""
    conditions: list[str] = []
    params: list[Any] = []
    if zone is not None:
        conditions.append(f"{words_sql('zone')} = ?")
        params.append(words(zone))
    total = _count(conn, f"SELECT COUNT(*) FROM coupling_metrics {_where(conditions)}", params)
    if after is not None:
        conditions.append("module > ?")
        params.append(after[0])
    rows = conn.execute(
        "SELECT module, ce, ca, instability, abstractness, distance, zone FROM coupling_metrics"
        f" {_where(conditions)} ORDER BY module LIMIT ?",
        [*params, limit],
    )
    metrics = [
        CouplingMetric(module, ce, ca, instability, abstractness, distance, canonical(zone, ZONES))
        for module, ce, ca, instability, abstractness, distance, zone in rows
    ]
    return metrics, total


def coupling_cycles(
    conn: apsw.Connection, after: Sequence[Any] | None, limit: int
) -> tuple[list[CouplingCycle], int]:
    """Up to ``limit`` cycles by id after ``after`` (``[id]``), and the count of all cycles.
    Members are the strings of the stored array."""
    total = _count(conn, "SELECT COUNT(*) FROM coupling_cycles", ())
    rows = conn.execute(
        f"SELECT id, members, {_array_length('break_suggestions')}, created_at"
        " FROM coupling_cycles WHERE id > ? ORDER BY id LIMIT ?",
        (after[0] if after else 0, limit),
    )
    cycles = [
        CouplingCycle(id, [str(m) for m in _json_list(members)], suggestions, created_at)
        for id, members, suggestions, created_at in rows
    ]
    return cycles, total


# --- constraints ----------------------------------------------------------------------------------


class ConstraintSummary(NamedTuple):
    total_constraints: int
    passing: int
    failing: int
    unverified: int


class ConstraintViolation(NamedTuple):
    constraint_id: str
    verification_id: int
    position: int
    file: str
    line: int | None
    message: str
    expected: str
    actual: str
    verified_at: int


# The latest verification of the enabled constraint ``c``.
_LATEST = (
    "(SELECT v.id FROM constraint_verifications v WHERE v.constraint_id = c.id"
    " ORDER BY v.verified_at DESC, v.id DESC LIMIT 1)"
)


def constraint_summary(conn: apsw.Connection) -> ConstraintSummary:
    """Enabled constraints, and how many of them passed, failed or were never verified, each by
    its latest verification."""
    total, passing, failing = conn.execute(
        "SELECT COUNT(*), COUNT(*) FILTER (WHERE v.passed != 0),"
        " COUNT(*) FILTER (WHERE v.passed = 0) FROM constraints c"
        f" LEFT JOIN constraint_verifications v ON v.id = {_LATEST} WHERE c.enabled != 0"
    ).get
    return ConstraintSummary(total, passing, failing, total - passing - failing)


# The violations of the failing latest verification ``v``, one json_each row per violation. The
# Rust analysis stored a JSON array of {file, line, message, expected, actual}; text that is not
# an array is one violation whose message is that text (what the Rust binding returned for all).
_FAILED_VIOLATIONS = (
    "FROM constraints c JOIN constraint_verifications v ON v.id = " + _LATEST + " JOIN json_each("
    "CASE WHEN json_valid(v.violations) AND json_type(v.violations) = 'array' THEN v.violations"
    " ELSE json_array(v.violations) END) j WHERE c.enabled != 0 AND v.passed = 0"
)


def _violation(row: Sequence[Any]) -> ConstraintViolation:
    constraint_id, verification_id, position, kind, value, verified_at = row
    if kind != "object":  # a string (or another scalar) is the message itself
        return ConstraintViolation(
            constraint_id,
            verification_id,
            position,
            "",
            None,
            "" if value is None else str(value),
            "",
            "",
            verified_at,
        )
    found = json.loads(value)
    line = found.get("line")

    def text(key: str) -> str:
        item = found.get(key)
        return "" if item is None else item if isinstance(item, str) else json.dumps(item)

    return ConstraintViolation(
        constraint_id,
        verification_id,
        position,
        text("file"),
        line if type(line) is int else None,
        text("message"),
        text("expected"),
        text("actual"),
        verified_at,
    )


def constraint_violations(
    conn: apsw.Connection, after: Sequence[Any] | None, limit: int
) -> tuple[list[ConstraintViolation], int]:
    """Up to ``limit`` violations of the enabled constraints whose latest verification failed,
    by constraint id then position, after ``after`` (``[constraint_id, position]``); and their
    count."""
    total = _count(conn, f"SELECT COUNT(*) {_FAILED_VIOLATIONS}", ())
    # The constraints come off their key's index in order, and only each one's own violations
    # are sorted by position (SQLite's "TEMP B-TREE FOR LAST TERM OF ORDER BY"). Written as
    # (c.id > ? OR c.id = ? AND ...), the keyset would split into two index searches and sort all.
    keyset = "AND c.id >= ? AND (c.id > ? OR j.key > ?)" if after else ""
    rows = conn.execute(
        f"SELECT c.id, v.id, j.key, j.type, j.value, v.verified_at {_FAILED_VIOLATIONS}"
        f" {keyset} ORDER BY c.id, j.key LIMIT ?",
        [*((after[0], after[0], after[1]) if after else ()), limit],
    )
    return [_violation(row) for row in rows], total


# --- contracts ------------------------------------------------------------------------------------


class ApiEndpoint(NamedTuple):
    method: str
    path: str
    line: int
    request_field_count: int
    response_field_count: int


class ApiContract(NamedTuple):
    id: str
    paradigm: str
    source_file: str
    framework: str
    confidence: float
    endpoints: list[ApiEndpoint]
    updated_at: int


class ContractMismatch(NamedTuple):
    id: int
    backend_endpoint: str
    frontend_call: str
    mismatch_type: str
    severity: str
    message: str
    created_at: int


class ContractSummary(NamedTuple):
    contract_count: int
    endpoint_count: int
    paradigm_count: int
    framework_count: int
    mismatch_count: int
    critical_mismatches: int
    high_mismatches: int
    medium_mismatches: int
    low_mismatches: int


def _field_count(value: Any) -> int:
    """A count of fields as stored: the Rust analysis wrote a number, an extractor's list has a
    length."""
    if type(value) is int:
        return value
    return len(value) if isinstance(value, list) else 0


def _endpoint(element: Any) -> ApiEndpoint:
    """One element of a contract's endpoint list; one that is not an object has no fields."""
    found = element if isinstance(element, dict) else {}
    method, path, line = found.get("method"), found.get("path"), found.get("line")
    return ApiEndpoint(
        method if isinstance(method, str) else "",
        path if isinstance(path, str) else "",
        line if type(line) is int else 0,
        _field_count(found.get("request_fields")),
        _field_count(found.get("response_fields")),
    )


def api_contracts(
    conn: apsw.Connection,
    paradigm: str | None,
    framework: str,
    after: Sequence[Any] | None,
    limit: int,
) -> tuple[list[ApiContract], int]:
    """Up to ``limit`` contracts by id after ``after`` (``[id]``), only of ``paradigm`` (a member
    of PARADIGMS) and ``framework`` (any case; "" for all) when given; and their count."""
    conditions: list[str] = []
    params: list[Any] = []
    if paradigm is not None:
        conditions.append("paradigm = ? COLLATE NOCASE")
        params.append(paradigm)
    if framework:
        conditions.append("framework = ? COLLATE NOCASE")
        params.append(framework)
    total = _count(conn, f"SELECT COUNT(*) FROM contracts {_where(conditions)}", params)
    if after is not None:
        conditions.append("id > ?")
        params.append(after[0])
    rows = conn.execute(
        "SELECT id, paradigm, source_file, framework, confidence, endpoints, updated_at"
        f" FROM contracts {_where(conditions)} ORDER BY id LIMIT ?",
        [*params, limit],
    )
    contracts = [
        ApiContract(
            id,
            canonical(paradigm_text, PARADIGMS),
            source_file,
            framework_text,
            confidence,
            [_endpoint(element) for element in _json_list(endpoints)],
            updated_at,
        )
        for id, paradigm_text, source_file, framework_text, confidence, endpoints, updated_at in (
            rows
        )
    ]
    return contracts, total


def contract_mismatches(
    conn: apsw.Connection,
    severity: str | None,
    mismatch_type: str | None,
    after: Sequence[Any] | None,
    limit: int,
) -> tuple[list[ContractMismatch], int]:
    """Up to ``limit`` mismatches by id after ``after`` (``[id]``), only of ``severity`` and
    ``mismatch_type`` (members of their sets) when given; and their count."""
    conditions: list[str] = []
    params: list[Any] = []
    if severity is not None:
        conditions.append("severity = ? COLLATE NOCASE")
        params.append(severity)
    if mismatch_type is not None:
        conditions.append(f"{words_sql('mismatch_type')} = ?")
        params.append(words(mismatch_type))
    total = _count(conn, f"SELECT COUNT(*) FROM contract_mismatches {_where(conditions)}", params)
    conditions.append("id > ?")
    params.append(after[0] if after else 0)
    rows = conn.execute(
        "SELECT id, backend_endpoint, frontend_call, mismatch_type, severity, message, created_at"
        f" FROM contract_mismatches {_where(conditions)} ORDER BY id LIMIT ?",
        [*params, limit],
    )
    mismatches = [
        ContractMismatch(
            id,
            backend,
            frontend,
            canonical(kind, MISMATCH_TYPES),
            canonical(level, MISMATCH_SEVERITIES),
            message,
            created_at,
        )
        for id, backend, frontend, kind, level, message, created_at in rows
    ]
    return mismatches, total


def contract_summary(conn: apsw.Connection) -> ContractSummary:
    """Contracts, their endpoints, distinct paradigms and frameworks (without regard to case),
    and mismatches in all and per severity."""
    contracts, endpoints, paradigms, frameworks = conn.execute(
        f"SELECT COUNT(*), TOTAL({_array_length('endpoints')}),"
        " COUNT(DISTINCT paradigm COLLATE NOCASE), COUNT(DISTINCT framework COLLATE NOCASE)"
        " FROM contracts"
    ).get
    at_level = "COUNT(*) FILTER (WHERE severity = ? COLLATE NOCASE)"
    mismatches, *per_severity = conn.execute(
        f"SELECT COUNT(*), {', '.join([at_level] * len(MISMATCH_SEVERITIES))}"
        " FROM contract_mismatches",
        MISMATCH_SEVERITIES,
    ).get
    return ContractSummary(
        contracts, int(endpoints), paradigms, frameworks, mismatches, *per_severity
    )


# --- DNA ------------------------------------------------------------------------------------------


class DnaGene(NamedTuple):
    id: str
    name: str
    description: str
    dominant_allele: str | None
    allele_count: int
    confidence: float
    consistency: float


class DnaHealth(NamedTuple):
    overall: float
    consistency: float
    confidence: float
    mutation_score: float


class DnaProfile(NamedTuple):
    genes: list[DnaGene]
    health: DnaHealth
    unresolved_mutation_count: int


class DnaMutation(NamedTuple):
    id: str
    file: str
    line: int
    gene_id: str
    expected: str
    actual: str
    impact: str
    code: str
    suggestion: str
    resolved: bool
    detected_at: int
    resolved_at: int | None


def dna_profile(conn: apsw.Connection) -> DnaProfile:
    """The genes by id and the DNA's health: mean consistency and confidence of the genes (0
    without genes), mutation_score = 1 - min(1, unresolved mutations / genes) (1 without genes),
    overall = their mean, as the Rust driftDnaAnalysis computed them."""
    genes = [
        DnaGene(*row)
        for row in conn.execute(
            "SELECT gene_id, name, description, dominant_allele,"
            f" {_array_length('alleles')}, confidence, consistency FROM dna_genes ORDER BY gene_id"
        )
    ]
    gene_count, consistency, confidence, unresolved = conn.execute(
        "SELECT COUNT(*), COALESCE(AVG(consistency), 0.0), COALESCE(AVG(confidence), 0.0),"
        " (SELECT COUNT(*) FROM dna_mutations WHERE resolved = 0) FROM dna_genes"
    ).get
    mutation_score = 1.0 - min(1.0, unresolved / gene_count) if gene_count else 1.0
    overall = (consistency + confidence + mutation_score) / 3
    return DnaProfile(
        genes, DnaHealth(overall, consistency, confidence, mutation_score), unresolved
    )


def _mutation(row: Sequence[Any]) -> DnaMutation:
    id, file, line, gene_id, expected, actual, impact, code, suggestion, resolved, *times = row
    return DnaMutation(
        id,
        file,
        line,
        gene_id,
        expected,
        actual,
        canonical(impact, IMPACTS),
        code,
        suggestion,
        bool(resolved),
        *times,
    )


def dna_mutations(
    conn: apsw.Connection,
    gene_id: str,
    impact: str | None,
    file: str,
    include_resolved: bool,
    after: Sequence[Any] | None,
    limit: int,
) -> tuple[list[DnaMutation], int]:
    """Up to ``limit`` mutations by id after ``after`` (``[id]``): unresolved ones unless
    ``include_resolved``, only of ``gene_id`` (any case), ``impact`` (a member of IMPACTS) and
    ``file`` (exact) when given; and their count."""
    conditions: list[str] = [] if include_resolved else ["resolved = 0"]
    params: list[Any] = []
    if gene_id:
        conditions.append("gene_id = ? COLLATE NOCASE")
        params.append(gene_id)
    if impact is not None:
        conditions.append("impact = ? COLLATE NOCASE")
        params.append(impact)
    if file:
        conditions.append("file = ?")
        params.append(file)
    total = _count(conn, f"SELECT COUNT(*) FROM dna_mutations {_where(conditions)}", params)
    if after is not None:
        conditions.append("id > ?")
        params.append(after[0])
    rows = conn.execute(
        "SELECT id, file, line, gene_id, expected, actual, impact, code, suggestion, resolved,"
        f" detected_at, resolved_at FROM dna_mutations {_where(conditions)} ORDER BY id LIMIT ?",
        [*params, limit],
    )
    return [_mutation(row) for row in rows], total


# --- decomposition --------------------------------------------------------------------------------


class DecompositionSummary(NamedTuple):
    module_count: int
    total_files: int
    average_cohesion: float
    average_coupling: float


class DecompositionModule(NamedTuple):
    name: str
    file_count: int
    public_interface_count: int
    internal_function_count: int
    cohesion: float
    coupling: float
    estimated_complexity: int
    applied_prior_count: int


class DecompositionDecision(NamedTuple):
    id: int
    dna_profile_hash: str
    adjustment: str
    confidence: float
    dna_similarity: float
    narrative: str
    source_dna_hash: str
    applied_weight: float
    created_at: int


# The files of module ``m``: the module's own path (a file of at most two path segments is its
# own module) and the paths below it, a range of the path index ('0' is the character after '/').
_MODULE_FILES = (
    "(SELECT COUNT(*) FROM file_metadata f WHERE f.path = m.module"
    " OR (f.path > m.module || '/' AND f.path < m.module || '0'))"
)


def decomposition_summary(conn: apsw.Connection) -> DecompositionSummary:
    """Modules, the files in them, mean cohesion (1 - distance) and mean coupling (instability);
    means 0 without modules."""
    modules, files, cohesion, coupling = conn.execute(
        f"SELECT COUNT(*), TOTAL({_MODULE_FILES}), COALESCE(AVG(1.0 - distance), 0.0),"
        " COALESCE(AVG(instability), 0.0) FROM coupling_metrics m"
    ).get
    return DecompositionSummary(modules, int(files), cohesion, coupling)


def decomposition_modules(
    conn: apsw.Connection, after: Sequence[Any] | None, limit: int
) -> tuple[list[DecompositionModule], int]:
    """Up to ``limit`` modules by name after ``after`` (``[name]``), with the Rust proxy's
    formulas over their coupling metrics and the files and decisions recorded for each; and the
    count of all modules."""
    total = _count(conn, "SELECT COUNT(*) FROM coupling_metrics", ())
    rows = conn.execute(
        f"SELECT m.module, {_MODULE_FILES}, m.ca, m.ce, 1.0 - m.distance, m.instability,"
        " m.ce + m.ca, (SELECT COUNT(*) FROM decomposition_decisions d"
        "   WHERE d.dna_profile_hash = m.module)"
        " FROM coupling_metrics m WHERE m.module > ? ORDER BY m.module LIMIT ?",
        (after[0] if after else "", limit),
    )
    return [DecompositionModule(*row) for row in rows], total


def decomposition_decisions(
    conn: apsw.Connection, after: Sequence[Any] | None, limit: int
) -> tuple[list[DecompositionDecision], int]:
    """Up to ``limit`` decisions by id after ``after`` (``[id]``), and the count of all."""
    total = _count(conn, "SELECT COUNT(*) FROM decomposition_decisions", ())
    rows = conn.execute(
        "SELECT id, dna_profile_hash, adjustment, confidence, dna_similarity, narrative,"
        " source_dna_hash, applied_weight, created_at FROM decomposition_decisions"
        " WHERE id > ? ORDER BY id LIMIT ?",
        (after[0] if after else 0, limit),
    )
    return [DecompositionDecision(*row) for row in rows], total
