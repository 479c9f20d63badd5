// Seed loader: create or update :Source nodes of one batch.
// Parameters: $rows — [{id, properties}]; properties replace the old ones.
// Columns: written — number of sources written.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s = row.properties
RETURN count(s) AS written
