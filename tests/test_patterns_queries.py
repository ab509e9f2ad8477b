"""PatternsService through a real server: detections with their status, pattern summaries,
confidence scores, outliers, conventions and data boundaries, over rows ingested through
DriftTablesService.IngestRows; then the query plan of every query function.

One fixture project (below) holds every row; each expected row and number is worked out by hand
from it in the test. Stored values are in the mixed case the Rust analyzer wrote ("Security",
"Established", "Critical", "ProjectSpecific", "PII") and filters are lowercase.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import apsw
import grpc
import pytest
from google.protobuf.timestamp_pb2 import Timestamp

from services.common.database import Database
from services.common.migrations import migrate
from services.contracts.drift.analysis.v1 import patterns_pb2 as pb
from services.contracts.drift.analysis.v1 import patterns_pb2_grpc
from services.contracts.drift.storage.v1 import tables_pb2 as tpb
from services.contracts.drift.storage.v1 import tables_pb2_grpc
from services.drift_storage.queries import patterns as q
from services.drift_storage.service import SCHEMA
from tests.conftest import serving
from tests.grpc_errors import failure
from tests.query_plans import plan_problems
from tests.table_rows import BY_NAME, TIME
from tests.test_tables_service import batch, ingest

# Detections get ids 1..6 in this order (a fresh database, one batch).
DETECTIONS = [
    # file, line, column, pattern_id, category, confidence, detection_method
    ("src/db.py", 10, 4, "sql-injection", "Security", 1.0, "AstVisitor"),  # 1
    ("src/api.py", 22, 0, "sql-injection", "Security", 0.5, "StringRegex"),  # 2
    ("src/db.py", 30, 2, "sql-injection", "Security", 0.75, "AstVisitor"),  # 3
    ("src/app.py", 5, 0, "no-eval", "security", 0.75, "StringRegex"),  # 4
    ("src/app.py", 8, 1, "snake-case", "Style", 0.25, "AstVisitor"),  # 5
    ("src/util.py", 3, 0, "snake-case", "Style", 0.75, "LearningDeviation"),  # 6
]
# snake-case has no status row: it is "discovered".
STATUSES = [("sql-injection", "Approved"), ("no-eval", "ignored")]
CONFIDENCES = [
    # pattern_id, alpha, beta, posterior_mean, ci_low, ci_high, tier, momentum
    ("sql-injection", 9.0, 1.0, 0.9, 0.6, 0.99, "Established", "Rising"),
    ("no-eval", 3.0, 1.0, 0.75, 0.3, 0.99, "Emerging", "Stable"),
    ("orphan-pattern", 1.0, 3.0, 0.25, 0.01, 0.7, "uncertain", "Falling"),  # no detections
]
OUTLIERS = [
    # pattern_id, file, line, deviation_score, significance, method
    ("sql-injection", "src/api.py", 22, 0.95, "Critical", "z_score"),  # 1
    ("sql-injection", "src/db.py", 30, 0.5, "moderate", "mad"),  # 2
    ("snake-case", "src/app.py", 8, 0.75, "High", "iqr"),  # 3
]
CONVENTIONS = [
    # pattern_id, category, scope, dominance_ratio, promotion_status ("" = the default)
    ("snake-case", "ProjectSpecific", "project", 0.8, "discovered"),  # 1
    ("sql-injection", "Universal", "project", 0.9, "Approved"),  # 2
    ("no-eval", "project_specific", "directory:src", 0.6, ""),  # 3
]
BOUNDARIES = [
    # file, framework, model_name, table_name, field_name, sensitivity, confidence
    ("models/user.py", "Django", "User", "users", "", "", 0.9),  # 1 model
    ("models/user.py", "", "User", "", "email", "PII", 0.9),  # 2 field of 1
    ("models/user.py", "", "User", "", "password_hash", "credentials", 0.95),  # 3 field of 1
    ("models/order.py", "SQLAlchemy", "Order", "orders", "", "", 0.85),  # 4 model
    ("models/order.py", "", "Order", "", "card_number", "financial", 0.8),  # 5 field of 4
    ("legacy/user.py", "Django", "User", "", "", "", 0.7),  # 6 model, no fields
    ("models/order.py", "", "Order", "", "total", "Financial", 0.6),  # 7 field of 4
]


def _rows(message: Any, columns: str, values: list[tuple[Any, ...]], **fields: Any) -> list[Any]:
    """``message`` rows of ``values`` (tuples in the order of ``columns``), plus ``fields``."""
    return [message(**dict(zip(columns.split(), row, strict=True)), **fields) for row in values]


def _requests() -> list[Any]:
    """One IngestRows batch per table; empty text is unset (NULL or the column's default)."""
    return [
        batch(
            BY_NAME["detections"],
            _rows(tpb.DetectionRow,
                  "file line column_num pattern_id category confidence detection_method",
                  DETECTIONS),
        ),
        batch(
            BY_NAME["pattern_status"],
            _rows(tpb.PatternStatusRow, "pattern_id status", STATUSES),
        ),
        batch(
            BY_NAME["pattern_confidence"],
            _rows(tpb.PatternConfidenceRow,
                  "pattern_id alpha beta posterior_mean credible_interval_low"
                  " credible_interval_high tier momentum",
                  CONFIDENCES, last_updated=Timestamp(seconds=TIME)),
        ),
        batch(
            BY_NAME["outliers"],
            _rows(tpb.OutlierRow, "pattern_id file line deviation_score significance method",
                  OUTLIERS, created_at=Timestamp(seconds=TIME + 1)),
        ),
        batch(
            BY_NAME["conventions"],
            _rows(tpb.ConventionRow, "pattern_id category scope dominance_ratio promotion_status",
                  CONVENTIONS, discovered_at=Timestamp(seconds=TIME),
                  last_seen=Timestamp(seconds=TIME + 60)),
        ),
        batch(
            BY_NAME["boundaries"],
            _rows(tpb.BoundaryRow,
                  "file framework model_name table_name field_name sensitivity confidence",
                  BOUNDARIES),
        ),
    ]  # fmt: skip


@pytest.fixture
async def stub(tmp_path: Path) -> AsyncIterator[patterns_pb2_grpc.PatternsServiceStub]:
    """PatternsService of a server whose default project holds the rows above."""
    async with (
        serving(tmp_path / "drift.db") as server,
        grpc.aio.insecure_channel(server.address) as channel,
    ):
        acks = await ingest(tables_pb2_grpc.DriftTablesServiceStub(channel), _requests())
        assert [a.rows_written for a in acks] == [6, 2, 3, 3, 3, 7]
        yield patterns_pb2_grpc.PatternsServiceStub(channel)


async def pages(method: Any, request: Any, field: str) -> list[list[Any]]:
    """Every page of a listing, following next_page_token."""
    found = []
    while True:
        page = await method(request)
        found.append(list(getattr(page, field)))
        if not page.next_page_token:
            return found
        request.page_token = page.next_page_token


async def refused(call: Any) -> tuple[grpc.StatusCode, str, list[str]]:
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await call
    seen = failure(raised.value)
    return seen.code, seen.reason, seen.fields


# --- ListPatterns ------------------------------------------------------------------------------


async def test_detections_come_by_confidence_then_id_across_pages_with_their_status(stub) -> None:
    # Confidence descending, ties by id: 1 (1.0); 3, 4, 6 (0.75); 2 (0.5); 5 (0.25). Pages of 2
    # split the 0.75 tie after 3. Status: sql-injection's stored "Approved", no-eval "ignored",
    # snake-case has no row.
    found = await pages(stub.ListPatterns, pb.ListPatternsRequest(page_size=2), "patterns")
    assert [[(d.id, d.confidence, d.status) for d in page] for page in found] == [
        [(1, 1.0, "approved"), (3, 0.75, "approved")],
        [(4, 0.75, "ignored"), (6, 0.75, "discovered")],
        [(2, 0.5, "approved"), (5, 0.25, "discovered")],
    ]


async def test_a_detection_carries_its_location_and_stored_text(stub) -> None:
    page = await stub.ListPatterns(pb.ListPatternsRequest(page_size=1))
    assert (page.patterns[0], page.total_size) == (
        pb.PatternDetection(id=1, file="src/db.py", line=10, column=4, pattern_id="sql-injection",
                            category="Security", confidence=1.0, detection_method="AstVisitor",
                            status="approved"),
        6,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ({"category": "security"}, [1, 3, 4, 2]),  # "Security" and "security"
        ({"detection_method": "astvisitor"}, [1, 3, 5]),
        ({"file": "src/app.py"}, [4, 5]),
        ({"pattern_id": "snake-case"}, [6, 5]),
        ({"category": "SECURITY", "file": "src/db.py"}, [1, 3]),
        ({"pattern_id": "Snake-Case"}, []),  # pattern ids match exactly
    ],
)
async def test_detections_are_filtered(stub, filters: dict[str, str], ids: list[int]) -> None:
    page = await stub.ListPatterns(pb.ListPatternsRequest(**filters))
    assert ([d.id for d in page.patterns], page.total_size) == (ids, len(ids))


# --- ListPatternSummaries ------------------------------------------------------------------------


async def test_each_pattern_is_summed_up_from_its_detections(stub) -> None:
    # By pattern id. no-eval: detection 4 (app.py, 0.75). snake-case: 5 and 6 (app.py, util.py),
    # mean (0.25 + 0.75) / 2 = 0.5, no status, no score. sql-injection: 1, 2, 3 (db.py twice,
    # api.py), mean (1.0 + 0.5 + 0.75) / 3 = 0.75. Page size 2: two pages.
    request = pb.ListPatternSummariesRequest(page_size=2)
    found = await pages(stub.ListPatternSummaries, request, "pattern_summaries")
    assert found == [
        [
            pb.PatternSummary(pattern_id="no-eval", category="security", location_count=1,
                              file_count=1, mean_confidence=0.75, status="ignored",
                              posterior_mean=0.75, tier="emerging"),
            pb.PatternSummary(pattern_id="snake-case", category="Style", location_count=2,
                              file_count=2, mean_confidence=0.5, status="discovered"),
        ],
        [
            pb.PatternSummary(pattern_id="sql-injection", category="Security", location_count=3,
                              file_count=2, mean_confidence=0.75, status="approved",
                              posterior_mean=0.9, tier="established"),
        ],
    ]  # fmt: skip
    assert not found[0][1].HasField("posterior_mean")


@pytest.mark.parametrize(
    ("filters", "patterns"),
    [
        ({"category": "SECURITY"}, ["no-eval", "sql-injection"]),
        ({"status": "APPROVED"}, ["sql-injection"]),  # stored "Approved"
        ({"status": "discovered"}, ["snake-case"]),  # no status row
        ({"category": "style", "status": "approved"}, []),
    ],
)
async def test_summaries_are_filtered_by_category_and_status(
    stub, filters: dict[str, str], patterns: list[str]
) -> None:
    page = await stub.ListPatternSummaries(pb.ListPatternSummariesRequest(**filters))
    assert ([s.pattern_id for s in page.pattern_summaries], page.total_size) == (
        patterns,
        len(patterns),
    )


# --- ListConfidenceScores ------------------------------------------------------------------------


async def test_scores_are_paged_by_pattern_id_without_a_tier(stub) -> None:
    request = pb.ListConfidenceScoresRequest(page_size=2)
    found = await pages(stub.ListConfidenceScores, request, "confidence_scores")
    assert [[(s.pattern_id, s.tier, s.momentum) for s in page] for page in found] == [
        [("no-eval", "emerging", "stable"), ("orphan-pattern", "uncertain", "falling")],
        [("sql-injection", "established", "rising")],
    ]


async def test_a_score_carries_its_posterior(stub) -> None:
    page = await stub.ListConfidenceScores(pb.ListConfidenceScoresRequest(tier="ESTABLISHED"))
    assert (list(page.confidence_scores), page.total_size) == (
        [pb.PatternConfidenceScore(pattern_id="sql-injection", alpha=9.0, beta=1.0,
                                   posterior_mean=0.9, credible_interval_low=0.6,
                                   credible_interval_high=0.99, tier="established",
                                   momentum="rising", update_time=Timestamp(seconds=TIME))],
        1,
    )  # fmt: skip


# --- ListOutliers --------------------------------------------------------------------------------


async def test_outliers_of_every_pattern_come_most_deviant_first(stub) -> None:
    # Without pattern_id (the Rust driftOutliers returned nothing): 1 (0.95), 3 (0.75), 2 (0.5).
    found = await pages(stub.ListOutliers, pb.ListOutliersRequest(page_size=1), "outliers")
    assert [[(o.id, o.significance) for o in page] for page in found] == [
        [(1, "critical")],
        [(3, "high")],
        [(2, "moderate")],
    ]
    assert found[0][0] == pb.PatternOutlier(
        id=1, pattern_id="sql-injection", file="src/api.py", line=22, deviation_score=0.95,
        significance="critical", method="z_score", create_time=Timestamp(seconds=TIME + 1),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ({"pattern_id": "sql-injection"}, [1, 2]),
        ({"file": "src/app.py"}, [3]),
        ({"significance": "critical"}, [1]),  # stored "Critical"
        ({"significance": "HIGH", "pattern_id": "sql-injection"}, []),
    ],
)
async def test_outliers_are_filtered(stub, filters: dict[str, str], ids: list[int]) -> None:
    page = await stub.ListOutliers(pb.ListOutliersRequest(**filters))
    assert ([o.id for o in page.outliers], page.total_size) == (ids, len(ids))


# --- ListConventions -----------------------------------------------------------------------------


async def test_conventions_come_most_dominant_first_in_one_spelling(stub) -> None:
    # 2 (0.9), 1 (0.8), 3 (0.6); "ProjectSpecific" and "project_specific" are one category.
    page = await stub.ListConventions(pb.ListConventionsRequest())
    assert [(c.id, c.category, c.promotion_status) for c in page.conventions] == [
        (2, "universal", "Approved"),
        (1, "project_specific", "discovered"),
        (3, "project_specific", "discovered"),
    ]
    assert page.conventions[1] == pb.PatternConvention(
        id=1, pattern_id="snake-case", category="project_specific", scope="project",
        dominance_ratio=0.8, promotion_status="discovered", discover_time=Timestamp(seconds=TIME),
        last_seen_time=Timestamp(seconds=TIME + 60),
    )  # fmt: skip
    assert not page.conventions[1].HasField("expire_time")


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ({"category": "project_specific"}, [1, 3]),
        ({"category": "ProjectSpecific"}, [1, 3]),
        ({"category": "UNIVERSAL"}, [2]),
        ({"promotion_status": "approved"}, [2]),  # stored "Approved"
        ({"scope": "directory:src"}, [3]),
    ],
)
async def test_conventions_are_filtered(stub, filters: dict[str, str], ids: list[int]) -> None:
    page = await stub.ListConventions(pb.ListConventionsRequest(**filters))
    assert ([c.id for c in page.conventions], page.total_size) == (ids, len(ids))


# --- boundaries ----------------------------------------------------------------------------------


async def test_the_boundary_summary_counts_models_and_sensitive_fields(stub) -> None:
    # Models: rows 1, 4, 6. Sensitive fields: 2 (PII), 3 (credentials), 5 and 7 (financial).
    summary = await stub.GetBoundarySummary(pb.GetBoundarySummaryRequest())
    assert summary == pb.GetBoundarySummaryResponse(
        model_count=3, sensitive_field_count=4, pii_count=1, credentials_count=1,
        financial_count=2, health_count=0, frameworks_detected=["Django", "SQLAlchemy"],
    )  # fmt: skip


async def test_models_come_from_model_rows_with_their_own_fields_counted(stub) -> None:
    # User of models/user.py has fields 2 and 3; Order has 5 and 7; the User of legacy/user.py
    # has none (same name, other file). Rust counted by name over the field rows only.
    request = pb.ListBoundaryModelsRequest(page_size=2)
    found = await pages(stub.ListBoundaryModels, request, "boundary_models")
    assert found == [
        [
            pb.BoundaryModel(id=1, model_name="User", table_name="users", file="models/user.py",
                             framework="Django", field_count=2, confidence=0.9),
            pb.BoundaryModel(id=4, model_name="Order", table_name="orders",
                             file="models/order.py", framework="SQLAlchemy", field_count=2,
                             confidence=0.85),
        ],
        [
            pb.BoundaryModel(id=6, model_name="User", file="legacy/user.py", framework="Django",
                             field_count=0, confidence=0.7),
        ],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ({"framework": "django"}, [1, 6]),
        ({"model_name": "User"}, [1, 6]),
        ({"file": "models/order.py"}, [4]),
        ({"framework": "DJANGO", "file": "legacy/user.py"}, [6]),
    ],
)
async def test_models_are_filtered(stub, filters: dict[str, str], ids: list[int]) -> None:
    page = await stub.ListBoundaryModels(pb.ListBoundaryModelsRequest(**filters))
    assert ([m.id for m in page.boundary_models], page.total_size) == (ids, len(ids))


async def test_sensitive_fields_are_paged_by_id_in_one_spelling(stub) -> None:
    request = pb.ListSensitiveFieldsRequest(page_size=3)
    found = await pages(stub.ListSensitiveFields, request, "sensitive_fields")
    assert [[(f.id, f.field_name, f.sensitivity) for f in page] for page in found] == [
        [(2, "email", "pii"), (3, "password_hash", "credentials"), (5, "card_number", "financial")],
        [(7, "total", "financial")],
    ]
    assert found[0][0] == pb.BoundarySensitiveField(
        id=2, model_name="User", field_name="email", file="models/user.py", sensitivity="pii",
        confidence=0.9,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ({"sensitivity": "financial"}, [5, 7]),  # "financial" and "Financial"
        ({"sensitivity": "PII"}, [2]),
        ({"model_name": "User"}, [2, 3]),
        ({"file": "models/order.py", "sensitivity": "health"}, []),
    ],
)
async def test_sensitive_fields_are_filtered(stub, filters: dict[str, str], ids: list[int]) -> None:
    page = await stub.ListSensitiveFields(pb.ListSensitiveFieldsRequest(**filters))
    assert ([f.id for f in page.sensitive_fields], page.total_size) == (ids, len(ids))


# --- refusals ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "request_", "field"),
    [
        ("ListPatternSummaries", pb.ListPatternSummariesRequest(status="pending"), "status"),
        ("ListConfidenceScores", pb.ListConfidenceScoresRequest(tier="high"), "tier"),
        ("ListOutliers", pb.ListOutliersRequest(significance="severe"), "significance"),
        ("ListConventions", pb.ListConventionsRequest(category="popular"), "category"),
        ("ListSensitiveFields", pb.ListSensitiveFieldsRequest(sensitivity="secret"), "sensitivity"),
        ("ListPatterns", pb.ListPatternsRequest(page_size=-1), "page_size"),
    ],
)
async def test_unknown_values_are_invalid_arguments_naming_the_field(
    stub, method: str, request_: Any, field: str
) -> None:
    assert await refused(getattr(stub, method)(request_)) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "FIELD_INVALID",
        [field],
    )


async def test_the_accepted_values_are_named(stub) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await stub.ListConfidenceScores(pb.ListConfidenceScoresRequest(tier="high"))
    assert raised.value.details() == (
        "tier: must be one of established, emerging, tentative, uncertain (any case), got 'high'"
    )


async def test_a_token_is_refused_with_other_filters(stub) -> None:
    first = await stub.ListPatterns(pb.ListPatternsRequest(page_size=1, category="security"))
    again = stub.ListPatterns(
        pb.ListPatternsRequest(page_size=1, category="style", page_token=first.next_page_token)
    )
    assert await refused(again) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_PAGE_TOKEN",
        ["page_token"],
    )


# --- query plans ---------------------------------------------------------------------------------


@pytest.fixture
def migrated(tmp_path: Path) -> Iterator[apsw.Connection]:
    conn = Database.at(tmp_path / "plans.db").open_writer()
    migrate(conn, SCHEMA)
    yield conn
    conn.close()


RANKED_KEY = [0.5, 3]


@pytest.mark.parametrize(
    ("fn", "args"),
    [
        (q.list_detections, (q.DetectionFilter(category="security"), RANKED_KEY, 11)),
        (q.list_detections, (q.DetectionFilter(pattern_id="no-eval"), RANKED_KEY, 11)),
        (q.list_detections, (q.DetectionFilter(file="src/app.py"), None, 11)),
        (q.list_detections, (q.DetectionFilter(detection_method="ast"), RANKED_KEY, 11)),
        (q.list_pattern_summaries, (q.SummaryFilter(category="security"), "a", 11)),
        (q.list_confidence_scores, ("established", "a", 11)),
        (q.list_outliers, (q.OutlierFilter(pattern_id="no-eval"), RANKED_KEY, 11)),
        (q.list_outliers, (q.OutlierFilter(file="src/app.py"), RANKED_KEY, 11)),
        (q.list_outliers, (q.OutlierFilter(significance="high"), RANKED_KEY, 11)),
        (q.list_conventions, (q.ConventionFilter(category="project_specific"), RANKED_KEY, 11)),
        (q.list_conventions, (q.ConventionFilter(promotion_status="approved"), RANKED_KEY, 11)),
        (q.list_conventions, (q.ConventionFilter(scope="project"), RANKED_KEY, 11)),
        (q.list_models, (q.ModelFilter(framework="django"), 3, 11)),
        (q.list_models, (q.ModelFilter(model_name="User"), 3, 11)),
        (q.list_models, (q.ModelFilter(file="models/user.py"), 3, 11)),
        (q.list_sensitive_fields, (q.FieldFilter(sensitivity="pii"), 3, 11)),
        (q.list_sensitive_fields, (q.FieldFilter(model_name="User"), 3, 11)),
        (q.list_sensitive_fields, (q.FieldFilter(file="models/user.py"), 3, 11)),
        (q.list_sensitive_fields, (q.FieldFilter(), 3, 11)),
    ],
)
def test_a_filtered_page_and_its_count_are_served_by_indexes(migrated, fn: Any, args: Any) -> None:
    assert plan_problems(migrated, fn, *args) == []


@pytest.mark.parametrize(
    ("fn", "args", "table"),
    [
        (q.list_detections, (q.DetectionFilter(), None, 11), "detections"),
        (q.list_pattern_summaries, (q.SummaryFilter(), None, 11), "detections"),
        (q.list_pattern_summaries, (q.SummaryFilter(status="approved"), "a", 11), "detections"),
        (q.list_confidence_scores, (None, None, 11), "pattern_confidence"),
        (q.list_outliers, (q.OutlierFilter(), None, 11), "outliers"),
        (q.list_conventions, (q.ConventionFilter(), None, 11), "conventions"),
        (q.list_models, (q.ModelFilter(), None, 11), "boundaries"),
        (q.boundary_summary, (), "boundaries"),
    ],
)
def test_only_unfiltered_totals_and_first_pages_walk_a_whole_table(
    migrated, fn: Any, args: Any, table: str
) -> None:
    """Without a filter, total_size counts every row of the table (over its smallest index)
    and a first page walks the index of its order from the start, stopping after a page (the
    plan says SCAN, yet no sort: the order is the index's). A status filter is checked on each
    pattern's group, so it walks the patterns in order too. The boundary summary counts every
    row by definition. Nothing else is read in full, and nothing is sorted."""
    assert plan_problems(migrated, fn, *args, whole_table=[table]) == []
