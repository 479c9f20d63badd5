// Write API: create or replace one entity — its properties (replaced as a whole), its label, its
// location point, its CITES links to its sources, and the relationships its record defines (a
// deposit's LOCATED_IN, a trade figure's importer, supplier and elements…), which replace the old
// ones of the same kinds.
// Parameters: $label (from the model's vocabulary, never from input), $id, $properties,
//   $latitude, $longitude, $sourceIds, $ownKinds — [{type, direction: 'OUT'|'IN'}],
//   $relationships — [{type, from, to, properties}] (types from the model's vocabulary).
// Columns: version.
MERGE (n:Entity {id: $id})
SET n = $properties
SET n:$($label)
SET n.location = CASE WHEN $latitude IS NULL THEN null ELSE point({latitude: $latitude, longitude: $longitude}) END
WITH n
CALL (n) {
  OPTIONAL MATCH (n)-[stale:CITES]->(old:Source)
  WHERE NOT old.id IN $sourceIds
  DELETE stale
}
CALL (n) {
  UNWIND $sourceIds AS sourceId
  MATCH (source:Source {id: sourceId})
  MERGE (n)-[:CITES]->(source)
}
CALL (n) {
  UNWIND $ownKinds AS kind
  OPTIONAL MATCH (n)-[outgoing]->()
  WHERE kind.direction = 'OUT' AND type(outgoing) = kind.type
  OPTIONAL MATCH (n)<-[incoming]-()
  WHERE kind.direction = 'IN' AND type(incoming) = kind.type
  WITH collect(outgoing) + collect(incoming) AS old
  FOREACH (relationship IN old | DELETE relationship)
}
CALL (n) {
  UNWIND $relationships AS relationship
  MATCH (from:Entity {id: relationship.from})
  MATCH (to:Entity {id: relationship.to})
  MERGE (from)-[written:$(relationship.type) {seedKey: relationship.properties.seedKey}]->(to)
  SET written = relationship.properties
}
RETURN n.version AS version
