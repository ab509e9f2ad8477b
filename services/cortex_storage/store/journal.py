"""The two logs every memory write leaves, in the write's own transaction: an event in
``memory_events`` (event sourcing, the change feed, the vector index's catch-up) and an entry in
``memory_audit_log`` (who did what, and why)."""

from __future__ import annotations

import json
from typing import Any

import apsw

from services.cortex_storage.model.times import NOW_SQL


def _json(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def emit_event(
    conn: apsw.Connection,
    memory_id: str,
    event_type: str,
    delta: dict[str, Any],
    actor_id: str,
    actor_type: str = "user",
) -> int:
    """Record an event of ``memory_id``; returns its event_id (the change feed's cursor)."""
    conn.execute(
        "INSERT INTO memory_events (memory_id, recorded_at, event_type, delta, actor_type, "
        f"actor_id, caused_by, schema_version) VALUES (?, {NOW_SQL}, ?, ?, ?, ?, NULL, 1)",
        (memory_id, event_type, _json(delta), actor_type, actor_id),
    )
    return conn.last_insert_rowid()


def audit(
    conn: apsw.Connection,
    memory_id: str,
    operation: str,
    actor: str,
    details: dict[str, Any] | None = None,
) -> None:
    """Append an audit entry of ``memory_id``."""
    conn.execute(
        "INSERT INTO memory_audit_log (memory_id, operation, details, actor, timestamp) "
        f"VALUES (?, ?, ?, ?, {NOW_SQL})",
        (memory_id, operation, _json(details or {}), actor),
    )
