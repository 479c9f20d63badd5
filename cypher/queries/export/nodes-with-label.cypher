// Export (npm run export): every node with one label, its properties, and the relationships its seed
// row defines (a deposit's LOCATED_IN, a trade figure's importer…), to write its seed file back.
// Parameters: $label — a label of the seed model, from src/seed/files.ts (never user input);
//   $ownedTypes — the relationship types that label's rows define.
// Columns: id, properties, owned — [{type, outgoing, other, key}].
MATCH (n)
WHERE $label IN labels(n)
OPTIONAL MATCH (n)-[r]-(m)
WHERE type(r) IN $ownedTypes
WITH n, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), outgoing: startNode(r) = n, other: m.id, key: r.key} END) AS owned
RETURN n.id AS id, properties(n) AS properties, owned
ORDER BY id
