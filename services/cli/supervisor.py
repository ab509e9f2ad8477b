"""``drift-services up``: the three services as supervised child processes.

Each service runs in its own process (``drift-services serve NAME``) and its own session, so a
terminal's Ctrl-C reaches only the supervisor, which then stops the children in order: SIGTERM,
a grace period, SIGKILL for any that hang.

A child is started once it printed its ready line (``NAME listening on ...``) and its health
says SERVING: health alone could come from another process on that port. A child that exits
before that (a port in use, a database another process holds) fails ``up`` at once, with the
child's own one-line error on stderr; it is never retried. A child that dies after it served is
restarted (at most ``MAX_RESTARTS`` times, then everything stops with an error).

A job (``--scan``) runs once all three serve; if it fails, ``up`` says so in one
line and keeps serving.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from services.cli.errors import error_line
from services.cli.health import wait_until_serving
from services.common.config import SERVICES

MAX_RESTARTS = 3
START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 30.0


@dataclass
class Child:
    name: str
    command: list[str]
    address: str
    process: asyncio.subprocess.Process | None = None
    restarts: int = 0
    waiter: asyncio.Task[int] | None = field(default=None, repr=False)
    # Set when the child printed its ready line; the forwarder copies its stdout to ours.
    ready: asyncio.Event = field(default_factory=asyncio.Event, repr=False)
    forwarder: asyncio.Task[None] | None = field(default=None, repr=False)

    async def start(self) -> None:
        self.ready = asyncio.Event()
        self.process = await asyncio.create_subprocess_exec(
            *self.command, start_new_session=True, stdout=asyncio.subprocess.PIPE
        )
        self.forwarder = asyncio.ensure_future(self._forward(self.process))
        self.waiter = asyncio.ensure_future(self._exit_code(self.process))

    async def _forward(self, process: asyncio.subprocess.Process) -> None:
        """Copy the child's stdout to ours, line by line, noting its ready line."""
        assert process.stdout is not None
        ready_prefix = f"{self.name} listening on "
        async for raw in process.stdout:
            line = raw.decode(errors="replace")
            if line.startswith(ready_prefix):
                self.ready.set()
            sys.stdout.write(line)
            sys.stdout.flush()

    async def _exit_code(self, process: asyncio.subprocess.Process) -> int:
        """The child's exit code, once its output has been forwarded whole."""
        code = await process.wait()
        if self.forwarder is not None:
            await self.forwarder
        return code

    async def stop(self) -> None:
        if self.process is None or self.process.returncode is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.process.wait(), STOP_TIMEOUT_S)
        except TimeoutError:
            print(f"up: {self.name} did not stop in {STOP_TIMEOUT_S:.0f} s; killing it", flush=True)
            self.process.kill()
            await self.process.wait()


@dataclass(frozen=True)
class Job:
    """Work to run once the services serve; ``run`` gets the supervisor's stop event (Ctrl-C,
    SIGTERM) and returns an exit code."""

    name: str
    run: Callable[[asyncio.Event], Awaitable[int]]


class Supervisor:
    """Starts, watches and stops the three service processes."""

    def __init__(self, data_dir: Path, host: str, ports: dict[str, int], extra: list[str]) -> None:
        self.children = [
            Child(
                name,
                [sys.executable, "-m", "services.cli.main", "serve", name,
                 # drift serves the data directory's projects; an empty --db wins over
                 # DRIFT_SERVICES_DB
                 *(("--db", "", "--data-dir", str(data_dir)) if name == "drift"
                   else ("--db", str(data_dir / f"{name}.db"))),
                 "--host", host, "--port", str(ports[name]), *extra],
                f"{host}:{ports[name]}",
            )
            for name in SERVICES
        ]  # fmt: skip

    async def _start(self, child: Child) -> bool:
        """Start ``child`` and wait until it is ready and SERVING; False if it exits first."""
        await child.start()
        assert child.waiter is not None
        ready = asyncio.ensure_future(self._serving(child))
        await asyncio.wait({ready, child.waiter}, return_when=asyncio.FIRST_COMPLETED)
        if ready.done() and ready.result() and not child.waiter.done():
            return True
        ready.cancel()
        if child.waiter.done():
            why = f"exited with code {child.waiter.result()}; its error is above"
        else:
            why = f"did not report SERVING within {START_TIMEOUT_S:.0f} s"
        print(f"up: {child.name} failed to start ({why}); stopping everything", flush=True)
        return False

    async def _serving(self, child: Child) -> bool:
        """The child printed its ready line and its health says SERVING."""
        try:
            await asyncio.wait_for(child.ready.wait(), START_TIMEOUT_S)
        except TimeoutError:
            return False
        return await wait_until_serving(child.address, START_TIMEOUT_S)

    async def stop(self) -> None:
        await asyncio.gather(*(child.stop() for child in self.children))

    async def run(self, job: Job | None = None) -> int:
        """Start everything, run ``job`` once serving, then supervise until a signal."""
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        try:
            started = await asyncio.gather(*(self._start(child) for child in self.children))
            if not all(started):
                return 1
            print("up: " + ", ".join(f"{c.name} on {c.address}" for c in self.children), flush=True)
            if job is not None:
                await self._run_job(job, stop)
            if stop.is_set():
                return 0
            print("up: serving; press Ctrl-C to stop", flush=True)
            return await self._supervise(stop)
        finally:
            await self.stop()

    async def _run_job(self, job: Job, stop: asyncio.Event) -> None:
        """Run ``job``; a failure is reported in one line and the services keep serving."""
        try:
            code = await job.run(stop)
        except Exception as exc:
            line = error_line(exc)
            if line is None:  # a bug
                raise
            print(f"up: the {job.name} failed: {line}; the services keep serving", flush=True)
            return
        if code not in (0, 130):
            print(
                f"up: the {job.name} failed (exit code {code}); the services keep serving",
                flush=True,
            )

    async def _supervise(self, stop: asyncio.Event) -> int:
        stopping = asyncio.ensure_future(stop.wait())
        while True:
            waiters = {child.waiter: child for child in self.children if child.waiter}
            await asyncio.wait({stopping, *waiters}, return_when=asyncio.FIRST_COMPLETED)
            if stop.is_set():
                return 0
            for waiter, child in waiters.items():
                if not waiter.done():
                    continue
                if child.restarts >= MAX_RESTARTS:
                    print(f"up: {child.name} keeps exiting; stopping everything", flush=True)
                    return 1
                child.restarts += 1
                print(
                    f"up: {child.name} exited with code {waiter.result()}; restarting "
                    f"({child.restarts}/{MAX_RESTARTS})",
                    flush=True,
                )
                await asyncio.sleep(1.0)
                if not await self._start(child):
                    return 1
