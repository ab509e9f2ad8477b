"""``drift-services memories ...`` against a cortex service process."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.processes import ServiceProcess, run_cli


@pytest.fixture
def cortex(tmp_path: Path) -> Iterator[ServiceProcess]:
    with ServiceProcess(
        "cortex", "--port", "0", "--db", str(tmp_path / "cortex.db"), cwd=tmp_path
    ) as running:
        yield running


def run(cortex: ServiceProcess, *args: str) -> subprocess.CompletedProcess[str]:
    """``drift-services memories ARGS`` against ``cortex``."""
    return run_cli(
        "memories", *args, "--cortex-address", cortex.address, cwd=Path(cortex.db).parent
    )


def memories(cortex: ServiceProcess, *args: str) -> str:
    result = run(cortex, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_memory_added_with_text_and_tags_reads_back(cortex: ServiceProcess) -> None:
    text = ["--content", "never force-push main"]
    tags = ["--tag", "git", "--tag", "team"]
    added = json.loads(memories(cortex, "add", "--type", "tribal", *text, *tags, "--json"))
    got = json.loads(memories(cortex, "get", added["id"], "--json"))
    assert (got["memory_type"], got["content"]["knowledge"], got["tags"]) == (
        "tribal",
        "never force-push main",
        ["git", "team"],
    )


def test_an_unknown_type_is_refused_before_any_call(cortex: ServiceProcess) -> None:
    result = run(cortex, "add", "--type", "gossip", "--content", "x")
    assert (result.returncode, result.stderr.splitlines()[0][:61]) == (
        1,
        "drift-services memories: error: unknown memory type 'gossip';",
    )


def test_a_missing_memory_is_reported_as_not_found(cortex: ServiceProcess) -> None:
    result = run(cortex, "get", "nope")
    assert (result.returncode, result.stderr) == (
        1,
        "drift-services memories: error: NOT_FOUND: no memory has id 'nope'\n",
    )
