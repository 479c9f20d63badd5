// Which entities have a name or alias like this text? Full-text search over every named entity,
// typo-tolerant (the API sends each word as exact^3 OR prefix*^2 OR fuzzy~), ranked by score.
// Parameters: $query (Lucene query built from escaped words), $first (integer, at most 100).
// Columns: label, id, name, score.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score, [label IN labels(node) WHERE label <> 'Entity'][0] AS label
RETURN label, node.id AS id, coalesce(node.name, node.title, node.id) AS name, score
ORDER BY score DESC, id
LIMIT $first
