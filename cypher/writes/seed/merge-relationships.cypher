// Seed loader: create or update relationships of one batch.
// Parameters: $rows — [{type, from, to, properties}], type from the seed model's fixed vocabulary;
//   properties carry `seedKey` (type|from|to|key), which tells parallel relationships apart.
// Columns: written — number of relationships written.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {seedKey: row.properties.seedKey}]->(b)
SET r = row.properties
RETURN count(r) AS written
