// Write API: create or replace one source (its properties replaced as a whole).
// Parameters: $id, $properties.
// Columns: version.
MERGE (source:Source {id: $id})
SET source = $properties
RETURN source.version AS version
