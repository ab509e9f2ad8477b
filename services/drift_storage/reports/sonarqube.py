"""SonarQube's generic issue import format, as SonarQube 10.3 and later read it
(``sonar.externalIssuesReportPaths``): ``{"rules": [...], "issues": [...]}``.

A rule per drift rule the report's violations name: engine ``drift``, one impact whose software
quality is SECURITY when any of its violations carries a CWE id or an OWASP category (clean code
attribute TRUSTWORTHY), else MAINTAINABILITY (CONVENTIONAL), and whose severity is that of the
rule's most severe violation (error → HIGH, warning → MEDIUM, info and hint → LOW): in this
format a severity belongs to the rule, not to an issue. An issue per violation: its rule, its
message, the file and a text range whose lines are 1-based and whose columns SonarQube counts
from 0 (ours from 1, so one less). Columns are given only with a range that ends after it
starts, since SonarQube refuses an empty one.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from services.drift_storage.reports.rows import ReportSource, RuleTotals, Violation

ENGINE = "drift"
IMPACT_SEVERITIES = {"error": "HIGH", "warning": "MEDIUM", "info": "LOW", "hint": "LOW"}


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def rule(totals: RuleTotals) -> dict[str, Any]:
    """The SonarQube rule of one drift rule."""
    security = totals.security > 0
    return {
        "id": totals.rule_id,
        "name": totals.rule_id,
        "description": f"Drift rule {totals.rule_id}.",
        "engineId": ENGINE,
        "cleanCodeAttribute": "TRUSTWORTHY" if security else "CONVENTIONAL",
        "impacts": [
            {
                "softwareQuality": "SECURITY" if security else "MAINTAINABILITY",
                "severity": IMPACT_SEVERITIES[totals.worst],
            }
        ],
    }


def _text_range(violation: Violation) -> dict[str, int]:
    text_range = {"startLine": violation.line}
    column, end_line, end_column = violation.column, violation.end_line, violation.end_column
    if end_line is not None:
        text_range["endLine"] = end_line
        if (
            column is not None
            and end_column is not None
            and (end_line, end_column) > (violation.line, column)
        ):
            text_range["startColumn"] = column - 1
            text_range["endColumn"] = end_column - 1
    return text_range


def issue(violation: Violation) -> dict[str, Any]:
    """The SonarQube issue of ``violation``."""
    prefix = "[suppressed] " if violation.suppressed else ""
    return {
        "ruleId": violation.rule_id,
        "primaryLocation": {
            "message": prefix + violation.message,
            "filePath": violation.file,
            "textRange": _text_range(violation),
        },
    }


async def render(source: ReportSource) -> AsyncIterator[str]:
    rules = [rule(totals) for totals in await source.rules()]
    yield f'{{"rules":{_dumps(rules)},"issues":['
    separator = ""
    async for violation in source.violations():
        yield separator + _dumps(issue(violation))
        separator = ","
    yield "]}\n"
