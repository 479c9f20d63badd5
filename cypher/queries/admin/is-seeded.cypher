// Has the dataset been loaded? (npm start loads it into an empty database.)
// Parameters: none. Columns: sources — number of :Source nodes.
MATCH (s:Source)
RETURN count(s) AS sources
