// What `site` makes or can make of `element` at stage `tonnesStage`, year by year from $fromYear to
// $toYear, in tonnes per year of unit `tonnesUnit`: for each year the quantity row of the best basis
// that applies (ACTUAL_OUTPUT > GUIDANCE > NAMEPLATE > TARGET > MODEL_ESTIMATE; the later-starting row
// when two apply), of at least $minConfidence; a combined row (Dy+Tb) contributes only the element's
// share of its ratio band (low × low share, high × high share), never the whole figure. A site
// contributes nothing in a year no row covers (before its first year, for one).
// Needs: site, element, tonnesStage, tonnesUnit; $fromYear, $toYear, $minConfidence ('HIGH'|'MEDIUM'|'LOW').
// Yields: tonnesByYear [{year, low, high, basis, confidence, weight (confidenceWeight), quantityId, derivation, split, sourceIds}].
CALL (site, element, tonnesStage, tonnesUnit) {
  OPTIONAL MATCH (site)-[:HAS_QUANTITY]->(quantity:Quantity)-[:OF_ELEMENT]->(element)
  WHERE quantity.stage = tonnesStage AND quantity.unit = tonnesUnit
    AND quantity.confidenceRank <= CASE $minConfidence WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END
  OPTIONAL MATCH (quantity)-[:SPLIT_BY]->(share:RatioShare)-[:SHARE_OF]->(element)
  WITH quantity, share
  ORDER BY quantity.basisRank, quantity.fromYear DESC, quantity.id
  WITH collect(CASE WHEN quantity IS NULL THEN null ELSE {
         quantity: quantity,
         lowShare: CASE WHEN share IS NULL THEN 1.0 ELSE share.shareLowPct / 100.0 END,
         highShare: CASE WHEN share IS NULL THEN 1.0 ELSE share.shareHighPct / 100.0 END,
         splitNote: CASE WHEN share IS NULL THEN '' ELSE '; ' + element.id + ' is ' + toString(share.shareLowPct) + '–' + toString(share.shareHighPct)
                         + ' % of the combined ' + reduce(joined = '', symbol IN quantity.elements | joined + CASE WHEN joined = '' THEN '' ELSE '+' END + symbol)
                         + ' figure (ratio band ' + share.band + ')' END,
         shareSources: coalesce(share.sourceIds, [])} END) AS rows
  RETURN [year IN range($fromYear, $toYear) WHERE any(row IN rows WHERE row.quantity.fromYear <= year AND (row.quantity.toYear IS NULL OR row.quantity.toYear >= year)) |
          head([row IN rows WHERE row.quantity.fromYear <= year AND (row.quantity.toYear IS NULL OR row.quantity.toYear >= year) |
                {year: year, low: round(row.quantity.low * row.lowShare, 3), high: round(row.quantity.high * row.highShare, 3),
                 basis: row.quantity.basis, confidence: row.quantity.confidence, weight: row.quantity.confidenceWeight, quantityId: row.quantity.id,
                 derivation: row.quantity.derivation + row.splitNote, split: row.splitNote <> '',
                 sourceIds: coalesce(row.quantity.sourceIds, []) + row.shareSources}])] AS tonnesByYear
}
