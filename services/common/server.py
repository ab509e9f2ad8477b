"""Server bootstrap shared by the three services, and the one shutdown sequence.

``start_server`` binds the port first (a port in use is a start-up error: ``grpc.so_reuseport``
is off), then opens the database through ``storage.open_storage`` (lock, inspection, migrations,
writer, read pool), registers the service's servicers behind the error-mapping interceptor, plus
``grpc.health.v1`` and server reflection. If the writer thread dies, health turns NOT_SERVING.

``RunningServer.stop`` is the only way a service stops, in this order: health NOT_SERVING; stop
accepting RPCs (in-flight ones get ``--grace-s``); cancel the background tasks (one that failed
was logged when it failed); cancel the running jobs (scans) and wait for their history to say
``cancelled``; wait for the in-flight RPCs, which are cancelled when the grace period ends;
drain the writer, checkpoint the WAL, close the database and release its lock. Every wait is
bounded, so the whole sequence ends within ``--grace-s`` plus a few seconds. ``serve`` installs
its SIGTERM/SIGINT handlers before the service starts, so a signal at any moment takes this path
and exits 0.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, Protocol

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from services.common import errors
from services.common.config import ServerConfig
from services.common.error_mapping import ErrorMappingInterceptor
from services.common.migrations import Schema
from services.common.reflection import enable_server_reflection
from services.common.storage import Storage, open_storage

log = logging.getLogger(__name__)


class Resources(Protocol):
    """What a service opens before it serves and closes last: its database(s)."""

    def describe(self) -> str:
        """Where the data is, for the start-up line."""

    def single_storage(self) -> Storage:
        """The service's one database (every service but a drift service of many projects)."""

    def close(self, timeout: float) -> None:
        """Drain the writers, checkpoint, close and unlock."""


class Jobs(Protocol):
    """Long-running work a service runs for its clients (drift's scans)."""

    async def shutdown(self, timeout: float) -> None:
        """Stop every running job and wait, at most ``timeout`` seconds, until each has recorded
        how it ended (its history says ``cancelled``)."""


@dataclass(frozen=True)
class ServiceDefinition:
    """What makes a service: its schema, its gRPC services and how to register them."""

    name: str
    schema: Schema
    error_domain: str
    service_names: tuple[str, ...]
    # Adds the service's servicers; returns the jobs the shutdown sequence must stop, if any.
    register: Callable[[grpc.aio.Server, Any, ServerConfig], Jobs | None] | None = None
    # Work the service runs while it serves (e.g. scheduled retention); cancelled at shutdown.
    background: Callable[[Any, ServerConfig], Coroutine[Any, Any, None]] | None = None
    # Opens what the service serves; by default the one database ``config.db`` of ``schema``.
    # ``register`` and ``background`` are given what it returns.
    open: Callable[[Schema, ServerConfig, Callable[[BaseException], None]], Resources] = (
        open_storage
    )


def _server_options(config: ServerConfig) -> list[tuple[str, int]]:
    max_bytes = config.max_message_mb * 1024 * 1024
    return [
        ("grpc.so_reuseport", 0),
        ("grpc.max_receive_message_length", max_bytes),
        ("grpc.max_send_message_length", max_bytes),
        ("grpc.keepalive_time_ms", config.keepalive_time_s * 1000),
        ("grpc.keepalive_timeout_ms", config.keepalive_timeout_s * 1000),
        ("grpc.keepalive_permit_without_calls", 1),
        ("grpc.http2.min_recv_ping_interval_without_data_ms", 5000),
    ]


def bind(server: grpc.aio.Server, host: str, port: int) -> int:
    """Listen on ``host:port``; returns the bound port (useful with port 0)."""
    address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    try:
        bound = server.add_insecure_port(address)
    except RuntimeError:
        bound = 0
    if not bound:
        raise errors.AddressUnavailable(
            f"cannot listen on {address}: the address is in use (is another drift-services "
            "process running?) or not available on this machine"
        )
    return bound


# How long jobs get to record their end once cancelled, beyond which they are abandoned.
JOB_STOP_TIMEOUT_S = 5.0
# Extra time the gRPC server gets past the grace period to cancel what is left.
SERVER_STOP_MARGIN_S = 1.0
# How long the writer gets to drain its queue and checkpoint at the end.
WRITER_CLOSE_TIMEOUT_S = 5.0


@dataclass
class RunningServer:
    """A started service: its gRPC server, storage, health servicer and jobs."""

    definition: ServiceDefinition
    config: ServerConfig
    server: grpc.aio.Server
    resources: Resources
    health: health.aio.HealthServicer
    port: int
    jobs: Jobs | None = None
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    _stopped: bool = False

    @property
    def address(self) -> str:
        return f"{self.config.host}:{self.port}"

    @property
    def storage(self) -> Storage:
        """The service's one database (not for a drift service of many projects)."""
        return self.resources.single_storage()

    async def stop(self) -> None:
        """The shutdown sequence (see the module docstring); a second call does nothing."""
        if self._stopped:
            return
        self._stopped = True
        name = self.definition.name
        log.info("%s: shutting down", name)
        grace = self.config.grace_s
        try:
            await self.health.enter_graceful_shutdown()
            stopping = asyncio.ensure_future(self.server.stop(grace))
            await self._stop_background()
            if self.jobs is not None:
                await self.jobs.shutdown(min(grace, JOB_STOP_TIMEOUT_S) if grace else 1.0)
            try:
                await asyncio.wait_for(asyncio.shield(stopping), grace + SERVER_STOP_MARGIN_S)
            except TimeoutError:
                log.warning("%s: in-flight RPCs did not end in time; closing anyway", name)
        finally:
            self.resources.close(WRITER_CLOSE_TIMEOUT_S)
        log.info("%s: stopped", name)

    async def _stop_background(self) -> None:
        """Cancel the background tasks and wait for them (a failed one was logged already)."""
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)


def _log_failure(task: asyncio.Task[None]) -> None:
    """Log a background task that ended with an error, when it ends: the service keeps serving."""
    if not task.cancelled() and task.exception() is not None:
        log.error("background task %s had failed", task.get_name(), exc_info=task.exception())


def _mark_not_serving(
    loop: asyncio.AbstractEventLoop, servicer: health.aio.HealthServicer, names: tuple[str, ...]
) -> Callable[[BaseException], None]:
    """A callback for the writer thread: when it dies, every health status turns NOT_SERVING."""

    async def mark() -> None:
        for name in ("", *names):
            await servicer.set(name, health_pb2.HealthCheckResponse.NOT_SERVING)

    def on_failure(exc: BaseException) -> None:
        log.error("the writer thread died; the service no longer accepts writes", exc_info=exc)
        if not loop.is_closed():
            loop.call_soon_threadsafe(lambda: loop.create_task(mark()))

    return on_failure


async def start_server(definition: ServiceDefinition, config: ServerConfig) -> RunningServer:
    """Bind, open and migrate the database, register everything and start serving."""
    server = grpc.aio.server(
        interceptors=[ErrorMappingInterceptor(definition.error_domain)],
        options=_server_options(config),
    )
    port = bind(server, config.host, config.port)
    health_servicer = health.aio.HealthServicer()
    resources = definition.open(
        definition.schema,
        config,
        _mark_not_serving(asyncio.get_running_loop(), health_servicer, definition.service_names),
    )
    log.info("%s: %s", definition.name, resources.describe())
    jobs = None
    try:
        if definition.register is not None:
            jobs = definition.register(server, resources, config)
        health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
        enable_server_reflection((*definition.service_names, health.SERVICE_NAME), server)
        await server.start()
        for name in ("", *definition.service_names):
            await health_servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
    except BaseException:
        await server.stop(None)
        resources.close(WRITER_CLOSE_TIMEOUT_S)
        raise
    running = RunningServer(definition, config, server, resources, health_servicer, port, jobs)
    if definition.background is not None:
        task = asyncio.create_task(
            definition.background(resources, config), name=f"{definition.name}-background"
        )
        task.add_done_callback(_log_failure)
        running.tasks.append(task)
    return running


async def serve(definition: ServiceDefinition, config: ServerConfig) -> None:
    """Run one service until SIGTERM or SIGINT, then stop it (exit code 0)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    running = await start_server(definition, config)
    try:
        print(
            f"{definition.name} listening on {running.address} ({running.resources.describe()})",
            flush=True,
        )
        await stop.wait()
    finally:
        await running.stop()
