-- Indexes of the query services: every filter and order of their statements is served by an
-- index (tests check each statement's EXPLAIN QUERY PLAN). Closed sets of values are filtered
-- without regard to case (the Rust system stored "Critical" and filtered "critical"), so their
-- columns are indexed COLLATE NOCASE, which is what lets `col = ? COLLATE NOCASE` use them.

-- scans: ListScanHistory by status, newest first.
CREATE INDEX IF NOT EXISTS idx_scan_history_status ON scan_history(status COLLATE NOCASE, id);

-- graph:
-- GraphService (docs/graph.md). Taint flows are listed by confidence, highest first, then id:
-- each filter has an index ending in that order, so a filtered page is read off the index and
-- not sorted; the stored text filters compare COLLATE NOCASE.
CREATE INDEX IF NOT EXISTS idx_taint_flows_rank ON taint_flows(confidence DESC, id);
CREATE INDEX IF NOT EXISTS idx_taint_flows_sanitized_rank
    ON taint_flows(is_sanitized, confidence DESC, id);
CREATE INDEX IF NOT EXISTS idx_taint_flows_cwe_rank ON taint_flows(cwe_id, confidence DESC, id);
CREATE INDEX IF NOT EXISTS idx_taint_flows_source_type_rank
    ON taint_flows(source_type COLLATE NOCASE, confidence DESC, id);
CREATE INDEX IF NOT EXISTS idx_taint_flows_sink_type_rank
    ON taint_flows(sink_type COLLATE NOCASE, confidence DESC, id);
CREATE INDEX IF NOT EXISTS idx_taint_flows_source_file_rank
    ON taint_flows(source_file, confidence DESC, id);
CREATE INDEX IF NOT EXISTS idx_taint_flows_sink_file_rank
    ON taint_flows(sink_file, confidence DESC, id);
-- Error gaps are listed by id (the rowid every index ends in); these two serve the
-- case-insensitive filters (idx_error_gaps_file serves the file filter).
CREATE INDEX IF NOT EXISTS idx_error_gaps_gap_type_nocase ON error_gaps(gap_type COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS idx_error_gaps_severity_nocase ON error_gaps(severity COLLATE NOCASE);
-- Impact scores by risk, highest first, then function; dead code by function.
CREATE INDEX IF NOT EXISTS idx_impact_scores_rank ON impact_scores(risk_score DESC, function_id);
CREATE INDEX IF NOT EXISTS idx_impact_scores_dead ON impact_scores(is_dead_code, function_id);
