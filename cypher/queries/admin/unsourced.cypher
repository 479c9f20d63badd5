// Provenance check: nodes (other than sources) and relationships (other than CITES) without a
// valid source — an empty or missing sourceIds list, or an id that is not a :Source node.
// Parameters: none. Columns: unsourcedNodes, unsourcedRelationships.
CALL () {
  MATCH (n)
  WHERE NOT n:Source AND NOT n:GraphVersion
    AND (n.sourceIds IS NULL OR size(n.sourceIds) = 0
         OR any(sourceId IN n.sourceIds WHERE NOT EXISTS { MATCH (:Source {id: sourceId}) }))
  RETURN count(n) AS unsourcedNodes
}
CALL () {
  MATCH ()-[r]->()
  WHERE type(r) <> 'CITES'
    AND (r.sourceIds IS NULL OR size(r.sourceIds) = 0
         OR any(sourceId IN r.sourceIds WHERE NOT EXISTS { MATCH (:Source {id: sourceId}) }))
  RETURN count(r) AS unsourcedRelationships
}
RETURN unsourcedNodes, unsourcedRelationships
