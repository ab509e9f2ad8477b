"""The drift_storage service definition: drift.db's schema and the servicers to register."""

from __future__ import annotations

import grpc

from services.common.migrations import Schema, UserVersionStore, migrations_root
from services.common.server import ServiceDefinition, Storage
from services.contracts.drift.storage.v1 import drift_storage_pb2, drift_storage_pb2_grpc
from services.drift_storage.servicer import DriftStorageServicer

SCHEMA = Schema("drift", migrations_root() / "drift", UserVersionStore())


def register(server: grpc.aio.Server, storage: Storage) -> None:
    drift_storage_pb2_grpc.add_DriftStorageServiceServicer_to_server(
        DriftStorageServicer(storage), server
    )


DEFINITION = ServiceDefinition(
    name="drift",
    schema=SCHEMA,
    error_domain="drift.storage.v1",
    service_names=(drift_storage_pb2.DESCRIPTOR.services_by_name["DriftStorageService"].full_name,),
    register=register,
)
