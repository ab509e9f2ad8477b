"""drift.db's tables: the catalog, per-table reads and writes, file rows, retention, export."""
