-- Indexes of the query services: every filter and order of their statements is served by an
-- index (tests check each statement's EXPLAIN QUERY PLAN). Closed sets of values are filtered
-- without regard to case (the Rust system stored "Critical" and filtered "critical"), so their
-- columns are indexed COLLATE NOCASE, which is what lets `col = ? COLLATE NOCASE` use them.

-- scans: ListScanHistory by status, newest first.
CREATE INDEX IF NOT EXISTS idx_scan_history_status ON scan_history(status COLLATE NOCASE, id);
