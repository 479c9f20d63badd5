// Effective control, kept in the graph: which deposits, facilities and companies a change can
// affect — the changed nodes themselves and everything they own or operate, down the chain.
// Parameters: $ids — ids of the nodes a write touched (both ends of a changed stake or operation).
// Columns: targetIds.
MATCH (changed:Entity)
WHERE changed.id IN $ids
OPTIONAL MATCH (changed)-[:OWNS|OPERATES]->{0,8}(target)
WHERE target:Deposit OR target:Facility OR target:Company
RETURN collect(DISTINCT target.id) AS targetIds
