// How concentrated is a stage of the supply chain for an element, by country — where the sites are
// (LOCATION) or who controls them (CONTROL)? Three views, each with shares, the
// Herfindahl-Hirschman index (sum of squared % shares, 0-10,000) and the top-3 share:
//  - published: shares stated by authoritative sources for the stage (IEA, USGS…; :MarketShare),
//    for the element's scope (heavy elements also match HEAVY and DY_TB scopes; Nd/Pr NDPR and
//    MAGNET_RARE_EARTHS), newest year up to $year;
//  - production (MINING, LOCATION only): USGS mine production of all rare earths by country for
//    $year (newest edition), as a share of the USGS world total — element output is not published;
//  - sites: the graph's producing sites for the stage that handle the element, one site = one unit,
//    allocated to countries by location, or by effective control on $asOf (the stored control
//    periods; the untraced part of a site's control is "not traced").
// Parameters: $element (symbol), $stage (MINING, SEPARATION_REFINING, METAL_ALLOY, MAGNET or
//   RECYCLING), $basis ('LOCATION' or 'CONTROL'), $year (integer), $asOf (ISO date, for control).
// Columns: element, stage, basis, published {year, scope, metric, shares, hhi, top3Pct, sourceIds},
//   production {year, edition, worldTonnes, shares, hhi, top3Pct, sourceIds}, sites {count,
//   shares [{country, name, share, sharePct, sites}], hhi, top3Pct}.
MATCH (element:Element {id: $element})
CALL (element) {
  // Published shares: newest year <= $year with a matching scope; one breakdown (same source set).
  OPTIONAL MATCH (country:Country)-[:HAS_MARKET_SHARE]->(share:MarketShare {stage: $stage})
  WHERE share.year <= $year
    AND (share.scope = 'ALL_RARE_EARTHS'
         OR (share.scope IN ['HEAVY', 'DY_TB'] AND element.group = 'HEAVY' AND (share.scope = 'HEAVY' OR element.id IN ['Dy', 'Tb']))
         OR (share.scope = 'LIGHT' AND element.group = 'LIGHT')
         OR (share.scope IN ['NDPR', 'MAGNET_RARE_EARTHS'] AND element.id IN ['Nd', 'Pr', 'Dy', 'Tb']))
  WITH share, country
  ORDER BY CASE share.scope WHEN 'ALL_RARE_EARTHS' THEN 1 ELSE 0 END, share.year DESC
  WITH collect({share: share, country: country}) AS all
  WITH [x IN all WHERE x.share.scope = all[0].share.scope AND x.share.year = all[0].share.year AND x.share.metric = all[0].share.metric] AS chosen
  WITH chosen, [x IN chosen | x.share.sharePct] AS pcts
  RETURN CASE WHEN size(chosen) = 0 THEN null ELSE {
           year: chosen[0].share.year, scope: chosen[0].share.scope, metric: chosen[0].share.metric,
           shares: [x IN chosen | {country: x.country.id, name: x.country.name, sharePct: x.share.sharePct}],
           hhi: round(reduce(t = 0.0, p IN pcts | t + p * p), 1), top3Pct: round(reduce(t = 0.0, p IN pcts[0..3] | t + p), 2),
           sourceIds: reduce(ids = [], x IN chosen | ids + [id IN x.share.sourceIds WHERE NOT id IN ids])} END AS published
}
CALL () {
  // USGS mine production by country (LOCATION only), newest edition for $year.
  OPTIONAL MATCH (statistic:Statistic {measure: 'MINE_PRODUCTION'})
  WHERE $stage = 'MINING' AND $basis = 'LOCATION' AND statistic.year = $year AND statistic.tonnesREO IS NOT NULL
  WITH statistic ORDER BY statistic.edition DESC
  WITH collect(statistic) AS statistics
  WITH [s IN statistics WHERE s.edition = statistics[0].edition] AS edition
  WITH edition, head([s IN edition WHERE s.area = 'WORLD' | s.tonnesREO]) AS world,
       [s IN edition WHERE s.area <> 'WORLD' AND s.tonnesREO > 0] AS countries
  CALL (countries) {
    UNWIND countries AS s
    OPTIONAL MATCH (c:Country {id: s.area})
    WITH s, c ORDER BY s.tonnesREO DESC
    RETURN collect({country: s.area, name: coalesce(c.name, 'Other countries'), tonnesREO: s.tonnesREO}) AS rows
  }
  WITH edition, world, [r IN rows | r {.*, sharePct: round(100.0 * r.tonnesREO / world, 2)}] AS shares
  RETURN CASE WHEN size(edition) = 0 OR world IS NULL THEN null ELSE {
           year: $year, edition: edition[0].edition, worldTonnes: world, shares: shares,
           hhi: round(reduce(t = 0.0, s IN shares | t + s.sharePct * s.sharePct), 1),
           top3Pct: round(reduce(t = 0.0, s IN shares[0..3] | t + s.sharePct), 2),
           sourceIds: reduce(ids = [], s IN edition | ids + [id IN s.sourceIds WHERE NOT id IN ids])} END AS production
}
CALL (element) {
  // The graph's producing sites of the stage handling the element.
  CALL (element) {
    MATCH (site:Deposit {status: 'PRODUCING'})-[:CONTAINS]->(element)
    WHERE $stage = 'MINING'
    RETURN site
    UNION
    MATCH (site:Facility)-[processing:PROCESSES {status: 'COMMERCIAL'}]->(element)
    WHERE site.status IN ['OPERATING', 'COMMISSIONING']
      AND ($stage IN site.stages OR ($stage = 'MINING' AND 'MINING_CONCENTRATION' IN site.stages))
    RETURN DISTINCT site
  }
  MATCH (site)-[:LOCATED_IN]->(location:Country)
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
  WITH site, location, controlByCountry, controlAttributedPct
  WITH site, CASE WHEN $basis = 'LOCATION' THEN [{country: location.id, name: location.name, share: 1.0}]
                  ELSE [c IN controlByCountry | {country: c.country, name: c.name, share: c.effectivePct / 100.0}]
                       + CASE WHEN controlAttributedPct < 100.0 THEN [{country: null, name: 'not traced', share: (100.0 - controlAttributedPct) / 100.0}] ELSE [] END
             END AS allocation
  UNWIND allocation AS part
  WITH part.country AS country, part.name AS name, sum(part.share) AS share, collect(DISTINCT site.id) AS sites
  WITH collect({country: country, name: name, share: share, sites: sites}) AS rows
  WITH rows, reduce(t = 0.0, r IN rows | t + r.share) AS total
  UNWIND (CASE WHEN size(rows) = 0 THEN [null] ELSE rows END) AS row
  WITH total, row ORDER BY row.share DESC, coalesce(row.country, '~')
  WITH total, collect(CASE WHEN row IS NULL THEN null ELSE row {.*, sharePct: round(100.0 * row.share / total, 2)} END) AS shares
  RETURN {count: round(total, 4), shares: shares,
          hhi: round(reduce(t = 0.0, s IN shares | t + s.sharePct * s.sharePct), 1),
          top3Pct: round(reduce(t = 0.0, s IN shares[0..3] | t + s.sharePct), 2)} AS sites
}
RETURN element {symbol: element.id, .name} AS element, $stage AS stage, $basis AS basis, published, production, sites
