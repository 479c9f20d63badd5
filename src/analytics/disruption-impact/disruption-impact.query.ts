import { z } from 'zod';
import { defineQuery, param } from '../../db/query';
import { ControlStatus } from '../shared/analytics.enums';
import { dependenceRow } from '../shared/dependence.types';

const summaryRow = z.object({ sites: z.number().int(), producingSites: z.number().int(), capacity: z.array(z.object({ unit: z.string(), total: z.number() })) });

export const disruptionImpactQuery = defineQuery({
  name: 'queries/analytics/disruption-impact',
  params: z.object({
    country: param.text(),
    outside: param.text(),
    elements: param.texts(),
    asOf: param.date(),
    controlThreshold: param.float(),
    includePipeline: param.bool(),
    stages: param.nullableTexts(),
  }),
  row: z.object({
    element: z.object({ symbol: z.string(), name: z.string() }),
    controls: z.array(z.object({ id: z.string(), status: z.enum(ControlStatus) })),
    remaining: z.object({ byLocation: summaryRow, byControl: summaryRow, both: summaryRow }),
    importers: z.array(z.object({ importer: z.object({ id: z.string() }), shareAtRisk: dependenceRow.partial({ id: true, product: true, year: true, metric: true }).nullable(), mitigatingAgreements: z.array(z.object({ id: z.string() })) })),
  }),
  timeoutMs: 30000,
});
