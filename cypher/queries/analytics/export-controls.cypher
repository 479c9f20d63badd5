// Which export measures did a country have in force (or announced, suspended, lifted) on a date, and
// which elements do they cover? Status on $asOf: ANNOUNCED (announced, not yet effective), IN_FORCE,
// SUSPENDED (suspendedFrom <= date <= suspendedUntil, both days included), LIFTED (liftedOn <= date).
// Measures announced after the date are left out. Dates with only a year or month compare as the
// start of that period. When a suspension has run out, the note says whether later sources were found.
// Parameters: $country (ISO2 of the imposing state), $element (symbol or null), $asOf (ISO date).
// Columns: id, title, instrument, kind, status, announced, effective, suspendedFrom, suspendedUntil,
//   liftedOn, target {id, name}, elements [{symbol, name}], suspendedBy [ids], note, sourceIds.
MATCH (state:Country {id: $country})-[:IMPOSES]->(control:ExportControl)
WHERE coalesce(control.announced, control.effective) <= $asOf
  AND ($element IS NULL OR EXISTS { (control)-[:CONTROLS]->(:Element {id: $element}) })
OPTIONAL MATCH (control)-[:CONTROLS]->(element:Element)
OPTIONAL MATCH (control)-[:TARGETS]->(target:Country)
OPTIONAL MATCH (suspender:ExportControl)-[:SUSPENDS]->(control)
WITH control, target, collect(DISTINCT element) AS elements, collect(DISTINCT suspender.id) AS suspendedBy
WITH control, target, elements, suspendedBy,
     CASE
       WHEN control.liftedOn IS NOT NULL AND control.liftedOn <= $asOf THEN 'LIFTED'
       WHEN control.suspendedFrom IS NOT NULL AND control.suspendedFrom <= $asOf
            AND (control.suspendedUntil IS NULL OR $asOf <= control.suspendedUntil) THEN 'SUSPENDED'
       WHEN control.effective IS NOT NULL AND control.effective <= $asOf THEN 'IN_FORCE'
       ELSE 'ANNOUNCED'
     END AS status
RETURN control.id AS id, control.title AS title, control.instrument AS instrument, control.kind AS kind, status,
       control.announced AS announced, control.effective AS effective, control.suspendedFrom AS suspendedFrom,
       control.suspendedUntil AS suspendedUntil, control.liftedOn AS liftedOn, target {.id, .name} AS target,
       [e IN elements | e {symbol: e.id, .name}] AS elements, suspendedBy,
       CASE WHEN control.suspendedUntil IS NOT NULL AND $asOf > control.suspendedUntil AND (control.liftedOn IS NULL OR control.liftedOn > $asOf)
            THEN 'The suspension ran until ' + control.suspendedUntil + '; the dataset has no source on what happened next, so the measure is shown as in force by its own terms.'
       END AS note,
       control.sourceIds AS sourceIds
ORDER BY coalesce(control.effective, control.announced), control.id
