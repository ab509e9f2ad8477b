"""Shared fixtures: real drift servers on loopback ports, in this process."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import grpc
import pytest

from services.common.config import ServerConfig
from services.common.server import RunningServer, start_server
from services.contracts.drift.storage.v1 import drift_storage_pb2_grpc
from services.cortex_storage.service import DEFINITION as CORTEX
from services.drift_storage.service import DEFINITION as DRIFT


def drift_config(db: str | Path, **overrides: Any) -> ServerConfig:
    """A drift server config on an ephemeral loopback port."""
    settings: dict[str, Any] = {"host": "127.0.0.1", "port": 0, "grace_s": 1.0}
    settings.update(overrides)
    return ServerConfig(service="drift", db=str(db), **settings)


@contextlib.asynccontextmanager
async def serving(db: str | Path, **overrides: object) -> AsyncIterator[RunningServer]:
    """A drift server running in this process on ``db`` until the block ends."""
    running = await start_server(DRIFT, drift_config(db, **overrides))
    try:
        yield running
    finally:
        await running.stop()


@pytest.fixture(params=["file", "memory"])
async def drift_server(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[RunningServer]:
    """A running drift service, once on a database file and once on an in-memory database."""
    async with serving(tmp_path / "drift.db" if request.param == "file" else ":memory:") as running:
        yield running


@pytest.fixture
async def drift_stub(
    drift_server: RunningServer,
) -> AsyncIterator[drift_storage_pb2_grpc.DriftStorageServiceStub]:
    async with grpc.aio.insecure_channel(drift_server.address) as channel:
        yield drift_storage_pb2_grpc.DriftStorageServiceStub(channel)


def cortex_config(db: str | Path, **overrides: Any) -> ServerConfig:
    """A cortex server config on an ephemeral loopback port."""
    settings: dict[str, Any] = {"host": "127.0.0.1", "port": 0, "grace_s": 1.0}
    settings.update(overrides)
    return ServerConfig(service="cortex", db=str(db), **settings)


@contextlib.asynccontextmanager
async def cortex_serving(db: str | Path, **overrides: object) -> AsyncIterator[RunningServer]:
    """A cortex server running in this process on ``db`` until the block ends."""
    running = await start_server(CORTEX, cortex_config(db, **overrides))
    try:
        yield running
    finally:
        await running.stop()


@pytest.fixture
async def cortex_server(tmp_path: Path) -> AsyncIterator[RunningServer]:
    """A running cortex service on a database file."""
    async with cortex_serving(tmp_path / "cortex.db") as running:
        yield running


@pytest.fixture
async def cortex_channel(cortex_server: RunningServer) -> AsyncIterator[grpc.aio.Channel]:
    """A channel to the running cortex service; each area's stub is built on it."""
    async with grpc.aio.insecure_channel(cortex_server.address) as channel:
        yield channel
