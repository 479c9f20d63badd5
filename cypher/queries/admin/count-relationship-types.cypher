// How many relationships of each type?
// Parameters: none. Columns: type, count.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
