import { z } from 'zod';
import { defineQuery, param } from '../../db/query';

const controllerRow = z.object({ id: z.string(), name: z.string(), country: z.string().nullable(), effectivePct: z.number(), attributed: z.boolean() });

export const controlChainQuery = defineQuery({
  name: 'queries/analytics/control-chain',
  params: z.object({ id: param.text(), asOf: param.date() }),
  row: z.object({
    target: z.object({ id: z.string(), name: z.string(), type: z.string() }),
    paths: z.array(
      z.object({
        holders: z.array(z.object({ id: z.string(), name: z.string(), country: z.string().nullable() })),
        links: z.array(z.string()),
        stakePcts: z.array(z.number().nullable()),
        effectivePct: z.number().nullable(),
      }),
    ),
    controllers: z.array(controllerRow),
    controlByCountry: z.array(z.object({ country: z.string(), name: z.string(), effectivePct: z.number() })),
    controlAttributedPct: z.number(),
    unknownPaths: z.number().int(),
  }),
  timeoutMs: 30000,
});
