// Agreements through which the country `importer` can reach a site: those its government or a
// company headquartered in it is party to, unless terminated, lapsed or superseded — newest first,
// each with what it covers and who else is party, so callers match them against sites in memory
// instead of walking the agreements once per site (shared by importer-alternatives and
// disruption-impact).
// Needs: importer. Yields: importerAgreements [{id, title, kind, status, date, coveredIds,
//   companyIds, countryIds}].
CALL (importer) {
  CALL (importer) {
    MATCH (importer)-[:PARTY_TO]->(agreement:Agreement)
    RETURN agreement
    UNION
    MATCH (importer)<-[:HEADQUARTERED_IN]-(:Company)-[:PARTY_TO]->(agreement:Agreement)
    RETURN agreement
  }
  WITH agreement
  WHERE NOT agreement.status IN ['TERMINATED', 'LAPSED', 'SUPERSEDED']
  ORDER BY agreement.date DESC, agreement.id
  RETURN collect(agreement {.id, .title, .kind, .status, .date,
                            coveredIds: [(agreement)-[:COVERS]->(covered) | covered.id],
                            companyIds: [(agreement)<-[:PARTY_TO]-(company:Company) | company.id],
                            countryIds: [(agreement)<-[:PARTY_TO]-(country:Country) | country.id]}) AS importerAgreements
}
