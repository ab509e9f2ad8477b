"""SARIF 2.1.0: one run whose tool.driver.rules are the rules the report's violations name, and
one result per violation.

A result has its rule (``ruleId`` and ``ruleIndex``), a level from the severity (error → error,
warning → warning, info and hint → note), its location (the file as a relative URI under
``%SRCROOT%``, and a region of 1-based lines and columns), ``partialFingerprints`` (see
``rows.Fingerprints``: rule, file and message, not the line) and the rest of the violation in
its property bag. A suppressed violation (``include_suppressed``) carries a ``suppressions``
entry; the gates' latest results are in the run's property bag. Given a baseline scan, each
result has a ``baselineState`` and the baseline's violations that are gone follow as ``absent``
results.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

from services.drift_storage.reports.rows import (
    PAGE_ROWS,
    Fingerprints,
    Gate,
    ReportSource,
    Violation,
)

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVELS = {"error": "error", "warning": "warning", "info": "note", "hint": "note"}
FINGERPRINT = "drift/v1"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _region(violation: Violation) -> dict[str, int]:
    region = {"startLine": violation.line}
    if violation.column is not None:
        region["startColumn"] = violation.column
    if violation.end_line is not None:
        region["endLine"] = violation.end_line
        if violation.end_column is not None:
            region["endColumn"] = violation.end_column
    return region


def _properties(violation: Violation) -> dict[str, Any]:
    optional = {
        "cweId": violation.cwe_id,
        "owaspCategory": violation.owasp_category,
        "quickFixStrategy": violation.quick_fix_strategy,
        "quickFixDescription": violation.quick_fix_description,
    }
    return {
        "violationId": violation.id,
        "patternId": violation.pattern_id,
        "severity": violation.severity,
        "isNew": violation.is_new,
        **{key: value for key, value in optional.items() if value is not None},
    }


def result(violation: Violation, rule_index: int | None, fingerprint: str) -> dict[str, Any]:
    """The SARIF result of ``violation``; ``rule_index`` is None for a rule the run's rules lack
    (one written after they were read)."""
    found: dict[str, Any] = {"ruleId": violation.rule_id}
    if rule_index is not None:
        found["ruleIndex"] = rule_index
    found.update(
        level=LEVELS[violation.severity],
        message={"text": violation.message},
        locations=[
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": quote(violation.file), "uriBaseId": "%SRCROOT%"},
                    "region": _region(violation),
                }
            }
        ],
        partialFingerprints={FINGERPRINT: fingerprint},
        properties=_properties(violation),
    )
    if violation.suppressed:
        found["suppressions"] = [{"kind": "external", "status": "accepted"}]
    return found


async def _against_baseline(
    source: ReportSource, index: dict[str, int], fingerprints: Fingerprints
) -> AsyncIterator[str]:
    """The results with their ``baselineState``, then the baseline's violations the project no
    longer has as ``absent`` results. Looked up a page at a time; the fingerprints met are kept
    (16 characters a violation) to know which of the baseline's are absent."""
    seen: set[str] = set()
    batch: list[tuple[Violation, str]] = []

    async def flush() -> AsyncIterator[str]:
        levels = await source.baseline_levels([fp for _, fp in batch])
        for violation, fp in batch:
            found = result(violation, index.get(violation.rule_id), fp)
            before = levels.get(fp)
            state = "new" if before is None else "unchanged"
            if before is not None and before != found["level"]:
                state = "updated"
            found["baselineState"] = state
            yield _dumps(found)
        batch.clear()

    async for violation in source.violations():
        fp = fingerprints.of(violation)
        seen.add(fp)
        batch.append((violation, fp))
        if len(batch) >= PAGE_ROWS:
            async for text in flush():
                yield text
    async for text in flush():
        yield text
    async for gone in source.baseline_violations():
        if gone.fingerprint in seen:
            continue
        absent: dict[str, Any] = {"ruleId": gone.rule}
        if gone.rule in index:
            absent["ruleIndex"] = index[gone.rule]
        absent.update(
            level=gone.level,
            message={"text": gone.message},
            locations=[
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": quote(gone.file), "uriBaseId": "%SRCROOT%"},
                        "region": {"startLine": max(gone.line, 1)},
                    }
                }
            ],
            partialFingerprints={FINGERPRINT: gone.fingerprint},
            baselineState="absent",
        )
        yield _dumps(absent)


def _gate(gate: Gate) -> dict[str, Any]:
    return {
        "gateId": gate.gate_id,
        "status": gate.status,
        "passed": gate.passed,
        "score": gate.score,
        "summary": gate.summary,
    }


async def render(source: ReportSource) -> AsyncIterator[str]:
    rules = await source.rules()
    index = {rule.rule_id: i for i, rule in enumerate(rules)}
    driver = {
        "name": "drift",
        "rules": [
            {"id": rule.rule_id, "defaultConfiguration": {"level": LEVELS[rule.worst]}}
            for rule in rules
        ],
    }
    yield f'{{"$schema":{_dumps(SCHEMA)},"version":"2.1.0","runs":[{{"tool":'
    yield f'{{"driver":{_dumps(driver)}}},"columnKind":"unicodeCodePoints","results":['
    fingerprints = Fingerprints()
    separator = ""
    if source.baseline is None:
        async for violation in source.violations():
            found = result(violation, index.get(violation.rule_id), fingerprints.of(violation))
            yield separator + _dumps(found)
            separator = ","
    else:
        async for text in _against_baseline(source, index, fingerprints):
            yield separator + text
            separator = ","
    gates = [_gate(gate) for gate in await source.gates()]
    yield f'],"properties":{{"project":{_dumps(source.project)},"gates":{_dumps(gates)}}}}}]}}\n'
