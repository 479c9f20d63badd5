// One source, and what cites it: the entities with a CITES link, and how many relationships list it.
// Parameters: $id (source id).
// Columns: source (properties), citedBy ([{id, name, labels}]), relationshipCount.
MATCH (s:Source {id: $id})
CALL (s) {
  OPTIONAL MATCH (n)-[:CITES]->(s)
  WITH n ORDER BY n.id
  RETURN collect(n {.id, name: coalesce(n.name, n.title, n.text, n.id), _labels: labels(n)}) AS citedBy
}
CALL (s) {
  MATCH ()-[r]->()
  WHERE type(r) <> 'CITES' AND s.id IN coalesce(r.sourceIds, [])
  RETURN count(r) AS relationshipCount
}
RETURN s {.*} AS source, citedBy, relationshipCount
