// The nodes with these ids (any kind, sources included), for lookups by id, node(id:)/nodes(ids:)
// and batched references. Ids are unique across the graph: :Entity ids by constraint, sources by
// their own constraint and `src-` prefix.
// Parameters: $ids (node ids).
// Columns: node — properties + _labels.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id})
  RETURN n
  UNION
  MATCH (n:Source {id: id})
  RETURN n
}
RETURN n {.*, _labels: labels(n)} AS node
