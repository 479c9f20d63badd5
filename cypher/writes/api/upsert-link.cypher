// Write API: create or replace one relationship, identified by its record key (type|from|to|key).
// Parameters: $type (from the model's vocabulary), $from, $to, $properties (with seedKey).
// Columns: version.
MATCH (from:Entity {id: $from})
MATCH (to:Entity {id: $to})
MERGE (from)-[link:$($type) {seedKey: $properties.seedKey}]->(to)
SET link = $properties
RETURN link.version AS version
