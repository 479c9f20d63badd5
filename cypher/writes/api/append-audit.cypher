// Write API: record writes in the audit log, in the same transaction as the writes themselves.
// Parameters: $entries — [{id, at, actor, roles, action, recordType, entityId, targetId, relationship,
//   key, before, after, changedFields, sourceIds, reason, requestId}] (before/after as JSON text).
// Columns: written.
UNWIND $entries AS entry
CREATE (audit:AuditEntry)
SET audit = entry
RETURN count(audit) AS written
