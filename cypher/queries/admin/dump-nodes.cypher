// Every node with its labels and properties, in a stable order (for the graph checksum).
// Parameters: none. Columns: id, labels, properties.
MATCH (n)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id
