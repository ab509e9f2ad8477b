"""One self-contained HTML page: the totals and the gates first, then a table of every violation
in file and line order. No script, no external style sheet, font or image (its style is inline),
so it opens anywhere, offline and as a CI artifact; every value from the database is escaped
with ``html.escape``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from html import escape

from services.drift_storage.reports.rows import Gate, ReportSource, Totals, Violation

STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
.error { color: #b00020; } .warning { color: #9a6700; } .info, .hint { color: #0b5cad; }
.suppressed { opacity: 0.6; }
"""
_VIOLATION_HEAD = ("File", "Line", "Severity", "Rule", "Message", "Pattern", "CWE", "OWASP",
                   "Quick fix", "Flags")  # fmt: skip


def _cell(value: object) -> str:
    return f"<td>{escape('' if value is None else str(value))}</td>"


def _summary(totals: Totals) -> str:
    counts = (
        ("Violations", totals.violations), ("Errors", totals.errors),
        ("Warnings", totals.warnings), ("Info", totals.infos), ("Hints", totals.hints),
        ("Suppressed", totals.suppressed), ("New", totals.new), ("Files", totals.files),
    )  # fmt: skip
    rows = "".join(f"<tr><th>{name}</th><td>{count}</td></tr>" for name, count in counts)
    return f'<h2>Summary</h2>\n<table class="summary">{rows}</table>\n'


def _gates(gates: list[Gate]) -> str:
    if not gates:
        return "<h2>Gates</h2>\n<p>No gate results.</p>\n"
    head = "".join(f"<th>{h}</th>" for h in ("Gate", "Status", "Score", "Summary", "Error"))
    rows = "".join(
        f"<tr>{_cell(g.gate_id)}{_cell(g.status)}{_cell(f'{g.score:.1f}')}{_cell(g.summary)}"
        f"{_cell(g.error)}</tr>\n"
        for g in gates
    )
    return f'<h2>Gates</h2>\n<table class="gates"><tr>{head}</tr>\n{rows}</table>\n'


def _row(violation: Violation) -> str:
    where = f"{violation.line}" + (f":{violation.column}" if violation.column else "")
    flags = ", ".join(
        flag for flag, present in (("new", violation.is_new),
                                   ("suppressed", violation.suppressed)) if present
    )  # fmt: skip
    fix = violation.quick_fix_description or violation.quick_fix_strategy
    css = violation.severity + (" suppressed" if violation.suppressed else "")
    return (
        f'<tr class="{css}">{_cell(violation.file)}{_cell(where)}{_cell(violation.severity)}'
        f"{_cell(violation.rule_id)}{_cell(violation.message)}{_cell(violation.pattern_id)}"
        f"{_cell(violation.cwe_id)}{_cell(violation.owasp_category)}{_cell(fix)}{_cell(flags)}"
        "</tr>\n"
    )


async def render(source: ReportSource) -> AsyncIterator[str]:
    totals = await source.totals()
    gates = await source.gates()
    title = escape(f"Drift report: {source.project}")
    yield (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n"
    )
    yield _summary(totals) + _gates(gates)
    head = "".join(f"<th>{h}</th>" for h in _VIOLATION_HEAD)
    yield '<h2>Violations</h2>\n<table class="violations">\n'
    yield f"<thead><tr>{head}</tr></thead>\n<tbody>\n"
    async for violation in source.violations():
        yield _row(violation)
    yield "</tbody>\n</table>\n</body>\n</html>\n"
