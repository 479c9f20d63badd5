// What did USGS publish for these countries' mine production or reserves in a year? The newest
// edition wins (MCS 2026 v1.3 over v1.0 over MCS 2025); without a year, the newest year.
// Parameters: $countryIds, $measure (MINE_PRODUCTION or RESERVES), $year (integer or null).
// Columns: countryId, tonnesREO (null when unpublished), year, edition, status.
UNWIND $countryIds AS countryId
OPTIONAL MATCH (:Country {id: countryId})-[:HAS_STATISTIC]->(s:Statistic {measure: $measure})
WHERE $year IS NULL OR s.year = $year
WITH countryId, s
ORDER BY s.year DESC, s.edition DESC
WITH countryId, head(collect(s)) AS newest
RETURN countryId, newest.tonnesREO AS tonnesREO, newest.year AS year, newest.edition AS edition, newest.status AS status
