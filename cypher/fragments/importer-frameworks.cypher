// Government frameworks the country `importer` reaches — its government or a company
// headquartered in it is party — unless terminated, lapsed or superseded, grouped by each country
// party to them and newest first: through them the importer reaches sites in those countries
// (shared by importer-alternatives and disruption-impact; the site's own deals come from
// site-agreements).
// Needs: importer. Yields: frameworksByCountry [{country, agreements [{id, title, kind, status, date}]}].
CALL (importer) {
  CALL (importer) {
    MATCH (importer)-[:PARTY_TO]->(agreement:Agreement)
    RETURN agreement
    UNION
    MATCH (importer)<-[:HEADQUARTERED_IN]-(:Company)-[:PARTY_TO]->(agreement:Agreement)
    RETURN agreement
  }
  WITH agreement
  WHERE agreement.kind = 'GOVERNMENT_FRAMEWORK' AND NOT agreement.status IN ['TERMINATED', 'LAPSED', 'SUPERSEDED']
  MATCH (agreement)<-[:PARTY_TO]-(partner:Country)
  WITH partner, agreement
  ORDER BY agreement.date DESC, agreement.id
  WITH partner, collect(agreement {.id, .title, .kind, .status, .date}) AS agreements
  RETURN collect({country: partner.id, agreements: agreements}) AS frameworksByCountry
}
