-- drift.db v8: the Rust v008_enforcement_fixes migration, a single ALTER TABLE (no new tables).
-- scan_root supports scope-aware degradation comparison; it is nullable, defaults to '' and has
-- no index.
--
-- This is the only drift migration that is not idempotent: SQLite has no ADD COLUMN IF NOT
-- EXISTS, so running it twice fails with "duplicate column name: scan_root". That is safe here:
-- our runner (services/common/migrations.py) applies each file together with its user_version
-- bump in one BEGIN IMMEDIATE transaction, so either both commit (user_version = 8 and this file
-- is never run again) or neither does (no column, and the retry starts from a clean version 7).
-- Only the Rust runner, which autocommitted the ALTER before setting user_version, could leave a
-- database with the column but at version 7; the guard below makes our runner adopt such a
-- database by recording version 8 without running the ALTER.
-- skip-if: SELECT 1 FROM pragma_table_info('audit_snapshots') WHERE name = 'scan_root'

ALTER TABLE audit_snapshots ADD COLUMN scan_root TEXT DEFAULT '';
