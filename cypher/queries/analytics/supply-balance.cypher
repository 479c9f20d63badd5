// How much of an element could come from outside a country, year by year — how sure, and against
// what? For each year from $fromYear to $toYear: the tonnes per year the graph's sites outside the
// country can supply at $stage (in $unit: t of the element's oxide, REO basis, for separation and
// recycling; metal; or product), low to high, with each site's figure, basis, confidence, how it was
// obtained and its sources; the country's own output that year; and demand.
// A site counts as outside when it is not located in ($basis LOCATION), not controlled from
// (CONTROL, effective control >= $controlThreshold % on $asOf), or neither (BOTH) the country, AND its
// route on $asOf is OUTSIDE — a mine or cracking plant whose concentrate goes to the country for
// separation is the country's supply, not an alternative (a planned route outside is listed, not
// counted — unless $countPlannedRoutes, the scenario in which the planned routes happen). Each site-year takes the quantity row of the best basis that applies, of at least
// $minConfidence; a combined figure (Dy+Tb) counts only the element's ratio-band share; a site
// counts nothing before its first year. Supply is the sum of its sites (lows add up, highs add up).
// The country's own output: its PRODUCTION (or PRODUCTION_QUOTA) volume for the element, stage and
// year when recorded; the sites in or controlled from it otherwise. Demand: a WORLD DEMAND (or
// CONSUMPTION) volume for the year when recorded; and every area's demand figure for the year.
// Parameters: $element (symbol), $outside (ISO2), $basis ('LOCATION'|'CONTROL'|'BOTH'),
//   $controlThreshold (percent), $asOf (ISO date), $stage (MINING, CRACKING_LEACHING,
//   SEPARATION_REFINING, METAL_ALLOY, MAGNET, RECYCLING), $unit (T_REO_PER_YEAR, T_METAL_PER_YEAR,
//   T_PRODUCT_PER_YEAR), $fromYear, $toYear, $minConfidence ('HIGH'|'MEDIUM'|'LOW'),
//   $countPlannedRoutes (bool: count PLANNED_OUTSIDE routes as supply).
// Columns: year, supply {low, high}, sites [{siteId, siteName, country, low, high, basis, confidence,
//   derivation, split, sourceIds, route}], excluded [{siteId, siteName, country, low, high, reason}],
//   countryOutput {low, high, basis, confidence, measure, sourceIds} | null, countrySites {low, high, count},
//   worldDemand {low, high, basis, confidence, method, sourceIds} | null, areaDemand [{area, low, high, measure, basis, confidence, sourceIds}].
MATCH (element:Element {id: $element})
CALL (element) {
  MATCH (site)-[:HAS_QUANTITY]->(quantity:Quantity {stage: $stage})-[:OF_ELEMENT]->(element)
  WHERE quantity.unit = $unit
  RETURN DISTINCT site
}
MATCH (site)-[:LOCATED_IN]->(country:Country)
WITH element, site, country, CASE WHEN site:Deposit THEN ['MINING'] ELSE site.stages END AS stages
  // <control-on-date>
// Who controls `site` on $asOf, read from its stored control periods (computed from the stakes by
// src/domain/control.ts, kept by the seed loader and every write).
// Needs: site; $asOf.
// Yields: controllers [{id, name, country, effectivePct, attributed}], controlByCountry [{country,
//   name, effectivePct}], controlAttributedPct (share traced to a country), unknownPaths.
CALL (site) {
  OPTIONAL MATCH (site)-[:HAS_CONTROL]->(period:ControlPeriod)
  WHERE period.from <= $asOf AND (period.until IS NULL OR $asOf < period.until)
  WITH period
  LIMIT 1
  WITH period, range(0, size(coalesce(period.controllerIds, [])) - 1) AS holders, range(0, size(coalesce(period.countryIds, [])) - 1) AS countries
  RETURN [i IN holders | {id: period.controllerIds[i], name: period.controllerNames[i],
                          country: CASE period.controllerCountryIds[i] WHEN '' THEN null ELSE period.controllerCountryIds[i] END,
                          effectivePct: period.controllerPcts[i], attributed: period.controllerAttributed[i]}] AS controllers,
         [i IN countries | {country: period.countryIds[i], name: head(COLLECT { MATCH (c:Country {id: period.countryIds[i]}) RETURN c.name }),
                            effectivePct: period.countryPcts[i]}] AS controlByCountry,
         coalesce(period.attributedPct, 0.0) AS controlAttributedPct,
         coalesce(period.unknownPaths, 0) AS unknownPaths
}
  // </control-on-date>
WITH element, site, country, stages, controlAttributedPct,
     reduce(share = 0.0, entry IN controlByCountry | share + CASE WHEN entry.country = $outside THEN entry.effectivePct ELSE 0.0 END) AS outsideControlPct
WITH element, site, country, stages, controlAttributedPct, outsideControlPct,
     country.id <> $outside AS locatedOutside, outsideControlPct >= $controlThreshold AS controlledFromOutside
  // <route-on-date>
// Where `site`'s output goes on $asOf — each route step by step (supply links) to the first plant
// that separates or goes further, or to a named buyer company or country — and the verdict by
// $basis: OUTSIDE (a current route whose every step is outside $outside), PLANNED_OUTSIDE (none
// today, one planned), VIA_COUNTRY (every route passes through a step located in, or controlled
// ($controlThreshold) from, $outside), UNKNOWN (no recorded link). A plant that itself separates,
// makes metal or magnets, or recycles needs no route. Planned links count as plans whatever the date.
// Needs: site, stages; $asOf, $outside, $basis, $controlThreshold.
// Yields: routes [{planned, via, steps [{id, name, kind, country, countryName, product, since, until,
//   status, outsideControlPct, locatedIn, controlledFrom, via}]}], routeVerdict, routeRank (0 best).
CALL (site, stages) {
  WITH site, any(stage IN stages WHERE stage IN ['SEPARATION_REFINING', 'METAL_ALLOY', 'MAGNET', 'RECYCLING']) AS processes
  OPTIONAL MATCH route = (site)-[links:SUPPLIES]->{1,4}(last)
  WHERE NOT processes
    AND (last:Company OR last:Country OR any(stage IN coalesce(last.stages, []) WHERE stage IN ['SEPARATION_REFINING', 'METAL_ALLOY', 'MAGNET', 'RECYCLING']))
    AND all(step IN nodes(route)[1..-1] WHERE step:Facility AND none(stage IN step.stages WHERE stage IN ['SEPARATION_REFINING', 'METAL_ALLOY', 'MAGNET', 'RECYCLING']))
    AND all(link IN links WHERE link.status = 'PLANNED' OR (coalesce(link.since, '') <= $asOf AND (link.until IS NULL OR link.until > $asOf)))
  CALL (route, links) {
    UNWIND range(1, size(coalesce(nodes(route), [])) - 1) AS i
    WITH i, nodes(route)[i] AS step, links[i - 1] AS link
    OPTIONAL MATCH (step)-[:LOCATED_IN|HEADQUARTERED_IN]->(place:Country)
    OPTIONAL MATCH (step)-[:HAS_CONTROL]->(period:ControlPeriod)
    WHERE period.from <= $asOf AND (period.until IS NULL OR $asOf < period.until)
    WITH i, step, link, CASE WHEN step:Country THEN step ELSE place END AS country,
         CASE WHEN step:Country THEN CASE WHEN step.id = $outside THEN 100.0 ELSE 0.0 END
              ELSE reduce(share = 0.0, k IN range(0, size(coalesce(period.countryIds, [])) - 1) |
                          share + CASE WHEN period.countryIds[k] = $outside THEN period.countryPcts[k] ELSE 0.0 END) END AS outsidePct
    WITH i, step, link, country, outsidePct, coalesce(country.id, '') = $outside AS locatedIn, outsidePct >= $controlThreshold AS controlledFrom
    ORDER BY i
    RETURN collect({id: step.id, name: step.name, kind: head([label IN labels(step) WHERE label <> 'Entity']), country: country.id, countryName: country.name,
                    product: link.product, since: link.since, until: link.until, status: link.status,
                    outsideControlPct: outsidePct, locatedIn: locatedIn, controlledFrom: controlledFrom,
                    via: CASE $basis WHEN 'LOCATION' THEN locatedIn WHEN 'CONTROL' THEN controlledFrom ELSE locatedIn OR controlledFrom END}) AS steps
  }
  WITH processes, collect(CASE WHEN route IS NULL THEN null ELSE {planned: any(link IN links WHERE link.status = 'PLANNED'),
                                                                  via: any(step IN steps WHERE step.via), steps: steps} END) AS routes
  WITH processes, routes,
       CASE WHEN processes THEN 'OUTSIDE'
            WHEN any(r IN routes WHERE NOT r.planned AND NOT r.via) THEN 'OUTSIDE'
            WHEN any(r IN routes WHERE r.planned AND NOT r.via) THEN 'PLANNED_OUTSIDE'
            WHEN size(routes) > 0 THEN 'VIA_COUNTRY'
            ELSE 'UNKNOWN' END AS routeVerdict
  RETURN routes, routeVerdict,
         CASE routeVerdict WHEN 'OUTSIDE' THEN 0 WHEN 'PLANNED_OUTSIDE' THEN 1 WHEN 'UNKNOWN' THEN 2 ELSE 3 END AS routeRank
}
  // </route-on-date>
WITH element, site, country, locatedOutside, controlledFromOutside, outsideControlPct, routeVerdict, $stage AS tonnesStage, $unit AS tonnesUnit,
     CASE $basis WHEN 'LOCATION' THEN locatedOutside WHEN 'CONTROL' THEN NOT controlledFromOutside ELSE locatedOutside AND NOT controlledFromOutside END AS outsideByBasis
  // <site-tonnes>
// What `site` makes or can make of `element` at stage `tonnesStage`, year by year from $fromYear to
// $toYear, in tonnes per year of unit `tonnesUnit`: for each year the quantity row of the best basis
// that applies (ACTUAL_OUTPUT > GUIDANCE > NAMEPLATE > TARGET > MODEL_ESTIMATE; the later-starting row
// when two apply), of at least $minConfidence; a combined row (Dy+Tb) contributes only the element's
// share of its ratio band (low × low share, high × high share), never the whole figure. A site
// contributes nothing in a year no row covers (before its first year, for one).
// Needs: site, element, tonnesStage, tonnesUnit; $fromYear, $toYear, $minConfidence ('HIGH'|'MEDIUM'|'LOW').
// Yields: tonnesByYear [{year, low, high, basis, confidence, weight (confidenceWeight), quantityId, derivation, split, sourceIds}].
CALL (site, element, tonnesStage, tonnesUnit) {
  OPTIONAL MATCH (site)-[:HAS_QUANTITY]->(quantity:Quantity)-[:OF_ELEMENT]->(element)
  WHERE quantity.stage = tonnesStage AND quantity.unit = tonnesUnit
    AND quantity.confidenceRank <= CASE $minConfidence WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END
  OPTIONAL MATCH (quantity)-[:SPLIT_BY]->(share:RatioShare)-[:SHARE_OF]->(element)
  WITH quantity, share
  ORDER BY quantity.basisRank, quantity.fromYear DESC, quantity.id
  WITH collect(CASE WHEN quantity IS NULL THEN null ELSE {
         quantity: quantity,
         lowShare: CASE WHEN share IS NULL THEN 1.0 ELSE share.shareLowPct / 100.0 END,
         highShare: CASE WHEN share IS NULL THEN 1.0 ELSE share.shareHighPct / 100.0 END,
         splitNote: CASE WHEN share IS NULL THEN '' ELSE '; ' + element.id + ' is ' + toString(share.shareLowPct) + '–' + toString(share.shareHighPct)
                         + ' % of the combined ' + reduce(joined = '', symbol IN quantity.elements | joined + CASE WHEN joined = '' THEN '' ELSE '+' END + symbol)
                         + ' figure (ratio band ' + share.band + ')' END,
         shareSources: coalesce(share.sourceIds, [])} END) AS rows
  RETURN [year IN range($fromYear, $toYear) WHERE any(row IN rows WHERE row.quantity.fromYear <= year AND (row.quantity.toYear IS NULL OR row.quantity.toYear >= year)) |
          head([row IN rows WHERE row.quantity.fromYear <= year AND (row.quantity.toYear IS NULL OR row.quantity.toYear >= year) |
                {year: year, low: round(row.quantity.low * row.lowShare, 3), high: round(row.quantity.high * row.highShare, 3),
                 basis: row.quantity.basis, confidence: row.quantity.confidence, weight: row.quantity.confidenceWeight, quantityId: row.quantity.id,
                 derivation: row.quantity.derivation + row.splitNote, split: row.splitNote <> '',
                 sourceIds: coalesce(row.quantity.sourceIds, []) + row.shareSources}])] AS tonnesByYear
}
  // </site-tonnes>
WITH element, collect({siteId: site.id, siteName: site.name, country: country.id, outsideByBasis: outsideByBasis, routeVerdict: routeVerdict,
                       tonnesByYear: tonnesByYear,
                       reason: CASE WHEN NOT outsideByBasis
                                    THEN CASE WHEN NOT locatedOutside THEN 'located in ' + $outside ELSE 'controlled from ' + $outside + ' (' + toString(outsideControlPct) + ' %)' END
                                    WHEN routeVerdict = 'PLANNED_OUTSIDE' AND $countPlannedRoutes THEN null
                                    WHEN routeVerdict <> 'OUTSIDE' THEN 'route ' + routeVerdict + ': its output is not (yet) processed outside ' + $outside END}) AS sites
OPTIONAL MATCH (outsideCountry:Country {id: $outside})
CALL (outsideCountry, element) {
  OPTIONAL MATCH (outsideCountry)-[:HAS_VOLUME]->(volume:ElementVolume)-[:OF_ELEMENT]->(element)
  WHERE volume.measure IN ['PRODUCTION', 'PRODUCTION_QUOTA'] AND (volume.stage IS NULL OR volume.stage = $stage) AND volume.year >= $fromYear AND volume.year <= $toYear
  OPTIONAL MATCH (volume)-[:SPLIT_BY]->(share:RatioShare)-[:SHARE_OF]->(element)
  WITH volume, share ORDER BY volume.year, CASE volume.measure WHEN 'PRODUCTION' THEN 0 ELSE 1 END, volume.basisRank, volume.confidenceRank, volume.id
  RETURN collect(CASE WHEN volume IS NULL THEN null ELSE {year: volume.year, measure: volume.measure, basis: volume.basis, confidence: volume.confidence,
                  low: round(volume.low * coalesce(share.shareLowPct, 100.0) / 100.0, 3), high: round(volume.high * coalesce(share.shareHighPct, 100.0) / 100.0, 3),
                  sourceIds: coalesce(volume.sourceIds, []) + coalesce(share.sourceIds, [])} END) AS outputs
}
CALL (element) {
  OPTIONAL MATCH (volume:ElementVolume)-[:OF_ELEMENT]->(element)
  WHERE volume.measure IN ['DEMAND', 'CONSUMPTION'] AND volume.year >= $fromYear AND volume.year <= $toYear
  OPTIONAL MATCH (volume)-[:SPLIT_BY]->(share:RatioShare)-[:SHARE_OF]->(element)
  WITH volume, share ORDER BY volume.year, CASE volume.measure WHEN 'DEMAND' THEN 0 ELSE 1 END, volume.basisRank, volume.confidenceRank, volume.id
  RETURN collect(CASE WHEN volume IS NULL THEN null ELSE {year: volume.year, area: volume.areaId, measure: volume.measure, basis: volume.basis, confidence: volume.confidence,
                  method: volume.method, low: round(volume.low * coalesce(share.shareLowPct, 100.0) / 100.0, 3), high: round(volume.high * coalesce(share.shareHighPct, 100.0) / 100.0, 3),
                  sourceIds: coalesce(volume.sourceIds, []) + coalesce(share.sourceIds, [])} END) AS demands
}
UNWIND range($fromYear, $toYear) AS year
WITH year, outputs, demands,
     [entry IN [s IN sites | s {.*, tonnes: head([t IN s.tonnesByYear WHERE t.year = year])}] WHERE entry.tonnes IS NOT NULL] AS withTonnes
WITH year, outputs, demands,
     [entry IN withTonnes WHERE entry.reason IS NULL] AS counted,
     [entry IN withTonnes WHERE entry.reason IS NOT NULL] AS excluded
WITH year, counted, excluded, head([output IN outputs WHERE output.year = year]) AS countryOutput,
     [entry IN excluded WHERE entry.reason STARTS WITH 'located in' OR entry.reason STARTS WITH 'controlled from'] AS countrySites,
     [demand IN demands WHERE demand.year = year] AS yearDemands
RETURN year,
       {low: round(reduce(total = 0.0, entry IN counted | total + entry.tonnes.low), 3), high: round(reduce(total = 0.0, entry IN counted | total + entry.tonnes.high), 3)} AS supply,
       [entry IN counted | {siteId: entry.siteId, siteName: entry.siteName, country: entry.country, low: entry.tonnes.low, high: entry.tonnes.high,
                            basis: entry.tonnes.basis, confidence: entry.tonnes.confidence, derivation: entry.tonnes.derivation, split: entry.tonnes.split,
                            sourceIds: entry.tonnes.sourceIds, route: entry.routeVerdict}] AS sites,
       [entry IN excluded | {siteId: entry.siteId, siteName: entry.siteName, country: entry.country, low: entry.tonnes.low, high: entry.tonnes.high, reason: entry.reason}] AS excluded,
       countryOutput,
       {low: round(reduce(total = 0.0, entry IN countrySites | total + entry.tonnes.low), 3), high: round(reduce(total = 0.0, entry IN countrySites | total + entry.tonnes.high), 3), count: size(countrySites)} AS countrySites,
       head([demand IN yearDemands WHERE demand.area = 'WORLD']) AS worldDemand,
       [demand IN yearDemands WHERE demand.area <> 'WORLD'] AS areaDemand
ORDER BY year
