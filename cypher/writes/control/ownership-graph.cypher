// Effective control, kept in the graph: the ownership graph above some targets (or the whole graph),
// read inside the write transaction that changed it; src/domain/control.ts computes the periods.
// Parameters: $targetIds — ids of deposits, facilities and companies whose control to recompute,
//   or null for every one of them.
// Columns: targets [id], holders [{id, name, isCompany, countryId, ownershipRecord, sourceIds}],
//   links [{type, from, to, stakePct, basis, status, asOf, until, since, sourceIds}].
CALL () {
  MATCH (target)
  WHERE (target:Deposit OR target:Facility OR target:Company) AND ($targetIds IS NULL OR target.id IN $targetIds)
  RETURN collect(target) AS targets
}
// Every company above a target, one hop past the longest chain followed (its owners decide its residual).
CALL (targets) {
  UNWIND targets AS target
  OPTIONAL MATCH (holder:Company)-[:OWNS|OPERATES]->{1,9}(target)
  WITH targets, collect(DISTINCT holder) AS above
  UNWIND targets + above AS node
  RETURN collect(DISTINCT node) AS nodes
}
CALL (nodes) {
  UNWIND nodes AS node
  OPTIONAL MATCH (node)-[:HEADQUARTERED_IN]->(country:Country)
  RETURN collect({id: node.id, name: node.name, isCompany: node:Company, countryId: country.id,
                  ownershipRecord: node.ownershipRecord, sourceIds: node.sourceIds}) AS holders
}
CALL (nodes) {
  UNWIND nodes AS node
  MATCH (owner:Company)-[link:OWNS|OPERATES]->(node)
  RETURN collect({type: type(link), from: owner.id, to: node.id, stakePct: link.stakePct, basis: link.basis, status: link.status,
                  asOf: link.asOf, until: link.until, since: link.since, sourceIds: link.sourceIds}) AS links
}
RETURN [target IN targets | target.id] AS targets, holders, links
