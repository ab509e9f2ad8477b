"""JUnit XML, as CI systems read test results: a test suite ``drift gates`` with one test case
per gate (its latest result: failed → failure, errored → error, skipped and no_data → skipped,
passed and warned → passed), then one test suite per rule with one test case per violation
(named ``file:line[:column]``): an error is a failure; a warning, info or hint passes, its
message in ``system-out``, so that only errors fail a build that fails on failed tests.

The suites' counts come first in XML, so they are read before the test cases: the gates, and
one aggregate of the violations per rule.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from xml.sax.saxutils import escape, quoteattr

from services.drift_storage.reports.rows import Gate, ReportSource, RuleTotals, Violation

GATES_SUITE = "drift gates"
# Characters XML 1.0 does not allow in a document, whatever the escaping.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_GATE_OUTCOMES = {"failed": "failure", "errored": "error", "skipped": "skipped",
                  "no_data": "skipped"}  # fmt: skip


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", value))


def _attr(value: object) -> str:
    return quoteattr(_NOT_XML.sub("\ufffd", str(value)))


def _gate_case(gate: Gate) -> str:
    outcome = _GATE_OUTCOMES.get(gate.status)
    head = (
        f"<testcase classname={_attr(GATES_SUITE)} name={_attr(gate.gate_id)}"
        f" time={_attr(gate.execution_time_ms / 1000)}>"
    )
    body = f"status {gate.status}, score {gate.score}: {gate.summary}"
    if gate.error:
        body += f"\n{gate.error}"
    if outcome is None:
        return f"{head}<system-out>{_text(body)}</system-out></testcase>\n"
    if outcome == "skipped":
        return f"{head}<skipped message={_attr(gate.summary)}/></testcase>\n"
    return (
        f"{head}<{outcome} message={_attr(gate.summary)} type={_attr(gate.status)}>"
        f"{_text(body)}</{outcome}></testcase>\n"
    )


def _violation_case(violation: Violation) -> str:
    where = f"{violation.file}:{violation.line}"
    if violation.column is not None:
        where += f":{violation.column}"
    notes = [note for note, present in (("new", violation.is_new),
             ("suppressed", violation.suppressed)) if present]  # fmt: skip
    body = f"{where}: {violation.severity}: {violation.message} ({violation.pattern_id})"
    if notes:
        body += f" [{', '.join(notes)}]"
    if violation.quick_fix_description:
        body += f"\nquick fix: {violation.quick_fix_description}"
    head = f'<testcase classname={_attr(violation.rule_id)} name={_attr(where)} time="0">'
    if violation.severity == "error":
        return (
            f'{head}<failure message={_attr(violation.message)} type="error">'
            f"{_text(body)}</failure></testcase>\n"
        )
    return f"{head}<system-out>{_text(body)}</system-out></testcase>\n"


def _suite(name: str, tests: int, failures: int, errors: int, skipped: int) -> str:
    return (
        f'<testsuite name={_attr(name)} tests="{tests}" failures="{failures}"'
        f' errors="{errors}" skipped="{skipped}" time="0">\n'
    )


async def render(source: ReportSource) -> AsyncIterator[str]:
    gates = await source.gates()
    rules: list[RuleTotals] = await source.rules()
    outcomes = [_GATE_OUTCOMES.get(gate.status) for gate in gates]
    gate_counts = [outcomes.count(outcome) for outcome in ("failure", "error", "skipped")]
    tests = len(gates) + sum(rule.violations for rule in rules)
    failures = gate_counts[0] + sum(rule.errors for rule in rules)
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield (
        f'<testsuites name="drift" tests="{tests}" failures="{failures}"'
        f' errors="{gate_counts[1]}" skipped="{gate_counts[2]}" time="0">\n'
    )
    if gates:
        yield _suite(GATES_SUITE, len(gates), *gate_counts)
        for gate in gates:
            yield _gate_case(gate)
        yield "</testsuite>\n"
    for rule in rules:
        yield _suite(rule.rule_id, rule.violations, rule.errors, 0, 0)
        async for violation in source.violations(rule.rule_id):
            yield _violation_case(violation)
        yield "</testsuite>\n"
    yield "</testsuites>\n"
