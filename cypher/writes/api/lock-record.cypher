// Write API: the current state of an entity or source, locked for the rest of the transaction.
// Touching the node takes its write lock, so a concurrent write of the same record waits, then
// reads the version this one committed (no lost updates).
// Parameters: $id.
// Columns: labels (without Entity), version, properties — no row when the record does not exist.
CALL () {
  MATCH (n:Entity {id: $id})
  RETURN n
  UNION
  MATCH (n:Source {id: $id})
  RETURN n
}
SET n.version = coalesce(n.version, 1)
RETURN [label IN labels(n) WHERE label <> 'Entity'] AS labels, n.version AS version, properties(n) AS properties
