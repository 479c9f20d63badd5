// Which agreements match these filters (kind, party, element, status, date range)? One
// keyset-paginated page per request (ORDER BY sortKey, id) with the total count; batched.
// Parameters: $requests — [{key, kinds, party (company id or country ISO2), element, statuses,
//   from, to (ISO dates, compared with the agreement's date), titleContains, sort: DATE|TITLE|VALUE,
//   descending, afterKey, afterId, first}]; null filters are ignored.
// Columns: key, totalCount, hasNextPage, items — [{node, sortKey, distanceKm}].
UNWIND $requests AS request
CALL (request) {
  MATCH (d:Agreement)
  WHERE (request.kinds IS NULL OR any(kind IN d.kinds WHERE kind IN request.kinds))
    AND (request.party IS NULL OR EXISTS { (:Entity {id: request.party})-[:PARTY_TO]->(d) })
    AND (request.element IS NULL OR EXISTS { (d)-[:COVERS]->(:Element {id: request.element}) })
    AND (request.statuses IS NULL OR d.status IN request.statuses)
    AND (request.from IS NULL OR d.date >= request.from)
    AND (request.to IS NULL OR d.date <= request.to)
    AND (request.titleContains IS NULL OR toLower(d.title) CONTAINS toLower(request.titleContains))
  WITH request, d, null AS distanceKm,
       CASE request.sort
         WHEN 'TITLE' THEN toLower(d.title)
         WHEN 'VALUE' THEN coalesce(toFloat(d.valueAmount), -1.0)
         ELSE coalesce(d.date, '')
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
