// Benchmark loader: create synthetic relationships of one batch between existing entities.
// Parameters: $rows — [{type, from, to, properties}]; type from the real model's relationship types.
// Columns: written — number of relationships created.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS written
