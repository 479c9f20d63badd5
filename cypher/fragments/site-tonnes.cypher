// What `site` makes or can make of `element` at stage `tonnesStage`, year by year from $fromYear to
// $toYear, in tonnes per year of unit `tonnesUnit`: for each year the quantity row of the best basis
// that applies (ACTUAL_OUTPUT > GUIDANCE > NAMEPLATE > TARGET > MODEL_ESTIMATE; the later-starting row
// when two apply), of at least $minConfidence; a combined row (Dy+Tb) contributes only the element's
// share of its ratio band (low × low share, high × high share). A site contributes nothing before
// the first year of its first row.
// Needs: site, element, tonnesStage, tonnesUnit; $fromYear, $toYear, $minConfidence ('HIGH'|'MEDIUM'|'LOW').
// Yields: tonnesByYear [{year, low, high, basis, confidence, quantityId, derivation, split, sourceIds}].
CALL (site, element, tonnesStage, tonnesUnit) {
  UNWIND range($fromYear, $toYear) AS year
  OPTIONAL MATCH (site)-[:HAS_QUANTITY]->(quantity:Quantity)-[:OF_ELEMENT]->(element)
  WHERE quantity.stage = tonnesStage AND quantity.unit = tonnesUnit
    AND quantity.fromYear <= year AND (quantity.toYear IS NULL OR quantity.toYear >= year)
    AND quantity.confidenceRank <= CASE $minConfidence WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END
  WITH year, quantity
  ORDER BY year, quantity.basisRank, quantity.fromYear DESC, quantity.id
  WITH year, head(collect(quantity)) AS quantity
  WHERE quantity IS NOT NULL
  OPTIONAL MATCH (quantity)-[:SPLIT_BY]->(share:RatioShare)-[:SHARE_OF]->(element)
  WITH year, quantity, share,
       CASE WHEN share IS NULL THEN 1.0 ELSE share.shareLowPct / 100.0 END AS lowShare,
       CASE WHEN share IS NULL THEN 1.0 ELSE share.shareHighPct / 100.0 END AS highShare
  ORDER BY year
  RETURN collect({year: year, low: round(quantity.low * lowShare, 3), high: round(quantity.high * highShare, 3),
                  basis: quantity.basis, confidence: quantity.confidence, quantityId: quantity.id,
                  derivation: quantity.derivation + CASE WHEN share IS NULL THEN ''
                              ELSE '; ' + element.id + ' share ' + toString(share.shareLowPct) + '–' + toString(share.shareHighPct) + ' % of the combined ' + apoc.text.join(quantity.elements, '+') + ' figure (' + share.band + ')' END,
                  split: share IS NOT NULL,
                  sourceIds: coalesce(quantity.sourceIds, []) + coalesce(share.sourceIds, [])}) AS tonnesByYear
}
