// The nodes with these ids (any kind), for lookups by id and for batched references.
// Parameters: $ids (node ids).
// Columns: node — properties + _labels.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*, _labels: labels(n)} AS node
