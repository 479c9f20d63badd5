// Which companies (and state bodies) match these filters? One keyset-paginated page per request
// (ORDER BY sortKey, id) with the total count; batched like list-deposits.
// Parameters: $requests — [{key, country, ownershipTypes, nameContains, sort: NAME|COUNTRY,
//   descending, afterKey, afterId, first}]; null filters are ignored.
// Columns: key, totalCount, hasNextPage, items — [{node, sortKey, distanceKm}].
UNWIND $requests AS request
CALL (request) {
  MATCH (d:Company)
  WHERE (request.country IS NULL OR EXISTS { (d)-[:HEADQUARTERED_IN]->(:Country {id: request.country}) })
    AND (request.ownershipTypes IS NULL OR d.ownershipType IN request.ownershipTypes)
    AND (request.nameContains IS NULL OR toLower(d.searchText) CONTAINS toLower(request.nameContains))
  OPTIONAL MATCH (d)-[:HEADQUARTERED_IN]->(country:Country)
  WITH request, d, null AS distanceKm,
       CASE request.sort
         WHEN 'COUNTRY' THEN toLower(coalesce(country.name, ''))
         ELSE toLower(d.name)
       END AS sortKey
  WITH request, collect({node: d, sortKey: sortKey, distanceKm: distanceKm}) AS matches
  CALL (request, matches) {
    UNWIND matches AS match
    WITH request, match
    WHERE request.afterId IS NULL
       OR (NOT request.descending AND (match.sortKey > request.afterKey OR (match.sortKey = request.afterKey AND match.node.id > request.afterId)))
       OR (request.descending AND (match.sortKey < request.afterKey OR (match.sortKey = request.afterKey AND match.node.id < request.afterId)))
    WITH request, match
    ORDER BY CASE WHEN request.descending THEN null ELSE match.sortKey END ASC,
             CASE WHEN request.descending THEN match.sortKey ELSE null END DESC,
             CASE WHEN request.descending THEN null ELSE match.node.id END ASC,
             CASE WHEN request.descending THEN match.node.id ELSE null END DESC
    RETURN collect(match) AS sorted
  }
  // Properties are read for the page only, not for every match.
  CALL (request, sorted) {
    UNWIND sorted[0..request.first + 1] AS match
    WITH match, match.node AS node
    RETURN collect({node: node {.*, _labels: labels(node)}, sortKey: match.sortKey, distanceKm: match.distanceKm}) AS page
  }
  RETURN size(matches) AS totalCount, page
}
RETURN request.key AS key, totalCount, size(page) > request.first AS hasNextPage, page[0..request.first] AS items
