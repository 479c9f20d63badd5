// Which element is meant? Finds an element by symbol, name or alias, in any case ("tb", "Terbium").
// Parameters: $identifier (string).
// Columns: element — the element's properties (at most one row).
MATCH (e:Element)
WHERE toLower(e.id) = toLower($identifier)
   OR toLower(e.name) = toLower($identifier)
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($identifier))
RETURN e {.*, _labels: labels(e)} AS element
ORDER BY CASE WHEN e.id = $identifier THEN 0 ELSE 1 END
LIMIT 1
