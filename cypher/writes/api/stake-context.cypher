// Write API: the other current stakes in an entity, so a new or changed stake can be checked:
// current stakes of one basis may not add up to more than 100 %, and an owner holds one current
// controlling stake in an entity.
// Parameters: $owned, $owner, $basis, $seedKey (the stake being written, left out).
// Columns: basisTotal (percent), ownerControllingStakes.
MATCH (owned:Entity {id: $owned})
OPTIONAL MATCH (holder:Company)-[stake:OWNS]->(owned)
WHERE stake.status = 'CURRENT' AND stake.seedKey <> $seedKey
RETURN coalesce(sum(CASE WHEN stake.basis = $basis THEN stake.stakePct END), 0.0) AS basisTotal,
       count(CASE WHEN holder.id = $owner AND stake.basis IN ['EQUITY', 'AS_CONVERTED', 'VOTING'] THEN 1 END) AS ownerControllingStakes
