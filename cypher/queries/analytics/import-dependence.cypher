// How does an importer depend on its suppliers for an element? Each published breakdown (one
// product, element scope, year and metric) with the share per supplier, the Herfindahl-Hirschman
// index (sum of squared % shares, 0-10,000) and the top-3 share — over the suppliers the source
// lists, so a breakdown that lists only China gives a lower bound (coveredPct says how much of the
// importer's imports the listed suppliers cover). Element scope: figures stated for the element,
// and product-level figures for groups that carry it (magnets only for Nd, Pr, Dy, Tb, Sm).
// For each supplier, the graph's sites there that supply the element, and where they get material.
// Parameters: $importer (ISO2), $element (symbol or null for all), $year (integer or null).
// Columns: importer, breakdowns [{product, elements, year, period, metric, basis, suppliers
//   [{country, sharePct, valueUSD, volumeTonnes, sourceIds, chain [{siteId, siteName, siteType, status, suppliedBy}]}],
//   coveredPct, hhi, top3Pct, totalDependencePct}].
MATCH (importer:Country {id: $importer})-[:IMPORT_DEPENDENCE]->(figure:TradeDependence)
WHERE ($year IS NULL OR figure.year = $year)
  AND ($element IS NULL OR $element IN coalesce(figure.elements, [])
       OR (size(coalesce(figure.elements, [])) = 0 AND (figure.product <> 'MAGNETS' OR $element IN ['Nd', 'Pr', 'Dy', 'Tb', 'Sm'])))
OPTIONAL MATCH (figure)-[:SUPPLIED_BY]->(supplier:Country)
CALL (supplier) {
  // What the graph knows behind a supplier: its sites handling the element, and their feed.
  OPTIONAL MATCH (site)-[:LOCATED_IN]->(supplier)
  WHERE (site:Facility AND ($element IS NULL OR EXISTS { (site)-[:PROCESSES]->(:Element {id: $element}) }))
     OR (site:Deposit AND ($element IS NULL OR EXISTS { (site)-[:CONTAINS]->(:Element {id: $element}) }))
  OPTIONAL MATCH (source)-[:SUPPLIES]->(site)
  WITH site, collect(DISTINCT source {.id, .name}) AS feeds
  ORDER BY CASE WHEN site:Facility THEN 0 ELSE 1 END, site.name
  RETURN collect(CASE WHEN site IS NULL THEN null ELSE {siteId: site.id, siteName: site.name,
                 siteType: CASE WHEN site:Deposit THEN 'DEPOSIT' ELSE 'FACILITY' END, status: site.status, suppliedBy: feeds} END)[0..10] AS chain
}
WITH importer, figure, supplier, chain
ORDER BY coalesce(figure.sharePct, -1.0) DESC
WITH importer, figure.product AS product, coalesce(figure.elements, []) AS elements, figure.year AS year, figure.period AS period,
     figure.metric AS metric, figure.basis AS basis,
     collect(CASE WHEN supplier IS NULL THEN null ELSE {country: supplier {.id, .name}, sharePct: figure.sharePct, valueUSD: figure.valueUSD,
             volumeTonnes: figure.volumeTonnes, sourceIds: figure.sourceIds, chain: chain} END) AS suppliers,
     collect(CASE WHEN supplier IS NULL THEN figure.sharePct END) AS totals,
     collect(figure.sourceIds) AS sourceLists
WITH importer, product, elements, year, period, metric, basis, suppliers, totals,
     reduce(ids = [], list IN sourceLists | ids + [id IN list WHERE NOT id IN ids]) AS sourceIds,
     [s IN suppliers WHERE s.sharePct IS NOT NULL | s.sharePct] AS shares
ORDER BY year DESC, size(elements) DESC, reduce(t = 0.0, x IN shares | t + x) DESC, metric
RETURN importer {.id, .name} AS importer,
       collect({product: product, elements: elements, year: year, period: period, metric: metric, basis: basis, suppliers: suppliers,
                coveredPct: round(reduce(t = 0.0, x IN shares | t + x), 2),
                hhi: round(reduce(t = 0.0, x IN shares | t + x * x), 1),
                top3Pct: round(reduce(t = 0.0, x IN shares[0..3] | t + x), 2),
                totalDependencePct: head(totals), sourceIds: sourceIds}) AS breakdowns
