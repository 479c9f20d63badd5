// Every relationship with its ends and properties, in a stable order (for the graph checksum).
// Parameters: none. Columns: from, type, to, properties.
MATCH (a)-[r]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties
ORDER BY from, type, to
