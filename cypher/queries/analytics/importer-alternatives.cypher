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
// Sites able to supply `element`, with their status for it, location and effective control, and
// whether they lie outside $outside / are controlled from it (shared by alternative-sources,
// importer-alternatives and disruption-impact). A facility's status for the element is the weaker
// of the plant's and its circuit's; closed and cancelled sites are never options.
// Needs: element; $outside, $controlThreshold, $stages, $includePipeline, $asOf.
// Yields: site, siteType, stages, best {rank, status, capacity, capacityUnit, role, detail, sources},
//   country, controllers, controlByCountry, controlAttributedPct, outsideControlPct, locatedOutside,
//   controlledFromOutside.
CALL (element) {
  MATCH (site:Deposit)-[content:CONTAINS]->(element)
  WHERE $stages IS NULL OR 'MINING' IN $stages OR 'MINING_CONCENTRATION' IN $stages
  RETURN site, 'DEPOSIT' AS siteType, ['MINING'] AS stages, site.status AS status,
         CASE site.status WHEN 'PRODUCING' THEN 0 WHEN 'CONSTRUCTION' THEN 1 WHEN 'DEVELOPMENT' THEN 2
              WHEN 'EXPLORATION' THEN 3 WHEN 'CARE_AND_MAINTENANCE' THEN 4 WHEN 'SUSPENDED' THEN 4 ELSE 9 END AS statusRank,
         toFloat(site.containedTREOt) AS capacity, CASE WHEN site.containedTREOt IS NULL THEN null ELSE 't TREO contained in the resource' END AS capacityUnit,
         content.role AS elementRole, content.content AS elementDetail, content.sourceIds AS linkSourceIds
  UNION
  MATCH (site:Facility)-[processing:PROCESSES]->(element)
  WHERE $stages IS NULL OR any(stage IN site.stages WHERE stage IN $stages)
  WITH site, processing,
       CASE site.status WHEN 'OPERATING' THEN 0 WHEN 'COMMISSIONING' THEN 0 WHEN 'CONSTRUCTION' THEN 1
            WHEN 'PILOT' THEN 2 WHEN 'PLANNED' THEN 2 WHEN 'SUSPENDED' THEN 4 ELSE 9 END AS plantRank,
       CASE processing.status WHEN 'COMMERCIAL' THEN 0 ELSE 2 END AS circuitRank
  RETURN site, 'FACILITY' AS siteType, site.stages AS stages,
         site.status + CASE WHEN processing.status = 'COMMERCIAL' THEN '' ELSE ' (' + toLower(processing.status) + ' for this element)' END AS status,
         CASE WHEN plantRank > circuitRank THEN plantRank ELSE circuitRank END AS statusRank,
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
  // <effective-control>
  // Who controls `site` on $asOf: shared, word for word, by every analytics query
  // that needs control (a test checks the copies match); rules in docs/decisions/001-effective-control.md.
  CALL (site) {
    OPTIONAL MATCH path = (holder:Company)-[links:OWNS|OPERATES*0..8]->(site)
    WHERE all(i IN range(0, coalesce(size(links), 0) - 1) WHERE
            CASE WHEN type(links[i]) = 'OWNS'
                 THEN links[i].basis IN ['EQUITY', 'AS_CONVERTED', 'VOTING'] AND links[i].status IN ['CURRENT', 'HISTORICAL']
                      AND coalesce(links[i].asOf, '') <= $asOf AND (links[i].until IS NULL OR links[i].until > $asOf)
                      AND (links[i].status = 'CURRENT' OR links[i].until IS NOT NULL)
                 ELSE i = size(links) - 1 AND NOT site:Company
                      AND coalesce(links[i].since, '') <= $asOf AND (links[i].until IS NULL OR links[i].until > $asOf)
                      AND NOT EXISTS { (:Company)-[o:OWNS]->(site)
                        WHERE o.basis IN ['EQUITY', 'AS_CONVERTED', 'VOTING'] AND o.status IN ['CURRENT', 'HISTORICAL']
                          AND coalesce(o.asOf, '') <= $asOf AND (o.until IS NULL OR o.until > $asOf) AND (o.status = 'CURRENT' OR o.until IS NOT NULL) }
            END)
      AND all(i IN range(0, coalesce(size(links), 0) - 1) WHERE NOT nodes(path)[i] IN nodes(path)[i + 1..])
    WITH site, holder, links, path,
         [n IN coalesce(nodes(path), []) |
           COUNT { (:Company)-[o:OWNS]->(n)
             WHERE o.basis IN ['EQUITY', 'AS_CONVERTED', 'VOTING'] AND o.status IN ['CURRENT', 'HISTORICAL']
               AND coalesce(o.asOf, '') <= $asOf AND (o.until IS NULL OR o.until > $asOf) AND (o.status = 'CURRENT' OR o.until IS NOT NULL) }
           + CASE WHEN n = site AND type(last(links)) = 'OPERATES'
                  THEN COUNT { (:Company)-[op:OPERATES]->(n) WHERE coalesce(op.since, '') <= $asOf AND (op.until IS NULL OR op.until > $asOf) } ELSE 0 END] AS ownerCounts
    WITH site, holder, path, links,
         [i IN range(0, coalesce(size(links), 0) - 1) |
           CASE WHEN type(links[i]) = 'OPERATES' THEN CASE WHEN ownerCounts[i + 1] = 1 THEN 100.0 END
                ELSE coalesce(toFloat(links[i].stakePct), CASE WHEN ownerCounts[i + 1] = 1 THEN 100.0 END) END] AS pcts
    CALL (holder) {
      OPTIONAL MATCH (:Company)-[o:OWNS]->(holder)
      WHERE o.basis IN ['EQUITY', 'AS_CONVERTED', 'VOTING'] AND o.status IN ['CURRENT', 'HISTORICAL']
        AND coalesce(o.asOf, '') <= $asOf AND (o.until IS NULL OR o.until > $asOf) AND (o.status = 'CURRENT' OR o.until IS NOT NULL)
      RETURN count(o) AS owners, sum(o.stakePct) AS ownedPct, count(o.stakePct) AS knownOwners
    }
    OPTIONAL MATCH (holder)-[:HEADQUARTERED_IN]->(holderCountry:Country)
    WITH path, holder, holderCountry, pcts,
         CASE WHEN holder IS NULL OR any(p IN pcts WHERE p IS NULL) THEN null ELSE reduce(w = 1.0, p IN pcts | w * p / 100.0) END AS weight,
         CASE WHEN owners = 0 THEN 1.0 WHEN owners = 1 AND knownOwners = 0 THEN 0.0
              WHEN 1.0 - ownedPct / 100.0 < 0 THEN 0.0 ELSE 1.0 - ownedPct / 100.0 END AS residual
    WITH collect(CASE WHEN path IS NULL THEN null ELSE {
           holders: [n IN nodes(path) | n {.id, .name, country: head([(n)-[:HEADQUARTERED_IN]->(c:Country) | c.id])}],
           links: [r IN relationships(path) | type(r)], stakePcts: pcts,
           effectivePct: CASE WHEN weight IS NULL THEN null ELSE round(weight * 100.0, 4) END} END) AS paths,
         collect(CASE WHEN weight * residual > 0 THEN {holder: holder, country: holderCountry, share: weight * residual} END) AS shares,
         sum(CASE WHEN path IS NOT NULL AND weight IS NULL THEN 1 ELSE 0 END) AS unknownPaths
    CALL (shares) {
      UNWIND shares AS s
      WITH s.holder AS holder, s.country AS country, sum(s.share) AS share
      ORDER BY share DESC, holder.id
      RETURN collect({id: holder.id, name: holder.name, ownershipType: holder.ownershipType, country: country.id,
                      countryName: country.name, effectivePct: round(share * 100.0, 4)}) AS controllers
    }
    CALL (shares) {
      UNWIND shares AS s
      WITH s.country AS country, sum(s.share) AS share
      ORDER BY share DESC, coalesce(country.id, '~')
      RETURN collect({country: country.id, name: coalesce(country.name, 'headquarters not recorded'), effectivePct: round(share * 100.0, 4)}) AS controlByCountry,
             coalesce(round(sum(share) * 100.0, 4), 0.0) AS controlAttributedPct
    }
    RETURN paths, controllers, controlByCountry, controlAttributedPct, unknownPaths
  }
  // </effective-control>
WITH site, siteType, stages, best, country, controllers, controlByCountry, controlAttributedPct,
     reduce(total = 0.0, c IN controlByCountry | total + CASE WHEN c.country = $outside THEN c.effectivePct ELSE 0.0 END) AS outsideControlPct
WITH site, siteType, stages, best, country, controllers, controlByCountry, controlAttributedPct, outsideControlPct,
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
