// Benchmark loader: create synthetic :Source nodes of one batch (ids are new, so CREATE, not MERGE).
// Parameters: $rows — [{id, properties}].
// Columns: written — number of sources created.
UNWIND $rows AS row
CREATE (s:Source)
SET s = row.properties
RETURN count(s) AS written
