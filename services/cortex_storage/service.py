"""The cortex_storage service definition: cortex.db's schema and the servicers of its areas.

Each area (memories, search, causal graph, history, sessions, maintenance) is one servicer module
under ``api/`` with a ``SERVICE`` descriptor and a ``register(server, storage)``; SQL lives in the
``store/`` module of the same area.
"""

from __future__ import annotations

from typing import Protocol

import grpc
from google.protobuf.descriptor import ServiceDescriptor

from services.common.config import ServerConfig
from services.common.migrations import LedgerTableStore, Schema, migrations_root
from services.common.server import ServiceDefinition
from services.common.storage import Storage
from services.cortex_storage.api import memories_servicer

SCHEMA = Schema("cortex", migrations_root() / "cortex", LedgerTableStore("schema_version"))


class Area(Protocol):
    """A servicer module: the gRPC service it implements and how to add it to a server."""

    SERVICE: ServiceDescriptor

    def register(self, server: grpc.aio.Server, storage: Storage) -> None: ...


# The servicer modules, in registration order.
AREAS: tuple[Area, ...] = (memories_servicer,)


def register(server: grpc.aio.Server, storage: Storage, config: ServerConfig) -> None:
    """Add every area's servicer."""
    for area in AREAS:
        area.register(server, storage)


DEFINITION = ServiceDefinition(
    name="cortex",
    schema=SCHEMA,
    error_domain="cortex.storage.v1",
    service_names=tuple(area.SERVICE.full_name for area in AREAS),
    register=register,
)
