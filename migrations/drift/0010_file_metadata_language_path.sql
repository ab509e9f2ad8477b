-- ListFiles filtered by language pages in path order. With an index on (language) alone, every
-- page sorted all files of that language; (language, path) makes a page a range scan. It serves
-- every lookup the Rust index idx_file_metadata_language served, so it replaces it.

DROP INDEX IF EXISTS idx_file_metadata_language;
CREATE INDEX IF NOT EXISTS idx_file_metadata_language_path ON file_metadata(language, path);
