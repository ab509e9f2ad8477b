"""The drift_storage service definition: drift.db's schema, its projects and the servicers."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import grpc

from services.common.config import ServerConfig
from services.common.errors import StorageError
from services.common.migrations import Schema, UserVersionStore, migrations_root
from services.common.server import ServiceDefinition
from services.contracts.drift.storage.v1 import (
    drift_storage_pb2,
    drift_storage_pb2_grpc,
    projects_pb2,
    projects_pb2_grpc,
)
from services.drift_storage.api import (
    enforcement_servicer,
    findings_servicer,
    graph_servicer,
    patterns_servicer,
    reports_servicer,
    security_servicer,
    structure_servicer,
    tables_servicer,
)
from services.drift_storage.api.projects_servicer import ProjectsServicer
from services.drift_storage.api.storage_servicer import DriftStorageServicer
from services.drift_storage.projects import names
from services.drift_storage.projects.open_projects import Projects
from services.drift_storage.store.retention import RetentionPolicy, apply_retention

log = logging.getLogger(__name__)

SCHEMA = Schema("drift", migrations_root() / "drift", UserVersionStore())
# Longest pause of the loop that closes idle projects.
IDLE_CHECK_MAX_S = 30.0


def open_projects(
    schema: Schema, config: ServerConfig, on_writer_failure: Callable[[BaseException], None]
) -> Projects:
    """``--db``: that file as the project ``default``; otherwise the data directory's projects."""
    if config.db:
        return Projects.single(schema, config, on_writer_failure)
    return Projects.in_data_dir(schema, config, on_writer_failure)


def register(server: grpc.aio.Server, projects: Projects, config: ServerConfig) -> Projects:
    """Add drift's servicers; the projects' scans are the jobs the shutdown sequence stops."""
    drift_storage_pb2_grpc.add_DriftStorageServiceServicer_to_server(
        DriftStorageServicer(projects), server
    )
    projects_pb2_grpc.add_DriftProjectsServiceServicer_to_server(ProjectsServicer(projects), server)
    tables_servicer.register(server, projects)
    findings_servicer.register(server, projects)
    graph_servicer.register(server, projects)
    patterns_servicer.register(server, projects)
    reports_servicer.register(server, projects)
    security_servicer.register(server, projects)
    structure_servicer.register(server, projects)
    enforcement_servicer.register(server, projects)
    return projects


async def _retention_round(projects: Projects) -> None:
    """Apply the default retention policy to every project, one after the other."""
    for project_id in projects.ids():
        try:
            async with projects.lease(names.resource_name(project_id), "project") as project:
                written = await project.storage.writer.execute(
                    "retention", apply_retention(RetentionPolicy())
                )
        except StorageError as exc:
            log.warning("scheduled retention of %s failed: %s", project_id, exc.message)
            continue
        except Exception:  # a bug must not end the schedule, nor the service
            log.exception("scheduled retention of %s failed", project_id)
            continue
        report = written.value
        log.info(
            "scheduled retention of %s deleted %d rows and freed %d pages",
            project_id,
            report.total_deleted,
            report.pages_freed,
        )


async def _retention_schedule(projects: Projects, config: ServerConfig) -> None:
    """Every ``--retention-interval-h`` hours (0: never), a retention round."""
    if config.retention_interval_h <= 0:
        return
    while True:
        await asyncio.sleep(config.retention_interval_h * 3600)
        await _retention_round(projects)


async def _idle_closer(projects: Projects, config: ServerConfig) -> None:
    """Close projects unused for ``--project-idle-s`` seconds (0: never for being idle; a
    ``--db`` project is never closed)."""
    if config.project_idle_s <= 0 or projects.single_mode:
        return
    while True:
        await asyncio.sleep(min(config.project_idle_s / 2, IDLE_CHECK_MAX_S))
        closed = await projects.close_idle()
        if closed:
            log.info("closed %d idle project(s)", closed)


async def background(projects: Projects, config: ServerConfig) -> None:
    """What drift runs while it serves: scheduled retention and the idle-project closer."""
    await asyncio.gather(_retention_schedule(projects, config), _idle_closer(projects, config))


DEFINITION = ServiceDefinition(
    name="drift",
    schema=SCHEMA,
    error_domain="drift.storage.v1",
    service_names=(
        drift_storage_pb2.DESCRIPTOR.services_by_name["DriftStorageService"].full_name,
        projects_pb2.DESCRIPTOR.services_by_name["DriftProjectsService"].full_name,
        tables_servicer.SERVICE.full_name,
        findings_servicer.SERVICE.full_name,
        graph_servicer.SERVICE.full_name,
        patterns_servicer.SERVICE.full_name,
        reports_servicer.SERVICE.full_name,
        security_servicer.SERVICE.full_name,
        structure_servicer.SERVICE.full_name,
        enforcement_servicer.SERVICE.full_name,
    ),
    register=register,
    background=background,
    open=open_projects,
)
