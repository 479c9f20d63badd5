import { z } from 'zod';
import { defineQuery, param } from '../query';
import { graphNode } from './shapes';

export const findCountry = defineQuery({ name: 'queries/country/find-country', params: z.object({ identifier: param.text() }), row: z.object({ node: graphNode }) });

export const countryFigure = defineQuery({
  name: 'queries/country/country-figure',
  params: z.object({ countryIds: param.texts(), measure: z.enum(['MINE_PRODUCTION', 'RESERVES']), year: param.nullableInt() }),
  row: z.object({
    countryId: z.string(),
    tonnesREO: z.number().nullable(),
    year: z.number().nullable(),
    edition: z.string().nullable(),
    status: z.string().nullable(),
  }),
});
