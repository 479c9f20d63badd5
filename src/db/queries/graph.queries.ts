import { z } from 'zod';
import { defineQuery, noParams, param } from '../query';
import { graphNode } from './shapes';

export const getNodes = defineQuery({ name: 'queries/graph/get-nodes', params: z.object({ ids: param.texts() }), row: z.object({ node: graphNode }) });

export const findEntity = defineQuery({ name: 'queries/graph/find-entity', params: z.object({ label: param.text(), identifier: param.text(), phrase: param.text() }), row: z.object({ node: graphNode }) });

export const referenceNodes = defineQuery({ name: 'queries/graph/reference-nodes', params: noParams, row: z.object({ node: graphNode }) });

export const related = defineQuery({
  name: 'queries/graph/related',
  params: z.object({ ids: param.texts(), type: param.text(), direction: z.enum(['OUT', 'IN']) }),
  row: z.object({
    id: z.string(),
    related: z.array(z.object({ relationship: z.record(z.string(), z.unknown()), node: graphNode })),
  }),
});
