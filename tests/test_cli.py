"""The ``drift-services`` command line: migrate, configuration by environment, up, status.

Every test runs the real command as a subprocess (see ``tests/processes.py``) in a temporary
working directory, on loopback ports, and checks what a user sees: output, exit codes, and the
databases and processes left behind.
"""

from __future__ import annotations

import ast
import contextlib
import importlib.metadata
import re
import signal
import socket
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import apsw
import psutil
import pytest

from services.cli.definitions import definition
from services.common.config import SERVICES
from tests.processes import (
    CliProcess,
    ServiceProcess,
    assert_clean_failure,
    free_ports,
    run_cli,
    wait_for_health,
)
from tests.test_adoption import rust_database

REPOSITORY = Path(__file__).resolve().parents[1]
SERVING_LINE = r"^up: serving; press Ctrl-C to stop$"
STATUS_LINE = re.compile(r"^(?P<name>drift|cortex|bridge)\s+(?P<address>\S+)\s+(?P<status>\S+)$")


def latest(service: str) -> int:
    return definition(service).schema.latest


def migration_files(service: str) -> list[str]:
    return [m.path.name for m in definition(service).schema.migrations()]


def stored_version(service: str, db: Path) -> int:
    """The schema version recorded in ``db``, read the way each service stores it."""
    query = {
        "drift": "PRAGMA user_version",
        "cortex": "SELECT MAX(version) FROM schema_version",
        "bridge": "SELECT version FROM bridge_schema_version",
    }[service]
    conn = apsw.Connection(str(db), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        return int(conn.execute(query).get)
    finally:
        conn.close()


def statuses(output: str) -> dict[str, tuple[str, str]]:
    """``{service: (address, status)}`` from the output of ``drift-services status``."""
    found = {}
    for line in output.splitlines():
        match = STATUS_LINE.match(line.strip())
        if match:
            found[match["name"]] = (match["address"], match["status"])
    return found


def status_args(ports: dict[str, int]) -> list[str]:
    args = []
    for name in SERVICES:
        args += [f"--{name}-address", f"127.0.0.1:{ports[name]}"]
    return args


# -- migrate -----------------------------------------------------------------------------------


def test_migrate_creates_the_three_databases_at_their_latest_versions(tmp_path: Path) -> None:
    """``migrate`` on an empty data directory creates cortex.db and bridge.db, applies every
    migration file of each, prints ``from -> to`` versions with the files applied, and records
    the latest version in each service's own version store; drift has no project to migrate."""
    result = run_cli("migrate", "--data-dir", "data", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert "drift: no projects in data/projects\n" in result.stdout
    for name in ("cortex", "bridge"):
        applied = ", ".join(migration_files(name))
        line = rf"^{name}: \S*{name}\.db version 0 -> {latest(name)} \({re.escape(applied)}\)$"
        assert re.search(line, result.stdout, re.MULTILINE), result.stdout
        assert stored_version(name, tmp_path / "data" / f"{name}.db") == latest(name)


def test_migrate_twice_has_nothing_to_apply_and_check_reports_up_to_date(tmp_path: Path) -> None:
    """A second ``migrate`` applies nothing and says so; ``migrate --check`` then reports every
    database as up to date at the latest version."""
    legacy = tmp_path / "data" / "projects" / "legacy"
    legacy.mkdir(parents=True)
    rust_database(legacy, 9, wal=False)  # a project database at an old version
    assert run_cli("migrate", "--data-dir", "data", cwd=tmp_path).returncode == 0

    again = run_cli("migrate", "--data-dir", "data", cwd=tmp_path)
    check = run_cli("migrate", "--check", "--data-dir", "data", cwd=tmp_path)

    assert again.returncode == 0, again.stderr
    assert check.returncode == 0, check.stderr
    for name in SERVICES:
        version = latest(name)
        nothing = rf"^{name}: \S+ version {version} -> {version} \(nothing to apply\)$"
        assert re.search(nothing, again.stdout, re.MULTILINE), again.stdout
        up_to_date = rf"^{name}: \S+ at version {version} of {version} \(up to date\)$"
        assert re.search(up_to_date, check.stdout, re.MULTILINE), check.stdout


def test_migrate_check_reports_pending_migrations_without_creating_databases(
    tmp_path: Path,
) -> None:
    """``migrate --check`` on an empty data directory reports every migration as pending and
    writes nothing."""
    result = run_cli("migrate", "--check", "--data-dir", "data", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    for name in ("cortex", "bridge"):
        pending = rf"^{name}: \S+ at version 0 of {latest(name)} \({latest(name)} pending\)$"
        assert re.search(pending, result.stdout, re.MULTILINE), result.stdout
    assert not list(tmp_path.rglob("*.db*"))


def test_migrate_an_unknown_service_fails_with_a_clear_error(tmp_path: Path) -> None:
    """``migrate nosuchservice`` exits 1 with an error naming the unknown service, no traceback,
    and creates no database."""
    result = run_cli("migrate", "nosuchservice", "--data-dir", "data", cwd=tmp_path)

    stderr = assert_clean_failure(result)
    assert result.returncode == 1
    assert "unknown service 'nosuchservice'" in stderr
    assert not list(tmp_path.rglob("*.db*"))


def test_up_refuses_port_zero_and_shared_ports(tmp_path: Path) -> None:
    """``up`` must know each service's port to watch its health: 0 or a repeated port is refused
    at once instead of timing out."""
    for ports in (["--drift-port", "0"], ["--cortex-port", "50051"]):
        result = run_cli("up", "--data-dir", "data", *ports, cwd=tmp_path)
        stderr = assert_clean_failure(result)
        assert result.returncode == 1
        assert "distinct, non-zero ports" in stderr
    assert not list(tmp_path.rglob("*.db*"))


# -- configuration by environment variables ------------------------------------------------------


def test_a_bad_environment_value_is_refused_like_a_bad_flag(tmp_path: Path) -> None:
    """``DRIFT_SERVICES_READ_POOL_SIZE=abc`` makes ``serve`` fail at argument parsing (exit 2)
    with an error naming the option and the bad value, before any database is created."""
    result = run_cli(
        "serve", "drift", "--port", "0", "--db", "drift.db",
        cwd=tmp_path, env={"DRIFT_SERVICES_READ_POOL_SIZE": "abc"}, timeout=30,
    )  # fmt: skip

    stderr = assert_clean_failure(result)
    assert result.returncode == 2
    assert "--read-pool-size" in stderr
    assert "'abc'" in stderr
    assert "DRIFT_SERVICES_READ_POOL_SIZE" in stderr
    assert not (tmp_path / "drift.db").exists()


def test_environment_variables_configure_serve_without_flags(tmp_path: Path) -> None:
    """With ``DRIFT_SERVICES_PORT=0`` and ``DRIFT_SERVICES_DB=<file>`` and no flags, ``serve``
    listens on an ephemeral port and uses that database file."""
    db = tmp_path / "from-env.db"
    env = {"DRIFT_SERVICES_PORT": "0", "DRIFT_SERVICES_DB": str(db)}

    with ServiceProcess("drift", cwd=tmp_path, env=env) as server:
        assert server.db == str(db)
        assert server.port not in (0, 50051)
        assert wait_for_health(server.address) == "SERVING"
        assert db.exists()
    assert not (tmp_path / ".drift").exists(), "the default data directory was not used"


def test_a_flag_overrides_its_environment_variable(tmp_path: Path) -> None:
    """``--db`` and ``--port`` win over ``DRIFT_SERVICES_DB`` and ``DRIFT_SERVICES_PORT``: the
    environment's database is never created and its (occupied) port is not used."""
    env_db, flag_db = tmp_path / "env.db", tmp_path / "flag.db"
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as occupied:
        occupied.bind(("127.0.0.1", 0))
        occupied.listen()
        env = {
            "DRIFT_SERVICES_DB": str(env_db),
            "DRIFT_SERVICES_PORT": str(occupied.getsockname()[1]),
        }

        with ServiceProcess(
            "drift",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--db",
            str(flag_db),
            cwd=tmp_path,
            env=env,
        ) as server:
            assert server.db == str(flag_db)
            assert server.port != occupied.getsockname()[1]
            assert wait_for_health(server.address) == "SERVING"
    assert flag_db.exists()
    assert not env_db.exists()


# -- up and status -------------------------------------------------------------------------------


def served_by(process: psutil.Process) -> str | None:
    """NAME for a ``drift-services serve NAME`` process, else None."""
    command = process.cmdline()
    if "serve" not in command[:-1]:
        return None
    return command[command.index("serve") + 1]


class Up:
    """A running ``drift-services up`` with its ports and data directory."""

    def __init__(self, tmp_path: Path, *extra: str, env: dict[str, str] | None = None) -> None:
        self.data_dir = tmp_path / "data"
        self.ports = dict(zip(SERVICES, free_ports(len(SERVICES)), strict=True))
        port_args = [arg for n in SERVICES for arg in (f"--{n}-port", str(self.ports[n]))]
        self.cli = CliProcess(
            "up", "--data-dir", str(self.data_dir), "--host", "127.0.0.1", *port_args, *extra,
            cwd=tmp_path, env=env,
        )  # fmt: skip
        try:
            self.cli.wait_for_line(SERVING_LINE, timeout=60)
        except BaseException:
            self.close()
            raise

    def address(self, name: str) -> str:
        return f"127.0.0.1:{self.ports[name]}"

    def children(self) -> list[psutil.Process]:
        return psutil.Process(self.cli.pid).children(recursive=True)

    def child(self, name: str) -> psutil.Process:
        """The ``serve NAME`` child process."""
        found = [p for p in self.children() if served_by(p) == name]
        assert len(found) == 1, [p.cmdline() for p in self.children()]
        return found[0]

    def close(self) -> None:
        """Stop ``up`` and make sure none of its children survive the test."""
        try:
            children = self.children() if self.cli.running() else []
        except psutil.NoSuchProcess:
            children = []
        self.cli.close()
        for child in children:
            with contextlib.suppress(psutil.NoSuchProcess):
                child.kill()


@pytest.fixture
def up(tmp_path: Path) -> Iterator[Up]:
    """``drift-services up`` on a temporary data directory and three free loopback ports."""
    running = Up(tmp_path)
    try:
        yield running
    finally:
        running.close()


def test_up_serves_all_three_services_and_sigint_stops_every_child(up: Up) -> None:
    """Once ``up`` prints that it is serving, ``status`` reports all three services SERVING
    (exit 0); SIGINT then makes ``up`` exit 0 after stopping every ``serve`` child, and each
    database was closed cleanly (its WAL checkpointed away)."""
    result = run_cli("status", *status_args(up.ports), cwd=up.data_dir.parent)

    assert result.returncode == 0, result.stdout + result.stderr
    expected = {name: (up.address(name), "SERVING") for name in SERVICES}
    assert statuses(result.stdout) == expected

    children = up.children()
    assert sorted(served_by(p) or "?" for p in children) == sorted(SERVICES)
    up.cli.send_signal(signal.SIGINT)
    assert up.cli.wait() == 0, up.cli.describe()
    _, alive = psutil.wait_procs(children, timeout=10)
    assert alive == [], f"serve children left running: {[p.pid for p in alive]}"

    for name in ("cortex", "bridge"):
        db = up.data_dir / f"{name}.db"
        assert db.exists()
        assert not (up.data_dir / f"{name}.db-wal").exists(), f"{name}.db was not checkpointed"
    assert (up.data_dir / "projects").is_dir()  # drift's projects, none created yet


def test_status_reports_unreachable_when_nothing_is_running(tmp_path: Path) -> None:
    """``status`` against addresses where nothing listens exits 1 and reports each service as
    UNREACHABLE."""
    ports = dict(zip(SERVICES, free_ports(len(SERVICES)), strict=True))

    result = run_cli("status", *status_args(ports), cwd=tmp_path)

    assert result.returncode == 1
    assert statuses(result.stdout) == {
        name: (f"127.0.0.1:{ports[name]}", "UNREACHABLE") for name in SERVICES
    }


def test_up_restarts_a_child_that_dies(up: Up) -> None:
    """When the drift child is killed (SIGKILL), ``up`` says it restarts it and starts a new
    drift process, which becomes SERVING again on the same address."""
    killed = up.child("drift")
    lines_before = up.cli.line_count()
    killed.send_signal(signal.SIGKILL)
    killed.wait(10)

    up.cli.wait_for_line(r"^up: drift .*restart", timeout=30, start=lines_before)
    assert wait_for_health(up.address("drift"), timeout=60) == "SERVING"
    replacement = up.child("drift")
    assert replacement.pid != killed.pid
    assert up.cli.running()

    result = run_cli("status", *status_args(up.ports), cwd=up.data_dir.parent)
    assert result.returncode == 0, result.stdout + result.stderr


def test_up_gives_each_service_its_own_database_even_if_the_environment_names_one(
    tmp_path: Path,
) -> None:
    """``up`` runs cortex and bridge on ``cortex.db`` and ``bridge.db`` in its data directory, and
    drift on the data directory's projects, even when ``DRIFT_SERVICES_DB`` is set (for
    ``serve``) in the environment: the three services never share one database file."""
    shared = tmp_path / "shared.db"
    running = Up(tmp_path, env={"DRIFT_SERVICES_DB": str(shared)})
    try:
        databases = {
            name: running.cli.wait_for_line(rf"^{name} listening on .* \(db (?P<db>.*),")["db"]
            for name in ("cortex", "bridge")
        }
        projects = running.cli.wait_for_line(r"^drift listening on .* \((?P<where>.*)\)$")
    finally:
        running.close()

    assert databases == {name: str(running.data_dir / f"{name}.db") for name in databases}
    assert projects["where"] == f"0 project(s) in {running.data_dir / 'projects'}"
    for name in databases:
        assert stored_version(name, running.data_dir / f"{name}.db") == latest(name)
    assert not shared.exists(), "the services opened the database named by the environment"


# -- packaging -----------------------------------------------------------------------------------


# Developer tools that run with the dev extras installed (``make protos``), not by users.
DEV_TOOL_MODULES = {"services/contracts/codegen.py"}


def _imported_top_level_modules(package: Path) -> set[str]:
    """Top-level third-party modules imported anywhere in ``package`` (developer tools aside)."""
    modules: set[str] = set()
    for source in package.rglob("*.py"):
        if source.relative_to(REPOSITORY).as_posix() in DEV_TOOL_MODULES:
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    return modules - set(sys.stdlib_module_names) - {"services", "__future__"}


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_third_party_module_the_cli_imports_is_a_declared_dependency() -> None:
    """Installing the distribution is enough to run every command: each third-party module that
    ``services`` imports belongs to a distribution listed in ``[project] dependencies`` (the dev
    extras are not installed by users)."""
    project = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
    declared = {
        _normalized(re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0])
        for requirement in project["project"]["dependencies"]
    }
    providers = importlib.metadata.packages_distributions()

    undeclared = {
        module: providers.get(module, ["?"])
        for module in sorted(_imported_top_level_modules(REPOSITORY / "services"))
        if not declared.intersection(_normalized(d) for d in providers.get(module, []))
    }
    assert undeclared == {}, f"imported but not in [project] dependencies: {undeclared}"
