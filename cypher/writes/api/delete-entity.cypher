// Write API: delete one entity and every relationship touching it.
// Parameters: $id.
// Columns: relationshipsRemoved.
MATCH (n:Entity {id: $id})
WITH n, COUNT { (n)--() } AS relationshipsRemoved
DETACH DELETE n
RETURN relationshipsRemoved
