// Write API: delete one relationship, identified by its record key.
// Parameters: $from, $to, $seedKey.
// Columns: deleted.
MATCH (:Entity {id: $from})-[link {seedKey: $seedKey}]->(:Entity {id: $to})
DELETE link
RETURN count(*) AS deleted
