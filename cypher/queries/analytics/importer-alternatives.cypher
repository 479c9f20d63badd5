// Which importers depend on a country for this element — and how much could each get elsewhere,
// from whom, from when? For every importer with a dependence figure on $outside that covers the
// element (stated for the element, or for a product group that carries it: magnets only for Nd,
// Pr, Dy, Tb, Sm): its dependence figures, its demand per year, the offtakes it (its government or
// its companies) holds with their tonnes per year, and its options — the sites of
// alternative-sources.cypher (same rules: basis, control on $asOf, route, tonnes per year).
// Options the importer already reaches through an agreement — one that covers the site, one with a
// company that runs, owns or controls at least $controlThreshold % of it, or a government framework
// with the site's country — are flagged, with those agreements (terminated, lapsed and superseded
// ones do not count). Per importer, options rank: route outside first (VIA_COUNTRY last, kept and
// marked), then those already reached, then producing > construction > development > exploration,
// then deliverable tonnes in $year × confidence, then capacity; the first $optionsPerImporter are kept.
// Contracted tonnes per year: FIRM and CONDITIONAL offtakes in force that year whose site is one
// of the importer's options with a route outside (OUTSIDE, or PLANNED_OUTSIDE); a share-of-output
// offtake counts that share of the site's tonnes; others are listed with the reason they do not count.
// Parameters: $element (symbol), $outside (ISO2), $basis ('LOCATION'|'CONTROL'|'BOTH'), $stages (list
//   or null), $includePipeline (bool), $controlThreshold (percent), $asOf (ISO date), $importers (list
//   of ISO2, or null for all), $optionsPerImporter (how many ranked options to keep), $routes (list of
//   verdicts or null), $year (ranking year), $fromYear, $toYear (tonnes window), $minConfidence.
// Rows: importers with an element-specific figure first, then by highest share.
// Columns: importer {id, name}, dependence [...], demandByYear [...], contractedByYear [{year, low,
//   high, offtakes [...]}], offtakes [...], options [... as alternative-sources, plus companyIds,
//   reachedThroughAgreement, reachingAgreements [{id, title, kind, status, date, via}]] (the first
//   $optionsPerImporter), optionCount (all of them).
MATCH (element:Element {id: $element})
MATCH (outsideCountry:Country {id: $outside})
// Importers first, while rows are light: each with its dependence, frameworks, demand and offtakes.
CALL (outsideCountry, element) {
  MATCH (importer:Country)-[:IMPORT_DEPENDENCE]->(figure:TradeDependence)-[:SUPPLIED_BY]->(outsideCountry)
  WHERE ($importers IS NULL OR importer.id IN $importers)
    AND ($element IN coalesce(figure.elements, [])
         OR (size(coalesce(figure.elements, [])) = 0 AND (figure.product <> 'MAGNETS' OR $element IN ['Nd', 'Pr', 'Dy', 'Tb', 'Sm'])))
  WITH element, importer, figure
  ORDER BY CASE WHEN $element IN coalesce(figure.elements, []) THEN 0 ELSE 1 END, figure.year DESC, coalesce(figure.sharePct, -1.0) DESC
  WITH element, importer,
       collect(figure {.id, .product, elements: coalesce(figure.elements, []), .year, .period, .sharePct, .basis, .metric, .sourceIds,
                       elementSpecific: $element IN coalesce(figure.elements, [])}) AS dependence
  // <importer-frameworks>
// Government frameworks the country `importer` reaches — its government or a company
// headquartered in it is party — unless terminated, lapsed or superseded, grouped by each country
// party to them and newest first: through them the importer reaches sites in those countries
// (shared by importer-alternatives and disruption-impact; the site's own deals come from
// site-agreements).
// Needs: importer. Yields: frameworksByCountry [{country, agreements [{id, title, kind, status, date}]}].
CALL (importer) {
  CALL (importer) {
    MATCH (importer)-[:PARTY_TO]->(agreement:Agreement)
    RETURN agreement
    UNION
    MATCH (importer)<-[:HEADQUARTERED_IN]-(:Company)-[:PARTY_TO]->(agreement:Agreement)
    RETURN agreement
  }
  WITH agreement
  WHERE agreement.kind = 'GOVERNMENT_FRAMEWORK' AND NOT agreement.status IN ['TERMINATED', 'LAPSED', 'SUPERSEDED']
  MATCH (agreement)<-[:PARTY_TO]-(partner:Country)
  WITH partner, agreement
  ORDER BY agreement.date DESC, agreement.id
  WITH partner, collect(agreement {.id, .title, .kind, .status, .date}) AS agreements
  RETURN collect({country: partner.id, agreements: agreements}) AS frameworksByCountry
}
  // </importer-frameworks>
  // <area-demand>
// An importer's demand for `element` per year ($fromYear–$toYear), from its element volumes: per
// year the figure of the best measure (DEMAND > CONSUMPTION > IMPORTS), then basis (REPORTED >
// FORECAST > MODEL_ESTIMATE), then confidence; a combined figure counts the element's ratio-band share.
// Needs: importer, element; $fromYear, $toYear.
// Yields: demandByYear [{year, low, high, measure, basis, confidence, method, volumeId, sourceIds}].
CALL (importer, element) {
  OPTIONAL MATCH (importer)-[:HAS_VOLUME]->(volume:ElementVolume)-[:OF_ELEMENT]->(element)
  WHERE volume.measure IN ['DEMAND', 'CONSUMPTION', 'IMPORTS'] AND volume.year >= $fromYear AND volume.year <= $toYear
  OPTIONAL MATCH (volume)-[:SPLIT_BY]->(share:RatioShare)-[:SHARE_OF]->(element)
  WITH volume, share
  ORDER BY volume.year, CASE volume.measure WHEN 'DEMAND' THEN 0 WHEN 'CONSUMPTION' THEN 1 ELSE 2 END, volume.basisRank, volume.confidenceRank, volume.id
  WITH volume.year AS year, head(collect(CASE WHEN volume IS NULL THEN null ELSE {volume: volume, share: share} END)) AS best
  WHERE best IS NOT NULL
  WITH year, best.volume AS volume,
       CASE WHEN best.share IS NULL THEN 1.0 ELSE best.share.shareLowPct / 100.0 END AS lowShare,
       CASE WHEN best.share IS NULL THEN 1.0 ELSE best.share.shareHighPct / 100.0 END AS highShare,
       coalesce(best.share.sourceIds, []) AS shareSources
  ORDER BY year
  RETURN collect({year: year, low: round(volume.low * lowShare, 3), high: round(volume.high * highShare, 3), measure: volume.measure,
                  basis: volume.basis, confidence: volume.confidence, method: volume.method, volumeId: volume.id,
                  sourceIds: coalesce(volume.sourceIds, []) + shareSources}) AS demandByYear
}
  // </area-demand>
  // <importer-offtakes>
// The offtakes of `element` bought by `importer` — by its government or by a company headquartered
// in it — with their agreement, site, years, status and tonnes (the element's ratio-band share of a
// combined figure); a share-of-output offtake (sharePct) is turned into tonnes from its site's
// tonnes later, where the site's tonnes are known.
// Needs: importer, element.
// Yields: offtakes [{id, agreementId, agreementTitle, buyerId, buyerName, siteId, low, high, sharePct,
//   fromYear, toYear, status, confidence, unit, product, statedText, sourceIds}].
CALL (importer, element) {
  OPTIONAL MATCH (offtake:Offtake)-[:OF_ELEMENT]->(element)
  WHERE EXISTS { (offtake)-[:BOUGHT_BY]->(importer) } OR EXISTS { (offtake)-[:BOUGHT_BY]->(:Company)-[:HEADQUARTERED_IN]->(importer) }
  OPTIONAL MATCH (agreement:Agreement)-[:HAS_OFFTAKE]->(offtake)
  OPTIONAL MATCH (offtake)-[:BOUGHT_BY]->(buyer)
  OPTIONAL MATCH (offtake)-[:FROM_SITE]->(source)
  OPTIONAL MATCH (offtake)-[:SPLIT_BY]->(share:RatioShare)-[:SHARE_OF]->(element)
  WITH offtake, agreement, buyer, source, share
  ORDER BY offtake.fromYear, offtake.id
  RETURN collect(CASE WHEN offtake IS NULL THEN null ELSE {
           id: offtake.id, agreementId: agreement.id, agreementTitle: agreement.title, buyerId: buyer.id, buyerName: buyer.name, siteId: source.id,
           low: CASE WHEN offtake.low IS NULL THEN null ELSE round(offtake.low * coalesce(share.shareLowPct, 100.0) / 100.0, 3) END,
           high: CASE WHEN offtake.high IS NULL THEN null ELSE round(offtake.high * coalesce(share.shareHighPct, 100.0) / 100.0, 3) END,
           sharePct: offtake.sharePct, fromYear: offtake.fromYear, toYear: offtake.toYear, status: offtake.status,
           confidence: offtake.confidence, unit: offtake.unit, product: offtake.product, statedText: offtake.statedText,
           sourceIds: coalesce(offtake.sourceIds, []) + coalesce(share.sourceIds, [])} END) AS offtakes
}
  // </importer-offtakes>
  RETURN collect({importer: importer, dependence: dependence, frameworksByCountry: frameworksByCountry, demandByYear: demandByYear, offtakes: offtakes}) AS importers
}
CALL (element) {
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
  WHERE CASE $basis WHEN 'LOCATION' THEN locatedOutside WHEN 'CONTROL' THEN NOT controlledFromOutside
                    ELSE locatedOutside AND NOT controlledFromOutside END
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
    OPTIONAL MATCH (company:Company)-[:OPERATES|OWNS]->(site)
    OPTIONAL MATCH (company)-[:HEADQUARTERED_IN]->(companyCountry:Country)
    RETURN collect(DISTINCT company {.id, .name, country: companyCountry.id}) AS directCompanies
  }
  WITH site, siteType, stages, best, country, controllers, controlByCountry, controlAttributedPct, unknownPaths, outsideControlPct, locatedOutside, controlledFromOutside,
       routes, routeVerdict, routeRank, tonnesStage, tonnesUnit, tonnesByYear, deliverable, directCompanies,
       [c IN directCompanies | c.id] + [c IN controllers WHERE c.effectivePct >= $controlThreshold | c.id] AS companyIds
  // <site-agreements>
// Agreements that reach `site` itself: those covering it and those a company in `companyIds`
// (its operators, owners and controllers above the threshold) is party to, unless terminated,
// lapsed or superseded — each with the countries that reach it (their government or a company
// headquartered there is party). Found by walking from the site, so the cost follows the site's
// own deals, not every deal of every importer (shared by importer-alternatives and
// disruption-impact; frameworks with the site's country come from importer-frameworks).
// Needs: site, companyIds. Yields: siteAgreements [{id, title, kind, status, date, rule (0 covers
//   the site, 1 with a company), importerIds}].
CALL (site, companyIds) {
  CALL (site, companyIds) {
    MATCH (agreement:Agreement)-[:COVERS]->(site)
    RETURN agreement, 0 AS rule
    UNION
    UNWIND companyIds AS companyId
    MATCH (:Company {id: companyId})-[:PARTY_TO]->(agreement:Agreement)
    RETURN agreement, 1 AS rule
  }
  WITH agreement, min(rule) AS rule
  WHERE NOT agreement.status IN ['TERMINATED', 'LAPSED', 'SUPERSEDED']
  RETURN collect(agreement {.id, .title, .kind, .status, .date, rule: rule,
                            importerIds: [(agreement)<-[:PARTY_TO]-(party:Country) | party.id]
                                         + [(agreement)<-[:PARTY_TO]-(:Company)-[:HEADQUARTERED_IN]->(home:Country) | home.id]}) AS siteAgreements
}
  // </site-agreements>
  RETURN collect({siteAgreements: siteAgreements,
                  option: {siteType: siteType, siteId: site.id, siteName: site.name, stages: stages, status: best.status, statusRank: best.rank,
                  country: country {.id, .name}, capacity: best.capacity, capacityUnit: best.capacityUnit,
                  elementRole: best.role, elementDetail: best.detail, operators: directCompanies,
                  controllers: controllers, controlByCountry: controlByCountry, controlAttributedPct: controlAttributedPct, unknownPaths: unknownPaths,
                  outsideControlPct: outsideControlPct, locatedOutside: locatedOutside, controlledFromOutside: controlledFromOutside,
                  routes: routes, routeVerdict: routeVerdict, routeRank: routeRank,
                  tonnesStage: tonnesStage, tonnesUnit: tonnesUnit, tonnesByYear: tonnesByYear, deliverable: deliverable,
                  companyIds: companyIds,
                  sourceIds: reduce(seen = [], id IN coalesce(site.sourceIds, []) + coalesce(best.sources, []) | CASE WHEN id IN seen THEN seen ELSE seen + [id] END)}}) AS options
}
// Per importer (one at a time, so memory follows one importer's options, not all of them): an
// option's reaching agreements — its own deals the importer is party to (directly or through a
// company headquartered in it), then frameworks between the importer and the site's country —
// then the options ranked, the first $optionsPerImporter kept, and how many there were.
UNWIND importers AS importerEntry
WITH importerEntry, importerEntry.importer.id AS importerId, importerEntry.frameworksByCountry AS frameworksByCountry, options
CALL (importerId, frameworksByCountry, options) {
  UNWIND (CASE WHEN size(options) = 0 THEN [null] ELSE options END) AS entry
  WITH entry.option AS option,
       [agreement IN coalesce(entry.siteAgreements, []) WHERE importerId IN agreement.importerIds] AS direct,
       coalesce(head([f IN frameworksByCountry WHERE f.country = entry.option.country.id | f.agreements]), []) AS frameworks
  CALL (direct, frameworks) {
    UNWIND direct + [agreement IN frameworks WHERE NOT agreement.id IN [d IN direct | d.id]] AS agreement
    WITH agreement
    ORDER BY agreement.date DESC, agreement.id
    RETURN collect(agreement {.id, .title, .kind, .status, .date,
                              via: CASE agreement.rule WHEN 0 THEN 'covers the site'
                                                       WHEN 1 THEN 'with a company that runs, owns or controls the site'
                                                       ELSE 'framework with the site country' END}) AS reaching
  }
  WITH option, reaching
  ORDER BY option.routeRank, CASE WHEN size(reaching) > 0 THEN 0 ELSE 1 END, option.statusRank, option.deliverable DESC,
           coalesce(option.capacity, -1.0) DESC, option.siteName, option.siteId
  WITH collect(CASE WHEN option IS NULL THEN null ELSE option {.*, reachedThroughAgreement: size(reaching) > 0, reachingAgreements: reaching} END) AS ranked
  RETURN ranked[0..$optionsPerImporter] AS importerOptions, size(ranked) AS optionCount
}
// Contracted tonnes per year, from the importer's offtakes and the options they come from.
WITH importerEntry, importerOptions, optionCount, options,
     [offtake IN importerEntry.offtakes |
       offtake {.*, option: head([entry IN options WHERE entry.option.siteId = offtake.siteId | {routeVerdict: entry.option.routeVerdict, tonnesByYear: entry.option.tonnesByYear}])}] AS offtakes
WITH importerEntry, importerOptions, optionCount,
     [offtake IN offtakes | offtake {.*, option: null,
        countsBecause: CASE WHEN NOT offtake.status IN ['FIRM', 'CONDITIONAL'] THEN 'not binding (' + toLower(offtake.status) + ')'
                            WHEN offtake.siteId IS NULL THEN 'the site it comes from is not recorded'
                            WHEN offtake.option IS NULL THEN 'its site is not an option outside ' + $outside + ' on this basis'
                            WHEN NOT offtake.option.routeVerdict IN ['OUTSIDE', 'PLANNED_OUTSIDE'] THEN 'its site\'s output goes via ' + $outside
                            ELSE null END,
        siteTonnesByYear: coalesce(offtake.option.tonnesByYear, [])}] AS offtakes
WITH importerEntry, importerOptions, optionCount, offtakes,
     [year IN range($fromYear, $toYear) |
       {year: year, deals: [offtake IN offtakes WHERE offtake.countsBecause IS NULL AND offtake.fromYear <= year AND (offtake.toYear IS NULL OR offtake.toYear >= year) |
          {offtakeId: offtake.id,
           low: CASE WHEN offtake.low IS NOT NULL THEN offtake.low
                     ELSE coalesce(head([t IN offtake.siteTonnesByYear WHERE t.year = year | t.low * offtake.sharePct / 100.0]), 0.0) END,
           high: CASE WHEN offtake.high IS NOT NULL THEN offtake.high
                      ELSE coalesce(head([t IN offtake.siteTonnesByYear WHERE t.year = year | t.high * offtake.sharePct / 100.0]), 0.0) END,
           tonnesKnown: offtake.low IS NOT NULL OR any(t IN offtake.siteTonnesByYear WHERE t.year = year)}]}] AS years
WITH importerEntry, importerOptions, optionCount, offtakes,
     [entry IN years | {year: entry.year, low: round(reduce(sum = 0.0, deal IN entry.deals | sum + deal.low), 3),
                        high: round(reduce(sum = 0.0, deal IN entry.deals | sum + deal.high), 3), deals: entry.deals}] AS contractedByYear
WITH importerEntry.importer AS importer, importerEntry.dependence AS dependence, importerEntry.demandByYear AS demandByYear,
     offtakes, contractedByYear, importerOptions, optionCount
RETURN importer {.id, .name} AS importer, dependence, demandByYear,
       [offtake IN offtakes | offtake {.*, siteTonnesByYear: null}] AS offtakes, contractedByYear,
       importerOptions AS options, optionCount
// Importers with a figure for the element itself first, then by their highest dependence share.
ORDER BY CASE WHEN any(d IN dependence WHERE d.elementSpecific) THEN 0 ELSE 1 END,
         reduce(top = 0.0, d IN dependence | CASE WHEN coalesce(d.sharePct, 0.0) > top THEN d.sharePct ELSE top END) DESC, importer.id
