// The reference nodes: every element and country (a few dozen, changed only by a seed load), which
// the service keeps in memory to resolve arguments and references without a round trip.
// Parameters: none.
// Columns: node — properties + _labels.
MATCH (n:Element|Country)
RETURN n {.*, _labels: labels(n)} AS node
ORDER BY n.id
