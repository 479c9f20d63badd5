// Seed loader (--reset): delete the whole graph before loading, inside the same transaction as the
// load, so a failed load leaves the previous graph untouched.
// Parameters: none. Columns: deleted — number of nodes deleted.
MATCH (n)
DETACH DELETE n
RETURN count(n) AS deleted
