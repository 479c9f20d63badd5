import { auditLog } from './queries/audit.queries';
import type { Neo4jExecutor } from './run';

export interface AuditRecord {
  id: string;
  at: string;
  actor: string;
  roles: string[];
  action: string;
  recordType: string;
  entityId: string;
  targetId?: string;
  relationship?: string;
  key?: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changedFields: string[];
  sourceIds: string[];
  reason?: string;
  requestId?: string;
}

/** The audit log of API writes, newest first; `before` and `after` are stored as JSON text. */
export class AuditRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async entries(filter: { entity: string | null; since: string | null; actor: string | null; limit: number }): Promise<AuditRecord[]> {
    const rows = await this.executor.query(auditLog, filter);
    return rows.map(({ entry }) => ({
      ...entry,
      before: entry.before ? (JSON.parse(entry.before) as Record<string, unknown>) : null,
      after: entry.after ? (JSON.parse(entry.after) as Record<string, unknown>) : null,
    }));
  }
}
