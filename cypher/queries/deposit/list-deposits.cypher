// Which deposits match these filters? One page per request, keyset-paginated (ORDER BY sortKey, id),
// with the total count. Batched: the API sends one request per parent (e.g. every country of a
// list) in a single round trip.
// Parameters: $requests — [{key, country, element, statuses, types, heavy, nameContains,
//   near: {latitude, longitude, distanceKm}, sort: NAME|STATUS|COUNTRY|DISTANCE|CONTAINED_TREO,
//   descending, afterKey, afterId, first}]; null filters are ignored.
// Columns: key, totalCount, hasNextPage, items — [{node, sortKey, distanceKm}].
UNWIND $requests AS request
CALL (request) {
  MATCH (d:Deposit)
  WHERE (request.country IS NULL OR EXISTS { (d)-[:LOCATED_IN]->(:Country {id: request.country}) })
    AND (request.element IS NULL OR EXISTS { (d)-[:CONTAINS]->(:Element {id: request.element}) })
    AND (request.statuses IS NULL OR d.status IN request.statuses)
    AND (request.types IS NULL OR d.depositType IN request.types)
    AND (request.heavy IS NULL OR d.heavyRareEarthNotable = request.heavy)
    AND (request.nameContains IS NULL OR toLower(d.searchText) CONTAINS toLower(request.nameContains))
  WITH request, d,
       CASE WHEN request.near IS NULL OR d.location IS NULL THEN null
            ELSE point.distance(d.location, point({latitude: request.near.latitude, longitude: request.near.longitude})) / 1000.0 END AS distanceKm
  WHERE request.near IS NULL OR distanceKm <= request.near.distanceKm
  OPTIONAL MATCH (d)-[:LOCATED_IN]->(country:Country)
  WITH request, d, distanceKm,
       CASE request.sort
         WHEN 'STATUS' THEN CASE d.status WHEN 'PRODUCING' THEN 0 WHEN 'CONSTRUCTION' THEN 1 WHEN 'DEVELOPMENT' THEN 2
                              WHEN 'EXPLORATION' THEN 3 WHEN 'CARE_AND_MAINTENANCE' THEN 4 WHEN 'SUSPENDED' THEN 5 ELSE 6 END
         WHEN 'DISTANCE' THEN coalesce(distanceKm, -1.0)
         WHEN 'CONTAINED_TREO' THEN coalesce(toFloat(d.containedTREOt), -1.0)
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
