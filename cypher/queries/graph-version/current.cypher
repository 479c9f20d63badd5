// Graph version: what the last write transaction left, polled by every service instance about once
// a second to learn that another process changed the graph.
// Parameters: none. Columns: version, changeId (both null before the first write).
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v.version AS version, v.changeId AS changeId
