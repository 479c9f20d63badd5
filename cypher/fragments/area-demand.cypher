// An importer's demand for `element` per year ($fromYear–$toYear), from its element volumes: per
// year the figure of the best measure (DEMAND > CONSUMPTION > IMPORTS), then basis (REPORTED >
// FORECAST > MODEL_ESTIMATE), then confidence; a combined figure counts the element's ratio-band share.
// Needs: importer, element; $fromYear, $toYear.
// Yields: demandByYear [{year, low, high, measure, basis, confidence, method, volumeId, sourceIds}].
CALL (importer, element) {
  OPTIONAL MATCH (importer)-[:HAS_VOLUME]->(volume:ElementVolume)-[:OF_ELEMENT]->(element)
  WHERE volume.measure IN ['DEMAND', 'CONSUMPTION', 'IMPORTS'] AND volume.year >= $fromYear AND volume.year <= $toYear
  OPTIONAL MATCH (volume)-[:SPLIT_BY]->(share:RatioShare)-[:SHARE_OF]->(element)
  WITH volume, share
  ORDER BY volume.year, CASE volume.measure WHEN 'DEMAND' THEN 0 WHEN 'CONSUMPTION' THEN 1 ELSE 2 END, volume.basisRank, volume.confidenceRank, volume.id
  WITH volume.year AS year, head(collect(CASE WHEN volume IS NULL THEN null ELSE {volume: volume, share: share} END)) AS best
  WHERE best IS NOT NULL
  WITH year, best.volume AS volume,
       CASE WHEN best.share IS NULL THEN 1.0 ELSE best.share.shareLowPct / 100.0 END AS lowShare,
       CASE WHEN best.share IS NULL THEN 1.0 ELSE best.share.shareHighPct / 100.0 END AS highShare,
       coalesce(best.share.sourceIds, []) AS shareSources
  ORDER BY year
  RETURN collect({year: year, low: round(volume.low * lowShare, 3), high: round(volume.high * highShare, 3), measure: volume.measure,
                  basis: volume.basis, confidence: volume.confidence, method: volume.method, volumeId: volume.id,
                  sourceIds: coalesce(volume.sourceIds, []) + shareSources}) AS demandByYear
}
