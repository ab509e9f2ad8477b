-- A project's display name (UpdateProject), and whether its next scan must read every file: set
-- when the project is re-rooted, cleared by the first scan that completes after it, so that files
-- of the new root whose size and mtime happen to match the old rows are still read and hashed.
ALTER TABLE project ADD COLUMN display_name TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN full_scan_pending INTEGER NOT NULL DEFAULT 0 CHECK (full_scan_pending IN (0, 1));
