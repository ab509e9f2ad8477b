"""drift_storage: the service that owns drift.db (analysis results)."""
