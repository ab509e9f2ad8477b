-- Indexes of the query services: every filter and order of their statements is served by an
-- index (tests check each statement's EXPLAIN QUERY PLAN). Closed sets of values are filtered
-- without regard to case (the Rust system stored "Critical" and filtered "critical"), so their
-- columns are indexed COLLATE NOCASE, which is what lets `col = ? COLLATE NOCASE` use them.

-- scans: ListScanHistory by status, newest first.
CREATE INDEX IF NOT EXISTS idx_scan_history_status ON scan_history(status COLLATE NOCASE, id);

-- reports: StreamReport reads violations page by page in (file, line, id) order, and JUnit reads
-- them rule by rule in the same order within a rule (keyset cursors on these keys).
CREATE INDEX IF NOT EXISTS idx_violations_file_line_id ON violations(file, line, id);
CREATE INDEX IF NOT EXISTS idx_violations_rule_file_line_id ON violations(rule_id, file, line, id);
