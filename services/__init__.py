"""Drift storage services: drift_storage, cortex_storage and bridge over SQLite."""
