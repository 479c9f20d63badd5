import { z } from 'zod';
import { defineQuery, param } from './query';
import type { Neo4jExecutor } from './run';

const json = z
  .string()
  .nullable()
  .optional()
  .transform((text) => (text ? (JSON.parse(text) as Record<string, unknown>) : null));

export const auditLogQuery = defineQuery({
  name: 'queries/audit/audit-log',
  params: z.object({ entity: param.nullableText(), since: param.nullableText(), actor: param.nullableText(), limit: param.int() }),
  row: z.object({
    entry: z.object({
      id: z.string(),
      at: z.string(),
      actor: z.string(),
      roles: z.array(z.string()),
      action: z.string(),
      recordType: z.string(),
      entityId: z.string(),
      targetId: z.string().nullable().optional(),
      relationship: z.string().nullable().optional(),
      key: z.string().nullable().optional(),
      before: json,
      after: json,
      changedFields: z.array(z.string()),
      sourceIds: z.array(z.string()),
      reason: z.string().nullable().optional(),
      requestId: z.string().nullable().optional(),
    }),
  }),
});

export type AuditRecord = z.output<typeof auditLogQuery.row>['entry'];

/** The audit log of API writes, newest first; `before` and `after` are stored as JSON text. */
export class AuditRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async entries(filter: { entity: string | null; since: string | null; actor: string | null; limit: number }): Promise<AuditRecord[]> {
    return (await this.executor.query(auditLogQuery, filter)).map((row) => row.entry);
  }
}
