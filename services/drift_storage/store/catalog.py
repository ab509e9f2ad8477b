"""What the API needs to know about each drift.db table beyond its columns.

Columns and types come from the schema itself (the migrations); this catalog adds how a table is
written (its natural key for upserts, the column naming the file its rows belong to, whether
clients may write it at all) and read (the filters of its List RPC, the time column for ranges),
following the Rust query modules (drift-schema.md §2), and which INTEGER columns are flags
(``FLAG_COLUMNS``). ``services/drift_storage/store/table_protos.py`` turns it into
``protos/drift/storage/v1/tables.proto``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TableSpec:
    """How one table is written and read through DriftTablesService."""

    # The table's name in drift.db.
    table: str
    # Singular CamelCase resource name: messages are <Resource>Row, RPCs List<Plural>/Get<Resource>.
    resource: str
    # CamelCase plural for the List RPC and the ingest oneof field (snake_case of it).
    plural: str
    # The natural key: an upsert on these columns replaces the row's other columns; Get<Resource>
    # takes them. Empty for append-only tables (every ingested row is a new row).
    key: tuple[str, ...] = ()
    # The column holding the path of the file a row belongs to (per-file replace and orphan
    # cleanup), if the table's rows are per file.
    file_column: str | None = None
    # Columns a List request may filter on by equality (each becomes an optional request field).
    filters: tuple[str, ...] = ()
    # An INTEGER Unix-seconds column a List request may bound with `<column>_from`/`<column>_to`.
    time_column: str | None = None
    # Written only by scans (and file_metadata also by IngestFileMetadata): IngestRows has no
    # batch for the table, so clients can read it but never contradict what a scan recorded.
    read_only: bool = False


# INTEGER columns holding 0 or 1 that clients see as booleans, besides those named ``is_*`` or
# ``has_*`` (``table_schema.Column.is_flag``). Counts such as ``gates_passed`` are not flags.
FLAG_COLUMNS = frozenset(
    {"enabled", "passed", "overall_passed", "resolved", "suppressed", "defined_in_env"}
)
FLAG_PREFIXES = ("is_", "has_")


# One entry per drift.db table, in the order migrations 0001..0009 create them, but ``project``
# (0011): the root that scans check is the service's own, written only by a scan, so that
# IngestRows cannot move a project silently. For the same reason the tables a scan fills
# (file_metadata, parse_cache, functions, scan_history, call_edges) are ``read_only``: a client
# writing them would contradict the files, functions and edges the scan found, and the next scan
# would silently undo it.
# Filters are the columns the Rust query functions (drift-schema.md §2, engine §8, materialized
# views §5) or NAPI bindings (drift-api.md §1.4-§1.8) matched by equality, plus the file column; a
# time column is one a Rust query bounded by time or retention (§6) pruned on.
TABLES: tuple[TableSpec, ...] = (
    # --- 0001 (v001_initial) ---
    # One row per file, keyed by its path, written by scans and IngestFileMetadata; its file
    # column puts it among the tables a removed file's rows are deleted from (Rust's
    # DeleteFileMetadata). No Rust query filtered on language (ListFiles of DriftStorageService
    # does).
    TableSpec(
        "file_metadata",
        "FileMetadataEntry",
        "FileMetadataEntries",
        key=("path",),
        file_column="path",
        filters=("path",),
        read_only=True,
    ),
    TableSpec(
        "parse_cache",
        "ParseCacheEntry",
        "ParseCacheEntries",
        key=("content_hash",),
        time_column="created_at",
        read_only=True,
    ),
    # AUTOINCREMENT id, but Rust wrote INSERT OR REPLACE on UNIQUE(file, name, line).
    TableSpec(
        "functions",
        "Function",
        "Functions",
        key=("file", "name", "line"),
        file_column="file",
        filters=("file", "qualified_name"),
        read_only=True,
    ),
    # Append-only: rows are INSERTed then completed by UPDATE ... WHERE id (update_scan_complete);
    # there is no natural unique column. status: IDriftReader::latest_scan_timestamp.
    TableSpec(
        "scan_history",
        "Scan",
        "Scans",
        filters=("status",),
        time_column="started_at",
        read_only=True,
    ),
    # --- 0002 (v002_analysis) ---
    TableSpec(
        "call_edges",
        "CallEdge",
        "CallEdges",
        key=("caller_id", "callee_id", "call_site_line"),
        filters=("caller_id", "callee_id"),
        read_only=True,
    ),
    # Rust wrote INSERT OR IGNORE (the first row for a key won); an upsert on the primary key
    # replaces framework and confidence instead.
    TableSpec(
        "data_access",
        "DataAccess",
        "DataAccesses",
        key=("function_id", "table_name", "operation", "line"),
        filters=("function_id", "table_name"),
    ),
    # pattern_id: IDriftReader::pattern_occurrence_rate (equality); the query module only had a
    # prefix match (get_detections_by_pattern_prefix). cwe_ids was a substring match: no filter.
    TableSpec(
        "detections",
        "Detection",
        "Detections",
        file_column="file",
        filters=("file", "category", "detection_method", "pattern_id"),
        time_column="created_at",
    ),
    TableSpec(
        "boundaries",
        "Boundary",
        "Boundaries",
        file_column="file",
        filters=("file", "framework"),
    ),
    # --- 0003 (v003_patterns) ---
    TableSpec(
        "pattern_confidence",
        "PatternConfidence",
        "PatternConfidences",
        key=("pattern_id",),
        filters=("tier",),
    ),
    TableSpec(
        "outliers",
        "Outlier",
        "Outliers",
        file_column="file",
        filters=("file", "pattern_id"),
        time_column="created_at",
    ),
    TableSpec("conventions", "Convention", "Conventions", filters=("category",)),
    # --- 0004 (v004_graph) ---
    TableSpec(
        "reachability_cache",
        "ReachabilityEntry",
        "ReachabilityEntries",
        key=("source_node", "direction"),
    ),
    # get_taint_flows_by_file matched source_file OR sink_file: two equality filters here.
    TableSpec(
        "taint_flows",
        "TaintFlow",
        "TaintFlows",
        file_column="source_file",
        filters=("source_file", "sink_file", "cwe_id", "is_sanitized"),
        time_column="created_at",
    ),
    TableSpec(
        "error_gaps",
        "ErrorGap",
        "ErrorGaps",
        file_column="file",
        filters=("file",),
        time_column="created_at",
    ),
    TableSpec(
        "impact_scores",
        "ImpactScore",
        "ImpactScores",
        key=("function_id",),
        filters=("is_dead_code",),
    ),
    TableSpec(
        "test_coverage",
        "TestCoverageLink",
        "TestCoverageLinks",
        key=("test_function_id", "source_function_id"),
        filters=("source_function_id",),
    ),
    TableSpec("test_quality", "TestQualityScore", "TestQualityScores", key=("function_id",)),
    # --- 0005 (v005_structural) ---
    TableSpec(
        "coupling_metrics", "CouplingMetric", "CouplingMetrics", key=("module",), filters=("zone",)
    ),
    TableSpec("coupling_cycles", "CouplingCycle", "CouplingCycles", time_column="created_at"),
    TableSpec("constraints", "Constraint", "Constraints", key=("id",), filters=("enabled",)),
    TableSpec(
        "constraint_verifications",
        "ConstraintVerification",
        "ConstraintVerifications",
        filters=("constraint_id",),
        time_column="verified_at",
    ),
    # A contract is extracted from one source file.
    TableSpec(
        "contracts",
        "Contract",
        "Contracts",
        key=("id",),
        file_column="source_file",
        filters=("source_file", "paradigm"),
    ),
    TableSpec(
        "contract_mismatches",
        "ContractMismatch",
        "ContractMismatches",
        filters=("mismatch_type",),
        time_column="created_at",
    ),
    TableSpec(
        "constants",
        "Constant",
        "Constants",
        file_column="file",
        filters=("file", "is_used", "is_named"),
    ),
    TableSpec(
        "secrets",
        "Secret",
        "Secrets",
        file_column="file",
        filters=("file", "severity"),
        time_column="created_at",
    ),
    TableSpec(
        "env_variables",
        "EnvVariable",
        "EnvVariables",
        file_column="file",
        filters=("file", "name", "defined_in_env", "has_default"),
    ),
    TableSpec(
        "wrappers",
        "Wrapper",
        "Wrappers",
        file_column="file",
        filters=("file", "category"),
    ),
    TableSpec("dna_genes", "DnaGene", "DnaGenes", key=("gene_id",)),
    TableSpec(
        "dna_mutations",
        "DnaMutation",
        "DnaMutations",
        key=("id",),
        file_column="file",
        filters=("file", "gene_id", "resolved"),
        time_column="detected_at",
    ),
    TableSpec(
        "crypto_findings",
        "CryptoFinding",
        "CryptoFindings",
        file_column="file",
        filters=("file", "category"),
        time_column="created_at",
    ),
    TableSpec(
        "owasp_findings",
        "OwaspFinding",
        "OwaspFindings",
        key=("id",),
        file_column="file",
        filters=("file", "detector"),
        time_column="created_at",
    ),
    TableSpec(
        "decomposition_decisions",
        "DecompositionDecision",
        "DecompositionDecisions",
        filters=("dna_profile_hash",),
        time_column="created_at",
    ),
    # --- 0006 (v006_enforcement) ---
    # suppressed and severity: the status and security views and count_needs_review.
    TableSpec(
        "violations",
        "Violation",
        "Violations",
        key=("id",),
        file_column="file",
        filters=("file", "severity", "suppressed"),
        time_column="created_at",
    ),
    # passed: refresh_status counts passed = 1 / passed = 0.
    TableSpec(
        "gate_results",
        "GateResult",
        "GateResults",
        filters=("gate_id", "passed"),
        time_column="run_at",
    ),
    TableSpec("audit_snapshots", "AuditSnapshot", "AuditSnapshots", time_column="created_at"),
    # Not "HealthTrend": GetHealthTrendRequest is already a DriftStorageService message.
    TableSpec(
        "health_trends",
        "HealthTrendPoint",
        "HealthTrendPoints",
        filters=("metric_name",),
        time_column="recorded_at",
    ),
    # action: false_positive_rate (action = 'dismiss'); violation_id: count_needs_review.
    TableSpec(
        "feedback",
        "FeedbackEntry",
        "FeedbackEntries",
        filters=("violation_id", "pattern_id", "detector_id", "action"),
        time_column="created_at",
    ),
    TableSpec("policy_results", "PolicyResult", "PolicyResults", time_column="run_at"),
    TableSpec(
        "degradation_alerts",
        "DegradationAlert",
        "DegradationAlerts",
        filters=("alert_type",),
        time_column="created_at",
    ),
    # --- 0007 (v007_advanced): write-only in Rust except get_simulations(limit) and
    # get_migration_correction(id), so no filters.
    TableSpec("simulations", "Simulation", "Simulations", time_column="created_at"),
    TableSpec("decisions", "Decision", "Decisions", time_column="created_at"),
    TableSpec(
        "context_cache", "ContextCacheEntry", "ContextCacheEntries", time_column="created_at"
    ),
    TableSpec(
        "migration_projects", "MigrationProject", "MigrationProjects", time_column="created_at"
    ),
    TableSpec("migration_modules", "MigrationModule", "MigrationModules", time_column="created_at"),
    TableSpec(
        "migration_corrections",
        "MigrationCorrection",
        "MigrationCorrections",
        time_column="created_at",
    ),
    # --- 0009 (v009_pattern_status) ---
    # Rust's upsert kept a user decision against an incoming 'auto' one; a plain upsert on the key
    # does not.
    TableSpec(
        "pattern_status",
        "PatternStatus",
        "PatternStatuses",
        key=("pattern_id",),
        filters=("status",),
    ),
    # --- 0012 (ours) ---
    # Written by scans with each file's call edges (the calls that resolved to nothing, per called
    # name); per file, so removed files and orphans take their rows with them.
    TableSpec(
        "unresolved_calls",
        "UnresolvedCall",
        "UnresolvedCalls",
        key=("file", "callee_name"),
        file_column="file",
        filters=("file", "callee_name"),
    ),
    # --- 0015 (ours) ---
    # Written when a scan completes (and by RecordFindings): what each scan saw; DiffFindings
    # compares two scans through it.
    TableSpec(
        "finding_snapshots",
        "FindingSnapshot",
        "FindingSnapshots",
        key=("scan_id", "fingerprint"),
        filters=("scan_id", "kind", "file", "level"),
        read_only=True,
    ),
)
