"""Run ``drift-services`` as real subprocesses: one-shot CLI commands and long-running servers.

Tests that exercise process-level behaviour (signals, exit codes, messages, crash recovery) need
the real command line, not an in-process server. Everything here launches
``python -m services.cli.main ...`` with the test interpreter, in a working directory chosen by
the test, with ``DRIFT_SERVICES_*`` variables of the outer environment removed so that only what a
test passes explicitly configures the child.

Timeouts here only keep a broken build from hanging the suite; no test asserts on durations.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 20.0
COMMAND_TIMEOUT_S = 60.0

READY_LINE = re.compile(
    r"^(?P<name>\w+) listening on (?P<host>\S+):(?P<port>\d+) "
    r"\((?:db (?P<db>.*), schema version (?P<version>\d+)"
    r"|(?P<projects>\d+) project\(s\) in (?P<projects_dir>.*))\)$"
)


def cli_command(*args: str) -> list[str]:
    """The argv of ``drift-services ARGS`` run with the test interpreter."""
    return [sys.executable, "-m", "services.cli.main", *args]


def child_environment(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The outer environment without ``DRIFT_SERVICES_*`` variables, plus ``env``."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("DRIFT_SERVICES_")}
    base["PYTHONUNBUFFERED"] = "1"
    base.update(env or {})
    return base


def run_cli(
    *args: str,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    timeout: float = COMMAND_TIMEOUT_S,
) -> subprocess.CompletedProcess[str]:
    """Run ``drift-services ARGS`` to completion and capture its output.

    A command still running after ``timeout`` seconds is killed and the test fails with its
    output (a ``serve`` that should have refused to start would otherwise run forever).
    """
    try:
        return subprocess.run(
            cli_command(*args),
            cwd=cwd,
            env=child_environment(env),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        output = [_text(exc.stdout), _text(exc.stderr)]
        raise AssertionError(
            f"`drift-services {' '.join(args)}` was still running after {timeout:.0f} s\n"
            f"--- stdout ---\n{output[0]}\n--- stderr ---\n{output[1]}"
        ) from None


def _text(data: str | bytes | None) -> str:
    if isinstance(data, bytes):
        return data.decode(errors="replace")
    return data or ""


def free_port() -> int:
    """A loopback port that was free a moment ago (bound to port 0, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def free_ports(count: int) -> list[int]:
    """``count`` distinct loopback ports that were free a moment ago: bound together, so that
    two calls of ``free_port`` cannot hand out the same port twice."""
    with contextlib.ExitStack() as stack:
        sockets = [stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
                   for _ in range(count)]  # fmt: skip
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [int(sock.getsockname()[1]) for sock in sockets]


def health_status(address: str, timeout: float = 2.0) -> str:
    """The ``grpc.health.v1`` status name of the server at ``address``; UNREACHABLE if down."""
    with grpc.insecure_channel(address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        try:
            response = stub.Check(health_pb2.HealthCheckRequest(service=""), timeout=timeout)
        except grpc.RpcError as exc:
            if exc.code() in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED):
                return "UNREACHABLE"
            return exc.code().name
    return health_pb2.HealthCheckResponse.ServingStatus.Name(response.status)


def wait_for_health(address: str, wanted: str = "SERVING", timeout: float = START_TIMEOUT_S) -> str:
    """Poll ``address`` until its health is ``wanted``; returns the last status seen."""
    deadline = time.monotonic() + timeout
    status = health_status(address)
    while status != wanted and time.monotonic() < deadline:
        time.sleep(0.1)
        status = health_status(address)
    return status


class _LineReader:
    """Collects the lines of a text stream on a background thread (so pipes never fill up)."""

    def __init__(self, stream: Iterable[str]) -> None:
        self.lines: list[str] = []
        self._stream = stream
        self._changed = threading.Condition()
        self._closed = False
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        for line in self._stream:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    @property
    def text(self) -> str:
        with self._changed:
            return "\n".join(self.lines)

    def wait_for(
        self,
        pattern: re.Pattern[str],
        timeout: float,
        start: int = 0,
        alive: Callable[[], bool] | None = None,
    ) -> tuple[int, re.Match[str]] | None:
        """The first line at or after ``start`` matching ``pattern``, with its index.

        Returns None on timeout, at end of stream, or once ``alive()`` turns false (the process
        exited) and every line it wrote has been seen.
        """
        deadline = time.monotonic() + timeout
        seen = start
        with self._changed:
            while True:
                for index in range(seen, len(self.lines)):
                    match = pattern.search(self.lines[index])
                    if match:
                        return index, match
                seen = len(self.lines)
                remaining = deadline - time.monotonic()
                if self._closed or remaining <= 0:
                    return None
                if alive is not None and not alive() and not self._thread.is_alive():
                    return None
                self._changed.wait(min(remaining, 0.1))

    def join(self, timeout: float) -> None:
        self._thread.join(timeout)


class CliProcess:
    """A ``drift-services`` command running in the background, its output collected by line."""

    def __init__(self, *args: str, cwd: Path, env: Mapping[str, str] | None = None) -> None:
        self.args = list(args)
        self.process = subprocess.Popen(
            cli_command(*args),
            cwd=cwd,
            env=child_environment(env),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None and self.process.stderr is not None
        self._stdout = _LineReader(self.process.stdout)
        self._stderr = _LineReader(self.process.stderr)

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def stdout(self) -> str:
        return self._stdout.text

    @property
    def stderr(self) -> str:
        return self._stderr.text

    def running(self) -> bool:
        return self.process.poll() is None

    def describe(self) -> str:
        """Exit code and output so far, for assertion messages."""
        if not self.running():
            self._stdout.join(1.0)
            self._stderr.join(1.0)
        return (
            f"`drift-services {' '.join(self.args)}` (exit code {self.process.poll()})\n"
            f"--- stdout ---\n{self.stdout}\n--- stderr ---\n{self.stderr}"
        )

    def wait_for_line(
        self, pattern: str | re.Pattern[str], timeout: float = START_TIMEOUT_S, start: int = 0
    ) -> re.Match[str]:
        """The first stdout line (from line ``start``) matching ``pattern``; fails otherwise."""
        found = self.find_line(pattern, timeout, start)
        if found is None:
            raise AssertionError(f"no stdout line matching {pattern!r}: {self.describe()}")
        return found[1]

    def find_line(
        self, pattern: str | re.Pattern[str], timeout: float = START_TIMEOUT_S, start: int = 0
    ) -> tuple[int, re.Match[str]] | None:
        """Like ``wait_for_line`` but returns ``(line index, match)`` or None."""
        compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
        return self._stdout.wait_for(compiled, timeout, start, alive=self.running)

    def line_count(self) -> int:
        return len(self._stdout.lines)

    def send_signal(self, signum: int) -> None:
        self.process.send_signal(signum)

    def kill(self) -> None:
        """SIGKILL, as a crash would."""
        self.process.kill()
        self.process.wait(STOP_TIMEOUT_S)

    def wait(self, timeout: float = STOP_TIMEOUT_S) -> int:
        """Wait for exit; returns the exit code and lets the output readers finish."""
        code = self.process.wait(timeout)
        self._stdout.join(1.0)
        self._stderr.join(1.0)
        return code

    def stop(self, signum: int = signal.SIGTERM, timeout: float = STOP_TIMEOUT_S) -> int:
        """Send ``signum`` and wait; SIGKILL if the process outlives ``timeout``."""
        if self.running():
            self.process.send_signal(signum)
        try:
            return self.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise

    def close(self) -> None:
        """Make sure the process is gone (teardown): SIGTERM, then SIGKILL after a timeout."""
        if self.running():
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.stop()
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


class ServiceProcess(CliProcess):
    """``drift-services serve NAME ARGS``, started and waited for until it prints its ready line.

    ``port``, ``address``, ``db`` and ``schema_version`` come from that line
    (``NAME listening on HOST:PORT (db PATH, schema version N)``).
    """

    def __init__(
        self,
        service: str,
        *args: str,
        cwd: Path,
        env: Mapping[str, str] | None = None,
        timeout: float = START_TIMEOUT_S,
    ) -> None:
        super().__init__("serve", service, *args, cwd=cwd, env=env)
        try:
            ready = self.wait_for_line(READY_LINE, timeout)
        except BaseException:
            self.close()
            raise
        if ready["name"] != service:
            self.close()
            raise AssertionError(f"ready line names {ready['name']!r}: {self.describe()}")
        self.host = ready["host"]
        self.port = int(ready["port"])
        # A drift service of a data directory has projects instead of one database.
        self.db = ready["db"] or ""
        self.schema_version = int(ready["version"] or 0)

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def __enter__(self) -> ServiceProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def assert_clean_failure(result: subprocess.CompletedProcess[str] | CliProcess) -> str:
    """The stderr of a command that must have failed cleanly: non-zero, no Python traceback."""
    if isinstance(result, CliProcess):
        code, stderr, shown = result.process.returncode, result.stderr, result.describe()
    else:
        code, stderr = result.returncode, result.stderr
        shown = f"exit code {code}\n--- stdout ---\n{result.stdout}\n--- stderr ---\n{stderr}"
    assert code not in (0, None), f"expected a failure: {shown}"
    assert "Traceback" not in stderr, f"a clean error, not a traceback, was expected: {shown}"
    return stderr


def serve_args(db: Path | str, *extra: str) -> Sequence[str]:
    """Common ``serve`` arguments: loopback, ephemeral port, the given database."""
    return ("--host", "127.0.0.1", "--port", "0", "--db", str(db), *extra)
