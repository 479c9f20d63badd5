// Write API: which ids a record refers to are missing or of the wrong kind, and which of its
// sources do not exist? Nothing is written; the caller refuses the record if any row comes back.
// Parameters: $references — [{field, id, labels}] (labels: the kinds the field may name);
//   $sources — [{field, id}].
// Columns: field, id, problem.
UNWIND $references AS reference
OPTIONAL MATCH (node:Entity {id: reference.id})
WITH reference, node
WHERE node IS NULL OR none(label IN labels(node) WHERE label IN reference.labels)
RETURN reference.field AS field, reference.id AS id,
       CASE WHEN node IS NULL THEN 'no such ' + reduce(kinds = '', label IN reference.labels | kinds + CASE WHEN kinds = '' THEN '' ELSE ' or ' END + label)
            ELSE 'is a ' + head([label IN labels(node) WHERE label <> 'Entity']) + ', expected ' + reduce(kinds = '', label IN reference.labels | kinds + CASE WHEN kinds = '' THEN '' ELSE ' or ' END + label) END AS problem
UNION ALL
UNWIND $sources AS cited
OPTIONAL MATCH (source:Source {id: cited.id})
WITH cited, source
WHERE source IS NULL
RETURN cited.field AS field, cited.id AS id, 'no such source' AS problem
