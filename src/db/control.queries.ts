import { z } from 'zod';
import { defineQuery, param } from './query';

const controlView = z.object({
  controllers: z.array(z.object({ id: z.string(), effectivePct: z.number(), attributed: z.boolean() })),
  controlByCountry: z.array(z.object({ country: z.string(), effectivePct: z.number() })),
  controlAttributedPct: z.number(),
  unknownPaths: z.number(),
});

/** Stored control periods beside the per-request reference computation (cypher/queries/admin/control-reference). */
export const controlReferenceQuery = defineQuery({
  name: 'queries/admin/control-reference',
  params: z.object({ asOf: param.date(), ids: param.nullableTexts() }),
  row: z.object({ id: z.string(), computed: controlView, stored: controlView }),
  timeoutMs: 300000,
});
