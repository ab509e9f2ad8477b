"""The cortex_storage service definition.

For now it owns and migrates cortex.db and serves health and reflection; its memory API arrives
with its own issue.
"""

from __future__ import annotations

from services.common.migrations import LedgerTableStore, Schema, migrations_root
from services.common.server import ServiceDefinition

SCHEMA = Schema("cortex", migrations_root() / "cortex", LedgerTableStore("schema_version"))


DEFINITION = ServiceDefinition(
    name="cortex",
    schema=SCHEMA,
    error_domain="cortex.storage.v1",
    service_names=(),
)
