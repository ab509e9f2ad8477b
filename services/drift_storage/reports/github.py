"""GitHub Actions workflow commands: one annotation per violation,

    ::error file=src/app.py,line=3,col=5,endLine=3,endColumn=9,title=no-eval::Use of eval

(``error`` for errors, ``warning`` for warnings, ``notice`` for info and hints), then one per
gate whose latest result failed or errored (``error``) or warned (``warning``). Printed by a
workflow step, each line becomes an annotation on the file and line. Values are escaped as
GitHub's toolkit does: in the message ``%``, CR and LF; in properties also ``:`` and ``,``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from services.drift_storage.reports.rows import ReportSource, Violation

COMMANDS = {"error": "error", "warning": "warning", "info": "notice", "hint": "notice"}
GATE_COMMANDS = {"failed": "error", "errored": "error", "warned": "warning"}


def escape_data(text: str) -> str:
    """A command's message, escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command property's value, escaped."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, str | int | None], message: str) -> str:
    """One workflow command line; properties that are None are left out."""
    listed = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in properties.items()
        if value is not None
    )
    return f"::{name} {listed}::{escape_data(message)}\n"


def _annotation(violation: Violation) -> str:
    properties: dict[str, str | int | None] = {
        "file": violation.file,
        "line": violation.line,
        "col": violation.column,
        "endLine": violation.end_line,
        "endColumn": violation.end_column,
        "title": violation.rule_id,
    }
    prefix = "[suppressed] " if violation.suppressed else ""
    return command(COMMANDS[violation.severity], properties, prefix + violation.message)


async def render(source: ReportSource) -> AsyncIterator[str]:
    async for violation in source.violations():
        yield _annotation(violation)
    for gate in await source.gates():
        name = GATE_COMMANDS.get(gate.status)
        if name is not None:
            yield command(name, {"title": f"drift gate {gate.gate_id}"}, gate.summary)
