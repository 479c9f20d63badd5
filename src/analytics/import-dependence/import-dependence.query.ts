import { z } from 'zod';
import { defineQuery, param } from '../../db/query';

const supplierRow = z.object({
  country: z.object({ id: z.string() }),
  sharePct: z.number().nullable(),
  valueUSD: z.number().nullable(),
  volumeTonnes: z.number().nullable(),
  sourceIds: z.array(z.string()),
  chain: z.array(z.object({ siteId: z.string(), status: z.string().nullable().optional(), suppliedBy: z.array(z.object({ id: z.string() })) })),
});

export const importDependenceQuery = defineQuery({
  name: 'queries/analytics/import-dependence',
  params: z.object({ importer: param.text(), element: param.nullableText(), year: param.nullableInt() }),
  row: z.object({
    importer: z.object({ id: z.string(), name: z.string() }),
    breakdowns: z.array(
      z.object({
        product: z.string(),
        elements: z.array(z.string()),
        year: z.number().int(),
        period: z.string().nullable(),
        metric: z.string(),
        basis: z.string(),
        suppliers: z.array(supplierRow),
        coveredPct: z.number(),
        hhi: z.number(),
        top3Pct: z.number(),
        totalDependencePct: z.number().nullable(),
        sourceIds: z.array(z.string()),
      }),
    ),
  }),
  timeoutMs: 30000,
});
