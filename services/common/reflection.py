"""Server reflection in both its versions, ``grpc.reflection.v1`` and ``grpc.reflection.v1alpha``.

grpcio-reflection implements only v1alpha (grpc/grpc#38576), while current clients (grpcurl,
``buf curl``, grpc-java's tools) ask for v1 first. The two protocols have the same messages in
another package: the same fields, numbers and types. So the v1 service hands each request,
re-encoded, to grpcio-reflection's v1alpha servicer and re-encodes its answers. Its messages are
generated from the vendored ``protos/grpc/reflection/v1/reflection.proto``.

Reflection answers from the default descriptor pool, which holds every proto file imported: the
services' contracts, and ``google/rpc/status.proto``, ``error_details.proto`` and ``code.proto``
(from googleapis-common-protos, imported here), so that a client can fetch the types of the
error details too (``google.rpc.ErrorInfo``, ``google.rpc.BadRequest``).
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable
from typing import Any, cast

import grpc
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_reflection.v1alpha import reflection as v1alpha
from grpc_reflection.v1alpha import reflection_pb2 as v1alpha_pb2
from grpc_reflection.v1alpha import reflection_pb2_grpc as v1alpha_pb2_grpc

from services.contracts.grpc.reflection.v1 import reflection_pb2 as v1_pb2
from services.contracts.grpc.reflection.v1 import reflection_pb2_grpc as v1_pb2_grpc

V1_SERVICE_NAME: str = v1_pb2.DESCRIPTOR.services_by_name["ServerReflection"].full_name
SERVICE_NAMES = (V1_SERVICE_NAME, v1alpha.SERVICE_NAME)
# The files of the error details, which reflection serves along with the services' own.
ERROR_DETAIL_FILES: tuple[str, ...] = tuple(
    module.DESCRIPTOR.name for module in (status_pb2, error_details_pb2, code_pb2)
)


class ReflectionV1Servicer(v1_pb2_grpc.ServerReflectionServicer):
    """``grpc.reflection.v1.ServerReflection``, answered by a v1alpha servicer."""

    def __init__(self, v1alpha_servicer: v1alpha.aio.ReflectionServicer) -> None:
        self._v1alpha = v1alpha_servicer

    async def ServerReflectionInfo(
        self,
        request_iterator: AsyncIterable[v1_pb2.ServerReflectionRequest],
        context: grpc.aio.ServicerContext[Any, Any],
    ) -> AsyncIterator[v1_pb2.ServerReflectionResponse]:
        async def as_v1alpha() -> AsyncIterator[v1alpha_pb2.ServerReflectionRequest]:
            async for request in request_iterator:
                yield v1alpha_pb2.ServerReflectionRequest.FromString(request.SerializeToString())

        # typeshed declares a coroutine returning an iterable; it is an async generator.
        responses = cast(
            AsyncIterator[v1alpha_pb2.ServerReflectionResponse],
            self._v1alpha.ServerReflectionInfo(as_v1alpha(), context),
        )
        async for response in responses:
            yield v1_pb2.ServerReflectionResponse.FromString(response.SerializeToString())


def enable_server_reflection(service_names: Iterable[str], server: grpc.aio.Server) -> None:
    """Serve both reflection versions on ``server``, listing ``service_names`` and themselves."""
    names = (*service_names, *SERVICE_NAMES)
    servicer = v1alpha.aio.ReflectionServicer(names)
    # typeshed's stub of it is untyped.
    v1alpha_pb2_grpc.add_ServerReflectionServicer_to_server(servicer, server)  # type: ignore[no-untyped-call]
    v1_pb2_grpc.add_ServerReflectionServicer_to_server(ReflectionV1Servicer(servicer), server)
