"""Security answers over drift.db: constants, secrets and environment variables, wrappers, the
OWASP posture merged from violations, taint flows, detections and owasp_findings, and crypto
findings. Plain functions over a read connection; every count is an SQL aggregate.

Closed sets (secret severities, wrapper and crypto categories) were stored by the Rust system
in their debug spelling (``Critical``, ``FalsePositive``, ``StateManagement``) and are answered
in one spelling, lowercase snake_case (``false_positive``). A filter names a member in either
spelling and any case; the SQL compares the column folded (``lower(replace(col, '_', ''))``,
which ``COLLATE NOCASE`` alone cannot do for ``FalsePositive`` against ``false_positive``) on
an index of that expression (migration 0014). Open sets stored debug-cased (framework,
language) compare with ``COLLATE NOCASE`` on NOCASE indexes.
"""

from __future__ import annotations

import heapq
import itertools
import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple, TypeVar

import apsw

from services.common.choices import canonical, words, words_sql

T = TypeVar("T")

SECRET_SEVERITIES = ("critical", "high", "medium", "low", "info", "false_positive", "suppressed")
# drift-api.md §4.4 5b and 5c.
WRAPPER_CATEGORIES = (
    "state_management", "data_fetching", "form_handling", "routing", "authentication",
    "error_boundary", "caching", "styling", "animation", "accessibility", "logging",
    "api_client", "middleware", "testing", "internationalization", "other",
)  # fmt: skip
CRYPTO_CATEGORIES = (
    "weak_hash", "deprecated_cipher", "hardcoded_key", "ecb_mode", "static_iv",
    "insufficient_key_len", "disabled_tls", "insecure_random", "jwt_confusion",
    "plaintext_password", "weak_kdf", "missing_encryption", "cert_pinning_bypass", "nonce_reuse",
)  # fmt: skip
# Where a merged security finding comes from, in the order findings of equal severity are listed.
FINDING_SOURCES = ("violation", "taint_flow", "detection", "owasp_finding")
# The MITRE CWE Top 25 the Rust system measured coverage against (drift-api.md §1.6).
CWE_TOP_25 = (787, 79, 89, 416, 78, 20, 125, 22, 352, 434, 862, 476, 287, 190, 502, 77, 119,
              798, 918, 306, 362, 269, 94, 863, 276)  # fmt: skip
OWASP_TOP_10 = tuple(f"A{n:02d}" for n in range(1, 11))

# The smallest rowid: the keyset bound of a first page, so that every listing is an index search.
_FIRST_ID = -(2**63)
_CWE_NUMBER = re.compile(r"\d+")


# --- closed sets -------------------------------------------------------------------------------


def _is_member(column: str, value: str) -> tuple[str, list[Any]]:
    """The condition that ``column`` holds ``value`` (a member) in either spelling: compared
    folded, the expression of the column's index in migration 0014."""
    return f"{words_sql(column)} = ?", [words(value)]


# --- parsing stored lists ----------------------------------------------------------------------


def cwe_numbers(text: str | None) -> list[int]:
    """The CWE numbers of a stored list, whatever its form: ``79,89``, ``["CWE-79"]``, ``[79]``."""
    return [int(n) for n in _CWE_NUMBER.findall(text or "")]


def text_list(text: str | None) -> list[str]:
    """A stored JSON array of strings as a list; text that is not one is a list of itself."""
    if not text:
        return []
    try:
        parsed = json.loads(text)
    except ValueError:
        return [text]
    if isinstance(parsed, list):
        return [str(item) for item in parsed]
    return [str(parsed)]


# --- paged listings ordered by id ---------------------------------------------------------------


def _by_id(
    conn: apsw.Connection,
    select: str,
    conditions: Iterable[tuple[str, list[Any]]],
    after: Sequence[int] | None,
    limit: int,
    make: Callable[..., T],
) -> list[T]:
    """``select`` (``SELECT ... FROM table``) with ``conditions`` ANDed: the rows after the
    cursor ``after`` (``[id]`` of the last row seen; None for the first page) in id order, at
    most ``limit``, each made into a record by ``make(*row)``. Every listing but the merged
    security findings pages this way."""
    terms: list[str] = []
    bindings: list[Any] = []
    for term, values in conditions:
        terms.append(term)
        bindings.extend(values)
    terms.append("id > ?")
    bindings.append(_FIRST_ID if after is None else after[0])
    sql = f"{select} WHERE {' AND '.join(terms)} ORDER BY id LIMIT ?"
    return [make(*row) for row in conn.execute(sql, [*bindings, limit])]


def _equal(column: str, value: str | None) -> list[tuple[str, list[Any]]]:
    """An exact-match condition on ``column``, or none when there is no filter."""
    return [] if value is None else [(f"{column} = ?", [value])]


def _nocase(column: str, value: str | None) -> list[tuple[str, list[Any]]]:
    """A case-insensitive match on ``column`` (served by its NOCASE index), or none."""
    return [] if value is None else [(f"{column} = ? COLLATE NOCASE", [value])]


# --- constants, secrets, environment variables (driftConstantsAnalysis) -------------------------


class SecretCounts(NamedTuple):
    """Secrets per severity; ``other`` counts severities outside ``SECRET_SEVERITIES``."""

    critical: int = 0
    high: int = 0
    medium: int = 0
    low: int = 0
    info: int = 0
    false_positive: int = 0
    suppressed: int = 0
    other: int = 0


class ConstantsSummary(NamedTuple):
    constant_count: int
    magic_number_count: int
    dead_constant_count: int
    env_variable_count: int
    missing_env_variable_count: int
    secret_count: int
    secrets_by_severity: SecretCounts


def constants_summary(conn: apsw.Connection) -> ConstantsSummary:
    """Counts over constants, env_variables and secrets.

    A magic number is a constant with ``is_named = 0``, a dead constant one with ``is_used = 0``;
    a missing environment variable is a name read somewhere with ``defined_in_env = 0`` and
    ``has_default = 0`` (counted once per name, as the Rust list of names was).
    """
    constants, magic, dead = conn.execute(
        "SELECT count(*), coalesce(sum(is_named = 0), 0), coalesce(sum(is_used = 0), 0)"
        " FROM constants"
    ).get
    env_count, missing = conn.execute(
        "SELECT count(*),"
        " count(DISTINCT CASE WHEN defined_in_env = 0 AND has_default = 0 THEN name END)"
        " FROM env_variables"
    ).get
    per_severity = dict(SecretCounts()._asdict())
    for folded, count in conn.execute(
        "SELECT lower(replace(severity, '_', '')), count(*) FROM secrets GROUP BY 1"
    ):
        name = canonical(folded, SECRET_SEVERITIES)
        per_severity[name if name in SECRET_SEVERITIES else "other"] += count
    return ConstantsSummary(
        constant_count=constants,
        magic_number_count=magic,
        dead_constant_count=dead,
        env_variable_count=env_count,
        missing_env_variable_count=missing,
        secret_count=sum(per_severity.values()),
        secrets_by_severity=SecretCounts(**per_severity),
    )


class Secret(NamedTuple):
    id: int
    pattern_name: str
    redacted_value: str
    file: str
    line: int
    severity: str
    entropy: float
    confidence: float
    cwe_ids: list[int]


def _secret(
    id: int,
    pattern_name: str,
    redacted_value: str,
    file: str,
    line: int,
    severity: str,
    entropy: float,
    confidence: float,
    cwe_ids: str,
) -> Secret:
    return Secret(
        id,
        pattern_name,
        redacted_value,
        file,
        line,
        canonical(severity, SECRET_SEVERITIES),
        entropy,
        confidence,
        cwe_numbers(cwe_ids),
    )


def list_secrets(
    conn: apsw.Connection,
    severity: str | None,
    pattern_name: str | None,
    file: str | None,
    after: Sequence[int] | None,
    limit: int,
) -> list[Secret]:
    """Secrets in id order after ``after``: of ``severity`` (a member of ``SECRET_SEVERITIES``)
    in either spelling and any case, and exactly of ``pattern_name`` and ``file``. The value is
    the one the analysis stored, already redacted."""
    conditions = [
        *([] if severity is None else [_is_member("severity", severity)]),
        *_equal("pattern_name", pattern_name),
        *_equal("file", file),
    ]
    return _by_id(
        conn,
        "SELECT id, pattern_name, redacted_value, file, line, severity, entropy, confidence,"
        " cwe_ids FROM secrets",
        conditions,
        after,
        limit,
        _secret,
    )


class MagicNumber(NamedTuple):
    id: int
    name: str
    value: str
    file: str
    line: int
    language: str
    is_used: bool


def list_magic_numbers(
    conn: apsw.Connection, after: Sequence[int] | None, limit: int
) -> list[MagicNumber]:
    """Constants with ``is_named = 0`` (literals the analysis suggests naming) in id order."""
    return _by_id(
        conn,
        "SELECT id, name, value, file, line, language, is_used = 1 FROM constants",
        [("is_named = 0", [])],
        after,
        limit,
        MagicNumber,
    )


class EnvVariable(NamedTuple):
    id: int
    name: str
    file: str
    line: int
    access_method: str
    has_default: bool
    defined_in_env: bool
    framework_prefix: str
    missing: bool


def list_env_variables(
    conn: apsw.Connection,
    missing: bool,
    name: str | None,
    file: str | None,
    after: Sequence[int] | None,
    limit: int,
) -> list[EnvVariable]:
    """Reads of environment variables in id order; with ``missing`` only those neither defined
    in an env file nor given a default; exactly of ``name`` and ``file``."""
    conditions = [
        *([("defined_in_env = 0 AND has_default = 0", [])] if missing else []),
        *_equal("name", name),
        *_equal("file", file),
    ]
    return _by_id(
        conn,
        "SELECT id, name, file, line, access_method, has_default = 1, defined_in_env = 1,"
        " coalesce(framework_prefix, ''), defined_in_env = 0 AND has_default = 0"
        " FROM env_variables",
        conditions,
        after,
        limit,
        EnvVariable,
    )


# --- wrappers (driftWrapperDetection) ------------------------------------------------------------


class Wrapper(NamedTuple):
    id: int
    name: str
    file: str
    line: int
    category: str
    framework: str
    wrapped_primitives: list[str]
    confidence: float
    is_multi_primitive: bool
    is_exported: bool
    usage_count: int


def _wrapper(
    id: int,
    name: str,
    file: str,
    line: int,
    category: str,
    framework: str,
    wrapped_primitives: str,
    confidence: float,
    is_multi_primitive: bool,
    is_exported: bool,
    usage_count: int,
) -> Wrapper:
    return Wrapper(
        id,
        name,
        file,
        line,
        canonical(category, WRAPPER_CATEGORIES),
        framework,
        text_list(wrapped_primitives),
        confidence,
        bool(is_multi_primitive),
        bool(is_exported),
        usage_count,
    )


def list_wrappers(
    conn: apsw.Connection,
    category: str | None,
    framework: str | None,
    file: str | None,
    after: Sequence[int] | None,
    limit: int,
) -> list[Wrapper]:
    """Wrappers in id order: of ``category`` (a member of ``WRAPPER_CATEGORIES``, either
    spelling), of ``framework`` in any case, exactly in ``file``."""
    conditions = [
        *([] if category is None else [_is_member("category", category)]),
        *_nocase("framework", framework),
        *_equal("file", file),
    ]
    return _by_id(
        conn,
        "SELECT id, name, file, line, category, framework, wrapped_primitives, confidence,"
        " is_multi_primitive, is_exported, usage_count FROM wrappers",
        conditions,
        after,
        limit,
        _wrapper,
    )


class WrapperHealth(NamedTuple):
    wrapper_count: int
    # Mean confidence: the Rust consistency and overall score (the same number).
    consistency: float
    overall: float
    # Share of wrappers used at least once (usage_count > 0); 0 without wrappers.
    coverage: float
    framework_count: int
    category_count: int
    # (category, wrappers), the category in snake_case, in category order.
    per_category: list[tuple[str, int]]


def wrapper_health(conn: apsw.Connection) -> WrapperHealth:
    """Aggregates over every wrapper. Frameworks and categories are counted without regard to
    case (and, for categories, underscores), so ``React`` and ``react`` are one framework."""
    count, mean, coverage, frameworks, categories = conn.execute(
        "SELECT count(*), coalesce(avg(confidence), 0.0),"
        " CASE WHEN count(*) = 0 THEN 0.0 ELSE total(usage_count > 0) / count(*) END,"
        " count(DISTINCT lower(framework)), count(DISTINCT lower(replace(category, '_', '')))"
        " FROM wrappers"
    ).get
    per_category = [
        (canonical(stored, WRAPPER_CATEGORIES), n)
        for stored, n in conn.execute(
            "SELECT min(category), count(*) FROM wrappers"
            " GROUP BY lower(replace(category, '_', '')) ORDER BY 1"
        )
    ]
    return WrapperHealth(count, mean, mean, coverage, frameworks, categories, per_category)


# --- the OWASP posture (driftOwaspAnalysis) ------------------------------------------------------

# The four sources of security findings. Each severity expression and condition is written
# exactly as in the partial indexes of migration 0014, which serve them only when identical.
# Violations are stored with the enforcement levels (error, warning, info, hint), which the Rust
# map (critical, high, medium) never named, so every violation counted as low there: an error is
# high and a warning medium here.
_VIOLATION_SEVERITY = (
    "(CASE lower(severity) WHEN 'critical' THEN 1.0 WHEN 'high' THEN 0.8 WHEN 'error' THEN 0.8"
    " WHEN 'medium' THEN 0.5 WHEN 'warning' THEN 0.5 ELSE 0.2 END)"
)
_VIOLATION_CONDITION = "(cwe_id IS NOT NULL OR owasp_category <> '')"
_TAINT_SEVERITY = (
    "(CASE lower(replace(sink_type, '_', '')) WHEN 'oscommand' THEN 0.9 WHEN 'sqlquery' THEN 0.9"
    " WHEN 'httprequest' THEN 0.7 WHEN 'deserialization' THEN 0.7 WHEN 'logoutput' THEN 0.4"
    " ELSE 0.5 END)"
)
_TAINT_CONDITION = "is_sanitized = 0"
# The OWASP category of a taint flow's sink: injection, SSRF, integrity, logging; other sinks
# carry none.
_TAINT_OWASP = (
    "(CASE lower(replace(sink_type, '_', '')) WHEN 'oscommand' THEN 'A03' WHEN 'sqlquery'"
    " THEN 'A03' WHEN 'httprequest' THEN 'A10' WHEN 'deserialization' THEN 'A08'"
    " WHEN 'logoutput' THEN 'A09' END)"
)
_DETECTION_SEVERITY = (
    "(CASE WHEN confidence >= 0.9 THEN 0.8 WHEN confidence >= 0.7 THEN 0.5 ELSE 0.3 END)"
)
_DETECTION_CONDITION = "category = 'security' COLLATE NOCASE AND (cwe_ids <> '' OR owasp <> '')"
# owasp_findings re-store detections (every detection with CWE or OWASP tags, drift-api.md §4.4
# 5j): a row that re-stores a detection of the detection source (same file, line and pattern) is
# that finding already, so only the others are findings of their own.
_OWASP_CONDITION = (
    "NOT EXISTS (SELECT 1 FROM detections d WHERE d.file = o.file AND d.line = o.line"
    " AND d.pattern_id = o.detector AND d.category = 'security' COLLATE NOCASE"
    " AND (d.cwe_ids <> '' OR d.owasp <> ''))"
)


class SecurityFinding(NamedTuple):
    # A member of FINDING_SOURCES, and the row's id in its table.
    source: str
    source_id: str
    detector: str
    file: str
    line: int
    description: str
    # 0..1, bucketed by ``severity_level``.
    severity: float
    cwe_ids: list[int]
    owasp_categories: list[str]
    confidence: float
    remediation: str

    @property
    def id(self) -> str:
        """The finding's id: its source and its row's id, ``violation:V1``, ``detection:7``."""
        return f"{self.source}:{self.source_id}"

    @property
    def cursor(self) -> list[Any]:
        """Its keyset position: severity, source rank, numeric and text id of its row."""
        rank = FINDING_SOURCES.index(self.source)
        numeric = self.source in _NUMERIC_IDS
        return [
            self.severity,
            rank,
            int(self.source_id) if numeric else 0,
            "" if numeric else self.source_id,
        ]


FINDING_CURSOR = (float, int, int, str)


def severity_level(severity: float) -> str:
    """The bucket of a 0..1 severity: >= 0.9 critical, >= 0.7 high, >= 0.4 medium, else low."""
    if severity >= 0.9:
        return "critical"
    if severity >= 0.7:
        return "high"
    if severity >= 0.4:
        return "medium"
    return "low"


def _violation(
    id: str,
    file: str,
    line: int,
    rule_id: str,
    message: str,
    cwe_id: int | None,
    owasp: str | None,
    fix: str | None,
    severity: float,
) -> SecurityFinding:
    return SecurityFinding(
        "violation",
        id,
        rule_id,
        file,
        line,
        message,
        severity,
        [] if cwe_id is None else [cwe_id],
        [owasp] if owasp else [],
        0.8,  # the Rust system's fixed confidence of a violation
        fix or "",
    )


def _taint_flow(
    id: int,
    source_file: str,
    source_line: int,
    source_type: str,
    sink_file: str,
    sink_line: int,
    sink_type: str,
    cwe_id: int | None,
    confidence: float,
    owasp: str | None,
    severity: float,
) -> SecurityFinding:
    return SecurityFinding(
        "taint_flow",
        str(id),
        "taint",
        sink_file,
        sink_line,
        f"unsanitized {source_type} from {source_file}:{source_line} reaches a {sink_type} sink",
        severity,
        [] if cwe_id is None else [cwe_id],
        [owasp] if owasp else [],
        confidence,
        "",
    )


def _detection(
    id: int,
    file: str,
    line: int,
    pattern_id: str,
    matched_text: str | None,
    cwe_ids: str | None,
    owasp: str | None,
    confidence: float,
    severity: float,
) -> SecurityFinding:
    return SecurityFinding(
        "detection",
        str(id),
        pattern_id,
        file,
        line,
        matched_text or pattern_id,
        severity,
        cwe_numbers(cwe_ids),
        [owasp] if owasp else [],
        confidence,
        "",
    )


def _owasp_finding(
    id: str,
    detector: str,
    file: str,
    line: int,
    description: str,
    cwes: str,
    categories: str,
    confidence: float,
    remediation: str | None,
    severity: float,
) -> SecurityFinding:
    return SecurityFinding(
        "owasp_finding",
        id,
        detector,
        file,
        line,
        description,
        severity,
        cwe_numbers(cwes),
        text_list(categories),
        confidence,
        remediation or "",
    )


class _Source(NamedTuple):
    """One source of security findings: what to select from which table, the condition making
    a row a finding, its severity expression, its id column and the record maker (which takes
    the selected columns, then the severity)."""

    columns: str
    table: str
    condition: str
    severity: str
    id_column: str
    make: Callable[..., SecurityFinding]
    # The partial index of migration 0014 that holds the source's findings in page order.
    # Named in the listing (INDEXED BY): with an equality index on the condition's column
    # beside it (taint flows' is_sanitized), SQLite would pick that one and sort the page.
    page_index: str


# In FINDING_SOURCES order.
_SOURCES = (
    _Source(
        "id, file, line, rule_id, message, cwe_id, owasp_category, quick_fix_description",
        "violations",
        _VIOLATION_CONDITION,
        _VIOLATION_SEVERITY,
        "id",
        _violation,
        "idx_violations_security",
    ),
    _Source(
        "id, source_file, source_line, source_type, sink_file, sink_line, sink_type, cwe_id,"
        f" confidence, {_TAINT_OWASP}",
        "taint_flows",
        _TAINT_CONDITION,
        _TAINT_SEVERITY,
        "id",
        _taint_flow,
        "idx_taint_flows_security",
    ),
    _Source(
        "id, file, line, pattern_id, matched_text, cwe_ids, owasp, confidence",
        "detections",
        _DETECTION_CONDITION,
        _DETECTION_SEVERITY,
        "id",
        _detection,
        "idx_detections_security",
    ),
    _Source(
        "o.id, o.detector, o.file, o.line, o.description, o.cwes, o.owasp_categories,"
        " o.confidence, o.remediation",
        "owasp_findings o",
        _OWASP_CONDITION,
        "o.severity",
        "o.id",
        _owasp_finding,
        "idx_owasp_findings_severity_id",
    ),
)
# The sources whose rows have INTEGER ids (the cursor's third element; the others' is the fourth).
_NUMERIC_IDS = ("taint_flow", "detection")


def list_security_findings(
    conn: apsw.Connection, after: Sequence[Any] | None, limit: int
) -> list[SecurityFinding]:
    """The merged security findings after the cursor ``after`` (a finding's ``cursor``), at most
    ``limit``: by severity (highest first), then source (``FINDING_SOURCES`` order), then the
    row's id. Each source is read off its index in that order, then the pages are merged."""
    pages = []
    for rank, source in enumerate(_SOURCES):
        severity = source.severity
        if after is None:
            bound, bindings = f"{severity} <= ?", [math.inf]
        elif rank < after[1]:  # this source's rows of the cursor's severity came before it
            bound, bindings = f"{severity} < ?", [after[0]]
        elif rank > after[1]:  # this one's come after it
            bound, bindings = f"{severity} <= ?", [after[0]]
        else:
            row_id = after[2] if FINDING_SOURCES[rank] in _NUMERIC_IDS else after[3]
            bound = f"{severity} <= ? AND ({severity} < ? OR {source.id_column} > ?)"
            bindings = [after[0], after[0], row_id]
        sql = (
            f"SELECT {source.columns}, {severity} FROM {source.table}"
            f" INDEXED BY {source.page_index} WHERE {source.condition} AND {bound}"
            f" ORDER BY {severity} DESC, {source.id_column} LIMIT ?"
        )
        pages.append([source.make(*row) for row in conn.execute(sql, [*bindings, limit])])
    merged = heapq.merge(*pages, key=lambda finding: (-finding.severity, *finding.cursor[1:]))
    return list(itertools.islice(merged, limit))


class OwaspCompliance(NamedTuple):
    finding_count: int
    critical_count: int
    high_count: int
    medium_count: int
    low_count: int
    # max(0, 100 - 20 critical - 10 high - 3 medium - 1 low): 100 without findings.
    posture_score: float
    # Distinct OWASP Top 10 categories (A01..A10) among the findings, / 10.
    owasp_coverage: float
    # Distinct CWE Top 25 weaknesses among the findings, / 25.
    cwe_top25_coverage: float


def owasp_compliance(conn: apsw.Connection) -> OwaspCompliance:
    """Severity buckets, posture and coverage of the merged security findings, as the Rust
    driftOwaspAnalysis computed them over its three sources (plus the owasp_findings rows that
    re-store no detection of them), without its caps of 500 flows and 5000 detections."""
    severities = " UNION ALL ".join(
        f"SELECT {s.severity} FROM {s.table} WHERE {s.condition}" for s in _SOURCES
    )
    n, critical, high, medium, low, posture = conn.execute(
        f"WITH findings(severity) AS ({severities}),"
        " buckets(n, critical, high, medium, low) AS (SELECT count(*),"
        " coalesce(sum(severity >= 0.9), 0), coalesce(sum(severity >= 0.7 AND severity < 0.9), 0),"
        " coalesce(sum(severity >= 0.4 AND severity < 0.7), 0), coalesce(sum(severity < 0.4), 0)"
        " FROM findings)"
        " SELECT n, critical, high, medium, low,"
        " max(0.0, 100.0 - 20 * critical - 10 * high - 3 * medium - low) FROM buckets"
    ).get
    # Categories: a violation's or detection's own, a taint flow's by sink, an owasp_finding's
    # JSON list (a text that is no JSON counts as one category).
    categories = " UNION ALL ".join(
        [
            f"SELECT owasp_category FROM violations WHERE {_VIOLATION_CONDITION}",
            f"SELECT {_TAINT_OWASP} FROM taint_flows WHERE {_TAINT_CONDITION}",
            f"SELECT owasp FROM detections WHERE {_DETECTION_CONDITION}",
            "SELECT j.value FROM owasp_findings o, json_each(CASE WHEN"
            " json_valid(o.owasp_categories) THEN o.owasp_categories"
            f" ELSE json_array(o.owasp_categories) END) j WHERE {_OWASP_CONDITION}",
        ]
    )
    top_10 = ", ".join(f"'{c}'" for c in OWASP_TOP_10)
    owasp = conn.execute(
        f"WITH categories(name) AS ({categories})"
        " SELECT count(DISTINCT upper(substr(trim(name), 1, 3))) / 10.0 FROM categories"
        f" WHERE upper(substr(trim(name), 1, 3)) IN ({top_10})"
    ).get
    # CWEs: one per violation and flow; a detection's comma list and an owasp_finding's JSON list
    # read as JSON arrays, with any "CWE-" prefix dropped.
    cwes = " UNION ALL ".join(
        [
            f"SELECT cwe_id FROM violations WHERE {_VIOLATION_CONDITION}",
            f"SELECT cwe_id FROM taint_flows WHERE {_TAINT_CONDITION}",
            "SELECT j.value FROM detections, json_each(CASE WHEN"
            " json_valid('[' || replace(upper(cwe_ids), 'CWE-', '') || ']')"
            " THEN '[' || replace(upper(cwe_ids), 'CWE-', '') || ']' ELSE '[]' END) j"
            f" WHERE {_DETECTION_CONDITION}",
            "SELECT j.value FROM owasp_findings o, json_each(CASE WHEN json_valid(o.cwes)"
            f" THEN o.cwes ELSE '[]' END) j WHERE {_OWASP_CONDITION}",
        ]
    )
    top_25 = ", ".join(str(n) for n in CWE_TOP_25)
    cwe = conn.execute(
        f"WITH cwes(id) AS ({cwes})"
        " SELECT count(DISTINCT CAST(replace(upper(id), 'CWE-', '') AS INTEGER)) / 25.0"
        f" FROM cwes WHERE CAST(replace(upper(id), 'CWE-', '') AS INTEGER) IN ({top_25})"
    ).get
    return OwaspCompliance(n, critical, high, medium, low, posture, owasp, cwe)


# --- crypto findings (driftCryptoAnalysis) --------------------------------------------------------


class CryptoFinding(NamedTuple):
    id: int
    file: str
    line: int
    category: str
    description: str
    confidence: float
    # critical (confidence >= 0.9), high (>= 0.7) or medium.
    severity: str
    cwe_id: int
    owasp: str
    remediation: str
    language: str


def crypto_severity(confidence: float) -> str:
    """The bucket of a crypto finding: >= 0.9 critical, >= 0.7 high, else medium."""
    return "critical" if confidence >= 0.9 else "high" if confidence >= 0.7 else "medium"


def _crypto_finding(
    id: int,
    file: str,
    line: int,
    category: str,
    description: str,
    confidence: float,
    cwe_id: int,
    owasp: str,
    remediation: str,
    language: str,
) -> CryptoFinding:
    return CryptoFinding(
        id,
        file,
        line,
        canonical(category, CRYPTO_CATEGORIES),
        description,
        confidence,
        crypto_severity(confidence),
        cwe_id,
        owasp,
        remediation,
        language,
    )


def list_crypto_findings(
    conn: apsw.Connection,
    category: str | None,
    file: str | None,
    language: str | None,
    after: Sequence[int] | None,
    limit: int,
) -> list[CryptoFinding]:
    """Crypto findings in id order: of ``category`` (a member of ``CRYPTO_CATEGORIES``, either
    spelling), exactly in ``file``, of ``language`` in any case. The matched code is not
    answered: for a hard-coded key it is the key."""
    conditions = [
        *([] if category is None else [_is_member("category", category)]),
        *_equal("file", file),
        *_nocase("language", language),
    ]
    return _by_id(
        conn,
        "SELECT id, file, line, category, description, confidence, cwe_id, owasp, remediation,"
        " language FROM crypto_findings",
        conditions,
        after,
        limit,
        _crypto_finding,
    )


class CryptoHealth(NamedTuple):
    finding_count: int
    critical_count: int
    high_count: int
    medium_count: int
    # max(0, 100 - 25 critical - 10 high - 3 medium).
    overall: float


def crypto_health(conn: apsw.Connection) -> CryptoHealth:
    """Crypto findings bucketed by confidence, and the Rust overall score over the buckets."""
    row = conn.execute(
        "SELECT n, critical, high, medium, max(0.0, 100.0 - 25 * critical - 10 * high - 3 * medium)"
        " FROM (SELECT count(*) AS n, coalesce(sum(confidence >= 0.9), 0) AS critical,"
        " coalesce(sum(confidence >= 0.7 AND confidence < 0.9), 0) AS high,"
        " coalesce(sum(confidence < 0.7), 0) AS medium FROM crypto_findings)"
    ).get
    return CryptoHealth(*row)
