-- Which findings each scan saw, so that two scans can be compared: new, fixed, persisting.
-- A finding (a violation, detection, secret, taint flow, error gap or crypto finding) is keyed
-- by a fingerprint that does not depend on its line: its kind, rule, file, normalised text and
-- its rank among the findings of the same kind, rule, file and text (so that two identical
-- findings of one file stay two). Rows copy what a report of a fixed finding needs, since the
-- finding itself is gone by then. A snapshot goes with its scan (retention, ON DELETE CASCADE).
CREATE TABLE IF NOT EXISTS finding_snapshots (
    scan_id INTEGER NOT NULL REFERENCES scan_history(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    kind TEXT NOT NULL,
    rule TEXT NOT NULL,
    file TEXT NOT NULL,
    line INTEGER NOT NULL,
    level TEXT NOT NULL, -- error, warning or note
    message TEXT NOT NULL,
    -- The id of the finding's row in its table, as text: how a report of the scan's findings
    -- finds each one's fingerprint.
    source_id TEXT NOT NULL,
    PRIMARY KEY (scan_id, fingerprint)
) STRICT;
CREATE INDEX IF NOT EXISTS idx_finding_snapshots_source ON finding_snapshots(scan_id, kind, source_id);
-- DiffFindings counts each scan's findings per level.
CREATE INDEX IF NOT EXISTS idx_finding_snapshots_level ON finding_snapshots(scan_id, level);

-- When the scan's findings were recorded: NULL for a scan whose findings never were (running,
-- failed, cancelled, or older than this migration), which cannot be compared.
ALTER TABLE scan_history ADD COLUMN findings_recorded_at INTEGER;
