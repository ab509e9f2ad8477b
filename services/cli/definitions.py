"""The three services by name."""

from __future__ import annotations

from services.common.server import ServiceDefinition


def definition(name: str) -> ServiceDefinition:
    """The definition of service ``name`` (``drift``, ``cortex`` or ``bridge``)."""
    if name == "drift":
        from services.drift_storage.service import DEFINITION
    elif name == "cortex":
        from services.cortex_storage.service import DEFINITION
    elif name == "bridge":
        from services.bridge.service import DEFINITION
    else:
        raise KeyError(f"unknown service {name!r}; expected drift, cortex or bridge")
    return DEFINITION
