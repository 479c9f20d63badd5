// Which elements does the graph know? Rare earths first, by atomic number.
// Parameters: $rareEarthsOnly (boolean).
// Columns: element — the element's properties.
MATCH (e:Element)
WHERE NOT $rareEarthsOnly OR e.isRareEarth
RETURN e {.*, _labels: labels(e)} AS element
ORDER BY e.isRareEarth DESC, e.atomicNumber
