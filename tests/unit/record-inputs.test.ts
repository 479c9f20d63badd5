import { graphql, isInputObjectType, type GraphQLInputObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { z } from 'zod';
import { describeColumns } from '../../src/domain/records/column-descriptions';
import { boolean, fullDate, idWithPrefix, integer, isoDate, list, number, oneOf, optionalOneOf, requiredText, sourceIds, text, year } from '../../src/domain/records/columns';
import { STAKE_STATUSES } from '../../src/domain/vocabulary';
import { buildGraphQLSchema } from '../../src/schema-builder';
import { pascalCase } from '../../src/schema/record-inputs';
import { columnsOf, ENTITY_TYPES, LINK_TYPES, type RecordType } from '../../src/writes/records';

describe('describeColumns: a record schema read as typed columns', () => {
  test('when a schema is made of the column parsers, then each column gets its kind, list-ness and required-ness from the schema alone', () => {
    const schema = z.object({
      id: idWithPrefix('x-'),
      name: requiredText(),
      note: text(),
      count: integer({ min: 0 }),
      year: year().refine((value) => value !== undefined, 'is required'),
      share: number({ min: 0, max: 100 }),
      flag: boolean(),
      defaulted: boolean().transform((value) => value ?? false),
      on: isoDate(),
      read: fullDate().refine((value) => value !== undefined, 'is required'),
      status: oneOf(STAKE_STATUSES),
      maybe: optionalOneOf(['A', 'B'] as const),
      tags: list(),
      sourceIds: sourceIds(),
      stages: list().pipe(z.array(z.enum(['ONE', 'TWO']))),
    });
    expect(describeColumns(schema)).toEqual([
      { name: 'id', kind: 'text', list: false, required: true },
      { name: 'name', kind: 'text', list: false, required: true },
      { name: 'note', kind: 'text', list: false, required: false },
      { name: 'count', kind: 'integer', list: false, required: false },
      { name: 'year', kind: 'integer', list: false, required: true },
      { name: 'share', kind: 'number', list: false, required: false },
      { name: 'flag', kind: 'boolean', list: false, required: false },
      { name: 'defaulted', kind: 'boolean', list: false, required: false },
      { name: 'on', kind: 'date', list: false, required: false },
      { name: 'read', kind: 'date', list: false, required: true },
      { name: 'status', kind: 'enum', list: false, required: true, values: [...STAKE_STATUSES] },
      { name: 'maybe', kind: 'enum', list: false, required: false, values: ['A', 'B'] },
      { name: 'tags', kind: 'text', list: true, required: false },
      { name: 'sourceIds', kind: 'text', list: true, required: true },
      { name: 'stages', kind: 'enum', list: true, required: false, values: ['ONE', 'TWO'] },
    ]);
  });

  test('when a column has a zod type the API has no type for, then describing it fails loudly instead of guessing', () => {
    expect(() => describeColumns(z.object({ when: z.date() }))).toThrow(/column when: no API type for a zod date/);
  });
});

describe('typed record inputs and mutations, generated from the record definitions', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphQLSchema();
  });

  const inputOf = (type: string) => schema.getType(`${pascalCase(type)}Input`) as GraphQLInputObjectType;
  const fieldTypes = (type: string) => Object.fromEntries(Object.values(inputOf(type).getFields()).map((field) => [field.name, String(field.type)]));
  const mutation = (name: string) => (schema.getMutationType() as GraphQLObjectType).getFields()[name];

  test.each([...ENTITY_TYPES.map((type) => [type, `upsert${pascalCase(type)}`]), ...LINK_TYPES.map((type) => [type, `link${pascalCase(type)}`])])(
    'when the schema is built, then %s has an input with exactly its columns and a typed mutation %s beside the generic one',
    (type, name) => {
      const input = inputOf(type);
      expect(isInputObjectType(input)).toBe(true);
      expect(Object.keys(input.getFields()).sort()).toEqual(columnsOf(type as RecordType).sort());
      const field = mutation(name);
      expect(`${name}(${field.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(', ')}): ${String(field.type)}`).toBe(`${name}(input: ${pascalCase(type)}Input!, expectedVersion: Int, reason: String): WriteResult!`);
    },
  );

  test('when columns are typed, then integers, numbers, booleans, dates, ids, lists and closed sets get their GraphQL types, and required columns are non-null', () => {
    expect(fieldTypes('ELEMENT')).toMatchObject({ id: 'ID!', atomicNumber: 'Int!', isRareEarth: 'Boolean!', group: 'ElementGroup!', aliases: '[String!]', sourceIds: '[ID!]!' });
    expect(fieldTypes('DEPOSIT')).toMatchObject({ countryId: 'ID!', latitude: 'Float', lastVerified: 'IsoDate', depositType: 'DepositType!', status: 'DepositStatus!', statusYear: 'Int', heavyRareEarthNotable: 'Boolean', locationSourceIds: '[ID!]' });
    expect(fieldTypes('FACILITY')).toMatchObject({ stages: '[FacilityStage!]!', status: 'FacilityStatus!' });
    expect(fieldTypes('AGREEMENT')).toMatchObject({ kinds: '[AgreementKind!]!', status: 'AgreementStatus!', announced: 'IsoDate', valueAmount: 'Float' });
    expect(fieldTypes('SOURCE')).toMatchObject({ accessed: 'IsoDate!', published: 'IsoDate', class: 'SourceClass!' });
    expect(fieldTypes('QUANTITY')).toMatchObject({ stage: 'QuantityStage!', unit: 'QuantityUnit!', basis: 'QuantityBasis!', confidence: 'Confidence!', low: 'Float!', fromYear: 'Int!', toYear: 'Int', elements: '[String!]!', asOf: 'IsoDate' });
    expect(fieldTypes('MILESTONE')).toMatchObject({ milestone: 'MilestoneKind!', statedOn: 'IsoDate!', element: 'String' });
    expect(fieldTypes('OFFTAKE')).toMatchObject({ status: 'OfftakeStatus!', confidence: 'Confidence!', low: 'Float', buyerId: 'ID!' });
    expect(fieldTypes('ELEMENT_VOLUME')).toMatchObject({ measure: 'VolumeMeasure!', basis: 'VolumeBasis!', stage: 'QuantityStage', areaId: 'ID!' });
    expect(fieldTypes('MARKET_SHARE')).toMatchObject({ stage: 'MarketStage!', scope: 'MarketScope!', sharePct: 'Float!' });
    expect(fieldTypes('COMPANY')).toMatchObject({ ownershipType: 'OwnershipType', ownershipRecord: 'OwnershipRecord!' });
    expect(fieldTypes('STAKE')).toMatchObject({ ownerId: 'ID!', stakePct: 'Float', basis: 'StakeBasis', status: 'StakeStatus!', asOf: 'IsoDate' });
    expect(fieldTypes('EXPORT_CONTROL_LINK')).toMatchObject({ type: 'ControlLinkType!' });
  });

  test('when every closed set of the record files is a vocabulary, then each column takes that vocabulary enum and no input-only enum is made', () => {
    // PRIMARY_COPY is retired from sources.csv (a copy is named in readVia), so a source's kind is SourceKind.
    expect(fieldTypes('SOURCE').kind).toBe('SourceKind!');
    const enumColumns = [...ENTITY_TYPES, ...LINK_TYPES].flatMap((type) => Object.values(inputOf(type).getFields()).map((field) => String(field.type).replace(/[[\]!]/g, '')));
    expect(enumColumns.length).toBeGreaterThan(0);
    expect(enumColumns.filter((name) => name.includes('Input'))).toEqual([]);
  });

  test('when a typed mutation runs, then it is the generic write with its type fixed, the fields as the record and refusals under input', async () => {
    const upsertEntity = jest.fn(async () => ({ action: 'CREATED', recordType: 'DEPOSIT', id: 'dep-x', version: 1, changedFields: [], auditId: 'a' }));
    const link = jest.fn(async () => ({ action: 'LINKED', recordType: 'STAKE', id: 'co-x', to: 'dep-x', version: 1, changedFields: [], auditId: 'b' }));
    const recordWritten = jest.fn(async () => undefined);
    const actor = jest.fn(() => ({ subject: 'test', roles: ['editor'] }));
    const contextValue = { writes: { upsertEntity, link }, recordWritten, actor };
    const deposit = await graphql({
      schema,
      source: 'mutation { upsertDeposit(input: { id: "dep-x", name: "X", countryId: "AU", depositType: CARBONATITE, status: EXPLORATION, latitude: -28.1, sourceIds: ["src-a"] }, expectedVersion: 2, reason: "why") { action version } }',
      contextValue,
    });
    expect(deposit.errors).toBeUndefined();
    expect(actor).toHaveBeenCalledWith('editor', 'upsertDeposit');
    expect(upsertEntity).toHaveBeenCalledWith(
      { subject: 'test', roles: ['editor'] },
      'DEPOSIT',
      { id: 'dep-x', name: 'X', countryId: 'AU', depositType: 'CARBONATITE', status: 'EXPLORATION', latitude: -28.1, sourceIds: ['src-a'] },
      2,
      'why',
      'input',
    );
    expect(recordWritten).toHaveBeenCalledWith('DEPOSIT');
    const stake = await graphql({ schema, source: 'mutation { linkStake(input: { ownerId: "co-x", ownedId: "dep-x", stakePct: 51, status: CURRENT, sourceIds: ["src-a"] }) { action } }', contextValue });
    expect(stake.errors).toBeUndefined();
    expect(link).toHaveBeenCalledWith(expect.anything(), 'STAKE', { ownerId: 'co-x', ownedId: 'dep-x', stakePct: 51, status: 'CURRENT', sourceIds: ['src-a'] }, undefined, null, 'input');
  });

  test('when a typed input carries a bad date, then it is refused naming input.<column> before the write service is asked', async () => {
    const upsertEntity = jest.fn();
    const result = await graphql({
      schema,
      source: 'mutation { upsertAgreement(input: { id: "agr-2024-x", kinds: [OFFTAKE], title: "X", announced: "2024-13", status: SIGNED, sourceIds: ["src-a"] }) { action } }',
      contextValue: { writes: { upsertEntity }, actor: () => ({ subject: 'test', roles: ['editor'] }) },
    });
    expect(result.errors?.[0].originalError).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input.announced' } });
    expect(upsertEntity).not.toHaveBeenCalled();
  });
});
