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
  // </control-on-date>
WITH element, site, siteType, stages, best, country, controllers, controlByCountry, controlAttributedPct, unknownPaths,
     reduce(share = 0.0, entry IN controlByCountry | share + CASE WHEN entry.country = $outside THEN entry.effectivePct ELSE 0.0 END) AS outsideControlPct
WITH element, site, siteType, stages, best, country, controllers, controlByCountry, controlAttributedPct, unknownPaths, outsideControlPct,
     country.id <> $outside AS locatedOutside,
     outsideControlPct >= $controlThreshold AS controlledFromOutside
