import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** One hostile value. `matchesNothing`: no name, id or date in the graph can contain it. */
export interface HostileValue {
  name: string;
  value: string;
  matchesNothing: boolean;
}

/** The text every string argument receives; each is aimed at Cypher, Lucene, JSON or Unicode handling. */
export const HOSTILE_VALUES: HostileValue[] = [
  { name: 'single quote', value: "'", matchesNothing: false },
  { name: 'double quote', value: '"', matchesNothing: false },
  { name: 'backtick', value: '`Deposit`', matchesNothing: true },
  { name: 'Cypher comment', value: '//', matchesNothing: false },
  { name: 'closing map and call', value: '})', matchesNothing: true },
  { name: 'quote OR 1=1', value: "' OR 1=1 //", matchesNothing: true },
  { name: 'closing string then DETACH DELETE', value: '"}) DETACH DELETE n //', matchesNothing: true },
  { name: 'MATCH … DETACH DELETE', value: 'MATCH (n) DETACH DELETE n', matchesNothing: true },
  { name: 'CALL a procedure', value: 'CALL dbms.components() YIELD name RETURN name', matchesNothing: true },
  { name: 'LOAD CSV from a local file', value: "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", matchesNothing: true },
  { name: 'parameter reference', value: '$identifier', matchesNothing: true },
  { name: 'NUL character', value: 'Tb\u0000', matchesNothing: false },
  { name: 'emoji', value: '🧲🔥 magnets', matchesNothing: false },
  { name: 'right-to-left override', value: '\u202Ebt', matchesNothing: false },
  { name: 'Lucene wildcard', value: '*', matchesNothing: false },
  { name: 'Lucene match-all', value: '*:*', matchesNothing: true },
  { name: 'Lucene fuzzy', value: '~', matchesNothing: false },
  { name: 'Lucene operator', value: 'AND', matchesNothing: false },
  { name: 'Lucene group', value: '(', matchesNothing: false },
  { name: 'Lucene field and range', value: 'name:[a TO z] OR id:/.*/', matchesNothing: true },
];

/** 1 MiB of one word: the largest single token a client can send (fuzzy automata grow with length). */
export const MEGABYTE_VALUE: HostileValue = { name: '1 MiB string', value: 'terbium'.repeat(Math.ceil(1048576 / 7)).slice(0, 1048576), matchesNothing: true };

/**
 * Valid values for required arguments other than the hostile one, by argument name, so the hostile
 * value is what the resolver meets (a bad neighbour would be refused first).
 */
const VALID_TEXT: Record<string, string> = {
  element: 'Tb',
  elements: 'Tb',
  symbol: 'Tb',
  country: 'CN',
  code: 'CN',
  outside: 'CN',
  flagCountry: 'CN',
  exporter: 'CN',
  importer: 'JP',
  importers: 'JP',
  party: 'CN',
  id: 'co-lynas',
  text: 'Lynas',
};
/**
 * The id of a record inside a typed write's input (upsertCompany(input: {id})): one that does not
 * exist, so the write is refused for what the corpus sends, not because co-lynas already exists.
 */
const INPUT_RECORD_ID = 'co-hardening-absent';
/** For a string argument this table does not know: ordinary text. */
const FALLBACK_TEXT = 'REE Graph hardening test';

/** Enum values that every field accepts (the first value is the default choice). */
const VALID_ENUM: Record<string, string> = {
  // concentration refuses the first stages (MINING_CONCENTRATION, CRACKING_LEACHING) before reading its element.
  SupplyStage: 'MINING',
  // Writes: the type of the `id` above, so a refusal is about the hostile argument, not a mismatch.
  EntityRecordType: 'COMPANY',
};

/** Argument names whose value is free text by design (search words): word matches are normal results. */
export const FREE_TEXT_ARGUMENTS = new Set(['text']);

/** JSONObject (a write's record) takes objects: a string there is a type error, not hostile text. */
const NON_STRING_SCALARS = new Set(['Int', 'Float', 'Boolean', 'JSONObject']);

/** A string-taking place in an argument: its name, then input fields, with `[]` for a list element. */
export type SlotPath = string[];

export interface StringSlot {
  operation: 'query' | 'mutation';
  /** e.g. `Query.deposits(where.country)` or `Country.deposits(where.element)`. */
  label: string;
  field: GraphQLField<unknown, unknown>;
  path: SlotPath;
  /** For a field of a non-root type: the root lookup that reaches one object of that type. */
  via?: { field: GraphQLField<unknown, unknown>; args: Record<string, unknown> };
}

/**
 * Every string argument (String, ID and custom scalars, inside input objects and lists too) of every
 * field of the operation's root type — and, for queries, of every field of the object types that a
 * root lookup reaches (country(code:) → Country.deposits(where:)…), so new fields are covered.
 * Types with string arguments that no lookup reaches are returned as `unreachable`.
 */
export function stringSlots(schema: GraphQLSchema, operation: 'query' | 'mutation'): { slots: StringSlot[]; unreachable: string[] } {
  const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  if (!root) return { slots: [], unreachable: [] };
  const slots: StringSlot[] = [];
  const unreachable: string[] = [];
  for (const field of Object.values(root.getFields())) {
    for (const path of fieldSlots(field)) slots.push({ operation, label: `${root.name}.${field.name}(${path.join('.')})`, field, path });
  }
  if (operation === 'mutation') return { slots, unreachable };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type === root || type.name.startsWith('__') || type === schema.getMutationType()) continue;
    const nested = Object.values(type.getFields()).flatMap((field) => fieldSlots(field).map((path) => ({ field, path })));
    if (!nested.length) continue;
    const lookup = lookupFor(root, type);
    if (!lookup) {
      unreachable.push(type.name);
      continue;
    }
    for (const { field, path } of nested) slots.push({ operation, label: `${type.name}.${field.name}(${path.join('.')})`, field, path, via: lookup });
  }
  return { slots, unreachable };
}

function fieldSlots(field: GraphQLField<unknown, unknown>): SlotPath[] {
  return field.args.flatMap((arg) => typeSlots(arg.type, new Set()).map((rest) => [arg.name, ...rest]));
}

function typeSlots(type: GraphQLInputType, seen: Set<string>): SlotPath[] {
  if (isNonNullType(type)) return typeSlots(type.ofType, seen);
  if (isListType(type)) return typeSlots(type.ofType, seen).map((rest) => ['[]', ...rest]);
  if (isScalarType(type)) return NON_STRING_SCALARS.has(type.name) ? [] : [[]];
  if (isInputObjectType(type) && !seen.has(type.name)) {
    const inner = new Set(seen).add(type.name);
    return Object.values(type.getFields()).flatMap((field) => typeSlots(field.type, inner).map((rest) => [field.name, ...rest]));
  }
  return [];
}

/** A root field returning one object of `type` whose required arguments all have known valid values. */
function lookupFor(root: GraphQLObjectType, type: GraphQLObjectType): StringSlot['via'] {
  for (const field of Object.values(root.getFields())) {
    if (isListType(isNonNullType(field.type) ? field.type.ofType : field.type) || getNamedType(field.type) !== type) continue;
    const required = field.args.filter(isRequired);
    if (required.every((arg) => isScalarType(getNamedType(arg.type)) && VALID_TEXT[arg.name])) return { field, args: argumentValues(field) };
  }
  return undefined;
}

function isRequired(arg: GraphQLArgument): boolean {
  return isNonNullType(arg.type) && arg.defaultValue === undefined;
}

/** The field's arguments: valid values for the required ones, and the hostile value at `path`. */
export function argumentValues(field: GraphQLField<unknown, unknown>, hostile?: { path: SlotPath; value: string }): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (hostile && hostile.path[0] === arg.name) values[arg.name] = valueAt(arg.type, arg.name, hostile.path.slice(1), hostile.value);
    else if (isRequired(arg)) values[arg.name] = validValue(arg.type, arg.name);
  }
  return values;
}

function valueAt(type: GraphQLInputType, name: string, path: SlotPath, hostile: string): unknown {
  if (isNonNullType(type)) return valueAt(type.ofType, name, path, hostile);
  if (isListType(type)) return [valueAt(type.ofType, name, path.slice(1), hostile)];
  if (isInputObjectType(type)) {
    const object = requiredFields(type);
    const field = type.getFields()[path[0]];
    object[field.name] = valueAt(field.type, field.name, path.slice(1), hostile);
    return object;
  }
  return hostile;
}

function validValue(type: GraphQLInputType, name: string, inInput = false): unknown {
  if (isNonNullType(type)) return validValue(type.ofType, name, inInput);
  if (isListType(type)) return [validValue(type.ofType, name, inInput)];
  if (isInputObjectType(type)) return requiredFields(type);
  if (isEnumType(type)) return VALID_ENUM[type.name] ?? type.getValues()[0].value;
  if (type.name === 'Int' || type.name === 'Float') return 1;
  if (type.name === 'Boolean') return true;
  // An empty record: refused before anything is written, so the corpus never changes the graph.
  if (type.name === 'JSONObject') return {};
  if (inInput && name === 'id') return INPUT_RECORD_ID;
  return VALID_TEXT[name] ?? FALLBACK_TEXT;
}

function requiredFields(type: GraphQLInputType): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  if (!isInputObjectType(type)) return object;
  for (const field of Object.values(type.getFields())) {
    if (isNonNullType(field.type) && field.defaultValue === undefined) object[field.name] = validValue(field.type, field.name, true);
  }
  return object;
}

/**
 * A selection for a result type: `__typename`, every argument-free leaf, and argument-free object
 * fields down to `depth` levels (enough to run the resolvers behind a result, bounded in cost).
 */
export function selectionFor(type: GraphQLOutputType, depth = 3): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) || depth === 0) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.length) continue;
    if (isLeafType(getNamedType(field.type))) parts.push(field.name);
    else if (depth > 1) parts.push(`${field.name} ${selectionFor(field.type, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

export interface HostileRequest {
  document: string;
  variables: Record<string, unknown>;
  /** Alias → the value it carries. */
  aliases: Map<string, HostileValue>;
}

/** One document asking the slot's field once per value, each under its own alias with its own variables. */
export function hostileRequest(slot: StringSlot, values: HostileValue[]): HostileRequest {
  const keyword = slot.operation === 'query' ? 'query' : 'mutation';
  const declarations: string[] = [];
  const variables: Record<string, unknown> = {};
  const selections: string[] = [];
  const aliases = new Map<string, HostileValue>();
  const bind = (prefix: string, field: GraphQLField<unknown, unknown>, values: Record<string, unknown>) =>
    Object.entries(values)
      .map(([name, value]) => {
        const variable = `${prefix}_${name}`;
        declarations.push(`$${variable}: ${String(field.args.find((arg) => arg.name === name)!.type)}`);
        variables[variable] = value;
        return `${name}: $${variable}`;
      })
      .join(', ');
  values.forEach((hostile, index) => {
    const alias = `v${index}`;
    aliases.set(alias, hostile);
    const args = bind(alias, slot.field, argumentValues(slot.field, { path: slot.path, value: hostile.value }));
    const call = `${slot.field.name}${args ? `(${args})` : ''} ${selectionFor(slot.field.type)}`;
    if (slot.via) {
      const viaArgs = bind(`${alias}_via`, slot.via.field, slot.via.args);
      selections.push(`${alias}: ${slot.via.field.name}(${viaArgs}) { ${call} }`);
    } else {
      selections.push(`${alias}: ${call}`);
    }
  });
  return { document: `${keyword} Hostile(${declarations.join(', ')}) { ${selections.join(' ')} }`, variables, aliases };
}

/** The result under an alias, unwrapped from the lookup that reached it. */
export function resultOf(slot: StringSlot, data: Record<string, unknown> | null | undefined, alias: string): unknown {
  const value = data?.[alias];
  if (!slot.via || value === null || value === undefined) return value;
  return (value as Record<string, unknown>)[slot.field.name];
}

/** True when a result holds no entity: null, an empty list, or a connection with totalCount 0. */
export function isEmptyResult(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  // nodes(ids:) answers by position: a list of nulls is nothing found.
  if (Array.isArray(value)) return value.every((item) => item === null);
  if (typeof value === 'object' && 'totalCount' in (value as object)) return (value as { totalCount: number }).totalCount === 0;
  return false;
}
