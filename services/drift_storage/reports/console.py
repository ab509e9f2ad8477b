"""Plain text for people: violations grouped by file (in line order), the gates, then totals.

src/app.py
  3:5  error    Use of eval  [no-eval]
  9    warning  SQL built by concatenation  [sql-concat] (new)

gates
  pattern-compliance  passed  score 100.0  all patterns compliant

2 violations in 1 file: 1 error, 1 warning, 0 info, 0 hints
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from services.drift_storage.reports.rows import ReportSource, Totals, Violation


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _line(violation: Violation) -> str:
    where = f"{violation.line}" + (f":{violation.column}" if violation.column else "")
    notes = "".join(
        f" ({note})"
        for note, present in (("new", violation.is_new), ("suppressed", violation.suppressed))
        if present
    )
    # One line per violation, whatever the message holds.
    message = " ".join(violation.message.split())
    return f"  {where:<8} {violation.severity:<8} {message}  [{violation.rule_id}]{notes}\n"


def totals_line(totals: Totals) -> str:
    """The closing line: what the report holds."""
    return (
        f"{_plural(totals.violations, 'violation')} in {_plural(totals.files, 'file')}:"
        f" {_plural(totals.errors, 'error')}, {_plural(totals.warnings, 'warning')},"
        f" {totals.infos} info, {_plural(totals.hints, 'hint')}\n"
    )


async def render(source: ReportSource) -> AsyncIterator[str]:
    totals = await source.totals()
    yield f"drift report for {source.project}\n"
    file = None
    async for violation in source.violations():
        if violation.file != file:
            file = violation.file
            yield f"\n{file}\n"
        yield _line(violation)
    gates = await source.gates()
    if gates:
        yield "\ngates\n"
    for gate in gates:
        summary = " ".join(gate.summary.split())
        yield f"  {gate.gate_id}  {gate.status}  score {gate.score:.1f}  {summary}\n"
    yield "\n" + totals_line(totals)
