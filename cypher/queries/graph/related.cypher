// For each of these nodes: its relationships of one type in one direction, with the node at the
// other end. Batched — one round trip serves a relationship field for every object of a request
// level (deposit.owners, company.stakesHeld, country.companies…).
// Parameters: $ids (node ids), $type (relationship type from the API's fixed list), $direction ('OUT' or 'IN').
// Columns: id, related — [{relationship: properties, node: properties + _labels}], in a stable order.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]->(m)
  WHERE $direction = 'OUT' AND type(r) = $type
  RETURN r, m
  UNION
  MATCH (n)<-[r]-(m)
  WHERE $direction = 'IN' AND type(r) = $type
  RETURN r, m
}
WITH id, r, m
ORDER BY id, coalesce(r.asOf, r.since, ''), m.id
RETURN id, collect({relationship: properties(r), node: m {.*, _labels: labels(m)}}) AS related
