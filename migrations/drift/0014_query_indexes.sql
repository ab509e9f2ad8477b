-- structure: the indexes of drift.analysis.v1.StructureService (services/drift_storage/queries/
-- structure.py). Each listing pages by its key off one index, filtered or not.
--
-- Zones and mismatch types are written by the Rust analysis in Debug case (`ZoneOfPain`,
-- `FieldMissing`) and by clients in ours (`zone_of_pain`): those filters compare the text without
-- underscores and case (`replace(zone, '_', '') = 'zoneofpain' COLLATE NOCASE`), and these
-- expression indexes serve that comparison with the page order after it.
CREATE INDEX IF NOT EXISTS idx_coupling_metrics_zone_folded
    ON coupling_metrics(replace(zone, '_', '') COLLATE NOCASE, module);
CREATE INDEX IF NOT EXISTS idx_contract_mismatches_type_folded
    ON contract_mismatches(replace(mismatch_type, '_', '') COLLATE NOCASE, id);
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
