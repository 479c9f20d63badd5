import { z } from 'zod';
import { defineQuery, param } from '../../db/query';
import { ControlStatus } from '../shared/analytics.enums';

export const exportControlsQuery = defineQuery({
  name: 'queries/analytics/export-controls',
  params: z.object({ country: param.text(), element: param.nullableText(), asOf: param.date() }),
  row: z.object({
    id: z.string(),
    title: z.string(),
    instrument: z.string().nullable(),
    kind: z.string(),
    status: z.enum(ControlStatus),
    announced: z.string().nullable(),
    effective: z.string().nullable(),
    suspendedFrom: z.string().nullable(),
    suspendedUntil: z.string().nullable(),
    liftedOn: z.string().nullable(),
    target: z.object({ id: z.string() }).nullable(),
    elements: z.array(z.object({ symbol: z.string() })),
    suspendedBy: z.array(z.string()),
    note: z.string().nullable(),
    sourceIds: z.array(z.string()).nullable(),
  }),
  timeoutMs: 30000,
});
