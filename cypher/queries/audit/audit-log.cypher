// What was written, by whom, when and on which sources? The audit log, newest first, for one
// entity (as the record or either end of a relationship) or for all, since a time, by an actor.
// Parameters: $entity (id or null), $since (ISO date or date-time, or null), $actor (or null),
//   $limit (1-500).
// Columns: entry {id, at, actor, roles, action, recordType, entityId, targetId, relationship, key,
//   before, after, changedFields, sourceIds, reason, requestId}.
CALL () {
  MATCH (audit:AuditEntry)
  WHERE $entity IS NULL
  RETURN audit
  UNION
  MATCH (audit:AuditEntry {entityId: $entity})
  RETURN audit
  UNION
  MATCH (audit:AuditEntry {targetId: $entity})
  RETURN audit
}
WITH audit
WHERE ($since IS NULL OR audit.at >= $since) AND ($actor IS NULL OR audit.actor = $actor)
RETURN audit {.*} AS entry
ORDER BY audit.at DESC, audit.id DESC
LIMIT $limit
