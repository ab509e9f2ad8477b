"""Enforcement of a project's analysis results (the Rust enforcement.rs and feedback.rs): the
check of its gates, the audit of its health, its violations, gate results and pattern decisions,
and the feedback on violations that moves pattern confidence. Plain functions over an apsw
connection: reads run on the read pool, writes are writer operations."""
