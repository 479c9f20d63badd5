// The offtakes of `element` bought by `importer` — by its government or by a company headquartered
// in it — with their agreement, site, years, status and tonnes (the element's ratio-band share of a
// combined figure); a share-of-output offtake (sharePct) is turned into tonnes from its site's
// tonnes later, where the site's tonnes are known.
// Needs: importer, element.
// Yields: offtakes [{id, agreementId, agreementTitle, buyerId, buyerName, siteId, low, high, sharePct,
//   fromYear, toYear, status, confidence, unit, product, statedText, sourceIds}].
CALL (importer, element) {
  OPTIONAL MATCH (offtake:Offtake)-[:OF_ELEMENT]->(element)
  WHERE EXISTS { (offtake)-[:BOUGHT_BY]->(importer) } OR EXISTS { (offtake)-[:BOUGHT_BY]->(:Company)-[:HEADQUARTERED_IN]->(importer) }
  OPTIONAL MATCH (agreement:Agreement)-[:HAS_OFFTAKE]->(offtake)
  OPTIONAL MATCH (offtake)-[:BOUGHT_BY]->(buyer)
  OPTIONAL MATCH (offtake)-[:FROM_SITE]->(source)
  OPTIONAL MATCH (offtake)-[:SPLIT_BY]->(share:RatioShare)-[:SHARE_OF]->(element)
  WITH offtake, agreement, buyer, source, share
  ORDER BY offtake.fromYear, offtake.id
  RETURN collect(CASE WHEN offtake IS NULL THEN null ELSE {
           id: offtake.id, agreementId: agreement.id, agreementTitle: agreement.title, buyerId: buyer.id, buyerName: buyer.name, siteId: source.id,
           low: CASE WHEN offtake.low IS NULL THEN null ELSE round(offtake.low * coalesce(share.shareLowPct, 100.0) / 100.0, 3) END,
           high: CASE WHEN offtake.high IS NULL THEN null ELSE round(offtake.high * coalesce(share.shareHighPct, 100.0) / 100.0, 3) END,
           sharePct: offtake.sharePct, fromYear: offtake.fromYear, toYear: offtake.toYear, status: offtake.status,
           confidence: offtake.confidence, unit: offtake.unit, product: offtake.product, statedText: offtake.statedText,
           sourceIds: coalesce(offtake.sourceIds, []) + coalesce(share.sourceIds, [])} END) AS offtakes
}
