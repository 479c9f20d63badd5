import {
  defaultFieldResolver,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { ValidationError } from '../../errors';

/**
 * Applies the rules of checked scalars (those with `extensions.check`, e.g. IsoDate) to every
 * argument and input field of those types, before the field resolves. The refusal is a
 * ValidationError naming the path (`since`, `input.announced`), so it reads like every other
 * argument refusal and never echoes the value. Only fields that take such arguments are wrapped;
 * the rest of the schema resolves as built.
 */
export function checkScalarArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const checked = field.args.filter((arg) => holdsCheckedScalar(arg.type, new Set()));
      if (!checked.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        for (const arg of checked) checkValue(args[arg.name], arg.type, arg.name);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

function holdsCheckedScalar(type: GraphQLInputType, seen: Set<string>): boolean {
  if (isNonNullType(type) || isListType(type)) return holdsCheckedScalar(type.ofType, seen);
  if (isScalarType(type)) return typeof type.extensions.check === 'function';
  if (isInputObjectType(type) && !seen.has(type.name)) {
    seen.add(type.name);
    return Object.values(type.getFields()).some((field) => holdsCheckedScalar(field.type, seen));
  }
  return false;
}

function checkValue(value: unknown, type: GraphQLInputType, path: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, path);
  if (isListType(type)) {
    for (const item of Array.isArray(value) ? value : [value]) checkValue(item, type.ofType, path);
    return;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) checkValue((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`);
    return;
  }
  if (isScalarType(type) && type.extensions.check && typeof value === 'string') {
    const problem = type.extensions.check(value);
    if (problem) throw new ValidationError(`${path} ${problem}`, path);
  }
}
