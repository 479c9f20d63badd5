import { z } from 'zod';
import { columnKinds } from './columns';

export type ColumnKind = 'text' | 'integer' | 'number' | 'boolean' | 'date' | 'enum';

/** One column of a record file as a typed API sees it. */
export interface ColumnDescription {
  name: string;
  kind: ColumnKind;
  /** A `;` list in the CSV form, an array in the API. */
  list: boolean;
  /** The record is refused when the column is empty. */
  required: boolean;
  /** The closed set of an enum column, in the schema's order. */
  values?: readonly string[];
}

/**
 * The columns of a record file's schema, read from the schema itself: its zod types (through the
 * preprocessing and transforms of the column parsers), the tags of columns.ts where the type alone
 * does not say, and whether an empty cell is refused. The schema stays the one definition; the
 * typed GraphQL inputs are made from this.
 */
export function describeColumns(schema: z.ZodObject): ColumnDescription[] {
  return Object.entries(schema.shape).map(([name, column]) => {
    const type = column as z.ZodType;
    return { name, ...shapeOf(type, name), required: !type.safeParse('').success };
  });
}

function shapeOf(schema: z.ZodType, name: string): Omit<ColumnDescription, 'name' | 'required'> {
  const tag = columnKinds.get(schema);
  if (tag) return { kind: tag.kind, list: false };
  // A preprocess is a pipe into the column's type; a trailing transform is a pipe out of it.
  if (schema instanceof z.ZodPipe) return shapeOf((schema.out instanceof z.ZodTransform ? schema.in : schema.out) as z.ZodType, name);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return shapeOf(schema.unwrap() as z.ZodType, name);
  if (schema instanceof z.ZodArray) {
    const item = shapeOf(schema.element as z.ZodType, name);
    if (item.list) throw new Error(`column ${name}: a list of lists has no CSV form`);
    return { ...item, list: true };
  }
  if (schema instanceof z.ZodEnum) return { kind: 'enum', list: false, values: schema.options.map(String) };
  switch (schema._zod.def.type) {
    case 'string':
      return { kind: 'text', list: false };
    case 'number':
      return { kind: 'number', list: false };
    case 'boolean':
      return { kind: 'boolean', list: false };
    default:
      throw new Error(`column ${name}: no API type for a zod ${schema._zod.def.type}`);
  }
}
