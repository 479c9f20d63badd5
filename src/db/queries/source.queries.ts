import { z } from 'zod';
import { defineQuery, param } from '../query';
import { count, sourceRecord } from './shapes';

export const getSources = defineQuery({ name: 'queries/source/get-sources', params: z.object({ ids: param.texts() }), row: z.object({ source: sourceRecord }) });

export const getSource = defineQuery({
  name: 'queries/source/get-source',
  params: z.object({ id: param.text() }),
  row: z.object({
    source: sourceRecord,
    citedBy: z.array(z.object({ id: z.string(), name: z.coerce.string(), _labels: z.array(z.string()) })),
    relationshipCount: count(),
  }),
});

export const similarSources = defineQuery({ name: 'queries/source/similar-sources', params: z.object({ word: param.text(), limit: param.int() }), row: z.object({ id: z.string() }) });
