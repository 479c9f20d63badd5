import { z } from 'zod';
import { defineQuery, param } from '../../db/query';
import { ChainArrival } from '../shared/analytics.enums';

export const supplyChainsQuery = defineQuery({
  name: 'queries/analytics/supply-chains',
  params: z.object({ element: param.text(), importer: param.text(), maxHops: param.int(), flagCountry: param.text() }),
  row: z.object({
    arrival: z.enum(ChainArrival),
    hops: z.number().int(),
    anyStepLocatedInFlag: z.boolean(),
    anyStepControlledFromFlag: z.boolean(),
    sourceIds: z.array(z.string()),
    steps: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        stages: z.array(z.string()).nullable(),
        status: z.string().nullable(),
        country: z.string().nullable(),
        product: z.string().nullable(),
        locatedInFlag: z.boolean().nullable(),
        controlledFromFlag: z.boolean().nullable(),
      }),
    ),
  }),
  timeoutMs: 30000,
});
