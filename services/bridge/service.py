"""The bridge service definition.

For now it owns and migrates bridge.db and serves health and reflection; its API (event mapping,
grounding, retention) arrives with its own issue.
"""

from __future__ import annotations

from services.common.migrations import Schema, SingleRowTableStore, migrations_root
from services.common.server import ServiceDefinition

SCHEMA = Schema(
    "bridge", migrations_root() / "bridge", SingleRowTableStore("bridge_schema_version")
)


DEFINITION = ServiceDefinition(
    name="bridge",
    schema=SCHEMA,
    error_domain="bridge.v1",
    service_names=(),
)
