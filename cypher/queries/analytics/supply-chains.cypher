// By which routes can an element reach an importer? Paths of physical supply links from a deposit
// that contains the element, through processing facilities, to a facility or buyer in the importer
// (arrival DIRECT), or to a facility in a country the importer depends on for a product carrying
// the element (arrival TRADE). Each step carries its country and whether it is located in, or
// controlled from (a controller holding at least 50 % effectively, by the operator or owner chain
// of the step), $flagCountry.
// Parameters: $element (symbol), $importer (ISO2), $maxHops (1-10), $flagCountry (ISO2, e.g. 'CN').
// Columns: arrival, hops, steps [{id, name, type, stages, status, country, locatedInFlag,
//   controlledFromFlag, product}], anyStepLocatedInFlag, anyStepControlledFromFlag, sourceIds.
MATCH (element:Element {id: $element})<-[:CONTAINS]-(deposit:Deposit)
MATCH path = (deposit)-[links:SUPPLIES*1..10]->(end)
WHERE size(links) <= $maxHops
  AND all(link IN links WHERE link.status <> 'ENDED')
WITH element, path, links, end
OPTIONAL MATCH (end)-[:LOCATED_IN|HEADQUARTERED_IN]->(endCountry:Country)
WITH element, path, links, end, endCountry,
     CASE WHEN endCountry.id = $importer THEN 'DIRECT'
          WHEN EXISTS { (:Country {id: $importer})-[:IMPORT_DEPENDENCE]->(figure:TradeDependence)-[:SUPPLIED_BY]->(endCountry)
                        WHERE element.id IN coalesce(figure.elements, [])
                           OR (size(coalesce(figure.elements, [])) = 0 AND (figure.product <> 'MAGNETS' OR element.id IN ['Nd', 'Pr', 'Dy', 'Tb', 'Sm'])) } THEN 'TRADE'
     END AS arrival
WHERE arrival IS NOT NULL
UNWIND range(0, size(nodes(path)) - 1) AS position
WITH element, path, links, arrival, position, nodes(path)[position] AS step
OPTIONAL MATCH (step)-[:LOCATED_IN|HEADQUARTERED_IN]->(stepCountry:Country)
CALL (step) {
  // Countries whose companies run or (directly or through their owners) hold the step.
  OPTIONAL MATCH (holder:Company)-[:OWNS|OPERATES*1..4]->(step)
  OPTIONAL MATCH (holder)-[:HEADQUARTERED_IN]->(holderCountry:Country)
  RETURN collect(DISTINCT holderCountry.id) AS holderCountries
}
WITH element, path, links, arrival, position, step, stepCountry, holderCountries
ORDER BY position
WITH element, path, links, arrival,
     collect({id: step.id, name: step.name, type: [l IN labels(step) WHERE l <> 'Entity'][0], stages: step.stages, status: step.status,
              country: stepCountry.id, locatedInFlag: stepCountry.id = $flagCountry,
              controlledFromFlag: $flagCountry IN holderCountries,
              product: CASE WHEN position = 0 THEN null ELSE links[position - 1].product END}) AS steps
RETURN arrival, size(links) AS hops, steps,
       any(s IN steps WHERE s.locatedInFlag) AS anyStepLocatedInFlag,
       any(s IN steps WHERE s.controlledFromFlag) AS anyStepControlledFromFlag,
       reduce(ids = [], link IN links | ids + [id IN coalesce(link.sourceIds, []) WHERE NOT id IN ids]) AS sourceIds
ORDER BY CASE arrival WHEN 'DIRECT' THEN 0 ELSE 1 END, hops, [s IN steps | s.id]
