// Write API: how many nodes and relationships still cite this source? A cited source cannot go.
// Parameters: $id.
// Columns: nodes, relationships.
MATCH (source:Source {id: $id})
RETURN COUNT { (source)<-[:CITES]-() } AS nodes,
       COUNT { MATCH ()-[r]->() WHERE $id IN coalesce(r.sourceIds, []) } AS relationships
