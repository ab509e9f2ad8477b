"""Drift's own JSON report: the shape of the Rust `driftReport`'s Violation and GateResult
(snake_case fields, absent values as null), plus a summary and each violation's fingerprint.
Its JSON schema is docs/report.schema.json; docs/reports.md describes it."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from services.drift_storage.reports.rows import Fingerprints, ReportSource

VERSION = 1


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


async def render(source: ReportSource) -> AsyncIterator[str]:
    totals = await source.totals()
    gates = [gate._asdict() for gate in await source.gates()]
    head = {
        "version": VERSION,
        "project": source.project,
        "include_suppressed": source.include_suppressed,
        "summary": totals._asdict(),
        "gates": gates,
    }
    # The head object without its closing brace, then the violations array.
    yield _dumps(head)[:-1] + ',"violations":['
    fingerprints = Fingerprints()
    separator = ""
    async for violation in source.violations():
        row = {"fingerprint": fingerprints.of(violation), **violation._asdict()}
        yield separator + _dumps(row)
        separator = ","
    yield "]}\n"
