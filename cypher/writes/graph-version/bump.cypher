// Graph version: bumped at the end of every write transaction (API writes, imports, seed loads),
// so the other service instances on this database notice a change with one cheap read
// (queries/graph-version/current). The change id is new on every bump: a reset that deletes and
// recreates the node never looks unchanged. The node is bookkeeping, not data: the checksum, the
// label counts, the provenance check and the export leave it out.
// Parameters: none. Columns: version, changeId.
MERGE (v:GraphVersion {id: 'graph'})
ON CREATE SET v.origin = 'system', v.version = 0
SET v.version = v.version + 1, v.changeId = randomUUID()
RETURN v.version AS version, v.changeId AS changeId
