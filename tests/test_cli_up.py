"""``drift-services up`` as a user sees it: the server options reach the children, ``--scan``
of any directory, a failing job that leaves the services serving, and a taken port.

Each test runs one real ``up`` (three ``serve`` children) on free loopback ports.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from services.common.config import SERVICES
from tests.processes import ServiceProcess, free_ports, run_cli, serve_args
from tests.test_cli import Up, served_by, status_args


def test_up_passes_its_server_options_on_and_scans_a_directory_outside_the_working_directory(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """``up --scan DIR --read-pool-size 2 --integrity-check off --grace-s 3`` with DIR outside the
    working directory: each child gets those options and the working directory plus DIR as its
    allowed roots; the scan completes and ``up`` says where its results are and which commands
    show them."""
    tmp_path = tmp_path.resolve()
    elsewhere = tmp_path_factory.mktemp("elsewhere").resolve()
    (elsewhere / "main.py").write_text("def main():\n    pass\n")
    running = Up(
        tmp_path, "--scan", str(elsewhere),
        "--read-pool-size", "2", "--integrity-check", "off", "--grace-s", "3",
    )  # fmt: skip
    try:
        commands = {served_by(child): child.cmdline() for child in running.children()}
        stdout = running.cli.stdout
        status = run_cli("status", *status_args(running.ports), cwd=tmp_path)
    finally:
        running.close()

    assert sorted(commands) == sorted(SERVICES)
    for command in commands.values():
        flags = command[command.index("serve") + 2 :]  # after `serve NAME`
        options = dict(zip(flags[::2], flags[1::2], strict=True))
        assert options["--read-pool-size"] == "2"
        assert options["--integrity-check"] == "off"
        assert options["--grace-s"] == "3.0"
        assert options["--allowed-roots"] == f"{tmp_path}{os.pathsep}{elsewhere}"
    assert re.search(r"^\s*scan 1: complete\s*$", stdout, re.MULTILINE), stdout
    data = running.data_dir
    addresses = " ".join(f"--{name}-address {running.address(name)}" for name in SERVICES)
    project = f"projects/{elsewhere.name}"  # created for the scanned directory, named after it
    drift = f"--drift-address {running.address('drift')} --project {elsewhere.name}"
    assert (
        f"up: results in project {project} (data directory {data}); look at them with"
        f" `drift-services status {addresses}`, `drift-services files {drift}` and"
        f" `drift-services functions {drift}`"
    ) in stdout.splitlines()
    assert status.returncode == 0, status.stdout


def test_a_failing_scan_job_is_reported_in_one_line_and_up_keeps_serving(tmp_path: Path) -> None:
    tmp_path = tmp_path.resolve()
    missing = tmp_path / "missing"
    running = Up(tmp_path, "--scan", str(missing))
    try:
        stdout = running.cli.stdout
        status = run_cli("status", *status_args(running.ports), cwd=tmp_path)
    finally:
        running.close()

    assert (
        f"up: the scan of {missing} failed: NOT_FOUND: {missing} does not exist; the services"
        " keep serving"
    ) in stdout.splitlines()
    assert status.returncode == 0, status.stdout


def test_up_fails_at_once_when_another_service_holds_a_port(tmp_path: Path) -> None:
    """Another drift service (healthy, SERVING) on the drift port: ``up`` never says it serves,
    restarts nothing, exits 1 once the drift child failed to bind, shows that child's one-line
    error and none of the gRPC core's own log lines."""
    with ServiceProcess("drift", *serve_args(tmp_path / "other.db"), cwd=tmp_path) as other:
        ports = ["--drift-port", str(other.port)]
        for name, port in zip(("cortex", "bridge"), free_ports(2), strict=True):
            ports += [f"--{name}-port", str(port)]
        result = run_cli("up", "--data-dir", "data", *ports, cwd=tmp_path)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "up: drift failed to start (exited with code 1; its error is above); stopping" \
        " everything" in result.stdout.splitlines()  # fmt: skip
    assert "serving" not in result.stdout
    assert "restart" not in result.stdout
    errors = [line for line in result.stderr.splitlines() if "error" in line.lower()]
    assert errors == [
        f"drift-services serve: error: cannot listen on 127.0.0.1:{other.port}: the address is in"
        " use (is another drift-services process running?) or not available on this machine"
    ], result.stderr
    assert "add_port" not in result.stderr and "Traceback" not in result.stderr
