"""Read-only answers computed from a project's drift.db: one module per area, plain functions
over a read connection."""
