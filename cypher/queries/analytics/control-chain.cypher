// Who ultimately controls this deposit, facility or company, as of a date? Every ownership path up
// to the ultimate holders with stakes multiplied along the path (effective stake), the effective
// stake per ultimate holder, and per holder's headquarters country (state ownership included:
// state bodies are holders headquartered in their state).
// Rules (docs/decisions/001-effective-control.md): stakes count on $asOf when their basis is
// EQUITY, AS_CONVERTED or VOTING and they are held on that day; a stake with no published
// percentage counts as 100 % when it is the only one in that entity, else as unknown; where a site
// has no recorded owner, its operator is taken as its holder; a holder keeps what its recorded
// owners do not hold; paths never revisit a holder and are at most 8 links long.
// Parameters: $id (entity id), $asOf (ISO date, e.g. '2026-11-27').
// Columns: target {id, name, type}, paths [{holders, links, stakePcts, effectivePct}],
//   controllers [{id, name, ownershipType, country, countryName, effectivePct}],
//   controlByCountry [{country, name, effectivePct}], controlAttributedPct (the share traced to
//   a holder; the rest is unknown), unknownPaths (paths with an unknown stake).
MATCH (site:Entity {id: $id})
WHERE site:Company OR site:Deposit OR site:Facility
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
RETURN site {.id, .name, type: [l IN labels(site) WHERE l <> 'Entity'][0]} AS target,
       [p IN paths WHERE size(p.holders) > 1 OR p.holders[0].id <> site.id] AS paths,
       controllers, controlByCountry, controlAttributedPct, unknownPaths
