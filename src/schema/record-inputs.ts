import type { GraphQLScalarType } from 'graphql';
import { Field, Float, ID, InputType, Int, type ClassType } from 'type-graphql';
import { describeColumns, type ColumnDescription } from '../domain/records/column-descriptions';
import { ENTITY_RECORDS, ENTITY_TYPES, LINK_RECORDS, LINK_TYPES, type RecordType } from '../writes/records';
import { enumOf, VOCABULARY_ENUMS } from './common/enums';
import { IsoDate } from './common/iso-date.scalar';

/** One record type's typed input: `DepositInput` for DEPOSIT, its fields the columns of deposits.csv. */
export interface RecordInput {
  type: RecordType;
  /** DEPOSIT → `Deposit`, the name the input and its mutation are built on. */
  pascal: string;
  kind: 'entity' | 'link';
  file: string;
  columns: ColumnDescription[];
  inputClass: ClassType;
}

/** `EXPORT_CONTROL` → `ExportControl`. */
export const pascalCase = (type: string) =>
  type
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Columns that name a record: the id and every reference to one (`countryId`, `sourceIds`). */
const isIdentifier = (column: string) => column === 'id' || /Ids?$/.test(column);

/**
 * The enum of a closed set: the vocabulary enum with exactly these values, or — for a set the
 * vocabulary does not name (sources.csv still reads the retired PRIMARY_COPY) — one made for the
 * column, `<Record>Input<Column>`.
 */
function enumFor(values: readonly string[], record: string, column: string): object {
  const key = [...values].sort().join('|');
  const matches = VOCABULARY_ENUMS.filter((candidate) => [...candidate.values].sort().join('|') === key);
  if (matches.length > 1) throw new Error(`${record}.${column}: the enums ${matches.map((match) => match.name).join(', ')} hold the same values; say which`);
  if (matches.length === 1) return matches[0].enumObject;
  return enumOf(values, `${record}Input${capitalised(column)}`, `The values ${record} records accept in ${column}.`);
}

/** The GraphQL type of a column, as type-graphql reads it (an array for a list). */
export function columnType(column: ColumnDescription, record: string): GraphQLScalarType | object | [GraphQLScalarType | object] {
  const scalar = (() => {
    switch (column.kind) {
      case 'text':
        return isIdentifier(column.name) ? ID : String;
      case 'integer':
        return Int;
      case 'number':
        return Float;
      case 'boolean':
        return Boolean;
      case 'date':
        return IsoDate;
      case 'enum':
        return enumFor(column.values ?? [], record, column.name);
    }
  })();
  return column.list ? [scalar] : scalar;
}

/**
 * A type-graphql input class with one field per column: required columns non-null, lists as
 * lists of non-null items. No validation of its own: the record's checks run in the write service.
 */
function inputClass(name: string, description: string, columns: ColumnDescription[], record: string): ClassType {
  const Input = { [name]: class {} }[name];
  for (const column of columns) {
    const type = columnType(column, record);
    Field(() => type, { nullable: !column.required })(Input.prototype, column.name);
  }
  InputType(name, { description })(Input);
  return Input;
}

function recordInput(type: RecordType, kind: 'entity' | 'link'): RecordInput {
  const { file } = kind === 'entity' ? ENTITY_RECORDS[type as keyof typeof ENTITY_RECORDS] : LINK_RECORDS[type as keyof typeof LINK_RECORDS];
  const pascal = pascalCase(type);
  const columns = describeColumns(file.schema);
  const description = `A ${type} record: a row of ${file.file} (docs/seed-format.md), column by column. Checked like upsertEntity/link with type ${type}; a refusal names input.<column>.`;
  return { type, pascal, kind, file: file.file, columns, inputClass: inputClass(`${pascal}Input`, description, columns, pascal) };
}

let made: RecordInput[] | undefined;

/** Every record type's input, made once per process (type-graphql keeps the classes it is given). */
export function recordInputs(): RecordInput[] {
  made ??= [...ENTITY_TYPES.map((type) => recordInput(type, 'entity')), ...LINK_TYPES.map((type) => recordInput(type, 'link'))];
  return made;
}
