import { z } from 'zod';
import { defineQuery, param } from '../query';

export const auditLog = defineQuery({
  name: 'queries/audit/audit-log',
  params: z.object({ entity: param.nullableText(), since: param.nullableText(), actor: param.nullableText(), limit: param.int() }),
  row: z.object({
    entry: z.looseObject({
      id: z.string(),
      at: z.string(),
      actor: z.string(),
      roles: z.array(z.string()),
      action: z.string(),
      recordType: z.string(),
      entityId: z.string(),
      targetId: z.string().optional(),
      relationship: z.string().optional(),
      key: z.string().optional(),
      before: z.string().optional(),
      after: z.string().optional(),
      changedFields: z.array(z.string()),
      sourceIds: z.array(z.string()),
      reason: z.string().optional(),
      requestId: z.string().optional(),
    }),
  }),
});
