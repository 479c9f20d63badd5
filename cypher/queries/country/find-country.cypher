// Which country is meant? By ISO alpha-2, alpha-3, name or alias, in any case ("JP", "jpn", "Japan", "Burma").
// Parameters: $identifier (string).
// Columns: node — the country's properties + _labels (at most one row).
MATCH (c:Country)
WHERE toUpper(c.id) = toUpper($identifier)
   OR toUpper(c.iso3) = toUpper($identifier)
   OR toLower(c.name) = toLower($identifier)
   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($identifier))
RETURN c {.*, _labels: labels(c)} AS node
ORDER BY CASE WHEN toUpper(c.id) = toUpper($identifier) THEN 0 ELSE 1 END, c.id
LIMIT 1
