-- Indexes of the query services: every filter and order of their statements is served by an
-- index (tests check each statement's EXPLAIN QUERY PLAN). Closed sets of values are filtered
-- without regard to case (the Rust system stored "Critical" and filtered "critical"), so their
-- columns are indexed COLLATE NOCASE, which is what lets `col = ? COLLATE NOCASE` use them.

-- scans: ListScanHistory by status, newest first.
CREATE INDEX IF NOT EXISTS idx_scan_history_status ON scan_history(status COLLATE NOCASE, id);

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
