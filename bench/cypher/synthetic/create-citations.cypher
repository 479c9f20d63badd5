// Benchmark loader: link synthetic entities to the synthetic sources they cite (:CITES).
// Parameters: $rows — [{from, to}] (entity id, source id).
// Columns: written — number of citations created.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (s:Source {id: row.to})
CREATE (a)-[:CITES]->(s)
RETURN count(*) AS written
