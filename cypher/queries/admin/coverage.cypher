// Dataset coverage against the targets of the dataset issue (seed:report prints this).
// Parameters: none. Columns: one row of counts.
CALL () { MATCH (e:Element {isRareEarth: true}) RETURN count(e) AS rareEarthElements }
CALL () { MATCH (c:Country) WHERE c.kind <> 'UNION' RETURN count(c) AS countries }
CALL () { MATCH (d:Deposit) RETURN count(d) AS deposits }
CALL () { MATCH (d:Deposit)-[:LOCATED_IN]->(c:Country) RETURN count(DISTINCT c.continent) AS depositContinents }
CALL () { MATCH (d:Deposit {heavyRareEarthNotable: true}) RETURN count(d) AS heavyRareEarthDeposits }
CALL () { MATCH (d:Deposit) WHERE d.location IS NOT NULL RETURN count(d) AS depositsWithLocation }
CALL () { MATCH (c:Company) RETURN count(c) AS companies }
CALL () { MATCH (:Company)-[o:OWNS]->() WHERE o.stakePct IS NOT NULL RETURN count(o) AS ownershipStakes }
CALL () { MATCH (f:Facility) RETURN count(f) AS facilities }
CALL () { MATCH (f:Facility) UNWIND f.stages AS stage RETURN count(DISTINCT stage) AS facilityStages }
CALL () { MATCH (f:Facility)-[:LOCATED_IN]->(c:Country) WHERE c.id <> 'CN' RETURN count(f) AS facilitiesOutsideChina }
CALL () { MATCH (a:Agreement) WHERE a.date >= '2010' AND a.date < '2026' RETURN count(a) AS agreements2010to2025 }
CALL () { MATCH (a:Agreement) RETURN count(a) AS agreements }
CALL () { MATCH (c:Country)-[:IMPORT_DEPENDENCE]->(:TradeDependence) RETURN count(DISTINCT c) AS importersWithDependence }
CALL () { MATCH (x:ExportControl)<-[:IMPOSES]-(:Country {id: 'CN'}) RETURN count(x) AS chinaExportControls }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () {
  CALL () { MATCH (n:Entity) UNWIND n.sourceIds AS id RETURN id UNION MATCH ()-[r]->() WHERE r.sourceIds IS NOT NULL UNWIND r.sourceIds AS id RETURN id }
  RETURN count(DISTINCT id) AS citedSources
}
RETURN rareEarthElements, countries, deposits, depositContinents, heavyRareEarthDeposits, depositsWithLocation,
       companies, ownershipStakes, facilities, facilityStages, facilitiesOutsideChina, agreements2010to2025,
       agreements, importersWithDependence, chinaExportControls, sources, citedSources
