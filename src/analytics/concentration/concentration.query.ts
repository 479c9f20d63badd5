import { z } from 'zod';
import { defineQuery, param } from '../../db/query';

const distribution = { hhi: z.number(), top3Pct: z.number() };

export const concentrationQuery = defineQuery({
  name: 'queries/analytics/concentration',
  params: z.object({ element: param.text(), stage: z.enum(['MINING', 'SEPARATION_REFINING', 'METAL_ALLOY', 'MAGNET', 'RECYCLING']), basis: z.enum(['LOCATION', 'CONTROL']), year: param.int(), asOf: param.date() }),
  row: z.object({
    published: z
      .object({ ...distribution, year: z.number(), scope: z.string(), metric: z.string(), sourceIds: z.array(z.string()), shares: z.array(z.object({ country: z.string(), name: z.string(), sharePct: z.number() })) })
      .nullable(),
    production: z
      .object({ ...distribution, year: z.number(), edition: z.string(), worldTonnes: z.number(), sourceIds: z.array(z.string()), shares: z.array(z.object({ country: z.string(), name: z.string(), sharePct: z.number(), tonnesREO: z.number() })) })
      .nullable(),
    sites: z.object({ ...distribution, count: z.number(), shares: z.array(z.object({ country: z.string().nullable(), name: z.string(), sharePct: z.number(), sites: z.array(z.string()) })) }),
  }),
  timeoutMs: 30000,
});
