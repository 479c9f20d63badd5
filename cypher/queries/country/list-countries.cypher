// Which countries match these filters? One keyset-paginated page per request with the total count.
// Sorting by MINE_PRODUCTION uses the newest USGS edition's figure for the newest year.
// Parameters: $requests — [{key, continents, kinds, nameContains, sort: NAME|ISO2|MINE_PRODUCTION|RESERVES,
//   descending, afterKey, afterId, first}]; null filters are ignored.
// Columns: key, totalCount, hasNextPage, items — [{node, sortKey, distanceKm}].
UNWIND $requests AS request
CALL (request) {
  MATCH (d:Country)
  WHERE (request.continents IS NULL OR d.continent IN request.continents)
    AND (request.kinds IS NULL OR d.kind IN request.kinds)
    AND (request.nameContains IS NULL OR toLower(d.searchText) CONTAINS toLower(request.nameContains))
  CALL (d, request) {
    OPTIONAL MATCH (d)-[:HAS_STATISTIC]->(s:Statistic)
    WHERE request.sort IN ['MINE_PRODUCTION', 'RESERVES'] AND s.measure = request.sort AND s.tonnesREO IS NOT NULL
    WITH s ORDER BY s.year DESC, s.edition DESC
    RETURN head(collect(s.tonnesREO)) AS figure
  }
  WITH request, d, null AS distanceKm,
       CASE request.sort
         WHEN 'ISO2' THEN d.id
         WHEN 'MINE_PRODUCTION' THEN coalesce(toFloat(figure), -1.0)
         WHEN 'RESERVES' THEN coalesce(toFloat(figure), -1.0)
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
