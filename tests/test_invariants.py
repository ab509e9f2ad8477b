"""The architecture's invariants, checked over the source tree."""

from __future__ import annotations

import re
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[1] / "services"
GENERATED = SERVICES / "contracts"


def source_files() -> list[Path]:
    return [p for p in SERVICES.rglob("*.py") if GENERATED not in p.parents]


def offenders(pattern: str, allowed: set[str]) -> list[str]:
    regex = re.compile(pattern, re.IGNORECASE)
    return [
        f"{path.relative_to(SERVICES)}:{number}: {line.strip()}"
        for path in source_files()
        if str(path.relative_to(SERVICES)) not in allowed
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if regex.search(line)
    ]


def test_no_table_is_created_or_altered_outside_migrations() -> None:
    """Invariant 3: schema only from migrations/."""
    assert offenders(r"\b(CREATE\s+(VIRTUAL\s+)?TABLE|ALTER\s+TABLE|DROP\s+TABLE)\b", set()) == []


def test_transactions_are_controlled_only_by_the_writer_and_the_migration_runner() -> None:
    """Invariant 1: nobody else begins, commits or rolls back."""
    # A statement in a string; not a JSON key such as the "begin" of a report's line range.
    pattern = r"[\"'](BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b(?![\"']\s*:)"
    allowed = {"common/writer.py", "common/migrations.py"}
    assert offenders(pattern, allowed) == []


def test_only_the_database_module_opens_connections() -> None:
    """Connections come from Database (writer, readers, inspector), with its pragmas."""
    allowed = {"common/database.py"}
    assert offenders(r"apsw\.Connection\(", allowed) == []
