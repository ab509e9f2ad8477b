"""``drift-services up``: the three services as supervised child processes.

Each service runs in its own process (``drift-services serve NAME``) and its own session, so a
terminal's Ctrl-C reaches only the supervisor, which then stops the children in order: SIGTERM,
a grace period, SIGKILL for any that hang. A child that dies unexpectedly is restarted (at most
``MAX_RESTARTS`` times, then everything stops with an error).
"""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

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

    async def start(self) -> None:
        self.process = await asyncio.create_subprocess_exec(*self.command, start_new_session=True)
        self.waiter = asyncio.ensure_future(self.process.wait())

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


class Supervisor:
    """Starts, watches and stops the three service processes."""

    def __init__(self, data_dir: Path, host: str, ports: dict[str, int], extra: list[str]) -> None:
        self.children = [
            Child(
                name,
                [sys.executable, "-m", "services.cli.main", "serve", name,
                 "--db", str(data_dir / f"{name}.db"), "--host", host,
                 "--port", str(ports[name]), *extra],
                f"{host}:{ports[name]}",
            )
            for name in SERVICES
        ]  # fmt: skip

    async def _start(self, child: Child) -> bool:
        await child.start()
        serving = asyncio.ensure_future(wait_until_serving(child.address, START_TIMEOUT_S))
        assert child.waiter is not None
        await asyncio.wait({serving, child.waiter}, return_when=asyncio.FIRST_COMPLETED)
        if serving.done() and serving.result():
            return True
        serving.cancel()
        code = child.process.returncode if child.process else None
        print(f"up: {child.name} failed to start (exit code {code})", flush=True)
        return False

    async def stop(self) -> None:
        await asyncio.gather(*(child.stop() for child in self.children))

    async def run(self, job: Callable[[], Awaitable[int]] | None = None) -> int:
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
            if job is not None and await job() != 0:
                return 1
            print("up: serving; press Ctrl-C to stop", flush=True)
            return await self._supervise(stop)
        finally:
            await self.stop()

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
