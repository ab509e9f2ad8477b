"""The drift_storage service definition: drift.db's schema and the servicers to register."""

from __future__ import annotations

import asyncio
import logging

import grpc

from services.common.config import ServerConfig
from services.common.errors import StorageError
from services.common.migrations import Schema, UserVersionStore, migrations_root
from services.common.server import ServiceDefinition
from services.common.storage import Storage
from services.contracts.drift.storage.v1 import drift_storage_pb2, drift_storage_pb2_grpc
from services.drift_storage.api import tables_servicer
from services.drift_storage.api.storage_servicer import DriftStorageServicer
from services.drift_storage.projects import names
from services.drift_storage.projects.open_projects import OpenProject, Projects
from services.drift_storage.scan.scans import ScanService
from services.drift_storage.store.retention import RetentionPolicy, apply_retention

log = logging.getLogger(__name__)

SCHEMA = Schema("drift", migrations_root() / "drift", UserVersionStore())


def register(server: grpc.aio.Server, storage: Storage, config: ServerConfig) -> Projects:
    """Add drift's servicers; the scans are the jobs the shutdown sequence stops."""
    scans = ScanService(storage, config.scan_roots)
    interrupted = scans.recover_interrupted()
    if interrupted:
        log.warning("%d scan(s) interrupted by the previous run were marked failed", interrupted)
    projects = Projects(OpenProject(names.DEFAULT_PROJECT, storage, scans))
    drift_storage_pb2_grpc.add_DriftStorageServiceServicer_to_server(
        DriftStorageServicer(projects), server
    )
    tables_servicer.register(server, projects)
    return projects


async def retention_schedule(storage: Storage, config: ServerConfig) -> None:
    """Apply the default retention policy every ``--retention-interval-h`` hours (0: never)."""
    if config.retention_interval_h <= 0:
        return
    while True:
        await asyncio.sleep(config.retention_interval_h * 3600)
        try:
            result = await storage.writer.execute("retention", apply_retention(RetentionPolicy()))
        except StorageError as exc:
            log.warning("scheduled retention failed: %s", exc.message)
            continue
        except Exception:  # a bug must not end the schedule, nor the service
            log.exception("scheduled retention failed")
            continue
        report = result.value
        log.info(
            "scheduled retention deleted %d rows and freed %d pages",
            report.total_deleted,
            report.pages_freed,
        )


DEFINITION = ServiceDefinition(
    name="drift",
    schema=SCHEMA,
    error_domain="drift.storage.v1",
    service_names=(
        drift_storage_pb2.DESCRIPTOR.services_by_name["DriftStorageService"].full_name,
        tables_servicer.SERVICE.full_name,
    ),
    register=register,
    background=retention_schedule,
)
