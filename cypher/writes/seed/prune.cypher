// Seed loader: remove what an earlier seed loaded but the seed files no longer contain, so the
// graph mirrors the files. Nodes and relationships created through the API (origin 'api') stay.
// Parameters: $nodeIds — ids of every seeded node; $relationshipKeys — seedKey of every seeded relationship.
// Columns: removedNodes, removedRelationships.
CALL () {
  MATCH ()-[r]->()
  WHERE r.origin = 'seed' AND NOT r.seedKey IN $relationshipKeys
  DELETE r
  RETURN count(r) AS removedRelationships
}
CALL () {
  MATCH (n)
  WHERE (n:Entity OR n:Source) AND n.origin = 'seed' AND NOT n.id IN $nodeIds
  DETACH DELETE n
  RETURN count(n) AS removedNodes
}
RETURN removedNodes, removedRelationships
