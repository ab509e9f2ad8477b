"""Closed sets of request values (severities, tiers, zones...): matched without regard to case
or underscores, answered in one spelling, and refused with the accepted values named when
unknown.

The Rust system compared such strings exactly, so a filter spelled ``critical`` found nothing in
rows stored as ``Critical``. Here a filter is parsed into the set's canonical spelling, and the
SQL compares it to the stored text with ``COLLATE NOCASE`` (served by a NOCASE index). Stored
text is read back in the set's spelling whatever its writer's: the Rust system wrote some values
as Rust enum names (``NoCallers``, ``ProjectSpecific``), which are ``no_callers`` and
``project_specific`` here (``words``).
"""

from __future__ import annotations

from collections.abc import Sequence

from services.common import errors


def words(value: str) -> str:
    """``value`` as its letters and digits in one case: what two spellings of one member share
    (``NoCallers``, ``no_callers``, ``NO_CALLERS``)."""
    return value.replace("_", "").casefold()


def words_sql(column: str) -> str:
    """SQL of ``words`` over ``column``: compare it to ``words(value)``, and index the same
    expression (``CREATE INDEX ... ON t(lower(replace(col, '_', '')))``) for the index to serve."""
    return f"lower(replace({column}, '_', ''))"


def choice(value: str, field: str, accepted: Sequence[str]) -> str | None:
    """The member of ``accepted`` that ``value`` names, ignoring case and underscores; None for
    "" (no filter); INVALID_ARGUMENT on ``field`` naming the accepted values otherwise."""
    if not value:
        return None
    for member in accepted:
        if words(member) == words(value):
            return member
    raise errors.InvalidArgument(
        errors.FieldViolation(
            field, f"must be one of {', '.join(accepted)} (any case), got {errors.quote(value)}"
        )
    )


def canonical(stored: str | None, accepted: Sequence[str]) -> str:
    """``stored`` (text a row holds, in whatever spelling its writer used) in the set's
    spelling; text outside the set is returned as stored, and NULL as ""."""
    if stored is None:
        return ""
    for member in accepted:
        if words(member) == words(stored):
            return member
    return stored
