// Every node with its labels and properties, in a stable order (for the graph checksum); the graph
// version counter is bookkeeping, not part of the graph.
// Parameters: none. Columns: id, labels, properties.
MATCH (n)
WHERE NOT n:GraphVersion
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id
