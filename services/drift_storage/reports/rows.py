"""What a report is made of, read through the read pool: the project's violations page by page,
each gate's latest result, and the totals some formats must write before their first violation
(one SQL aggregate each).

Violations come in (file, line, id) order, ``PAGE_ROWS`` a read, each page a keyset read after
the last row of the one before (index ``idx_violations_file_line_id``); JUnit reads them rule by
rule in the same order within a rule (``idx_violations_rule_file_line_id``). Each read is its own
read transaction, so a report streamed while the project is written may show part of a write;
it never shows a row twice.

Stored values are normalised once, here: severities to ``error``, ``warning``, ``info``,
``hint`` in any stored case (anything else counts as ``warning``, in the rows and in the
aggregates alike), lines to at least 1 (lines and columns are 1-based, as the scanner's
``functions.line`` and SARIF's regions; the Rust system wrote 0-based tree-sitter rows), columns
and ends below 1 (or an end before the start) to absent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, NamedTuple, cast

import apsw

from services.common import choices
from services.drift_storage.store import findings

# A read on the project's read pool: ``run(fn, *args)`` is ``fn(conn, *args)`` on a reader.
Reader = Callable[..., Awaitable[Any]]

SEVERITIES = ("error", "warning", "info", "hint")
GATE_STATUSES = ("passed", "failed", "warned", "skipped", "errored", "no_data")
# Violations per read.
PAGE_ROWS = 500

_COLUMNS = (
    "id, file, line, column_num, end_line, end_column, severity, pattern_id, rule_id, message,"
    " quick_fix_strategy, quick_fix_description, cwe_id, owasp_category, suppressed, is_new"
)
# Severity counts of the rows a WHERE clause selects; warnings are what is neither of the
# others, so that text outside the set counts as a warning as ``severity_of`` makes it one.
_SEVERITY_COUNTS = (
    "count(*), coalesce(sum(severity = 'error' COLLATE NOCASE), 0),"
    " coalesce(sum(severity = 'info' COLLATE NOCASE), 0),"
    " coalesce(sum(severity = 'hint' COLLATE NOCASE), 0)"
)
# Selects every violation with include_suppressed bound as ?1, else the unsuppressed ones.
_INCLUDED = "(suppressed = 0 OR ?1)"


def severity_of(stored: str) -> str:
    """A stored severity in the set's spelling; text outside the set is a warning."""
    severity = choices.canonical(stored, SEVERITIES)
    return severity if severity in SEVERITIES else "warning"


class Violation(NamedTuple):
    """One violation, normalised (see the module docstring)."""

    id: str
    file: str
    line: int
    column: int | None
    end_line: int | None
    end_column: int | None
    severity: str
    pattern_id: str
    rule_id: str
    message: str
    quick_fix_strategy: str | None
    quick_fix_description: str | None
    cwe_id: int | None
    owasp_category: str | None
    suppressed: bool
    is_new: bool


def _violation(row: tuple[Any, ...]) -> Violation:
    (id_, file, line, column, end_line, end_column, severity, pattern_id, rule_id, message,
     fix_strategy, fix_description, cwe_id, owasp, suppressed, is_new) = row  # fmt: skip
    line = max(line, 1)
    column = column if column is not None and column >= 1 else None
    end_line = end_line if end_line is not None and end_line >= line else None
    ends = end_line is not None and end_column is not None and end_column >= 1
    return Violation(
        id_, file, line, column, end_line, end_column if ends else None, severity_of(severity),
        pattern_id, rule_id, message, fix_strategy, fix_description, cwe_id, owasp,
        bool(suppressed), bool(is_new),
    )  # fmt: skip


class Gate(NamedTuple):
    """A gate's latest ``gate_results`` row, its status in the set's spelling."""

    gate_id: str
    status: str
    passed: bool
    score: float
    summary: str
    violation_count: int
    warning_count: int
    execution_time_ms: int
    details: str | None
    error: str | None
    run_at: int


class Totals(NamedTuple):
    """Counts over the violations a report shows."""

    violations: int
    errors: int
    warnings: int
    infos: int
    hints: int
    suppressed: int
    new: int
    files: int


class RuleTotals(NamedTuple):
    """Counts over one rule's violations that a report shows."""

    rule_id: str
    violations: int
    errors: int
    warnings: int
    infos: int
    hints: int
    # Violations carrying a CWE id or an OWASP category.
    security: int

    @property
    def worst(self) -> str:
        """The most severe severity among the rule's violations."""
        counts = (self.errors, self.warnings, self.infos, self.hints)
        return next((s for s, n in zip(SEVERITIES, counts, strict=True) if n), "hint")


Cursor = tuple[str, int, str]


def violations_page(
    conn: apsw.Connection,
    include_suppressed: bool,
    after: Cursor | None,
    limit: int,
    rule_id: str | None = None,
) -> tuple[list[Violation], Cursor | None]:
    """Up to ``limit`` violations after the keyset ``after`` (file, stored line, id), in that
    order, of one rule if ``rule_id`` is given, suppressed ones only if ``include_suppressed``;
    and the keyset of the last one (None when there is none)."""
    # Every file is text, and all text is >= '': the first page is a range of the index too.
    keyset = "(file, line, id) > (?2, ?3, ?4)" if after else "file >= ''"
    rule = "rule_id = ?5 AND" if rule_id is not None else ""
    sql = (
        f"SELECT {_COLUMNS} FROM violations WHERE {rule} {keyset} AND {_INCLUDED}"
        " ORDER BY file, line, id LIMIT ?6"
    )
    file, line, id_ = after or ("", 0, "")
    rows = conn.execute(sql, (include_suppressed, file, line, id_, rule_id, limit)).fetchall()
    cursor = cast(Cursor, (rows[-1][1], rows[-1][2], rows[-1][0])) if rows else None
    return [_violation(row) for row in rows], cursor


def latest_gates(conn: apsw.Connection) -> list[Gate]:
    """Each gate's latest result (its highest id: the last one written), by gate id."""
    rows = conn.execute(
        "SELECT g.gate_id, g.status, g.passed, g.score, g.summary, g.violation_count,"
        " g.warning_count, g.execution_time_ms, g.details, g.error, g.run_at"
        " FROM (SELECT max(id) AS id FROM gate_results GROUP BY gate_id) AS latest"
        " JOIN gate_results AS g ON g.id = latest.id ORDER BY g.gate_id"
    )
    return [
        Gate(gate, choices.canonical(status, GATE_STATUSES), bool(passed), *rest)
        for gate, status, passed, *rest in rows
    ]


def totals(conn: apsw.Connection, include_suppressed: bool) -> Totals:
    """Counts over the violations a report shows (one aggregate over the table)."""
    count, errors, infos, hints, suppressed, new, files = (
        conn.execute(
            f"SELECT {_SEVERITY_COUNTS}, coalesce(sum(suppressed), 0), coalesce(sum(is_new), 0),"
            f" count(DISTINCT file) FROM violations WHERE {_INCLUDED}",
            (include_suppressed,),
        ).fetchone()
        or (0,) * 7
    )
    return Totals(
        count, errors, count - errors - infos - hints, infos, hints, suppressed, new, files
    )


def rule_totals(conn: apsw.Connection, include_suppressed: bool) -> list[RuleTotals]:
    """Counts per rule over the violations a report shows, by rule id (one aggregate)."""
    rows = conn.execute(
        f"SELECT rule_id, {_SEVERITY_COUNTS},"
        " coalesce(sum(cwe_id IS NOT NULL OR owasp_category IS NOT NULL), 0)"
        f" FROM violations WHERE {_INCLUDED} GROUP BY rule_id ORDER BY rule_id",
        (include_suppressed,),
    )
    return [
        RuleTotals(rule, count, errors, count - errors - infos - hints, infos, hints, security)
        for rule, count, errors, infos, hints, security in rows
    ]


class ReportSource:
    """The rows of one report of a project, read on demand through ``run``."""

    def __init__(
        self, run: Reader, project: str, include_suppressed: bool, baseline: int | None = None
    ) -> None:
        self._run = run
        self.project = project
        self.include_suppressed = include_suppressed
        # A scan whose recorded findings the report compares with (SARIF's baselineState).
        self.baseline = baseline

    async def totals(self) -> Totals:
        result: Totals = await self._run(totals, self.include_suppressed)
        return result

    async def rules(self) -> list[RuleTotals]:
        result: list[RuleTotals] = await self._run(rule_totals, self.include_suppressed)
        return result

    async def gates(self) -> list[Gate]:
        result: list[Gate] = await self._run(latest_gates)
        return result

    async def violations(self, rule_id: str | None = None) -> AsyncIterator[Violation]:
        """Every violation the report shows (of one rule if given), read page by page."""
        after: Cursor | None = None
        while True:
            page, after = await self._run(
                violations_page, self.include_suppressed, after, PAGE_ROWS, rule_id
            )
            for violation in page:
                yield violation
            if len(page) < PAGE_ROWS:
                return

    async def baseline_levels(self, fingerprints: list[str]) -> dict[str, str]:
        """The level the baseline scan saw each of ``fingerprints`` at, for those it had."""
        assert self.baseline is not None
        levels: dict[str, str] = await self._run(findings.levels_in, self.baseline, fingerprints)
        return levels

    async def baseline_violations(self) -> AsyncIterator[findings.DiffEntry]:
        """Every violation the baseline scan recorded, by fingerprint, read page by page."""
        assert self.baseline is not None
        after = ""
        while True:
            page: list[findings.DiffEntry] = await self._run(
                findings.snapshot_page, self.baseline, "violation", after, PAGE_ROWS
            )
            for entry in page:
                yield entry
            if len(page) < PAGE_ROWS:
                return
            after = page[-1].fingerprint


class Fingerprints:
    """Fingerprints of violations met in (file, line, id) order: ``store.findings``' finding
    fingerprint (rule, file, normalised message and rank among the file's violations of the
    same rule and message; not the line), so that an unsuppressed violation has the fingerprint
    FindingsService knows it by. Suppressed violations, which are no findings there, are counted
    apart and hashed as another kind, so that they never take an unsuppressed one's fingerprint.
    Holds the counts of one file at a time."""

    def __init__(self) -> None:
        self._file: str | None = None
        self._seen: dict[tuple[bool, str, str], int] = {}

    def of(self, violation: Violation) -> str:
        if violation.file != self._file:
            self._file, self._seen = violation.file, {}
        text = findings.normalise(violation.message)
        key = (violation.suppressed, violation.rule_id, text)
        rank = self._seen[key] = self._seen.get(key, 0) + 1
        kind = "suppressed_violation" if violation.suppressed else "violation"
        return findings.fingerprint(kind, violation.rule_id, violation.file, text, rank)
