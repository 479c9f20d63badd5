// Benchmark loader: create synthetic entity nodes of one batch, with the real model's labels
// (:Entity plus the kind) and properties; coordinates become a point as in the seed loader.
// Parameters: $rows — [{label, id, properties, latitude, longitude}]; label from the generator's
//   fixed list of kinds.
// Columns: written — number of nodes created.
UNWIND $rows AS row
CREATE (n:Entity:$(row.label))
SET n = row.properties
SET n.location = CASE WHEN row.latitude IS NULL THEN null ELSE point({latitude: row.latitude, longitude: row.longitude}) END
RETURN count(n) AS written
