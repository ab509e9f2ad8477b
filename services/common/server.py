"""Server bootstrap shared by the three services.

``serve`` binds the port first (a port in use is a start-up error: ``grpc.so_reuseport`` is off,
so a second process can never become a silent second writer), then opens the database: refuses a
file that is not SQLite or whose schema is newer than ours, applies pending migrations, starts the
writer and the read pool. It registers the service's servicers behind the error-mapping
interceptor, plus ``grpc.health.v1`` and server reflection. SIGTERM or SIGINT stop it gracefully:
health turns NOT_SERVING, in-flight RPCs get a grace period, the writer drains its queue and
checkpoints the WAL, and the process exits 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from services.common import errors
from services.common.config import ServerConfig
from services.common.database import Database
from services.common.error_mapping import ErrorMappingInterceptor
from services.common.migrations import (
    MigrationReport,
    Schema,
    check_integrity,
    migrate,
    read_version,
)
from services.common.read_pool import ReadPool
from services.common.writer import Writer

log = logging.getLogger(__name__)


@dataclass
class Storage:
    """A service's database with its writer and read pool: what servicers are given."""

    database: Database
    writer: Writer
    reads: ReadPool
    migration: MigrationReport

    def close(self) -> None:
        """Close the readers, then drain and stop the writer.

        The writer goes last so that its connection is the database's last one: it checkpoints
        the WAL and SQLite removes the ``-wal`` and ``-shm`` files.
        """
        self.reads.close()
        self.writer.close()


@dataclass(frozen=True)
class ServiceDefinition:
    """What makes a service: its schema, its gRPC services and how to register them."""

    name: str
    schema: Schema
    error_domain: str
    service_names: tuple[str, ...]
    register: Callable[[grpc.aio.Server, Storage, ServerConfig], None] | None = None
    # Work the service runs while it serves (e.g. scheduled retention); cancelled at shutdown.
    background: Callable[[Storage, ServerConfig], Awaitable[None]] | None = None


def open_storage(definition: ServiceDefinition, config: ServerConfig) -> Storage:
    """Open (creating if needed) and migrate the database, then start its writer and readers."""
    database = Database.at(config.db)
    label = f"{definition.name} database {database}"
    inspector = database.open_inspector()
    if inspector is not None:
        try:
            # An existing file about to be migrated (adopted, or upgraded) is checked first:
            # migrating a damaged database could spread the damage. A full check of an
            # up-to-date database would cost every start-up a read of the whole file.
            if read_version(inspector, definition.schema, label) < definition.schema.latest:
                check_integrity(inspector, label)
        finally:
            inspector.close()
    conn = database.open_writer()
    try:
        report = migrate(conn, definition.schema, label)
    except BaseException:
        conn.close()
        raise
    writer = Writer(
        conn,
        name=definition.name,
        queue_capacity=config.queue_capacity,
        max_group_commands=config.max_group_commands,
        max_group_delay=config.max_group_delay_ms / 1000,
    ).start()
    return Storage(database, writer, ReadPool(database, config.read_pool_size), report)


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
        raise errors.Unavailable(
            f"cannot listen on {address}: the address is in use (is another drift-services "
            "process running?) or not available on this machine"
        )
    return bound


@dataclass
class RunningServer:
    """A started service: its gRPC server, storage and health servicer."""

    definition: ServiceDefinition
    config: ServerConfig
    server: grpc.aio.Server
    storage: Storage
    health: health.aio.HealthServicer
    port: int
    tasks: list[asyncio.Task[None]] = field(default_factory=list)

    @property
    def address(self) -> str:
        return f"{self.config.host}:{self.port}"

    async def stop(self) -> None:
        """Graceful stop: NOT_SERVING, grace for in-flight RPCs, drain the writer, close."""
        log.info("%s: shutting down", self.definition.name)
        for task in self.tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        try:
            await self.health.enter_graceful_shutdown()
            await self.server.stop(self.config.grace_s)
        finally:
            self.storage.close()
        log.info("%s: stopped", self.definition.name)


async def start_server(definition: ServiceDefinition, config: ServerConfig) -> RunningServer:
    """Bind, open and migrate the database, register everything and start serving."""
    server = grpc.aio.server(
        interceptors=[ErrorMappingInterceptor(definition.error_domain)],
        options=_server_options(config),
    )
    port = bind(server, config.host, config.port)
    storage = open_storage(definition, config)
    try:
        if definition.register is not None:
            definition.register(server, storage, config)
        health_servicer = health.aio.HealthServicer()
        health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
        reflection.enable_server_reflection(
            (*definition.service_names, health.SERVICE_NAME, reflection.SERVICE_NAME), server
        )
        await server.start()
        for name in ("", *definition.service_names):
            await health_servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
    except BaseException:
        await server.stop(None)
        storage.close()
        raise
    running = RunningServer(definition, config, server, storage, health_servicer, port)
    if definition.background is not None:
        running.tasks.append(asyncio.ensure_future(definition.background(storage, config)))
    return running


async def serve(definition: ServiceDefinition, config: ServerConfig) -> None:
    """Run one service until SIGTERM or SIGINT."""
    running = await start_server(definition, config)
    print(
        f"{definition.name} listening on {running.address} "
        f"(db {running.storage.database}, schema version {running.storage.migration.to_version})",
        flush=True,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()
    await running.stop()
