import { z } from 'zod';
import { defineQuery, noParams, param } from '../query';

/** Readiness and `health` ask it; an unreachable server must answer "no" quickly. */
export const serverComponents = defineQuery({ name: 'queries/health/server-components', params: noParams, row: z.object({ name: z.string(), version: z.string(), edition: z.string() }), timeoutMs: 1500 });

export const similarNames = defineQuery({
  name: 'queries/health/similar-names',
  params: z.object({ query: param.text(), label: param.text(), limit: param.int() }),
  row: z.object({ id: z.string(), name: z.string().nullable(), score: z.number() }),
});
