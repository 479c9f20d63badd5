// Where does this fact come from? An entity, the sources it cites, and — for each relationship
// touching it — the relationship's own sources (every node and relationship carries sourceIds).
// Parameters: $id (entity id, e.g. 'dep-mount-weld').
// Columns: entity, cites (entity → source paths), relationship, other end, relationship sources.
MATCH (entity:Entity {id: $id})
OPTIONAL MATCH cites = (entity)-[:CITES]->(:Source)
WITH entity, collect(cites) AS cites
OPTIONAL MATCH (entity)-[link]-(other:Entity)
WHERE type(link) <> 'CITES'
RETURN entity, cites, type(link) AS relationship, other.id AS otherEnd,
       COLLECT { MATCH (source:Source) WHERE source.id IN coalesce(link.sourceIds, []) RETURN source {.title, .publisher, .url} } AS relationshipSources
