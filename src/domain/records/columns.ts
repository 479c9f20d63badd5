import { z } from 'zod';

/**
 * Column parsers for seed CSV cells (see docs/seed-format.md). Empty cells become undefined;
 * every parser reports in words a reviewer understands.
 */

/**
 * What a column holds where its zod type alone does not say: an integer is a refined number, a
 * boolean a `true`/`false` cell, a date a checked string. Read by describeColumns (the typed API
 * inputs); refinements of a tagged column keep its tag.
 */
export const columnKinds = z.registry<{ kind: 'integer' | 'boolean' | 'date' }>();

function tagged<S extends z.ZodType>(schema: S, kind: 'integer' | 'boolean' | 'date'): S {
  columnKinds.add(schema, { kind });
  return schema;
}

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value);

export const text = () => z.preprocess(blankToUndefined, z.string().optional());
export const requiredText = () => z.preprocess(blankToUndefined, z.string({ error: 'is required' }).min(1, 'is required'));

export const list = () =>
  z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split(';')
            .map((part) => part.trim())
            .filter(Boolean)
        : value,
    z.array(z.string()),
  );

export const requiredList = (what = 'at least one value') => list().refine((items) => items.length > 0, { message: `needs ${what}` });

export const number = (options: { min?: number; max?: number } = {}) =>
  z.preprocess(
    (value) => {
      const cleaned = blankToUndefined(value);
      return cleaned === undefined ? undefined : Number(cleaned);
    },
    z
      .number({ error: 'must be a number (no thousands separators)' })
      .refine((n) => Number.isFinite(n), 'must be a number')
      .refine((n) => options.min === undefined || n >= options.min, `must be at least ${options.min}`)
      .refine((n) => options.max === undefined || n <= options.max, `must be at most ${options.max}`)
      .optional(),
  );

export const integer = (options: { min?: number; max?: number } = {}) =>
  tagged(
    number(options).refine((n) => n === undefined || Number.isInteger(n), 'must be a whole number'),
    'integer',
  );

export const boolean = () =>
  tagged(
    z.preprocess(blankToUndefined, z.enum(['true', 'false'], { error: 'must be true or false' }).optional()).transform((value) => (value === undefined ? undefined : value === 'true')),
    'boolean',
  );

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isValidIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (Number(year) < 1800 || Number(year) > 2100) return false;
  if (month && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return false;
  }
  return true;
}

/** ISO date with the source's precision: YYYY, YYYY-MM or YYYY-MM-DD. */
export const isoDate = () => tagged(z.preprocess(blankToUndefined, z.string().refine(isValidIsoDate, 'must be a date YYYY-MM-DD (or YYYY-MM, YYYY)').optional()), 'date');

export const fullDate = () =>
  tagged(z.preprocess(blankToUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a full date YYYY-MM-DD').refine(isValidIsoDate, 'is not a real date').optional()), 'date');

export const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, { error: () => `must be one of ${values.join(', ')}` }));

export const optionalOneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, { error: () => `must be one of ${values.join(', ')}` }).optional());

export const idWithPrefix = (prefix: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: 'is required' })
      .regex(new RegExp(`^${prefix}[a-z0-9]+(?:-[a-z0-9]+)*$`), `must look like ${prefix}lowercase-words`),
  );

export const sourceIds = () => requiredList('at least one source id (sourceIds)');

export const optionalUrl = () => z.preprocess(blankToUndefined, z.url({ message: 'must be a URL' }).optional());

/** A calendar year a figure applies to. */
export const year = () => integer({ min: 1900, max: 2100 });
