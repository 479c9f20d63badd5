// Who could supply this element outside a country? Deposits and facilities able to supply it that
// are not located in ($basis LOCATION), not controlled from (CONTROL), or neither (BOTH) the country,
// ranked producing > construction > development > exploration, then by capacity.
// Control = effective ownership traced through ownership chains, stakes multiplied along each
// path, state ownership included (the <effective-control> block, as in control-chain.cypher); a
// site is controlled from the country when the country's effective share is >= $controlThreshold
// (percent). controlAttributedPct says how much of the site's control the graph can trace.
// A facility's status for the element is the weaker of the plant's and its circuit's (e.g. an
// operating plant whose Dy circuit is only planned counts as development).
// Parameters: $element (symbol), $outside (ISO2), $basis ('LOCATION'|'CONTROL'|'BOTH'),
//   $stages (list of FacilityStage names, 'MINING' for deposits; null = all), $includePipeline (bool),
//   $controlThreshold (percent, e.g. 25.0), $asOf (ISO date).
// Columns: one row per option — siteType, siteId, siteName, stages, status, statusRank, country,
//   capacity, capacityUnit (t/yr for facilities, contained t TREO for deposits), elementRole,
//   elementDetail, operators, controllers,
//   controlByCountry, controlAttributedPct, outsideControlPct, locatedOutside, controlledFromOutside,
//   agreements, sourceIds.
MATCH (element:Element {id: $element})
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
WHERE CASE $basis
        WHEN 'LOCATION' THEN locatedOutside
        WHEN 'CONTROL' THEN NOT controlledFromOutside
        ELSE locatedOutside AND NOT controlledFromOutside
      END
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
WITH site, siteType, stages, best, country, controllers, controlByCountry, controlAttributedPct, outsideControlPct, locatedOutside, controlledFromOutside, operators,
     [a IN reduce(seen = [], x IN covering + viaCompanies | CASE WHEN x IN seen THEN seen ELSE seen + [x] END) | a {.id, .title, .kind, .status, .date}] AS agreements
RETURN siteType, site.id AS siteId, site.name AS siteName, stages, best.status AS status, best.rank AS statusRank,
       country {.id, .name} AS country, best.capacity AS capacity, best.capacityUnit AS capacityUnit,
       best.role AS elementRole, best.detail AS elementDetail, operators, controllers, controlByCountry,
       controlAttributedPct, outsideControlPct, locatedOutside, controlledFromOutside, agreements,
       reduce(seen = [], id IN coalesce(site.sourceIds, []) + coalesce(best.sources, []) | CASE WHEN id IN seen THEN seen ELSE seen + [id] END) AS sourceIds
ORDER BY statusRank, coalesce(capacity, -1.0) DESC, siteName, siteId
