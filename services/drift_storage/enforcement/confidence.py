"""The Bayesian confidence of a pattern: a Beta(alpha, beta) posterior, its mean, its 95 %
credible interval and its tier (drift-api.md §4.4 step 2), and the feedback deltas that move it
(§1.8).

The credible interval is the Beta's 2.5 % and 97.5 % quantiles, from SciPy's inverse regularized
incomplete beta function (``betaincinv``), as the Rust scorer took them from statrs' inverse CDF.
"""

from __future__ import annotations

from typing import NamedTuple

import apsw
from scipy.special import betaincinv

# Tiers by posterior mean, highest first; the spelling the Rust scorer stored (its Debug names),
# which pattern_confidence rows hold. Answers use the lowercase ``TIERS``.
TIER_FLOORS = (("Established", 0.85), ("Emerging", 0.70), ("Tentative", 0.50))
LOWEST_TIER = "Uncertain"
TIERS = ("established", "emerging", "tentative", "uncertain")
# alpha and beta never fall below this after a delta (the Rust floor).
FLOOR = 0.01
CREDIBLE_MASS = 0.95


class Posterior(NamedTuple):
    alpha: float
    beta: float
    mean: float
    low: float
    high: float
    tier: str


class ConfidenceRow(NamedTuple):
    pattern_id: str
    alpha: float
    beta: float
    posterior_mean: float
    credible_interval_low: float
    credible_interval_high: float
    tier: str


def tier(mean: float) -> str:
    """The stored tier name of a posterior mean."""
    for name, floor in TIER_FLOORS:
        if mean >= floor:
            return name
    return LOWEST_TIER


def posterior(alpha: float, beta: float) -> Posterior:
    """Beta(alpha, beta)'s mean, 95 % credible interval and tier, alpha and beta floored."""
    alpha, beta = max(alpha, FLOOR), max(beta, FLOOR)
    tail = (1 - CREDIBLE_MASS) / 2
    low = float(betaincinv(alpha, beta, tail))
    high = float(betaincinv(alpha, beta, 1 - tail))
    mean = alpha / (alpha + beta)
    return Posterior(alpha, beta, mean, low, high, tier(mean))


_COLUMNS = (
    "pattern_id, alpha, beta, posterior_mean, credible_interval_low, credible_interval_high, tier"
)


def get(conn: apsw.Connection, pattern_id: str) -> ConfidenceRow | None:
    """The pattern's confidence row, if it has one."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM pattern_confidence WHERE pattern_id = ?", (pattern_id,)
    ).fetchone()
    return ConfidenceRow(*row) if row else None


def add_evidence(
    conn: apsw.Connection, pattern_id: str, alpha_delta: float, beta_delta: float
) -> ConfidenceRow | None:
    """Add the deltas to the pattern's alpha and beta and store the new posterior (mean,
    interval, tier, time); None, changing nothing, when the pattern has no confidence row."""
    current = get(conn, pattern_id)
    if current is None:
        return None
    if alpha_delta == 0 and beta_delta == 0:
        return current
    moved = posterior(current.alpha + alpha_delta, current.beta + beta_delta)
    conn.execute(
        "UPDATE pattern_confidence SET alpha = ?, beta = ?, posterior_mean = ?,"
        " credible_interval_low = ?, credible_interval_high = ?, tier = ?,"
        " last_updated = unixepoch() WHERE pattern_id = ?",
        (*moved, pattern_id),
    )
    return ConfidenceRow(pattern_id, *moved)
