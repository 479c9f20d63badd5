// How big is the graph? Node and relationship counts from the count store (constant time).
// Parameters: none. Columns: nodes, relationships.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
