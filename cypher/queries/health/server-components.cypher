// Which Neo4j is this? Name, version and edition of the server (used by health and the tests).
// Parameters: none.
// Columns: name, version, edition.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
