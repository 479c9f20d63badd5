// Which entity of this kind has this name or alias (any case)? "Mount Weld", "Lynas", "Nantori Island".
// The full-text index narrows the candidates; the WHERE keeps exact (case-insensitive) matches only.
// Parameters: $label (a fixed label name chosen by the API), $identifier (the name), $phrase (the
//   name as an escaped full-text phrase query).
// Columns: node — properties + _labels (at most one row).
CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node AS n, score
WHERE $label IN labels(n)
  AND (toLower(coalesce(n.name, n.title, '')) = toLower($identifier)
       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = toLower($identifier)))
RETURN n {.*, _labels: labels(n)} AS node
ORDER BY score DESC, n.id
LIMIT 1
