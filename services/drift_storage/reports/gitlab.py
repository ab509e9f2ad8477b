"""GitLab Code Quality: the JSON array of CodeClimate issues GitLab reads from a job's
``artifacts:reports:codequality``, one per violation:

    {"type": "issue", "check_name": "no-eval", "description": "Use of eval",
     "categories": ["Security"], "fingerprint": "...", "severity": "critical",
     "location": {"path": "src/app.py", "lines": {"begin": 3, "end": 3}}, "engine_name": "drift"}

Severities: error → critical, warning → major, info → minor, hint → info. The fingerprint (see
``rows.Fingerprints``) is unique within a report and stable when a violation moves to another
line, which is how GitLab tells new issues of a merge request from existing ones.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from services.drift_storage.reports.rows import Fingerprints, ReportSource, Violation

SEVERITIES = {"error": "critical", "warning": "major", "info": "minor", "hint": "info"}


def issue(violation: Violation, fingerprint: str) -> dict[str, Any]:
    """The Code Quality issue of ``violation``."""
    lines = {"begin": violation.line}
    if violation.end_line is not None:
        lines["end"] = violation.end_line
    security = violation.cwe_id is not None or violation.owasp_category is not None
    prefix = "[suppressed] " if violation.suppressed else ""
    return {
        "type": "issue",
        "check_name": violation.rule_id,
        "description": prefix + violation.message,
        "categories": ["Security" if security else "Style"],
        "fingerprint": fingerprint,
        "severity": SEVERITIES[violation.severity],
        "location": {"path": violation.file, "lines": lines},
        "engine_name": "drift",
    }


async def render(source: ReportSource) -> AsyncIterator[str]:
    yield "["
    fingerprints = Fingerprints()
    separator = ""
    async for violation in source.violations():
        yield separator + json.dumps(
            issue(violation, fingerprints.of(violation)), ensure_ascii=False
        )
        separator = ","
    yield "]\n"
