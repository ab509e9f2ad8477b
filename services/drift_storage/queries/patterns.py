"""SQL for the answers about patterns: detections with their status, per-pattern summaries,
confidence scores, outliers, conventions, and the models and sensitive fields of the data
boundaries.

Every listing is a keyset page with its filters' count (``Listing``). Detections, outliers and
conventions come highest score first, then by id (``_ranked``): the key is (score, id), and the
rows after it are those with a lower score, or the same score and a higher id. Summaries and
scores come by pattern id, models and fields by id. Each order is read off an index of
migration 0014 (a page never sorts), with at most one filter served by the index and the
others checked on its rows.

Filters arrive parsed (see ``api/patterns_servicer.py``): None means no filter. Closed sets and
the open ones the Rust system stored in debug case (``Security``) compare with
``COLLATE NOCASE``; a convention category also ignores underscores (``choices.words``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar

import apsw

from services.common.choices import words, words_sql

T = TypeVar("T")

# The closed sets, in their canonical spelling (choices.choice / choices.canonical).
PATTERN_STATUSES = ("discovered", "approved", "ignored")
TIERS = ("established", "emerging", "tentative", "uncertain")
MOMENTA = ("rising", "falling", "stable")
SIGNIFICANCES = ("critical", "high", "moderate", "low")
CONVENTION_CATEGORIES = ("universal", "project_specific", "emerging", "legacy", "contested")
SENSITIVITIES = ("pii", "credentials", "financial", "health")
# What a pattern without a pattern_status row is (as the Rust driftPatterns answered).
DEFAULT_STATUS = "discovered"

# A convention category as the index of migration 0014 holds it: without underscores, lower
# case, so that the stored Rust spelling "ProjectSpecific" and "project_specific" are one key.
_CATEGORY_KEY = words_sql("category")


@dataclass(frozen=True)
class Listing(Generic[T]):
    """One page of rows (at most the limit asked for) and how many rows match the filters."""

    rows: list[T]
    total: int


def _where(terms: Sequence[tuple[str, Any]]) -> tuple[str, list[Any]]:
    """``WHERE`` of the terms whose value is not None (each term binds its value once)."""
    used = [(sql, value) for sql, value in terms if value is not None]
    if not used:
        return "", []
    return "WHERE " + " AND ".join(sql for sql, _ in used), [value for _, value in used]


def _ranked(
    conn: apsw.Connection,
    select: str,
    table: str,
    score: str,
    terms: Sequence[tuple[str, Any]],
    after: Sequence[Any] | None,
    limit: int,
) -> tuple[list[Any], int]:
    """Rows of ``select ... FROM table`` matching ``terms``, by ``score`` descending then id,
    after the key ``after`` (score, id), and the count of all matching rows."""
    where, params = _where(terms)
    count = conn.execute(f"SELECT COUNT(*) FROM {table} {where}", params).get
    if after is not None:
        # The score bound alone is the index range; the OR picks the rows past the key in it.
        where = f"{where} {'AND' if where else 'WHERE'} {score} <= ? AND ({score} < ? OR id > ?)"
        params = [*params, after[0], after[0], after[1]]
    rows = conn.execute(
        f"{select} FROM {table} {where} ORDER BY {score} DESC, id LIMIT ?", [*params, limit]
    ).fetchall()
    return rows, int(count)


# --- detections --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DetectionFilter:
    category: str | None = None
    pattern_id: str | None = None
    file: str | None = None
    detection_method: str | None = None


class DetectionRecord(NamedTuple):
    id: int
    file: str
    line: int
    column: int
    pattern_id: str
    category: str
    confidence: float
    detection_method: str
    status: str


def _detection_terms(filters: DetectionFilter) -> list[tuple[str, Any]]:
    return [
        ("category = ? COLLATE NOCASE", filters.category),
        ("pattern_id = ?", filters.pattern_id),
        ("file = ?", filters.file),
        ("detection_method = ? COLLATE NOCASE", filters.detection_method),
    ]


def list_detections(
    conn: apsw.Connection, filters: DetectionFilter, after: Sequence[Any] | None, limit: int
) -> Listing[DetectionRecord]:
    """Up to ``limit`` detections matching ``filters``, highest confidence first, then by id,
    after the key ``after`` (confidence, id); each with its pattern's status (``discovered``
    without a pattern_status row), as stored."""
    # The status is looked up per row of the page (pattern_status is keyed by pattern_id).
    status = (
        "COALESCE((SELECT status FROM pattern_status s"
        f" WHERE s.pattern_id = detections.pattern_id), '{DEFAULT_STATUS}')"
    )
    rows, total = _ranked(
        conn,
        "SELECT id, file, line, column_num, pattern_id, category, confidence, detection_method,"
        f" {status}",
        "detections",
        "confidence",
        _detection_terms(filters),
        after,
        limit,
    )
    return Listing([DetectionRecord(*row) for row in rows], total)


# --- pattern summaries -------------------------------------------------------------------------


@dataclass(frozen=True)
class SummaryFilter:
    category: str | None = None
    status: str | None = None


class PatternSummaryRecord(NamedTuple):
    pattern_id: str
    category: str
    location_count: int
    file_count: int
    mean_confidence: float
    status: str
    posterior_mean: float | None
    tier: str | None


def list_pattern_summaries(
    conn: apsw.Connection, filters: SummaryFilter, after: str | None, limit: int
) -> Listing[PatternSummaryRecord]:
    """Up to ``limit`` patterns after the pattern id ``after``, in pattern id order, each with
    what its detections (of ``filters.category``, any case) add up to, its status and its
    confidence score's posterior mean and tier; only patterns of ``filters.status`` (any case;
    a pattern without a status row is ``discovered``). Counted by the total the patterns
    matching the filters."""
    terms = [
        ("d.category = ? COLLATE NOCASE", filters.category),
        (f"COALESCE(s.status, '{DEFAULT_STATUS}') = ? COLLATE NOCASE", filters.status),
    ]
    where, params = _where(terms)
    # Grouped in pattern order off an index (idx_detections_pattern, or the category's
    # idx_detections_category_pattern), so a page reads only its patterns' detections.
    # pattern_status and pattern_confidence are keyed by pattern_id: one row per group.
    grouped = (
        "FROM detections d LEFT JOIN pattern_status s ON s.pattern_id = d.pattern_id"
        " LEFT JOIN pattern_confidence c ON c.pattern_id = d.pattern_id"
    )
    total = conn.execute(
        f"SELECT COUNT(*) FROM (SELECT 1 {grouped} {where} GROUP BY d.pattern_id)", params
    ).get
    if after is not None:
        where = f"{where} {'AND' if where else 'WHERE'} d.pattern_id > ?"
        params = [*params, after]
    rows = conn.execute(
        "SELECT d.pattern_id, MIN(d.category), COUNT(*), COUNT(DISTINCT d.file),"
        f" AVG(d.confidence), COALESCE(s.status, '{DEFAULT_STATUS}'), c.posterior_mean, c.tier"
        f" {grouped} {where} GROUP BY d.pattern_id ORDER BY d.pattern_id LIMIT ?",
        [*params, limit],
    )
    return Listing([PatternSummaryRecord(*row) for row in rows], int(total))


# --- confidence scores -------------------------------------------------------------------------


class ConfidenceRecord(NamedTuple):
    pattern_id: str
    alpha: float
    beta: float
    posterior_mean: float
    credible_interval_low: float
    credible_interval_high: float
    tier: str
    momentum: str
    last_updated: int


def list_confidence_scores(
    conn: apsw.Connection, tier: str | None, after: str | None, limit: int
) -> Listing[ConfidenceRecord]:
    """Up to ``limit`` pattern_confidence rows of ``tier`` (any case; all for None) after the
    pattern id ``after``, in pattern id order."""
    where, params = _where([("tier = ? COLLATE NOCASE", tier)])
    total = conn.execute(f"SELECT COUNT(*) FROM pattern_confidence {where}", params).get
    where, params = _where([("tier = ? COLLATE NOCASE", tier), ("pattern_id > ?", after)])
    rows = conn.execute(
        "SELECT pattern_id, alpha, beta, posterior_mean, credible_interval_low,"
        " credible_interval_high, tier, momentum, last_updated"
        f" FROM pattern_confidence {where} ORDER BY pattern_id LIMIT ?",
        [*params, limit],
    )
    return Listing([ConfidenceRecord(*row) for row in rows], int(total))


# --- outliers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutlierFilter:
    pattern_id: str | None = None
    file: str | None = None
    significance: str | None = None


class OutlierRecord(NamedTuple):
    id: int
    pattern_id: str
    file: str
    line: int
    deviation_score: float
    significance: str
    method: str
    created_at: int


def list_outliers(
    conn: apsw.Connection, filters: OutlierFilter, after: Sequence[Any] | None, limit: int
) -> Listing[OutlierRecord]:
    """Up to ``limit`` outliers matching ``filters`` (significance in any case), most deviant
    first, then by id, after the key ``after`` (deviation score, id)."""
    terms = [
        ("pattern_id = ?", filters.pattern_id),
        ("file = ?", filters.file),
        ("significance = ? COLLATE NOCASE", filters.significance),
    ]
    rows, total = _ranked(
        conn,
        "SELECT id, pattern_id, file, line, deviation_score, significance, method, created_at",
        "outliers",
        "deviation_score",
        terms,
        after,
        limit,
    )
    return Listing([OutlierRecord(*row) for row in rows], total)


# --- conventions -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConventionFilter:
    category: str | None = None
    promotion_status: str | None = None
    scope: str | None = None


class ConventionRecord(NamedTuple):
    id: int
    pattern_id: str
    category: str
    scope: str
    dominance_ratio: float
    promotion_status: str
    discovered_at: int
    last_seen: int
    expires_at: int | None


def list_conventions(
    conn: apsw.Connection, filters: ConventionFilter, after: Sequence[Any] | None, limit: int
) -> Listing[ConventionRecord]:
    """Up to ``limit`` conventions matching ``filters`` (category ignoring case and
    underscores, promotion status ignoring case), most dominant first, then by id, after the
    key ``after`` (dominance ratio, id)."""
    terms = [
        (f"{_CATEGORY_KEY} = ?", None if filters.category is None else words(filters.category)),
        ("promotion_status = ? COLLATE NOCASE", filters.promotion_status),
        ("scope = ?", filters.scope),
    ]
    rows, total = _ranked(
        conn,
        "SELECT id, pattern_id, category, scope, dominance_ratio, promotion_status,"
        " discovered_at, last_seen, expires_at",
        "conventions",
        "dominance_ratio",
        terms,
        after,
        limit,
    )
    return Listing([ConventionRecord(*row) for row in rows], total)


# --- boundaries --------------------------------------------------------------------------------

# boundaries holds two kinds of rows: one per ORM model (framework, table_name; no field) and
# one per sensitive field of a model (field_name and sensitivity; the Rust analyzer left their
# framework empty). A model's fields are the field rows of its name in its file.
_MODEL = "field_name IS NULL"
_FIELD = "field_name IS NOT NULL AND sensitivity IS NOT NULL"


class BoundarySummary(NamedTuple):
    model_count: int
    sensitive_field_count: int
    pii_count: int
    credentials_count: int
    financial_count: int
    health_count: int
    frameworks_detected: list[str]


def boundary_summary(conn: apsw.Connection) -> BoundarySummary:
    """Models, sensitive fields (in all and per sensitivity, any case) and the distinct
    non-empty frameworks of the models, in sort order."""
    per_sensitivity = ", ".join(
        f"TOTAL({_FIELD} AND sensitivity = '{name}' COLLATE NOCASE)" for name in SENSITIVITIES
    )
    # One pass over the table for every count (TOTAL: 0.0, not NULL, on an empty table).
    models, fields, pii, credentials, financial, health = conn.execute(
        f"SELECT TOTAL({_MODEL}), TOTAL({_FIELD}), {per_sensitivity} FROM boundaries"
    ).get
    frameworks = [
        row[0]
        for row in conn.execute(
            f"SELECT DISTINCT framework FROM boundaries WHERE {_MODEL} AND framework != ''"
            " ORDER BY framework"
        )
    ]
    return BoundarySummary(
        int(models),
        int(fields),
        int(pii),
        int(credentials),
        int(financial),
        int(health),
        frameworks,
    )


@dataclass(frozen=True)
class ModelFilter:
    framework: str | None = None
    model_name: str | None = None
    file: str | None = None


class ModelRecord(NamedTuple):
    id: int
    model_name: str
    table_name: str | None
    file: str
    framework: str
    field_count: int
    confidence: float


def list_models(
    conn: apsw.Connection, filters: ModelFilter, after: int | None, limit: int
) -> Listing[ModelRecord]:
    """Up to ``limit`` model rows matching ``filters`` (framework in any case) with ids above
    ``after``, by id, each with the number of its sensitive fields."""
    terms: list[tuple[str, Any]] = [
        ("framework = ? COLLATE NOCASE", filters.framework),
        ("model_name = ?", filters.model_name),
        ("file = ?", filters.file),
    ]
    where, params = _where(terms)
    where = f"{where} AND {_MODEL}" if where else f"WHERE {_MODEL}"
    total = conn.execute(f"SELECT COUNT(*) FROM boundaries {where}", params).get
    if after is not None:
        where, params = f"{where} AND id > ?", [*params, after]
    fields = (
        "(SELECT COUNT(*) FROM boundaries f WHERE f.model_name = m.model_name AND f.file = m.file"
        " AND f.field_name IS NOT NULL AND f.sensitivity IS NOT NULL)"
    )
    rows = conn.execute(
        f"SELECT id, model_name, table_name, file, framework, {fields}, confidence"
        f" FROM boundaries m {where} ORDER BY id LIMIT ?",
        [*params, limit],
    )
    return Listing([ModelRecord(*row) for row in rows], int(total))


@dataclass(frozen=True)
class FieldFilter:
    sensitivity: str | None = None
    model_name: str | None = None
    file: str | None = None


class FieldRecord(NamedTuple):
    id: int
    model_name: str
    field_name: str
    file: str
    sensitivity: str
    confidence: float


def list_sensitive_fields(
    conn: apsw.Connection, filters: FieldFilter, after: int | None, limit: int
) -> Listing[FieldRecord]:
    """Up to ``limit`` sensitive-field rows matching ``filters`` (sensitivity in any case) with
    ids above ``after``, by id."""
    terms: list[tuple[str, Any]] = [
        ("sensitivity = ? COLLATE NOCASE", filters.sensitivity),
        ("model_name = ?", filters.model_name),
        ("file = ?", filters.file),
    ]
    where, params = _where(terms)
    where = f"{where} AND {_FIELD}" if where else f"WHERE {_FIELD}"
    total = conn.execute(f"SELECT COUNT(*) FROM boundaries {where}", params).get
    if after is not None:
        where, params = f"{where} AND id > ?", [*params, after]
    rows = conn.execute(
        "SELECT id, model_name, field_name, file, sensitivity, confidence"
        f" FROM boundaries {where} ORDER BY id LIMIT ?",
        [*params, limit],
    )
    return Listing([FieldRecord(*row) for row in rows], int(total))
