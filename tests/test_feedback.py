"""EnforcementService's feedback: DismissViolation, FixViolation and SuppressViolation write a
feedback row, change the violation's state and move its pattern's Beta confidence in one
transaction; against a real server, on rows ingested through DriftTablesService.IngestRows."""

from __future__ import annotations

from pathlib import Path

import apsw
import grpc
import pytest

from services.contracts.drift.enforcement.v1 import enforcement_pb2 as epb
from services.drift_storage.enforcement import confidence, feedback
from tests.query_plans import plan_problems
from tests.test_enforcement import clients, plan_database, refused, violation
from tests.test_enforcement import confidence as confidence_row


def dismiss(violation_id: str, reason: str, **fields: str) -> epb.DismissViolationRequest:
    return epb.DismissViolationRequest(violation_id=violation_id, reason=reason, **fields)


async def test_a_fix_adds_one_to_alpha_and_leaves_the_violation(tmp_path: Path) -> None:
    """Beta(2, 1) + fix = Beta(3, 1): mean 3/4 = 0.75, Emerging. Beta(a, 1) has CDF x^a, so its
    quantile q is q^(1/a): the interval is 0.025^(1/3) .. 0.975^(1/3)."""
    async with clients(tmp_path) as c:
        await c.ingest("pattern_confidence", [confidence_row("pkg/p", 2 / 3, 2.0, 1.0)])
        await c.ingest("violations", [violation("v1", rule="naming")])
        answer = await c.enforcement.FixViolation(
            epb.FixViolationRequest(violation_id="v1", author="ana")
        )
        [entry] = await c.rows("feedback")
        [stored] = await c.rows("pattern_confidence")
    outcome = answer.outcome
    assert (outcome.recorded, outcome.feedback_id) == (True, entry.id)
    assert outcome.violation.suppressed is False
    moved = outcome.pattern_confidence
    assert (moved.alpha, moved.beta, moved.posterior_mean, moved.tier) == (
        3.0,
        1.0,
        0.75,
        "emerging",
    )
    assert moved.credible_interval_low == pytest.approx(0.025 ** (1 / 3), abs=1e-12)
    assert moved.credible_interval_high == pytest.approx(0.975 ** (1 / 3), abs=1e-12)
    assert (entry.violation_id, entry.pattern_id, entry.detector_id, entry.action) == (
        "v1",
        "pkg/p",
        "naming",
        "fix",
    )
    assert (entry.author, entry.HasField("dismissal_reason")) == ("ana", False)
    assert (stored.alpha, stored.beta, stored.posterior_mean, stored.tier) == (
        3.0,
        1.0,
        0.75,
        "Emerging",
    )


async def test_a_false_positive_dismissal_adds_half_to_beta_and_suppresses(tmp_path: Path) -> None:
    """Beta(1, 1) + 0.5 to beta = Beta(1, 1.5): mean 1/2.5 = 0.4, Uncertain. Beta(1, b) has CDF
    1 - (1 - x)^b, so its quantile q is 1 - (1 - q)^(1/b)."""
    async with clients(tmp_path) as c:
        await c.ingest("pattern_confidence", [confidence_row("pkg/p", 0.5)])
        await c.ingest("violations", [violation("v1")])
        before = await c.enforcement.Check(epb.CheckRequest())
        answer = await c.enforcement.DismissViolation(
            dismiss("v1", "False_Positive", comment="generated code")
        )
        after = await c.enforcement.Check(epb.CheckRequest())
        [entry] = await c.rows("feedback")
    moved = answer.outcome.pattern_confidence
    assert (moved.alpha, moved.beta, moved.tier) == (1.0, 1.5, "uncertain")
    assert moved.posterior_mean == pytest.approx(0.4, abs=1e-12)
    assert moved.credible_interval_low == pytest.approx(1 - 0.975 ** (1 / 1.5), abs=1e-12)
    assert moved.credible_interval_high == pytest.approx(1 - 0.025 ** (1 / 1.5), abs=1e-12)
    assert answer.outcome.violation.suppressed is True
    assert (before.total_violations, after.total_violations) == (1, 0)
    assert (entry.action, entry.dismissal_reason, entry.reason) == (
        "dismiss",
        "false_positive",
        "generated code",
    )


@pytest.mark.parametrize(
    ("reason", "beta"),
    [
        ("false_positive", 1.5),  # 1 + 0.5
        ("Not_Applicable", 1.25),  # 1 + 0.25, any case
        ("wont_fix", 1.0),  # no change
        ("DUPLICATE", 1.0),  # no change
        ("other", 1.25),  # 1 + 0.25
    ],
)
async def test_each_dismissal_reason_moves_beta_by_its_delta(tmp_path: Path, reason, beta) -> None:
    async with clients(tmp_path) as c:
        await c.ingest("pattern_confidence", [confidence_row("pkg/p", 0.5)])
        await c.ingest("violations", [violation("v1")])
        answer = await c.enforcement.DismissViolation(dismiss("v1", reason))
    moved = answer.outcome.pattern_confidence
    assert (moved.alpha, moved.beta) == (1.0, beta)


async def test_a_suppression_adds_a_tenth_to_beta(tmp_path: Path) -> None:
    """Beta(1, 1) + 0.1 to beta = Beta(1, 1.1): mean 1/2.1."""
    async with clients(tmp_path) as c:
        await c.ingest("pattern_confidence", [confidence_row("pkg/p", 0.5)])
        await c.ingest("violations", [violation("v1")])
        answer = await c.enforcement.SuppressViolation(
            epb.SuppressViolationRequest(violation_id="v1", reason="legacy module")
        )
        [entry] = await c.rows("feedback")
    moved = answer.outcome.pattern_confidence
    assert (moved.alpha, moved.beta) == (1.0, pytest.approx(1.1, abs=1e-12))
    assert moved.posterior_mean == pytest.approx(1 / 2.1, abs=1e-12)
    assert answer.outcome.violation.suppressed is True
    assert (entry.action, entry.reason) == ("suppress", "legacy module")


async def test_feedback_on_six_violations_adds_up_on_their_pattern(tmp_path: Path) -> None:
    """Beta(1, 1); fix v1: (2, 1); false_positive v2: (2, 1.5); suppress v3: (2, 1.6);
    wont_fix v4: (2, 1.6); not_applicable v5: (2, 1.85); other v6: (2, 2.1), mean
    2 / 4.1 = 0.4878..., Uncertain (after 2/3, 2/3.5, 2/3.6, 2/3.6, 2/3.85: Tentative)."""
    steps = [
        ("fix", "v1", ""),
        ("dismiss", "v2", "false_positive"),
        ("suppress", "v3", ""),
        ("dismiss", "v4", "wont_fix"),
        ("dismiss", "v5", "not_applicable"),
        ("dismiss", "v6", "other"),
    ]
    async with clients(tmp_path) as c:
        await c.ingest("pattern_confidence", [confidence_row("pkg/p", 0.5)])
        await c.ingest("violations", [violation(f"v{i}") for i in range(1, 7)])
        seen = []
        for action, violation_id, reason in steps:
            if action == "fix":
                answer = await c.enforcement.FixViolation(
                    epb.FixViolationRequest(violation_id=violation_id)
                )
            elif action == "suppress":
                answer = await c.enforcement.SuppressViolation(
                    epb.SuppressViolationRequest(violation_id=violation_id)
                )
            else:
                answer = await c.enforcement.DismissViolation(dismiss(violation_id, reason))
            moved = answer.outcome.pattern_confidence
            seen.append((moved.alpha, round(moved.beta, 9), moved.tier))
        entries = await c.rows("feedback")
    assert seen == [
        (2.0, 1.0, "tentative"),
        (2.0, 1.5, "tentative"),
        (2.0, 1.6, "tentative"),
        (2.0, 1.6, "tentative"),
        (2.0, 1.85, "tentative"),
        (2.0, 2.1, "uncertain"),
    ]
    assert moved.posterior_mean == pytest.approx(2 / 4.1, abs=1e-12)
    assert [(e.violation_id, e.action, e.dismissal_reason) for e in entries] == [
        ("v1", "fix", ""),
        ("v2", "dismiss", "false_positive"),
        ("v3", "suppress", ""),
        ("v4", "dismiss", "wont_fix"),
        ("v5", "dismiss", "not_applicable"),
        ("v6", "dismiss", "other"),
    ]


async def test_repeating_an_action_on_a_violation_changes_nothing(tmp_path: Path) -> None:
    """A retried FixViolation must not add alpha twice: Beta(1, 1) + one fix = (2, 1)."""
    async with clients(tmp_path) as c:
        await c.ingest("pattern_confidence", [confidence_row("pkg/p", 0.5)])
        await c.ingest("violations", [violation("v1")])
        first = await c.enforcement.FixViolation(epb.FixViolationRequest(violation_id="v1"))
        again = await c.enforcement.FixViolation(epb.FixViolationRequest(violation_id="v1"))
        entries = await c.rows("feedback")
    assert (first.outcome.recorded, again.outcome.recorded) == (True, False)
    assert again.outcome.feedback_id == first.outcome.feedback_id
    assert (again.outcome.pattern_confidence.alpha, len(entries)) == (2.0, 1)


async def test_feedback_on_a_pattern_without_confidence_changes_no_confidence(
    tmp_path: Path,
) -> None:
    async with clients(tmp_path) as c:
        await c.ingest("violations", [violation("v1", pattern="unscored")])
        answer = await c.enforcement.SuppressViolation(
            epb.SuppressViolationRequest(violation_id="v1")
        )
        scored = await c.rows("pattern_confidence")
    assert answer.outcome.recorded is True
    assert not answer.outcome.HasField("pattern_confidence")
    assert (answer.outcome.violation.suppressed, scored) == (True, [])


async def test_feedback_on_an_unknown_violation_is_not_found_and_writes_nothing(
    tmp_path: Path,
) -> None:
    async with clients(tmp_path) as c:
        await c.ingest("violations", [violation("v1")])
        refusals = [
            await refused(c.enforcement.FixViolation(epb.FixViolationRequest(violation_id="nope"))),
            await refused(c.enforcement.DismissViolation(dismiss("nope", "other"))),
            await refused(
                c.enforcement.SuppressViolation(epb.SuppressViolationRequest(violation_id="nope"))
            ),
        ]
        entries = await c.rows("feedback")
    assert [(r.code, r.reason, r.metadata) for r in refusals] == [
        (grpc.StatusCode.NOT_FOUND, "VIOLATION_NOT_FOUND", {"violationId": "nope"})
    ] * 3
    assert entries == []


async def test_feedback_needs_a_violation_id_and_a_known_dismissal_reason(tmp_path: Path) -> None:
    async with clients(tmp_path) as c:
        await c.ingest("violations", [violation("v1")])
        no_id = await refused(c.enforcement.FixViolation(epb.FixViolationRequest()))
        no_reason = await refused(c.enforcement.DismissViolation(dismiss("v1", "")))
        unknown = await refused(c.enforcement.DismissViolation(dismiss("v1", "spam")))
        entries = await c.rows("feedback")
    assert [(f.code, f.fields) for f in (no_id, no_reason, unknown)] == [
        (grpc.StatusCode.INVALID_ARGUMENT, ["violation_id"]),
        (grpc.StatusCode.INVALID_ARGUMENT, ["reason"]),
        (grpc.StatusCode.INVALID_ARGUMENT, ["reason"]),
    ]
    assert "false_positive, not_applicable, wont_fix, duplicate, other" in unknown.message
    assert entries == []


@pytest.mark.parametrize(
    ("mean", "tier"),
    [
        (0.85, "Established"),
        (0.8499, "Emerging"),
        (0.70, "Emerging"),
        (0.6999, "Tentative"),
        (0.50, "Tentative"),
        (0.4999, "Uncertain"),
    ],
)
def test_tiers_start_at_their_floors(mean: float, tier: str) -> None:
    assert confidence.tier(mean) == tier


def test_alpha_and_beta_never_fall_below_the_floor() -> None:
    """Beta(0.01, 0.01) (both floored from 0): mean 0.01 / 0.02 = 0.5."""
    floored = confidence.posterior(0.0, -3.0)
    assert (floored.alpha, floored.beta, floored.mean) == (0.01, 0.01, 0.5)


# --- query plans ----------------------------------------------------------------------------------


@pytest.fixture
def conn() -> apsw.Connection:
    return plan_database()


@pytest.mark.parametrize(
    "given",
    [
        feedback.fix(None),
        feedback.suppress("why", None),
        feedback.dismiss("false_positive", None, None),
    ],
    ids=lambda f: f.action,
)
def test_feedback_reads_and_writes_by_key(conn, given) -> None:
    # Applied twice: the second call is the repeated action's lookup.
    assert plan_problems(conn, feedback.apply("v1", given, 100)) == []
    assert plan_problems(conn, feedback.apply("v1", given, 101)) == []


def test_confidence_reads_and_writes_by_key(conn) -> None:
    assert plan_problems(conn, confidence.get, "p") == []
    assert plan_problems(conn, confidence.add_evidence, "p", 1.0, 0.0) == []
