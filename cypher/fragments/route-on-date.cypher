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
