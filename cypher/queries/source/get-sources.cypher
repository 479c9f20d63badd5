// The sources with these ids (batched: one query for every `sources` field of a request).
// Parameters: $ids (list of source ids).
// Columns: source — the source's properties.
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s {.*} AS source
