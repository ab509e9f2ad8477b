"""Closed sets of request values (severities, tiers, zones...): matched without regard to case,
answered in one spelling, and refused with the accepted values named when unknown.

The Rust system compared such strings exactly, so a filter spelled ``critical`` found nothing in
rows stored as ``Critical``. Here a filter is parsed into the set's canonical spelling, and the
SQL compares it to the stored text with ``COLLATE NOCASE`` (served by a NOCASE index).
"""

from __future__ import annotations

from collections.abc import Sequence

from services.common import errors


def choice(value: str, field: str, accepted: Sequence[str]) -> str | None:
    """The member of ``accepted`` that ``value`` names, ignoring case; None for "" (no filter);
    INVALID_ARGUMENT on ``field`` naming the accepted values otherwise."""
    if not value:
        return None
    for member in accepted:
        if member.casefold() == value.casefold():
            return member
    raise errors.InvalidArgument(
        errors.FieldViolation(
            field, f"must be one of {', '.join(accepted)} (any case), got {errors.quote(value)}"
        )
    )


def canonical(stored: str | None, accepted: Sequence[str]) -> str:
    """``stored`` (text a row holds, in whatever case its writer used) in the set's spelling;
    text outside the set is returned as stored, and NULL as ""."""
    if stored is None:
        return ""
    for member in accepted:
        if member.casefold() == stored.casefold():
            return member
    return stored
