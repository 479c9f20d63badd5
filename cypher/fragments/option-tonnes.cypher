// An option's tonnes: the stage it is counted at (deposits: MINING; plants: their most downstream
// stage among separation, recycling, metal, cracking, mining), the unit of that stage, its tonnes
// per year, and what it can deliver in $year weighted by confidence (midpoint × confidenceWeight of
// the year's row; 0 when no row covers the year), which ranks options within a status level.
// Needs: site, siteType, stages, element; $year, $fromYear, $toYear, $minConfidence.
// Yields: tonnesStage, tonnesUnit, tonnesByYear, deliverable.
WITH *, CASE WHEN siteType = 'DEPOSIT' THEN 'MINING'
             ELSE coalesce(head([stage IN ['SEPARATION_REFINING', 'RECYCLING', 'METAL_ALLOY', 'CRACKING_LEACHING', 'MINING_CONCENTRATION', 'MAGNET'] WHERE stage IN stages]), 'MAGNET') END AS plantStage
WITH *, CASE plantStage WHEN 'MINING_CONCENTRATION' THEN 'MINING' ELSE plantStage END AS tonnesStage,
        CASE plantStage WHEN 'METAL_ALLOY' THEN 'T_METAL_PER_YEAR' WHEN 'MAGNET' THEN 'T_PRODUCT_PER_YEAR' ELSE 'T_REO_PER_YEAR' END AS tonnesUnit
// <site-tonnes>
// </site-tonnes>
WITH *, head([tonnes IN tonnesByYear WHERE tonnes.year = $year]) AS yearTonnes
WITH *, CASE WHEN yearTonnes IS NULL THEN 0.0
             ELSE (yearTonnes.low + yearTonnes.high) / 2.0 * yearTonnes.weight END AS deliverable
