// Which importers depend on a country for this element, and where else could each of them source
// it? For every importer with a dependence figure on $outside that covers the element (stated for
// the element, or for a product group that carries it: magnets only for Nd, Pr, Dy, Tb, Sm), its
// dependence figures, and the options of alternative-sources.cypher (same rules). Options the
// importer's government or its companies already reach through an agreement — one that covers the
// site, one with a company that runs or owns it or controls at least $controlThreshold % of it, or
// a government framework with the site's country — are flagged and listed first, with those
// agreements (terminated, lapsed and superseded ones do not count). The agreements are found from
// each site and from the importer's frameworks, never by testing every importer deal against
// every site.
// Parameters: $element (symbol), $outside (ISO2), $basis ('LOCATION'|'CONTROL'|'BOTH'), $stages
//   (list or null), $includePipeline (bool), $controlThreshold (percent), $asOf (ISO date),
//   $importers (list of ISO2, or null for all), $optionsPerImporter (how many ranked options to keep).
// Rows: importers with an element-specific figure first, then by highest share.
// Columns: importer {id, name}, dependence [{id, product, elements, year, period, sharePct, basis,
//   metric, sourceIds, elementSpecific}], options [... as alternative-sources, plus companyIds,
//   reachedThroughAgreement, reachingAgreements [{id, title, kind, status, date, via}]] (the first
//   $optionsPerImporter), optionCount (all of them).
MATCH (element:Element {id: $element})
MATCH (outsideCountry:Country {id: $outside})
// Importers first, while rows are light: each with its dependence figures and frameworks.
CALL (outsideCountry) {
  MATCH (importer:Country)-[:IMPORT_DEPENDENCE]->(figure:TradeDependence)-[:SUPPLIED_BY]->(outsideCountry)
  WHERE ($importers IS NULL OR importer.id IN $importers)
    AND ($element IN coalesce(figure.elements, [])
         OR (size(coalesce(figure.elements, [])) = 0 AND (figure.product <> 'MAGNETS' OR $element IN ['Nd', 'Pr', 'Dy', 'Tb', 'Sm'])))
  WITH importer, figure
  ORDER BY CASE WHEN $element IN coalesce(figure.elements, []) THEN 0 ELSE 1 END, figure.year DESC, coalesce(figure.sharePct, -1.0) DESC
  WITH importer,
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
  RETURN collect({importer: importer, dependence: dependence, frameworksByCountry: frameworksByCountry}) AS importers
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
WITH site, siteType, stages, statusRank, status, capacity, capacityUnit, elementRole, elementDetail, linkSourceIds
ORDER BY statusRank, coalesce(capacity, -1.0) DESC
WITH site, siteType, stages, head(collect({rank: statusRank, status: status, capacity: capacity, capacityUnit: capacityUnit, role: elementRole, detail: elementDetail, sources: linkSourceIds})) AS best
WHERE best.rank <= CASE WHEN $includePipeline THEN 4 ELSE 0 END
MATCH (site)-[:LOCATED_IN]->(country:Country)
  // <control-on-date>
// Who controls `site` on $asOf, read from its stored control periods (computed from the stakes by
// src/domain/control.ts, kept by the seed loader and every write), and the share held from $outside.
// Needs: site; $asOf, $outside.
// Yields: controllers [{id, name, country, effectivePct, attributed}], controlByCountry [{country,
//   name, effectivePct}], controlAttributedPct (share traced to a country), unknownPaths,
//   outsideControlPct.
CALL (site) {
  OPTIONAL MATCH (site)-[:HAS_CONTROL]->(period:ControlPeriod)
  WHERE period.from <= $asOf AND (period.until IS NULL OR $asOf < period.until)
  WITH period
  LIMIT 1
  WITH period, range(0, size(coalesce(period.controllerIds, [])) - 1) AS holders, range(0, size(coalesce(period.countryIds, [])) - 1) AS countries
  RETURN [i IN holders | {id: period.controllerIds[i], name: period.controllerNames[i],
                          country: CASE period.controllerCountryIds[i] WHEN '' THEN null ELSE period.controllerCountryIds[i] END,
                          effectivePct: period.controllerPcts[i], attributed: period.controllerAttributed[i]}] AS controllers,
         [i IN countries | {country: period.countryIds[i], name: head([(c:Country {id: period.countryIds[i]}) | c.name]),
                            effectivePct: period.countryPcts[i]}] AS controlByCountry,
         coalesce(period.attributedPct, 0.0) AS controlAttributedPct,
         coalesce(period.unknownPaths, 0) AS unknownPaths,
         reduce(share = 0.0, i IN countries | share + CASE WHEN period.countryIds[i] = $outside THEN period.countryPcts[i] ELSE 0.0 END) AS outsideControlPct
}
  // </control-on-date>
WITH site, siteType, stages, best, country, controllers, controlByCountry, controlAttributedPct, unknownPaths, outsideControlPct,
     country.id <> $outside AS locatedOutside,
     outsideControlPct >= $controlThreshold AS controlledFromOutside
  // </supply-options>
  WITH site, siteType, stages, best, country, controllers, controlByCountry, controlAttributedPct, outsideControlPct, locatedOutside, controlledFromOutside
  WHERE CASE $basis WHEN 'LOCATION' THEN locatedOutside WHEN 'CONTROL' THEN NOT controlledFromOutside
                    ELSE locatedOutside AND NOT controlledFromOutside END
  CALL (site) {
    OPTIONAL MATCH (company:Company)-[:OPERATES|OWNS]->(site)
    OPTIONAL MATCH (company)-[:HEADQUARTERED_IN]->(companyCountry:Country)
    RETURN collect(DISTINCT company {.id, .name, country: companyCountry.id}) AS directCompanies
  }
  WITH site, siteType, stages, best, country, controllers, controlByCountry, controlAttributedPct, outsideControlPct, locatedOutside, controlledFromOutside, directCompanies,
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
                  controllers: controllers, controlByCountry: controlByCountry, controlAttributedPct: controlAttributedPct,
                  outsideControlPct: outsideControlPct, locatedOutside: locatedOutside, controlledFromOutside: controlledFromOutside,
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
  ORDER BY CASE WHEN size(reaching) > 0 THEN 0 ELSE 1 END, option.statusRank, coalesce(option.capacity, -1.0) DESC, option.siteName, option.siteId
  WITH collect(CASE WHEN option IS NULL THEN null ELSE option {.*, reachedThroughAgreement: size(reaching) > 0, reachingAgreements: reaching} END) AS ranked
  RETURN ranked[0..$optionsPerImporter] AS importerOptions, size(ranked) AS optionCount
}
WITH importerEntry.importer AS importer, importerEntry.dependence AS dependence, importerOptions, optionCount
RETURN importer {.id, .name} AS importer, dependence, importerOptions AS options, optionCount
// Importers with a figure for the element itself first, then by their highest dependence share.
ORDER BY CASE WHEN any(d IN dependence WHERE d.elementSpecific) THEN 0 ELSE 1 END,
         reduce(top = 0.0, d IN dependence | CASE WHEN coalesce(d.sharePct, 0.0) > top THEN d.sharePct ELSE top END) DESC, importer.id
