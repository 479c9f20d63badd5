// Which processing facilities match these filters? One keyset-paginated page per request (ORDER BY
// sortKey, id) with the total count; batched like list-deposits.
// Parameters: $requests — [{key, country, element, stages, statuses, nameContains,
//   near: {latitude, longitude, distanceKm}, sort: NAME|STATUS|COUNTRY|CAPACITY|DISTANCE,
//   descending, afterKey, afterId, first}]; null filters are ignored.
// Columns: key, totalCount, hasNextPage, items — [{node, sortKey, distanceKm}].
UNWIND $requests AS request
CALL (request) {
  MATCH (f:Facility)
  WHERE (request.country IS NULL OR EXISTS { (f)-[:LOCATED_IN]->(:Country {id: request.country}) })
    AND (request.element IS NULL OR EXISTS { (f)-[:PROCESSES]->(:Element {id: request.element}) })
    AND (request.stages IS NULL OR any(stage IN f.stages WHERE stage IN request.stages))
    AND (request.statuses IS NULL OR f.status IN request.statuses)
    AND (request.nameContains IS NULL OR toLower(f.searchText) CONTAINS toLower(request.nameContains))
  WITH request, f AS d,
       CASE WHEN request.near IS NULL OR f.location IS NULL THEN null
            ELSE point.distance(f.location, point({latitude: request.near.latitude, longitude: request.near.longitude})) / 1000.0 END AS distanceKm
  WHERE request.near IS NULL OR distanceKm <= request.near.distanceKm
  OPTIONAL MATCH (d)-[:LOCATED_IN]->(country:Country)
  WITH request, d, distanceKm,
       CASE request.sort
         WHEN 'STATUS' THEN CASE d.status WHEN 'OPERATING' THEN 0 WHEN 'COMMISSIONING' THEN 1 WHEN 'CONSTRUCTION' THEN 2
                              WHEN 'PILOT' THEN 3 WHEN 'PLANNED' THEN 4 WHEN 'SUSPENDED' THEN 5 ELSE 6 END
         WHEN 'CAPACITY' THEN coalesce(toFloat(d.capacityTonnesPerYear), -1.0)
         WHEN 'DISTANCE' THEN coalesce(distanceKm, -1.0)
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
