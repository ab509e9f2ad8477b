-- Indexes of the query services: every filter and order of their statements is served by an
-- index (tests check each statement's EXPLAIN QUERY PLAN). Closed sets of values are filtered
-- without regard to case (the Rust system stored "Critical" and filtered "critical"), so their
-- columns are indexed COLLATE NOCASE, which is what lets `col = ? COLLATE NOCASE` use them.

-- scans: ListScanHistory by status, newest first.
CREATE INDEX IF NOT EXISTS idx_scan_history_status ON scan_history(status COLLATE NOCASE, id);

-- graph:
-- GraphService (docs/graph.md). Taint flows are listed by confidence, highest first, then id:
-- each filter has an index ending in that order, so a filtered page is read off the index and
-- not sorted. Type filters compare words (lower case, no underscores: Rust stored SqlQuery for
-- sql_query), severities COLLATE NOCASE.
CREATE INDEX IF NOT EXISTS idx_taint_flows_rank ON taint_flows(confidence DESC, id);
CREATE INDEX IF NOT EXISTS idx_taint_flows_sanitized_rank
    ON taint_flows(is_sanitized, confidence DESC, id);
CREATE INDEX IF NOT EXISTS idx_taint_flows_cwe_rank ON taint_flows(cwe_id, confidence DESC, id);
CREATE INDEX IF NOT EXISTS idx_taint_flows_source_type_rank
    ON taint_flows(lower(replace(source_type, '_', '')), confidence DESC, id);
CREATE INDEX IF NOT EXISTS idx_taint_flows_sink_type_rank
    ON taint_flows(lower(replace(sink_type, '_', '')), confidence DESC, id);
CREATE INDEX IF NOT EXISTS idx_taint_flows_source_file_rank
    ON taint_flows(source_file, confidence DESC, id);
CREATE INDEX IF NOT EXISTS idx_taint_flows_sink_file_rank
    ON taint_flows(sink_file, confidence DESC, id);
-- Error gaps are listed by id (the rowid every index ends in); these two serve the
-- case-insensitive filters (idx_error_gaps_file serves the file filter).
CREATE INDEX IF NOT EXISTS idx_error_gaps_gap_type_words
    ON error_gaps(lower(replace(gap_type, '_', '')));
CREATE INDEX IF NOT EXISTS idx_error_gaps_severity_nocase ON error_gaps(severity COLLATE NOCASE);
-- Impact scores by risk, highest first, then function; dead code by function.
CREATE INDEX IF NOT EXISTS idx_impact_scores_rank ON impact_scores(risk_score DESC, function_id);
CREATE INDEX IF NOT EXISTS idx_impact_scores_dead ON impact_scores(is_dead_code, function_id);

-- patterns: ListPatterns pages detections by confidence (highest first), then id, unfiltered or
-- by one of its filters; ListPatternSummaries groups a category's detections by pattern in
-- pattern order. (SQLite appends the rowid, here the id, to every index, in ascending order.)
CREATE INDEX IF NOT EXISTS idx_detections_rank ON detections(confidence DESC);
CREATE INDEX IF NOT EXISTS idx_detections_category_rank
    ON detections(category COLLATE NOCASE, confidence DESC);
CREATE INDEX IF NOT EXISTS idx_detections_pattern_rank ON detections(pattern_id, confidence DESC);
CREATE INDEX IF NOT EXISTS idx_detections_file_rank ON detections(file, confidence DESC);
CREATE INDEX IF NOT EXISTS idx_detections_method_rank
    ON detections(detection_method COLLATE NOCASE, confidence DESC);
CREATE INDEX IF NOT EXISTS idx_detections_category_pattern
    ON detections(category COLLATE NOCASE, pattern_id);
-- ListConfidenceScores by tier, in pattern order.
CREATE INDEX IF NOT EXISTS idx_pattern_confidence_tier
    ON pattern_confidence(tier COLLATE NOCASE, pattern_id);
-- ListOutliers: most deviant first, then id, unfiltered or by one filter.
CREATE INDEX IF NOT EXISTS idx_outliers_rank ON outliers(deviation_score DESC);
CREATE INDEX IF NOT EXISTS idx_outliers_pattern_rank ON outliers(pattern_id, deviation_score DESC);
CREATE INDEX IF NOT EXISTS idx_outliers_file_rank ON outliers(file, deviation_score DESC);
CREATE INDEX IF NOT EXISTS idx_outliers_significance_rank
    ON outliers(significance COLLATE NOCASE, deviation_score DESC);
-- ListConventions: most dominant first, then id. A category is matched ignoring case and
-- underscores (Rust stored "ProjectSpecific", the API says "project_specific"), through the
-- expression the query compares.
CREATE INDEX IF NOT EXISTS idx_conventions_rank ON conventions(dominance_ratio DESC);
CREATE INDEX IF NOT EXISTS idx_conventions_category_rank
    ON conventions(lower(replace(category, '_', '')), dominance_ratio DESC);
CREATE INDEX IF NOT EXISTS idx_conventions_status_rank
    ON conventions(promotion_status COLLATE NOCASE, dominance_ratio DESC);
CREATE INDEX IF NOT EXISTS idx_conventions_scope_rank ON conventions(scope, dominance_ratio DESC);
-- Boundaries hold model rows (no field_name) and sensitive-field rows (a sensitivity): the
-- listings of each, by id, filtered by framework, model or sensitivity, and a model's sensitive
-- fields counted by its name (and file).
CREATE INDEX IF NOT EXISTS idx_boundaries_model_framework
    ON boundaries(framework COLLATE NOCASE) WHERE field_name IS NULL;
CREATE INDEX IF NOT EXISTS idx_boundaries_model_name ON boundaries(model_name)
    WHERE field_name IS NULL;
CREATE INDEX IF NOT EXISTS idx_boundaries_field_model ON boundaries(model_name)
    WHERE sensitivity IS NOT NULL;
CREATE INDEX IF NOT EXISTS idx_boundaries_field_sensitivity
    ON boundaries(sensitivity COLLATE NOCASE) WHERE sensitivity IS NOT NULL;

-- reports: StreamReport reads violations page by page in (file, line, id) order, and JUnit reads
-- them rule by rule in the same order within a rule (keyset cursors on these keys).
CREATE INDEX IF NOT EXISTS idx_violations_file_line_id ON violations(file, line, id);
CREATE INDEX IF NOT EXISTS idx_violations_rule_file_line_id ON violations(rule_id, file, line, id);

-- security:
-- Indexes of drift.analysis.v1.SecurityService (services/drift_storage/queries/security.py).
-- Open sets stored debug-cased (framework, language) compare with COLLATE NOCASE, so their
-- indexes use it too. Closed sets (secret severity, wrapper and crypto category) are stored as
-- FalsePositive or false_positive, which NOCASE does not equate: they compare folded, without
-- underscores and case, on an index of exactly that expression.
CREATE INDEX IF NOT EXISTS idx_secrets_severity_folded ON secrets(lower(replace(severity, '_', '')));
CREATE INDEX IF NOT EXISTS idx_constants_named ON constants(is_named);
CREATE INDEX IF NOT EXISTS idx_env_variables_missing ON env_variables(defined_in_env, has_default);
CREATE INDEX IF NOT EXISTS idx_wrappers_category_folded ON wrappers(lower(replace(category, '_', '')));
CREATE INDEX IF NOT EXISTS idx_wrappers_framework_nocase ON wrappers(framework COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS idx_crypto_findings_category_folded ON crypto_findings(lower(replace(category, '_', '')));
CREATE INDEX IF NOT EXISTS idx_crypto_findings_language_nocase ON crypto_findings(language COLLATE NOCASE);
-- The merged security findings are paged by severity (highest first), then id. Three of their
-- four sources compute the severity from other columns, so each has a partial index on exactly
-- the expression and the condition that the queries repeat word for word (SQLite uses an
-- expression or partial index only for a textually identical expression and WHERE term):
-- violations carrying a CWE or an OWASP category, by the severity map critical 1.0, high 0.8,
-- medium 0.5, else 0.2;
CREATE INDEX IF NOT EXISTS idx_violations_security ON violations(
    (CASE lower(severity) WHEN 'critical' THEN 1.0 WHEN 'high' THEN 0.8 WHEN 'error' THEN 0.8 WHEN 'medium' THEN 0.5 WHEN 'warning' THEN 0.5 ELSE 0.2 END) DESC,
    id
) WHERE cwe_id IS NOT NULL OR owasp_category <> '';
-- unsanitized taint flows, by sink type (spelled os_command or OsCommand);
CREATE INDEX IF NOT EXISTS idx_taint_flows_security ON taint_flows(
    (CASE lower(replace(sink_type, '_', '')) WHEN 'oscommand' THEN 0.9 WHEN 'sqlquery' THEN 0.9 WHEN 'httprequest' THEN 0.7 WHEN 'deserialization' THEN 0.7 WHEN 'logoutput' THEN 0.4 ELSE 0.5 END) DESC,
    id
) WHERE is_sanitized = 0;
-- detections of the security category (stored "Security") carrying a CWE or an OWASP category,
-- by confidence;
CREATE INDEX IF NOT EXISTS idx_detections_security ON detections(
    (CASE WHEN confidence >= 0.9 THEN 0.8 WHEN confidence >= 0.7 THEN 0.5 ELSE 0.3 END) DESC,
    id
) WHERE category = 'security' COLLATE NOCASE AND (cwe_ids <> '' OR owasp <> '');
-- and owasp_findings by their stored severity. Whether an owasp_findings row re-stores one of
-- those detections is looked up by file and line.
CREATE INDEX IF NOT EXISTS idx_owasp_findings_severity_id ON owasp_findings(severity DESC, id);
CREATE INDEX IF NOT EXISTS idx_detections_file_line ON detections(file, line);

-- structure: the indexes of drift.analysis.v1.StructureService (services/drift_storage/queries/
-- structure.py). Each listing pages by its key off one index, filtered or not.
--
-- Zones and mismatch types are written by the Rust analysis in Debug case (`ZoneOfPain`,
-- `FieldMissing`) and by clients in ours (`zone_of_pain`): those filters compare the text without
-- underscores and case (`lower(replace(zone, '_', '')) = 'zoneofpain'`), and these
-- expression indexes serve that comparison with the page order after it.
CREATE INDEX IF NOT EXISTS idx_coupling_metrics_zone_folded
    ON coupling_metrics(lower(replace(zone, '_', '')), module);
CREATE INDEX IF NOT EXISTS idx_contract_mismatches_type_folded
    ON contract_mismatches(lower(replace(mismatch_type, '_', '')), id);
CREATE INDEX IF NOT EXISTS idx_contract_mismatches_severity_nocase
    ON contract_mismatches(severity COLLATE NOCASE, id);
CREATE INDEX IF NOT EXISTS idx_contracts_paradigm_nocase ON contracts(paradigm COLLATE NOCASE, id);
CREATE INDEX IF NOT EXISTS idx_contracts_framework_nocase ON contracts(framework COLLATE NOCASE, id);
-- The latest verification of a constraint: its last (verified_at, id).
CREATE INDEX IF NOT EXISTS idx_constraint_verifications_latest
    ON constraint_verifications(constraint_id, verified_at, id);
-- dna_mutations has a TEXT key, so an index on (col) alone is ordered by rowid, not by id: each
-- filter needs its (col, id). (file, id) and (resolved, id) serve every lookup the Rust indexes
-- on (file) and (resolved) served, so they replace them.
DROP INDEX IF EXISTS idx_dna_mutations_file;
DROP INDEX IF EXISTS idx_dna_mutations_resolved;
CREATE INDEX IF NOT EXISTS idx_dna_mutations_file_id ON dna_mutations(file, id);
CREATE INDEX IF NOT EXISTS idx_dna_mutations_resolved_id ON dna_mutations(resolved, id);
CREATE INDEX IF NOT EXISTS idx_dna_mutations_gene_nocase ON dna_mutations(gene_id COLLATE NOCASE, id);
CREATE INDEX IF NOT EXISTS idx_dna_mutations_impact_nocase ON dna_mutations(impact COLLATE NOCASE, id);

-- enforcement:
-- ListViolations pages by id within each filter (keyset `id > ?`), so each filter column leads
-- an index that ends in id; severity is a closed set, filtered case-insensitively.
CREATE INDEX IF NOT EXISTS idx_violations_file_id ON violations(file, id);
CREATE INDEX IF NOT EXISTS idx_violations_severity_id ON violations(severity COLLATE NOCASE, id);
CREATE INDEX IF NOT EXISTS idx_violations_rule_id_id ON violations(rule_id, id);
CREATE INDEX IF NOT EXISTS idx_violations_pattern_id ON violations(pattern_id, id);
CREATE INDEX IF NOT EXISTS idx_violations_suppressed_id ON violations(suppressed, id);
CREATE INDEX IF NOT EXISTS idx_violations_is_new_id ON violations(is_new, id);
-- Check counts the open violations (of all, or only the new ones) per severity.
CREATE INDEX IF NOT EXISTS idx_violations_open_severity
    ON violations(suppressed, is_new, severity COLLATE NOCASE);
-- Audit asks, per pattern, whether an open error violation exists.
CREATE INDEX IF NOT EXISTS idx_violations_pattern_open_severity
    ON violations(pattern_id, suppressed, severity COLLATE NOCASE);
-- A gate's latest result, and its history newest first (keyset on run_at, id).
CREATE INDEX IF NOT EXISTS idx_gate_results_gate_run ON gate_results(gate_id, run_at);
-- ListPatternStatuses by status (a closed set) in pattern order, and its counts per status.
CREATE INDEX IF NOT EXISTS idx_pattern_status_status_pattern
    ON pattern_status(status COLLATE NOCASE, pattern_id);
-- Audit deletes alerts older than 24 hours and reads the recent ones newest first.
CREATE INDEX IF NOT EXISTS idx_degradation_alerts_created ON degradation_alerts(created_at);
-- Feedback asks whether a violation already has an action since it was recorded.
CREATE INDEX IF NOT EXISTS idx_feedback_violation_action
    ON feedback(violation_id, action, created_at);
