"""grpc.health.v1 on all three services, through the error-mapping interceptor: Watch streams
status changes, List is refused as UNIMPLEMENTED (grpcio-health-checking's aio servicer does not
implement it)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from services.cli.definitions import definition
from services.common.config import ServerConfig
from services.common.server import RunningServer, start_server
from tests.grpc_errors import failure

Status = health_pb2.HealthCheckResponse
SERVICES = {
    "drift": ("", "drift.storage.v1.DriftStorageService", "drift.storage.v1.DriftTablesService"),
    "cortex": ("",),
    "bridge": ("",),
}


def config(name: str) -> ServerConfig:
    """Service ``name`` on an in-memory database and an ephemeral loopback port."""
    return ServerConfig(service=name, db=":memory:", host="127.0.0.1", port=0, grace_s=0.1)


@contextlib.asynccontextmanager
async def running(name: str) -> AsyncIterator[RunningServer]:
    server = await start_server(definition(name), config(name))
    try:
        yield server
    finally:
        await server.stop()


@contextlib.asynccontextmanager
async def health_stub(server: RunningServer) -> AsyncIterator[health_pb2_grpc.HealthStub]:
    async with grpc.aio.insecure_channel(server.address) as channel:
        yield health_pb2_grpc.HealthStub(channel)


async def first_status(call: grpc.aio.UnaryStreamCall) -> int:
    return (await asyncio.wait_for(call.read(), 10)).status


@pytest.mark.parametrize("name", sorted(SERVICES))
async def test_watch_streams_serving_for_the_server_and_each_service(name: str) -> None:
    async with running(name) as server, health_stub(server) as health:
        for service in SERVICES[name]:
            call = health.Watch(health_pb2.HealthCheckRequest(service=service))
            assert await first_status(call) == Status.SERVING, service
            call.cancel()


@pytest.mark.parametrize("name", sorted(SERVICES))
async def test_watch_of_an_unknown_service_streams_service_unknown(name: str) -> None:
    async with running(name) as server, health_stub(server) as health:
        call = health.Watch(health_pb2.HealthCheckRequest(service="no.such.Service"))
        assert await first_status(call) == Status.SERVICE_UNKNOWN
        call.cancel()


@pytest.mark.parametrize("name", sorted(SERVICES))
async def test_watch_sees_not_serving_when_the_service_stops(name: str) -> None:
    server = await start_server(definition(name), config(name))
    stopping: asyncio.Future[None] | None = None
    try:
        async with health_stub(server) as health:
            call = health.Watch(health_pb2.HealthCheckRequest(service=""))
            assert await first_status(call) == Status.SERVING
            stopping = asyncio.ensure_future(server.stop())
            assert await first_status(call) == Status.NOT_SERVING
    finally:
        await (stopping or server.stop())


@pytest.mark.parametrize("name", sorted(SERVICES))
async def test_list_is_unimplemented(name: str) -> None:
    async with running(name) as server, health_stub(server) as health:
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await health.List(health_pb2.HealthListRequest())
    error = failure(caught.value)
    assert (error.code, error.reason) == (grpc.StatusCode.UNIMPLEMENTED, "UNIMPLEMENTED")
    assert error.message == "this method is not implemented by this server"


@pytest.mark.parametrize("name", sorted(SERVICES))
async def test_check_still_answers_and_unknown_services_are_not_found(name: str) -> None:
    async with running(name) as server, health_stub(server) as health:
        response = await health.Check(health_pb2.HealthCheckRequest(service=""))
        assert response.status == Status.SERVING
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await health.Check(health_pb2.HealthCheckRequest(service="no.such.Service"))
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
