// Write API: delete one source that nothing cites any more (the caller checks first).
// Parameters: $id.
// Columns: deleted.
MATCH (source:Source {id: $id})
DETACH DELETE source
RETURN 1 AS deleted
