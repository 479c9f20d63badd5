// Close matches for an unknown identifier: a typo-tolerant full-text search restricted to one label.
// Parameters: $query (Lucene query built from escaped terms with ~), $label (a fixed label name), $limit.
// Columns: id, name, score.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $label IN labels(node)
RETURN node.id AS id, coalesce(node.name, node.title) AS name, score
ORDER BY score DESC, id
LIMIT toInteger($limit)
