import { z } from 'zod';
import { defineQuery, param } from '../query';

/** A field absent when it does not apply (a relationship's target, before/after as JSON text, a reason). */
const absentOrText = z.string().optional();

export const auditLog = defineQuery({
  name: 'queries/audit/audit-log',
  params: z.object({ entity: param.nullableText(), since: param.nullableText(), actor: param.nullableText(), limit: param.int() }),
  row: z.object({
    entry: z
      .looseObject({ id: z.string(), at: z.string(), actor: z.string(), roles: z.array(z.string()), action: z.string(), recordType: z.string(), entityId: z.string() })
      .extend({ changedFields: z.array(z.string()), sourceIds: z.array(z.string()) })
      .extend({ targetId: absentOrText, relationship: absentOrText, key: absentOrText, before: absentOrText, after: absentOrText, reason: absentOrText, requestId: absentOrText }),
  }),
});
