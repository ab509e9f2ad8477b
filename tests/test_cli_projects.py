"""``drift-services projects ...`` and ``--project`` against a drift service of a data dir."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.processes import ServiceProcess, run_cli
from tests.test_adoption import rust_database


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ServiceProcess]:
    (tmp_path / "repos").mkdir()
    with ServiceProcess(
        "drift", "--port", "0", "--data-dir", str(tmp_path / "data"),
        "--allowed-roots", str(tmp_path / "repos"), cwd=tmp_path,
    ) as running:  # fmt: skip
        yield running


def cli(service: ServiceProcess, *args: str, cwd: Path) -> str:
    result = run_cli(*args, "--drift-address", service.address, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return result.stdout


def tree(root: Path, *names: str) -> Path:
    root.mkdir(parents=True)
    for name in names:
        (root / name).write_text("x = 1\n")
    return root


def test_create_list_and_delete_projects(service: ServiceProcess, tmp_path: Path) -> None:
    alpha = tree(tmp_path / "repos" / "alpha", "a.py")
    cli(service, "projects", "create", "alpha", "--root", str(alpha), cwd=tmp_path)
    listed = json.loads(cli(service, "projects", "list", "--json", cwd=tmp_path))
    deleted = cli(service, "projects", "delete", "alpha", cwd=tmp_path)
    after = json.loads(cli(service, "projects", "list", "--json", cwd=tmp_path))

    assert [(p["name"], p["root"]) for p in listed] == [("projects/alpha", str(alpha))]
    assert deleted == "deleted projects/alpha\n"
    assert after == []


def test_a_scan_creates_a_project_for_its_directory_and_reads_find_it_from_the_cwd(
    service: ServiceProcess, tmp_path: Path
) -> None:
    alpha = tree(tmp_path / "repos" / "alpha", "a.py")
    beta = tree(tmp_path / "repos" / "beta", "b.py", "c.py")
    for root in (alpha, beta):
        scanned = run_cli("scan", str(root), "--drift-address", service.address, cwd=tmp_path)
        assert scanned.returncode == 0, scanned.stderr
        assert f"created project projects/{root.name} for {root}" in scanned.stderr

    from_beta = json.loads(cli(service, "files", "--json", cwd=beta))
    named = json.loads(cli(service, "files", "--json", "--project", "alpha", cwd=tmp_path))
    rescanned = run_cli("scan", str(alpha), "--drift-address", service.address, cwd=tmp_path)

    assert [f["path"] for f in from_beta] == ["b.py", "c.py"]
    assert [f["path"] for f in named] == ["a.py"]
    assert "created project" not in rescanned.stderr  # the second scan found its project


def test_import_copies_a_rust_database_into_a_project(
    service: ServiceProcess, tmp_path: Path
) -> None:
    source = rust_database(tmp_path / "repos", 9, wal=False)
    root = tree(tmp_path / "repos" / "legacy", "x.py")
    result = run_cli(
        "projects", "import", str(source), "--project", "legacy", "--root", str(root), "--json",
        "--drift-address", service.address, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    files = json.loads(cli(service, "files", "--json", "--project", "legacy", cwd=tmp_path))

    assert [p["name"] for p in json.loads(result.stdout)] == ["projects/legacy"]
    assert "schema version 9 -> " in result.stderr and "1 rows before, 1 after" in result.stderr
    assert [f["path"] for f in files] == ["src/app.py"]
    assert source.exists()  # copied, not moved


def test_an_unknown_project_is_a_one_line_error(service: ServiceProcess, tmp_path: Path) -> None:
    result = run_cli("files", "--project", "nope", "--drift-address", service.address, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0].startswith("drift-services files: error: ")
    assert "no project projects/nope" in result.stderr
