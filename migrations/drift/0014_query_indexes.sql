-- Indexes of the query services: every filter and order of their statements is served by an
-- index (tests check each statement's EXPLAIN QUERY PLAN). Closed sets of values are filtered
-- without regard to case (the Rust system stored "Critical" and filtered "critical"), so their
-- columns are indexed COLLATE NOCASE, which is what lets `col = ? COLLATE NOCASE` use them.

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
