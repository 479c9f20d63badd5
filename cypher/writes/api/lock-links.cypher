// Write API: the relationships of the given kinds from one entity to another (optionally only the
// one with this record key), locked for the rest of the transaction.
// Parameters: $from, $to, $types (relationship types from the model's vocabulary), $seedKey (or null).
// Columns: type, seedKey, key, version, properties.
MATCH (from:Entity {id: $from})-[link]->(to:Entity {id: $to})
WHERE type(link) IN $types AND ($seedKey IS NULL OR link.seedKey = $seedKey)
SET link.version = coalesce(link.version, 1)
RETURN type(link) AS type, link.seedKey AS seedKey, link.key AS key, link.version AS version, properties(link) AS properties
ORDER BY key
