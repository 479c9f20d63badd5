// How many nodes carry each label?
// Parameters: none. Columns: label, count.
MATCH (n)
WHERE NOT n:GraphVersion
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
