// How many nodes carry each label?
// Parameters: none. Columns: label, count.
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
