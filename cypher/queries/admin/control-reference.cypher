// Check of the stored effective control: for every deposit, facility and company (or those in
// $ids), control on $asOf computed now from the stakes (the reference rules of control-chain.cypher)
// beside the control period stored for that date (src/domain/control.ts, kept by the loader and
// every write). The two must agree; a test compares them over the whole dataset.
// Parameters: $asOf (date text), $ids (list of ids, or null for all).
// Columns: id, computed {controllers, controlByCountry, controlAttributedPct, unknownPaths},
//   stored {controllers, controlByCountry, controlAttributedPct, unknownPaths}.
MATCH (site)
WHERE (site:Deposit OR site:Facility OR site:Company) AND ($ids IS NULL OR site.id IN $ids)
  // <effective-control>
  // Who controls `site` on $asOf, computed now from the stakes: the reference that the stored control
  // periods (src/domain/control.ts) are tested against, and the paths controlChain shows. Rules in
  // docs/decisions/001-effective-control.md.
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
              WHEN 1.0 - ownedPct / 100.0 < 1.0e-9 THEN 0.0 ELSE 1.0 - ownedPct / 100.0 END AS residual
    WITH collect(CASE WHEN path IS NULL THEN null ELSE {
           holders: [n IN nodes(path) | n {.id, .name, country: head([(n)-[:HEADQUARTERED_IN]->(c:Country) | c.id])}],
           links: [r IN relationships(path) | type(r)], stakePcts: pcts,
           effectivePct: CASE WHEN weight IS NULL THEN null ELSE round(weight * 100.0, 4) END} END) AS paths,
         // A holder's residual counts for its headquarters country only when the graph knows it is
         // widely held, the state, or answers to no owner (residualToHeadquarters); else untraced.
         collect(CASE WHEN weight * residual > 0 THEN {holder: holder, country: holderCountry, share: weight * residual,
                      attributed: holderCountry IS NOT NULL AND coalesce(holder.residualToHeadquarters, false)} END) AS shares,
         sum(CASE WHEN path IS NOT NULL AND weight IS NULL THEN 1 ELSE 0 END) AS unknownPaths
    CALL (shares) {
      UNWIND shares AS s
      WITH s.holder AS holder, s.country AS country, s.attributed AS attributed, sum(s.share) AS share
      ORDER BY share DESC, holder.id
      RETURN collect({id: holder.id, name: holder.name, ownershipType: holder.ownershipType, country: country.id,
                      countryName: country.name, effectivePct: round(share * 100.0, 4), attributed: attributed}) AS controllers
    }
    CALL (shares) {
      UNWIND shares AS s
      WITH s WHERE s.attributed
      WITH s.country AS country, sum(s.share) AS share
      ORDER BY share DESC, country.id
      RETURN collect({country: country.id, name: country.name, effectivePct: round(share * 100.0, 4)}) AS controlByCountry,
             coalesce(round(sum(share) * 100.0, 4), 0.0) AS controlAttributedPct
    }
    RETURN paths, controllers, controlByCountry, controlAttributedPct, unknownPaths
  }
  // </effective-control>
WITH site, {controllers: [c IN controllers | c {.id, .effectivePct, .attributed}], controlByCountry: [c IN controlByCountry | c {.country, .effectivePct}],
            controlAttributedPct: controlAttributedPct, unknownPaths: unknownPaths} AS computed
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
RETURN site.id AS id, computed,
       {controllers: [c IN controllers | c {.id, .effectivePct, .attributed}], controlByCountry: [c IN controlByCountry | c {.country, .effectivePct}],
        controlAttributedPct: controlAttributedPct, unknownPaths: unknownPaths} AS stored
ORDER BY id
