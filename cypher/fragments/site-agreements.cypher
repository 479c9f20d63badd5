// Agreements that reach `site` itself: those covering it and those a company in `companyIds`
// (its operators, owners and controllers above the threshold) is party to, unless terminated,
// lapsed or superseded — each with the countries that reach it (their government or a company
// headquartered there is party). Found by walking from the site, so the cost follows the site's
// own deals, not every deal of every importer (shared by importer-alternatives and
// disruption-impact; frameworks with the site's country come from importer-frameworks).
// Needs: site, companyIds. Yields: siteAgreements [{id, title, kind, status, date, rule (0 covers
//   the site, 1 with a company), importerIds}].
CALL (site, companyIds) {
  CALL (site, companyIds) {
    MATCH (agreement:Agreement)-[:COVERS]->(site)
    RETURN agreement, 0 AS rule
    UNION
    UNWIND companyIds AS companyId
    MATCH (:Company {id: companyId})-[:PARTY_TO]->(agreement:Agreement)
    RETURN agreement, 1 AS rule
  }
  WITH agreement, min(rule) AS rule
  WHERE NOT agreement.status IN ['TERMINATED', 'LAPSED', 'SUPERSEDED']
  RETURN collect(agreement {.id, .title, .kind, .status, .date, rule: rule,
                            importerIds: [(agreement)<-[:PARTY_TO]-(party:Country) | party.id]
                                         + [(agreement)<-[:PARTY_TO]-(:Company)-[:HEADQUARTERED_IN]->(home:Country) | home.id]}) AS siteAgreements
}
