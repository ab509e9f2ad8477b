"""bridge: the service that owns bridge.db (event mapping, grounding, retention)."""
