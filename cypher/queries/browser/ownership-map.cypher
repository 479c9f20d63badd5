// Who owns this deposit, plant or company today, all the way up — as a picture? Every chain of
// current ownership stakes (at most 8 links) ending at the entity, with each holder's
// headquarters country. Relationship captions show the stake (with the REE Graph style).
// The effective stakes and control by country are computed by queries/analytics/control-chain.cypher.
// Parameters: $id (entity id, e.g. 'dep-ngualla').
// Columns: target, chain (holder → … → target, or null), headquarters (holder → country, or null).
MATCH (target:Entity {id: $id})
OPTIONAL MATCH chain = (holder:Company)-[:OWNS*1..8]->(target)
WHERE all(stake IN relationships(chain) WHERE stake.status = 'CURRENT')
OPTIONAL MATCH headquarters = (holder)-[:HEADQUARTERED_IN]->(:Country)
RETURN target, chain, headquarters
