"""cortex_storage: the service that owns cortex.db (memories)."""
