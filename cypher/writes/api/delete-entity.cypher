// Write API: delete one entity and every relationship touching it, with the control periods
// computed for it (they describe it and nothing else).
// Parameters: $id.
// Columns: relationshipsRemoved (not counting its control periods).
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[:HAS_CONTROL]->(period:ControlPeriod)
WITH n, collect(period) AS periods, COUNT { (n)-[r]-() WHERE type(r) <> 'HAS_CONTROL' } AS relationshipsRemoved
FOREACH (period IN periods | DETACH DELETE period)
DETACH DELETE n
RETURN relationshipsRemoved
