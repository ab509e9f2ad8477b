"""Health checks of running services (``drift-services status`` and ``up``)."""

from __future__ import annotations

import asyncio

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc


async def check(address: str, timeout: float = 2.0) -> str:
    """The overall health status name of the server at ``address`` (``UNREACHABLE`` if down)."""
    async with grpc.aio.insecure_channel(address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        try:
            # typeshed's HealthStub declares only __init__, which sets Check at run time
            response = await stub.Check(  # type: ignore[attr-defined]
                health_pb2.HealthCheckRequest(service=""), timeout=timeout
            )
        except grpc.aio.AioRpcError as exc:
            if exc.code() in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED):
                return "UNREACHABLE"
            return exc.code().name
    return health_pb2.HealthCheckResponse.ServingStatus.Name(response.status)


async def wait_until_serving(address: str, timeout: float) -> bool:
    """Poll ``address`` until it reports SERVING or ``timeout`` seconds pass."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        if await check(address, timeout=1.0) == "SERVING":
            return True
        await asyncio.sleep(0.1)
    return False
