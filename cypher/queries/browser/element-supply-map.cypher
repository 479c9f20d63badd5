// Where could this element come from outside a country — as a picture? Every deposit that contains
// the element and every plant that separates, refines or otherwise processes it, located outside
// $outside (cancelled plants left out), with the country it lies in and the companies that run it.
// For Neo4j Browser's graph view; the ranked, explained answer (with control traced through
// ownership chains) is queries/analytics/alternative-sources.cypher.
// Parameters: $element (symbol, e.g. 'Tb'), $outside (ISO2, e.g. 'CN').
// Columns: supply (site → element), location (site → country), operation (company → site, or null).
MATCH (element:Element {id: $element})
MATCH supply = (site:Entity)-[:CONTAINS|PROCESSES]->(element)
WHERE (site:Deposit OR site:Facility) AND coalesce(site.status, '') <> 'CANCELLED'
MATCH location = (site)-[:LOCATED_IN]->(country:Country)
WHERE country.id <> $outside
OPTIONAL MATCH operation = (:Company)-[:OPERATES]->(site)
RETURN supply, location, operation
