import { z } from 'zod';
import { SOURCE_KINDS } from '../../domain/vocabulary';

/**
 * Row pieces the entity queries share. A node comes back as `n {.*, _labels: labels(n)}`: its
 * properties are open-ended (each label has its own), its id and labels are not.
 */
export const graphNode = z.looseObject({ id: z.string(), _labels: z.array(z.string()) });

/** A :Source node's properties (`s {.*}`). */
export const sourceRecord = z.object({ id: z.string(), title: z.string(), publisher: z.string(), accessed: z.string(), kind: z.enum(SOURCE_KINDS) }).extend({
  url: z.string().optional(), published: z.string().optional(), note: z.string().optional(),
});

/** A count column (Cypher integers arrive as numbers). */
export const count = () => z.number().int();
