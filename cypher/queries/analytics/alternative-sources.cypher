// Who could supply this element outside a country — and how much, from when? Deposits and plants
// able to supply it that are not located in ($basis LOCATION), not controlled from (CONTROL), or
// neither (BOTH) the country on $asOf; each with its downstream route on that date (where its
// concentrate or carbonate goes, step by step to separation, and the verdict OUTSIDE /
// PLANNED_OUTSIDE / VIA_COUNTRY / UNKNOWN) and its tonnes per year ($fromYear–$toYear) at its own
// stage. Ranked: routes outside first (VIA_COUNTRY last), then producing > construction >
// development > exploration, then deliverable tonnes in $year × confidence, then capacity.
// Control is read from the stored control periods (effective ownership through chains, state
// ownership included, docs/decisions/001-effective-control.md); a site is controlled from the
// country at >= $controlThreshold %. Tonnes: the quantity rows of the site's stage, best basis per
// year, combined Dy+Tb figures split by their ratio band (docs/decisions/003-quantities.md).
// Parameters: $element (symbol), $outside (ISO2), $basis ('LOCATION'|'CONTROL'|'BOTH'),
//   $stages (list of FacilityStage names, 'MINING' for deposits; null = all), $includePipeline (bool),
//   $controlThreshold (percent), $asOf (ISO date), $routes (list of verdicts, or null = all),
//   $year (the year ranking uses), $fromYear, $toYear (tonnes window), $minConfidence ('HIGH'|'MEDIUM'|'LOW').
// Columns: one row per option — siteType, siteId, siteName, stages, status, statusRank, country,
//   capacity, capacityUnit, elementRole, elementDetail, operators, controllers, controlByCountry,
//   controlAttributedPct, unknownPaths, outsideControlPct, locatedOutside, controlledFromOutside,
//   routes, routeVerdict, routeRank, tonnesStage, tonnesUnit, tonnesByYear, deliverable, agreements, sourceIds.
MATCH (element:Element {id: $element})
// <supply-options>
// Sites able to supply `element`, with their status for it, location and effective control on
// $asOf, and whether they lie outside $outside / are controlled from it (shared by
// alternative-sources, importer-alternatives and disruption-impact). A facility's status for the
// element is the weaker of the plant's and its circuit's (statusRank, from src/domain/status.ts);
// closed and cancelled sites are never options; without $includePipeline only producing ones are.
// Needs: element; $outside, $controlThreshold, $stages, $includePipeline, $asOf.
// Yields: site, siteType, stages, best {rank, status, capacity, capacityUnit, role, detail, sources},
//   country, controllers, controlByCountry, controlAttributedPct, unknownPaths, outsideControlPct,
//   locatedOutside, controlledFromOutside.
CALL (element) {
  MATCH (site:Deposit)-[content:CONTAINS]->(element)
  WHERE $stages IS NULL OR 'MINING' IN $stages OR 'MINING_CONCENTRATION' IN $stages
  RETURN site, 'DEPOSIT' AS siteType, ['MINING'] AS stages, site.status AS status, site.statusRank AS statusRank,
         toFloat(site.containedTREOt) AS capacity, CASE WHEN site.containedTREOt IS NULL THEN null ELSE 't TREO contained in the resource' END AS capacityUnit,
         content.role AS elementRole, content.content AS elementDetail, content.sourceIds AS linkSourceIds
  UNION
  MATCH (site:Facility)-[processing:PROCESSES]->(element)
  WHERE $stages IS NULL OR any(stage IN site.stages WHERE stage IN $stages)
  RETURN site, 'FACILITY' AS siteType, site.stages AS stages,
         site.status + CASE WHEN processing.status = 'COMMERCIAL' THEN '' ELSE ' (' + toLower(processing.status) + ' for this element)' END AS status,
         CASE WHEN site.statusRank > processing.statusRank THEN site.statusRank ELSE processing.statusRank END AS statusRank,
         toFloat(coalesce(processing.capacityTonnesPerYear, site.capacityTonnesPerYear)) AS capacity,
         CASE WHEN processing.capacityTonnesPerYear IS NOT NULL THEN 't/yr ' + coalesce(processing.product, element.name)
              WHEN site.capacityTonnesPerYear IS NOT NULL THEN 't/yr ' + site.capacityProduct + ' (whole plant)' END AS capacityUnit,
         processing.role AS elementRole, coalesce(processing.product, '') + CASE WHEN processing.note IS NULL THEN '' ELSE ' — ' + processing.note END AS elementDetail,
         processing.sourceIds AS linkSourceIds
}
WITH element, site, siteType, stages, statusRank, status, capacity, capacityUnit, elementRole, elementDetail, linkSourceIds
ORDER BY statusRank, coalesce(capacity, -1.0) DESC
WITH element, site, siteType, stages, head(collect({rank: statusRank, status: status, capacity: capacity, capacityUnit: capacityUnit, role: elementRole, detail: elementDetail, sources: linkSourceIds})) AS best
WHERE best.rank <= CASE WHEN $includePipeline THEN 4 ELSE 0 END
MATCH (site)-[:LOCATED_IN]->(country:Country)
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
WITH element, site, siteType, stages, best, country, controllers, controlByCountry, controlAttributedPct, unknownPaths,
     reduce(share = 0.0, entry IN controlByCountry | share + CASE WHEN entry.country = $outside THEN entry.effectivePct ELSE 0.0 END) AS outsideControlPct
WITH element, site, siteType, stages, best, country, controllers, controlByCountry, controlAttributedPct, unknownPaths, outsideControlPct,
     country.id <> $outside AS locatedOutside,
     outsideControlPct >= $controlThreshold AS controlledFromOutside
// </supply-options>
WITH element, site, siteType, stages, best, country, controllers, controlByCountry, controlAttributedPct, unknownPaths, outsideControlPct, locatedOutside, controlledFromOutside
WHERE CASE $basis
        WHEN 'LOCATION' THEN locatedOutside
        WHEN 'CONTROL' THEN NOT controlledFromOutside
        ELSE locatedOutside AND NOT controlledFromOutside
      END
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
WITH element, site, siteType, stages, best, country, controllers, controlByCountry, controlAttributedPct, unknownPaths, outsideControlPct, locatedOutside, controlledFromOutside,
     routes, routeVerdict, routeRank
WHERE $routes IS NULL OR routeVerdict IN $routes
// <option-tonnes>
// An option's tonnes: the stage it is counted at (deposits: MINING; plants: their most downstream
// stage among separation, recycling, metal, cracking, mining), the unit of that stage, its tonnes
// per year, and what it can deliver in $year weighted by confidence (midpoint × confidenceWeight of
// the year's row; 0 when no row covers the year), which ranks options within a status level.
// Needs: site, siteType, stages, element; $year, $fromYear, $toYear, $minConfidence.
// Yields: tonnesStage, tonnesUnit, tonnesByYear, deliverable.
WITH *, CASE WHEN siteType = 'DEPOSIT' THEN 'MINING'
             ELSE coalesce(head([stage IN ['SEPARATION_REFINING', 'RECYCLING', 'METAL_ALLOY', 'CRACKING_LEACHING', 'MINING_CONCENTRATION', 'MAGNET'] WHERE stage IN stages]), 'MAGNET') END AS plantStage
WITH *, CASE plantStage WHEN 'MINING_CONCENTRATION' THEN 'MINING' ELSE plantStage END AS tonnesStage,
        CASE plantStage WHEN 'METAL_ALLOY' THEN 'T_METAL_PER_YEAR' WHEN 'MAGNET' THEN 'T_PRODUCT_PER_YEAR' ELSE 'T_REO_PER_YEAR' END AS tonnesUnit
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
WITH *, head([tonnes IN tonnesByYear WHERE tonnes.year = $year]) AS yearTonnes
WITH *, CASE WHEN yearTonnes IS NULL THEN 0.0
             ELSE (yearTonnes.low + yearTonnes.high) / 2.0 * yearTonnes.weight END AS deliverable
// </option-tonnes>
CALL (site) {
  OPTIONAL MATCH (operator:Company)-[:OPERATES]->(site)
  OPTIONAL MATCH (operator)-[:HEADQUARTERED_IN]->(operatorCountry:Country)
  RETURN collect(DISTINCT operator {.id, .name, country: operatorCountry.id}) AS operators
}
CALL (site) {
  // Agreements that name the site, or that its operators or owners are party to.
  OPTIONAL MATCH (agreement:Agreement)-[:COVERS]->(site)
  RETURN collect(DISTINCT agreement) AS covering
}
CALL (site) {
  OPTIONAL MATCH (company:Company)-[:OPERATES|OWNS]->(site)
  OPTIONAL MATCH (company)-[:PARTY_TO]->(agreement:Agreement)
  RETURN collect(DISTINCT agreement) AS viaCompanies
}
WITH site, siteType, stages, best, country, controllers, controlByCountry, controlAttributedPct, unknownPaths, outsideControlPct, locatedOutside, controlledFromOutside,
     routes, routeVerdict, routeRank, tonnesStage, tonnesUnit, tonnesByYear, deliverable, operators,
     [a IN reduce(seen = [], x IN covering + viaCompanies | CASE WHEN x IN seen THEN seen ELSE seen + [x] END) | a {.id, .title, .kind, .status, .date}] AS agreements
RETURN siteType, site.id AS siteId, site.name AS siteName, stages, best.status AS status, best.rank AS statusRank,
       country {.id, .name} AS country, best.capacity AS capacity, best.capacityUnit AS capacityUnit,
       best.role AS elementRole, best.detail AS elementDetail, operators, controllers, controlByCountry,
       controlAttributedPct, unknownPaths, outsideControlPct, locatedOutside, controlledFromOutside,
       routes, routeVerdict, routeRank, tonnesStage, tonnesUnit, tonnesByYear, deliverable, agreements,
       reduce(seen = [], id IN coalesce(site.sourceIds, []) + coalesce(best.sources, []) | CASE WHEN id IN seen THEN seen ELSE seen + [id] END) AS sourceIds
ORDER BY routeRank, statusRank, deliverable DESC, coalesce(capacity, -1.0) DESC, siteName, siteId
