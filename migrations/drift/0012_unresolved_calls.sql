-- The calls a scan could not resolve, per file and called name. With call_edges (the resolved
-- calls) they make the call graph's resolution rate mean something, and the called name tells a
-- later scan which unchanged files to link again when a function of that name appears. A scan
-- writes a file's rows with its call edges and replaces them when it links the file again; they
-- are deleted with the file. Files linked before this migration have no rows until a scan links
-- them again (a scan with force_full links every parsed file).
CREATE TABLE IF NOT EXISTS unresolved_calls (
    file TEXT NOT NULL,
    callee_name TEXT NOT NULL,
    call_count INTEGER NOT NULL CHECK (call_count > 0),
    PRIMARY KEY (file, callee_name)
) STRICT;

-- A scan looks up the files calling the names of the functions it added or removed.
CREATE INDEX IF NOT EXISTS idx_unresolved_calls_callee ON unresolved_calls(callee_name);
