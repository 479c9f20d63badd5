// Seed loader: create or update entity nodes of one batch, and their CITES links to sources.
// Parameters: $rows — [{label, id, properties, latitude, longitude, sourceIds}]; label comes from the
//   seed model's fixed vocabulary (never from user input); properties replace the old ones.
// Columns: written — number of nodes written.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.properties
SET n:$(row.label)
SET n.location = CASE WHEN row.latitude IS NULL THEN null ELSE point({latitude: row.latitude, longitude: row.longitude}) END
WITH n, row
CALL (n, row) {
  OPTIONAL MATCH (n)-[stale:CITES]->(old:Source)
  WHERE NOT old.id IN row.sourceIds
  DELETE stale
}
CALL (n, row) {
  UNWIND row.sourceIds AS sourceId
  MATCH (source:Source {id: sourceId})
  MERGE (n)-[:CITES]->(source)
}
RETURN count(n) AS written
