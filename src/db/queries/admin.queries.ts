import { z } from 'zod';
import { defineQuery, noParams } from '../query';
import { count } from './shapes';

/* The dataset's own checks: is it loaded, how big, is every fact sourced (seed loader, seed:report). */

export const isSeeded = defineQuery({ name: 'queries/admin/is-seeded', params: noParams, row: z.object({ sources: count() }) });

export const countLabels = defineQuery({ name: 'queries/admin/count-labels', params: noParams, row: z.object({ label: z.string(), count: count() }) });

export const countRelationshipTypes = defineQuery({ name: 'queries/admin/count-relationship-types', params: noParams, row: z.object({ type: z.string(), count: count() }) });

export const coverage = defineQuery({ name: 'queries/admin/coverage', params: noParams, row: z.record(z.string(), count()) });

export const dumpNodes = defineQuery({ name: 'queries/admin/dump-nodes', params: noParams, row: z.object({ id: z.string().nullable(), labels: z.array(z.string()), properties: z.record(z.string(), z.unknown()) }) });

export const dumpRelationships = defineQuery({
  name: 'queries/admin/dump-relationships',
  params: noParams,
  row: z.object({ from: z.string().nullable(), type: z.string(), to: z.string().nullable(), properties: z.record(z.string(), z.unknown()) }),
});

export const unsourced = defineQuery({ name: 'queries/admin/unsourced', params: noParams, row: z.object({ unsourcedNodes: count(), unsourcedRelationships: count() }) });
