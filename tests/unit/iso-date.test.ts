import { graphql, GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, type GraphQLSchema as Schema } from 'graphql';
import { ValidationError } from '../../src/errors';
import { buildGraphQLSchema } from '../../src/schema-builder';
import { checkScalarArguments } from '../../src/schema/common/checked-arguments';
import { IsoDate, IsoDateOrTime, isValidIsoDateOrTime, utcInstant } from '../../src/schema/common/iso-date.scalar';

/** A schema of one field taking dates in every position an argument can hold them. */
function probeSchema(): Schema {
  const Window = new GraphQLInputObjectType({ name: 'Window', fields: { from: { type: IsoDate }, to: { type: IsoDate }, tags: { type: new GraphQLList(GraphQLString) } } });
  return checkScalarArguments(
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          echo: {
            type: GraphQLString,
            args: { on: { type: IsoDate }, days: { type: new GraphQLList(new GraphQLNonNull(IsoDate)) }, window: { type: Window }, note: { type: GraphQLString } },
            resolve: (_root, args) => JSON.stringify(args),
          },
          plain: { type: GraphQLString, args: { note: { type: GraphQLString } }, resolve: () => 'untouched' },
        },
      }),
    }),
  );
}

async function ask(source: string, variableValues?: Record<string, unknown>) {
  const result = await graphql({ schema: probeSchema(), source, variableValues });
  const error = result.errors?.[0];
  return { data: result.data, error, refusal: error?.originalError instanceof ValidationError ? error.originalError : undefined };
}

describe('IsoDate: partial ISO dates, checked with the argument named', () => {
  test.each(['2024-02-29', '2024', '2024-02', '1800-01-01', '2100-12-31', '2026-11-27'])('when %s is sent, then it is accepted as it is', async (date) => {
    const literal = await ask(`{ echo(on: "${date}") }`);
    expect(literal.error).toBeUndefined();
    expect(JSON.parse(String(literal.data!.echo))).toEqual({ on: date });
    const variable = await ask('query($on: IsoDate) { echo(on: $on) }', { on: date });
    expect(JSON.parse(String(variable.data!.echo))).toEqual({ on: date });
  });

  test.each(['2023-02-29', '2024-13', '2024-02-30', '2024-00', '1799', '2101-01-01', '24-01-01', '2024-1-5', '2024/01/05', '2024-01-05T10:00:00Z', '', ' 2024', 'yesterday'])(
    'when %p is sent (as a literal or a variable), then it is BAD_USER_INPUT naming the argument, with the rule and without the value',
    async (date) => {
      for (const attempt of [await ask(`{ echo(on: ${JSON.stringify(date)}) }`), await ask('query($on: IsoDate) { echo(on: $on) }', { on: date })]) {
        expect(attempt.data?.echo ?? null).toBeNull();
        expect(attempt.refusal?.code).toBe('BAD_USER_INPUT');
        expect(attempt.refusal?.details.field).toBe('on');
        expect(attempt.refusal?.message).toMatch(/^on must be a date YYYY-MM-DD, YYYY-MM or YYYY/);
        if (date.length > 2) expect(attempt.refusal?.message).not.toContain(date);
        // A field error, with the path of the field: the rest of the request still answers.
        expect(attempt.error?.path).toEqual(['echo']);
      }
    },
  );

  test('when a bad date sits in a list or an input object, then the refusal names the path to it', async () => {
    expect((await ask('{ echo(days: ["2024-01-01", "2024-13"]) }')).refusal?.details.field).toBe('days');
    expect((await ask('{ echo(window: { from: "2024", to: "2023-02-29" }) }')).refusal?.details.field).toBe('window.to');
    expect((await ask('query($w: Window) { echo(window: $w) }', { w: { from: '2024-13' } })).refusal?.details.field).toBe('window.from');
    expect(JSON.parse(String((await ask('{ echo(window: { from: "2024", to: "2024-02-29" }, note: "x") }')).data!.echo))).toEqual({ window: { from: '2024', to: '2024-02-29' }, note: 'x' });
  });

  test('when a date is not a string, then GraphQL refuses it as a type error before anything runs', async () => {
    const literal = await graphql({ schema: probeSchema(), source: '{ echo(on: 2024) }' });
    expect(literal.errors?.[0].message).toMatch(/IsoDate is written as a string/);
    const variable = await graphql({ schema: probeSchema(), source: 'query($on: IsoDate) { echo(on: $on) }', variableValues: { on: 2024 } });
    expect(variable.errors?.[0].message).toMatch(/IsoDate is written as a string/);
  });

  test('when a stored value is not an ISO date, then it is not sent as one', () => {
    expect(IsoDate.serialize('2024-02-29')).toBe('2024-02-29');
    expect(() => IsoDate.serialize('2023-02-29')).toThrow(/cannot represent/);
    expect(() => IsoDate.serialize(20240229)).toThrow(/cannot represent/);
  });
});

describe('IsoDateOrTime: a date, or a date-time with an offset', () => {
  test.each([
    ['2026', true],
    ['2026-01-31', true],
    ['2026-01-31T09:30:00Z', true],
    ['2026-01-31T09:30Z', true],
    ['2026-01-31T09:30:00.123Z', true],
    ['2026-01-31T10:30:00+01:00', true],
    ['2026-01-31T09:30:00', false],
    ['2026-02-30T09:30:00Z', false],
    ['2026-01-31T24:00:00Z', false],
    ['2026-01-31 09:30:00Z', false],
    ['Sat, 31 Jan 2026 09:30:00 GMT', false],
  ])('when %s is checked, then valid is %s', (value, valid) => {
    expect(isValidIsoDateOrTime(value)).toBe(valid);
    expect(IsoDateOrTime.extensions.check!(value) === undefined).toBe(valid);
  });

  test('when a date-time has an offset, then it is compared in UTC, as the audit log stamps entries', () => {
    expect(utcInstant('2026-01-31T10:30:00+01:00')).toBe('2026-01-31T09:30:00.000Z');
    expect(utcInstant('2026-01')).toBe('2026-01');
  });
});

describe('the API schema: date arguments are checked before their resolver runs', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphQLSchema();
  });

  test('when auditLog is asked since an impossible day, then it is refused naming since and no query runs', async () => {
    const entries = jest.fn(async () => []);
    const result = await graphql({ schema, source: '{ auditLog(since: "2023-02-29") { id } }', contextValue: { repos: { audit: { entries } } } });
    expect(result.errors?.[0].originalError).toBeInstanceOf(ValidationError);
    expect((result.errors?.[0].originalError as ValidationError).details.field).toBe('since');
    expect(entries).not.toHaveBeenCalled();
  });

  test('when auditLog is asked since a time with an offset, then the query receives it in UTC', async () => {
    const entries = jest.fn(async (_filter: Record<string, unknown>) => []);
    const result = await graphql({ schema, source: '{ auditLog(since: "2026-01-31T10:30:00+01:00") { id } }', contextValue: { repos: { audit: { entries } } } });
    expect(result.errors).toBeUndefined();
    expect(entries.mock.calls[0][0]).toMatchObject({ since: '2026-01-31T09:30:00.000Z' });
  });
});
