// Which import-dependence figures match these filters? One keyset-paginated page per request with
// the total count. The element filter keeps figures stated for that element.
// Parameters: $requests — [{key, importer, exporter, products, element, yearFrom, yearTo,
//   sort: YEAR|SHARE|IMPORTER, descending, afterKey, afterId, first}]; null filters are ignored.
// Columns: key, totalCount, hasNextPage, items — [{node, sortKey, distanceKm}].
UNWIND $requests AS request
CALL (request) {
  MATCH (importer:Country)-[:IMPORT_DEPENDENCE]->(d:TradeDependence)
  WHERE (request.importer IS NULL OR importer.id = request.importer)
    AND (request.exporter IS NULL OR EXISTS { (d)-[:SUPPLIED_BY]->(:Country {id: request.exporter}) })
    AND (request.products IS NULL OR d.product IN request.products)
    AND (request.element IS NULL OR request.element IN coalesce(d.elements, []))
    AND (request.yearFrom IS NULL OR d.year >= request.yearFrom)
    AND (request.yearTo IS NULL OR d.year <= request.yearTo)
  WITH request, d, null AS distanceKm,
       CASE request.sort
         WHEN 'SHARE' THEN coalesce(toFloat(d.sharePct), -1.0)
         WHEN 'IMPORTER' THEN importer.id
         ELSE toFloat(d.year)
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
