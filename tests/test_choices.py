"""Closed sets of request values: any case in, one spelling out, unknown values refused."""

from __future__ import annotations

import pytest

from services.common import errors
from services.common.choices import canonical, choice

SEVERITIES = ("error", "warning", "info", "hint")


def test_a_value_in_any_case_is_the_sets_spelling() -> None:
    assert choice("WaRNing", "severity", SEVERITIES) == "warning"


def test_an_empty_value_is_no_filter() -> None:
    assert choice("", "severity", SEVERITIES) is None


def test_an_unknown_value_is_refused_naming_the_field_and_the_accepted_values() -> None:
    with pytest.raises(errors.InvalidArgument) as refused:
        choice("fatal", "severity", SEVERITIES)
    (violation,) = refused.value.violations
    assert (violation.field, violation.description) == (
        "severity",
        "must be one of error, warning, info, hint (any case), got 'fatal'",
    )


def test_stored_text_is_answered_in_the_sets_spelling_and_other_text_as_stored() -> None:
    assert [canonical(v, SEVERITIES) for v in ("Error", "odd", None)] == ["error", "odd", ""]


def test_rust_enum_names_and_any_case_are_one_member() -> None:
    reasons = ("no_callers", "no_entry_path")
    assert [canonical(v, reasons) for v in ("NoCallers", "NO_ENTRY_PATH", "noentrypath")] == [
        "no_callers",
        "no_entry_path",
        "no_entry_path",
    ]


def test_a_filter_may_drop_the_underscores() -> None:
    assert choice("falsepositive", "severity", ("false_positive", "suppressed")) == "false_positive"
