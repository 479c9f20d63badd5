import neo4j from 'neo4j-driver';
import { z } from 'zod';

/**
 * One Cypher file and its contract: the parameters it takes and the shape of each row it
 * returns, as zod schemas. The executor runs a definition, never a bare name, so a call site is
 * typed end to end (its parameters are checked and converted, its rows parsed); a test holds every
 * `$parameter` of the file to the declared ones and every file to exactly one definition.
 */
export interface QueryDefinition<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  /** The file: `queries/analytics/supply-balance` for cypher/queries/analytics/supply-balance.cypher. */
  name: string;
  params: P;
  row: R;
  /** Analytics may traverse much of the graph: more time than a lookup, still bounded. */
  timeoutMs?: number;
}

export type ParamsOf<Q extends QueryDefinition> = z.input<Q['params']>;
export type RowOf<Q extends QueryDefinition> = z.output<Q['row']>;

export function defineQuery<P extends z.ZodObject, R extends z.ZodType>(definition: { name: string; params: P; row: R; timeoutMs?: number }): QueryDefinition<P, R> {
  return definition;
}

/** A query without parameters. */
export const noParams = z.object({});

/**
 * Parameter types as Cypher must receive them. JavaScript numbers reach Cypher as floats; where the
 * query needs an integer (LIMIT, list slices, integer comparisons) the schema converts it.
 */
export const param = {
  int: () => z.number().int().transform((value) => neo4j.int(value)),
  nullableInt: () =>
    z
      .number()
      .int()
      .nullable()
      .transform((value) => (value === null ? null : neo4j.int(value))),
  float: () => z.number(),
  text: () => z.string(),
  nullableText: () => z.string().nullable(),
  texts: () => z.array(z.string()),
  nullableTexts: () => z.array(z.string()).nullable(),
  bool: () => z.boolean(),
  /** An ISO date as text (`2026-11-27`); dates in the graph are text and compare as text. */
  date: () => z.string(),
};

/** Row fields as the executor hands them over (driver integers are already numbers). */
export const column = {
  text: () => z.string(),
  nullableText: () => z.string().nullable(),
  number: () => z.number(),
  nullableNumber: () => z.number().nullable(),
  texts: () => z.array(z.string()),
  bool: () => z.boolean(),
};
