// Effective control, kept in the graph: replaces the control periods of some targets with newly
// computed ones (src/domain/control.ts), linking each period to the countries it is controlled from.
// Parameters: $targetIds — the targets recomputed (their old periods go, even when no new one comes);
//   $periods — [{targetId, from, until, attributedPct, unknownPaths, controllerIds, controllerNames,
//   controllerCountryIds, controllerPcts, controllerAttributed, countryIds, countryPcts, sourceIds}].
// Columns: written — periods created.
CALL () {
  MATCH (target:Entity)-[:HAS_CONTROL]->(old:ControlPeriod)
  WHERE target.id IN $targetIds
  DETACH DELETE old
}
UNWIND $periods AS period
MATCH (target:Entity {id: period.targetId})
CREATE (target)-[:HAS_CONTROL {sourceIds: period.sourceIds}]->(stored:ControlPeriod)
SET stored = period
WITH stored, period
CALL (stored, period) {
  UNWIND range(0, size(period.countryIds) - 1) AS i
  MATCH (country:Country {id: period.countryIds[i]})
  CREATE (stored)-[:CONTROLLED_FROM {pct: period.countryPcts[i], sourceIds: period.sourceIds}]->(country)
}
RETURN count(stored) AS written
