// If a country stops or controls exports of these elements, what is at risk and what remains?
// Per element: the country's export measures in force on $asOf covering it, and the sources
// remaining outside it (the options of alternative-sources.cypher with $outside = $country) —
// by location, by control and both, with site counts and published capacity per unit. Per
// importer and element: the share of its supply at risk (its newest dependence figure on the
// country for the element or a product group carrying it) and the agreements through which its
// government or companies already reach a remaining source.
// Parameters: $country (ISO2), $outside (the same ISO2; the shared fragment reads it), $elements
//   (list of symbols), $asOf (ISO date), $controlThreshold (percent), $includePipeline (bool),
//   $stages (list or null).
// Columns: element {symbol, name}, controls [{id, title, kind, status (IN_FORCE, SUSPENDED, ANNOUNCED)}], remaining {byLocation,
//   byControl, both: {sites, producingSites, capacity [{unit, total}]}}, importers [{importer,
//   shareAtRisk {sharePct, year, product, metric, elementSpecific, sourceIds}, mitigatingAgreements}].
UNWIND $elements AS symbol
MATCH (element:Element {id: symbol})
CALL (element) {
  MATCH (:Country {id: $country})-[:IMPOSES]->(control:ExportControl)-[:CONTROLS]->(element)
  WHERE coalesce(control.effective, control.announced) <= $asOf
    AND (control.liftedOn IS NULL OR control.liftedOn > $asOf)
  WITH control,
       CASE WHEN control.suspendedFrom IS NOT NULL AND control.suspendedFrom <= $asOf
                 AND (control.suspendedUntil IS NULL OR $asOf <= control.suspendedUntil) THEN 'SUSPENDED'
            WHEN control.effective IS NOT NULL AND control.effective <= $asOf THEN 'IN_FORCE' ELSE 'ANNOUNCED' END AS status
  ORDER BY control.effective
  RETURN collect(control {.id, .title, .kind, status: status}) AS controls
}
// Importers first, while rows are light: each with its newest dependence figure and frameworks.
CALL (element) {
  MATCH (importer:Country)-[:IMPORT_DEPENDENCE]->(figure:TradeDependence)-[:SUPPLIED_BY]->(:Country {id: $country})
  WHERE element.id IN coalesce(figure.elements, [])
     OR (size(coalesce(figure.elements, [])) = 0 AND (figure.product <> 'MAGNETS' OR element.id IN ['Nd', 'Pr', 'Dy', 'Tb', 'Sm']))
  WITH importer, figure
  ORDER BY CASE WHEN element.id IN coalesce(figure.elements, []) THEN 0 ELSE 1 END, figure.year DESC, coalesce(figure.sharePct, -1.0) DESC
  WITH importer, head(collect(figure {.sharePct, .year, .product, .metric, .sourceIds, elementSpecific: element.id IN coalesce(figure.elements, [])})) AS shareAtRisk
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
  RETURN collect({importer: importer, shareAtRisk: shareAtRisk, frameworksByCountry: frameworksByCountry}) AS importerEntries
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
  CALL (site) {
    OPTIONAL MATCH (company:Company)-[:OPERATES|OWNS]->(site)
    RETURN collect(DISTINCT company.id) AS directCompanyIds
  }
  WITH site, best, country, controllers, locatedOutside, controlledFromOutside,
       directCompanyIds + [c IN controllers WHERE c.effectivePct >= $controlThreshold | c.id] AS companyIds
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
  RETURN collect({siteId: site.id, country: country.id, rank: best.rank, capacity: best.capacity, unit: best.capacityUnit,
                  locatedOutside: locatedOutside, controlledFromOutside: controlledFromOutside,
                  companyIds: companyIds, siteAgreements: siteAgreements}) AS options
}
WITH element, controls, importerEntries, options,
     [o IN options WHERE o.locatedOutside] AS byLocation,
     [o IN options WHERE NOT o.controlledFromOutside] AS byControl,
     [o IN options WHERE o.locatedOutside AND NOT o.controlledFromOutside] AS both
WITH element, controls, importerEntries, options, byLocation, byControl, both,
     [set IN [byLocation, byControl, both] | {
        sites: size(set),
        producingSites: size([o IN set WHERE o.rank = 0]),
        capacity: [unit IN reduce(units = [], o IN set | CASE WHEN o.unit IS NULL OR o.unit IN units THEN units ELSE units + [o.unit] END) |
                   {unit: unit, total: reduce(t = 0.0, o IN set | t + CASE WHEN o.unit = unit THEN o.capacity ELSE 0.0 END)}]
     }] AS summaries
// The agreements that reach a remaining source, per importer: the sources' own deals it is party
// to, and its frameworks with the sources' countries. Only these small lists enter the subquery,
// so its sort does not hold every option once per row.
WITH element, controls, importerEntries, summaries,
     [o IN both WHERE size(o.siteAgreements) > 0 | o.siteAgreements] AS bothAgreements,
     reduce(countries = [], o IN both | CASE WHEN o.country IN countries THEN countries ELSE countries + o.country END) AS bothCountries
CALL (importerEntries, bothAgreements, bothCountries) {
  UNWIND importerEntries AS entry
  WITH entry, entry.importer AS importer
  CALL (entry, bothAgreements, bothCountries) {
    CALL (entry, bothAgreements, bothCountries) {
      UNWIND bothAgreements AS siteAgreements
      UNWIND siteAgreements AS agreement
      WITH agreement
      WHERE entry.importer.id IN agreement.importerIds
      RETURN agreement {.id, .title, .kind, .status, .date} AS agreement
      // UNION ALL: a UNION would de-duplicate rows together with the imported lists; the grouping below de-duplicates.
      UNION ALL
      UNWIND entry.frameworksByCountry AS framework
      WITH framework
      WHERE framework.country IN bothCountries
      UNWIND framework.agreements AS agreement
      RETURN agreement
    }
    WITH agreement.id AS id, collect(agreement)[0] AS agreement
    ORDER BY agreement.date DESC, id
    RETURN collect(agreement) AS mitigatingAgreements
  }
  RETURN collect({importer: importer {.id, .name}, shareAtRisk: entry.shareAtRisk, mitigatingAgreements: mitigatingAgreements}) AS importers
}
RETURN element {symbol: element.id, .name} AS element, controls,
       {byLocation: summaries[0], byControl: summaries[1], both: summaries[2]} AS remaining,
       [i IN importers | i] AS importers
ORDER BY element.atomicNumber
