-- cortex.db v12: the Rust v012 observability. Time-series metrics and a per-query latency log.

CREATE TABLE IF NOT EXISTS metric_snapshots (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    metric_name TEXT NOT NULL,
    metric_value REAL NOT NULL,
    labels TEXT DEFAULT '{}',
    timestamp TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX IF NOT EXISTS idx_metrics_name ON metric_snapshots(metric_name);
CREATE INDEX IF NOT EXISTS idx_metrics_timestamp ON metric_snapshots(timestamp);

CREATE TABLE IF NOT EXISTS query_performance_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    query_type TEXT NOT NULL,
    duration_ms REAL NOT NULL,
    result_count INTEGER DEFAULT 0,
    parameters TEXT DEFAULT '{}',
    timestamp TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX IF NOT EXISTS idx_query_perf_type ON query_performance_log(query_type);
