// Export (npm run export): every relationship a seed record defines (it carries a seedKey), with
// the ids and labels of its ends, to write the relationship files back from the graph.
// Parameters: none.
// Columns: type, from, fromLabels, to, toLabels, properties.
MATCH (a)-[r]->(b)
WHERE r.seedKey IS NOT NULL
RETURN type(r) AS type, a.id AS from, labels(a) AS fromLabels, b.id AS to, labels(b) AS toLabels, properties(r) AS properties
ORDER BY from, type, to, r.seedKey
