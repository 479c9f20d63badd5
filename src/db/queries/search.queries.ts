import { z } from 'zod';
import { defineQuery, param } from '../query';

export const searchEntities = defineQuery({
  name: 'queries/search/search-entities',
  params: z.object({ query: param.text(), first: param.int() }),
  row: z.object({ label: z.string(), id: z.string(), name: z.string(), score: z.number() }),
});
