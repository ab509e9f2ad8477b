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
    (CASE lower(severity) WHEN 'critical' THEN 1.0 WHEN 'high' THEN 0.8 WHEN 'medium' THEN 0.5 ELSE 0.2 END) DESC,
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
