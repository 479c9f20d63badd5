import { graphChecksum } from '../../src/seed/load';
import { startTestApi, type GraphQLResponse, type TestApi } from '../helpers/api';
import { authorization, bearerFor, TEST_JWT_SECRET } from '../helpers/auth';
import { writableDatabase, type WritableDatabase } from '../helpers/own-neo4j';

/**
 * The typed mutations (upsert<Type>, link<Type>) on a seeded Neo4j of this file's own. Every
 * record made here has an id containing `-ttest-` and every audit entry an actor starting with
 * `test-`; both are removed at the end and the checksum must be the seeded one again.
 */
let database: WritableDatabase;
beforeAll(async () => {
  database = await writableDatabase('typed-writes');
}, 480000);
afterAll(() => database?.release(), 120000);

const SOURCE = 'src-usgs-mcs2026-data-release-copy';
// Stored control periods hang off their target and would outlive it.
const CLEANUP = `
MATCH (n:Entity) WHERE n.id CONTAINS '-ttest-'
CALL (n) { OPTIONAL MATCH (n)-[:HAS_CONTROL]->(period:ControlPeriod) DETACH DELETE period }
DETACH DELETE n
WITH count(*) AS done
MATCH (a:AuditEntry) WHERE a.actor STARTS WITH 'test-' DELETE a`;

const UPSERT_COMPANY = `mutation($input: CompanyInput!, $version: Int, $reason: String) {
  upsertCompany(input: $input, expectedVersion: $version, reason: $reason) { action recordType id version changedFields auditId } }`;
const UPSERT_DEPOSIT = `mutation($input: DepositInput!, $version: Int) { upsertDeposit(input: $input, expectedVersion: $version) { action id version } }`;
const UPSERT_AGREEMENT = `mutation($input: AgreementInput!, $version: Int) { upsertAgreement(input: $input, expectedVersion: $version) { action id version } }`;
const UPSERT_QUANTITY = `mutation($input: QuantityInput!, $version: Int) { upsertQuantity(input: $input, expectedVersion: $version) { action id version } }`;
const LINK_STAKE = `mutation($input: StakeInput!, $version: Int) { linkStake(input: $input, expectedVersion: $version) { action recordType id to relationship version } }`;

const company = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Typed Test ${id}`, countryId: 'JP', ownershipType: 'PRIVATE', ownershipRecord: 'UNKNOWN', sourceIds: [SOURCE], ...extra });
const deposit = (extra: Record<string, unknown> = {}) => ({
  id: 'dep-ttest-one',
  name: 'Typed Test Deposit',
  countryId: 'AU',
  latitude: -28.86,
  longitude: 122.55,
  locationPrecision: 'REGION',
  locationSourceIds: [SOURCE],
  depositType: 'CARBONATITE',
  status: 'EXPLORATION',
  statusYear: 2025,
  lastVerified: '2026-01-15',
  heavyRareEarthNotable: true,
  sourceIds: [SOURCE],
  ...extra,
});
const agreement = (extra: Record<string, unknown> = {}) => ({ id: 'agr-2024-ttest-dates', kinds: ['OFFTAKE'], title: 'Typed Test Agreement', status: 'SIGNED', sourceIds: [SOURCE], ...extra });

describe('typed mutations: upsert<Type> and link<Type>', () => {
  let api: TestApi;
  let editor: Record<string, string>;
  let reader: Record<string, string>;
  let checksumBefore: string;

  beforeAll(async () => {
    api = await startTestApi({ ...database.environment, JWT_SECRET: TEST_JWT_SECRET });
    await api.executor.runText(CLEANUP);
    checksumBefore = await graphChecksum(api.executor);
    editor = authorization(await bearerFor('editor'));
    reader = authorization(await bearerFor('reader'));
  });
  afterAll(async () => {
    try {
      await api.executor.runText(CLEANUP);
      expect(await graphChecksum(api.executor)).toBe(checksumBefore);
    } finally {
      await api.close();
    }
  });

  const errorOf = (response: GraphQLResponse) => response.errors?.[0];
  const exists = async (id: string) => Number((await api.executor.runText('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id }))[0].n) > 0;

  describe('who may write', () => {
    test('when no token or a reader token is sent, then a typed write is refused like a generic one and nothing is written', async () => {
      expect(errorOf(await api.graphql(UPSERT_COMPANY, { input: company('co-ttest-anonymous') }))?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(errorOf(await api.graphql(UPSERT_COMPANY, { input: company('co-ttest-anonymous') }, reader))?.extensions?.code).toBe('FORBIDDEN');
      expect(await exists('co-ttest-anonymous')).toBe(false);
    });
  });

  describe('entity records', () => {
    test('when an editor creates a company through upsertCompany, then it is in the graph at version 1 with an audit entry, as through upsertEntity', async () => {
      const response = await api.graphql<{ upsertCompany: { action: string; recordType: string; version: number; auditId: string } }>(UPSERT_COMPANY, { input: company('co-ttest-alpha'), reason: 'typed' }, editor);
      expect(response.errors).toBeUndefined();
      expect(response.data!.upsertCompany).toMatchObject({ action: 'CREATED', recordType: 'COMPANY', version: 1 });
      const read = await api.graphql<{ company: { name: string; ownershipType: string; country: { iso2: string }; sources: Array<{ id: string }> } }>('{ company(id: "co-ttest-alpha") { name ownershipType country { iso2 } sources { id } } }');
      expect(read.data!.company).toEqual({ name: 'Typed Test co-ttest-alpha', ownershipType: 'PRIVATE', country: { iso2: 'JP' }, sources: [{ id: SOURCE }] });
      const audit = await api.graphql<{ auditLog: Array<{ id: string; actor: string; action: string; recordType: string; reason: string }> }>('{ auditLog(entity: "co-ttest-alpha") { id actor action recordType reason } }');
      expect(audit.data!.auditLog).toEqual([{ id: response.data!.upsertCompany.auditId, actor: 'test-editor', action: 'CREATED', recordType: 'COMPANY', reason: 'typed' }]);
    });

    test('when a typed change carries no version or a stale one, then CONFLICT; with the current one it lands and says what changed', async () => {
      const renamed = company('co-ttest-alpha', { name: 'Renamed Typed' });
      expect(errorOf(await api.graphql(UPSERT_COMPANY, { input: renamed }, editor))?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
      const updated = await api.graphql<{ upsertCompany: { version: number; changedFields: string[] } }>(UPSERT_COMPANY, { input: renamed, version: 1 }, editor);
      expect(updated.data!.upsertCompany).toEqual(expect.objectContaining({ version: 2, changedFields: ['name'] }));
      expect(errorOf(await api.graphql(UPSERT_COMPANY, { input: company('co-ttest-alpha', { name: 'Lost' }), version: 1 }, editor))?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    });

    test('when a deposit is written with enums, numbers, a boolean and a date, then each lands typed and reads back', async () => {
      const response = await api.graphql(UPSERT_DEPOSIT, { input: deposit() }, editor);
      expect(response.errors).toBeUndefined();
      const [row] = await api.executor.runText(
        "MATCH (d:Deposit {id: 'dep-ttest-one'})-[:LOCATED_IN]->(c:Country) RETURN c.id AS country, d.location.latitude AS latitude, d.statusYear AS statusYear, d.heavyRareEarthNotable AS heavy, d.lastVerified AS lastVerified, d.depositType AS depositType",
      );
      expect(row).toEqual({ country: 'AU', latitude: -28.86, statusYear: 2025, heavy: true, lastVerified: '2026-01-15', depositType: 'CARBONATITE' });
      const read = await api.graphql<{ node: { __typename: string; status: string; depositType: string; statusYear: number } }>('{ node(id: "dep-ttest-one") { __typename ... on Deposit { status depositType statusYear } } }');
      expect(read.data!.node).toEqual({ __typename: 'Deposit', status: 'EXPLORATION', depositType: 'CARBONATITE', statusYear: 2025 });
    });

    test.each([
      ['a malformed id', company('Co Ttest!'), 'input.id', /must look like co-/],
      ['an unknown country', company('co-ttest-invalid', { countryId: 'XQ' }), 'input.countryId', /no such Country/],
      ['an unknown source', company('co-ttest-invalid', { sourceIds: ['src-no-such-source'] }), 'input.sourceIds', /no such source/],
      ['no source', company('co-ttest-invalid', { sourceIds: [] }), 'input.sourceIds', /at least one source/],
      ['a line break', company('co-ttest-invalid', { name: 'line\nbreak' }), 'input.name', /control character/],
    ])('when a typed company has %s, then it is BAD_USER_INPUT naming input.<column> and nothing is written', async (_case, input, field, message) => {
      const response = await api.graphql(UPSERT_COMPANY, { input }, editor);
      expect(errorOf(response)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(errorOf(response)?.message).toMatch(message);
      expect(await exists('co-ttest-invalid')).toBe(false);
    });

    test('when a typed deposit breaks a range or a row rule, then the refusal names input.<column>, or input for a rule across columns', async () => {
      const outside = await api.graphql(UPSERT_DEPOSIT, { input: deposit({ id: 'dep-ttest-invalid', latitude: 91 }) }, editor);
      expect(errorOf(outside)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.latitude' });
      const alone = await api.graphql(UPSERT_DEPOSIT, { input: deposit({ id: 'dep-ttest-invalid', longitude: null }) }, editor);
      expect(errorOf(alone)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
      expect(errorOf(alone)?.message).toMatch(/latitude and longitude go together/);
      const wrongKind = await api.graphql(UPSERT_DEPOSIT, { input: deposit({ id: 'co-ttest-alpha' }) }, editor);
      expect(errorOf(wrongKind)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
      expect(await exists('dep-ttest-invalid')).toBe(false);
    });

    test('when a value is outside a closed set, then GraphQL itself refuses it, and a closed-set value sent as a string variable is accepted', async () => {
      const literal = await api.graphql(`mutation { upsertCompany(input: { id: "co-ttest-enum", name: "X", ownershipType: PIRATE, ownershipRecord: UNKNOWN, sourceIds: ["${SOURCE}"] }) { action } }`, {}, editor);
      expect(errorOf(literal)?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(errorOf(literal)?.message).toMatch(/OwnershipType/);
      const variable = await api.graphql(UPSERT_COMPANY, { input: company('co-ttest-enum', { ownershipType: 'PIRATE' }) }, editor);
      expect(errorOf(variable)?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorOf(variable)?.message).toMatch(/input\.ownershipType/);
      expect(await exists('co-ttest-enum')).toBe(false);
    });
  });

  describe('dates (IsoDate) at their edges, through a typed input', () => {
    test('when an agreement is announced on 2024-02-29 (a leap day), then it is accepted', async () => {
      const response = await api.graphql(UPSERT_AGREEMENT, { input: agreement({ announced: '2024-02-29' }) }, editor);
      expect(response.errors).toBeUndefined();
      const read = await api.graphql<{ agreement: { announced: string; date: string } }>('{ agreement(id: "agr-2024-ttest-dates") { announced date } }');
      expect(read.data!.agreement).toEqual({ announced: '2024-02-29', date: '2024-02-29' });
    });

    test.each([
      ['2023-02-29', 'a day that does not exist'],
      ['2024-13', 'a month that does not exist'],
      ['2024-02-30', 'the 30th of February'],
      ['29/02/2024', 'another format'],
    ])('when an agreement is announced on %s (%s), then it is BAD_USER_INPUT naming input.announced and the stored one is unchanged', async (date) => {
      for (const response of [
        await api.graphql(UPSERT_AGREEMENT, { input: agreement({ announced: date }), version: 1 }, editor),
        await api.graphql(`mutation { upsertAgreement(input: { id: "agr-2024-ttest-dates", kinds: [OFFTAKE], title: "T", status: SIGNED, announced: "${date}", sourceIds: ["${SOURCE}"] }, expectedVersion: 1) { action } }`, {}, editor),
      ]) {
        expect(errorOf(response)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.announced' });
        expect(errorOf(response)?.message).toMatch(/^input\.announced must be a date YYYY-MM-DD, YYYY-MM or YYYY/);
        expect(errorOf(response)?.path).toEqual(['upsertAgreement']);
      }
      const read = await api.graphql<{ agreement: { announced: string } }>('{ agreement(id: "agr-2024-ttest-dates") { announced } }');
      expect(read.data!.agreement.announced).toBe('2024-02-29');
    });

    test('when an agreement is announced in 2024 (a year only), then it is accepted with that precision', async () => {
      const response = await api.graphql<{ upsertAgreement: { version: number } }>(UPSERT_AGREEMENT, { input: agreement({ announced: '2024' }), version: 1 }, editor);
      expect(response.errors).toBeUndefined();
      expect(response.data!.upsertAgreement.version).toBe(2);
      const read = await api.graphql<{ agreement: { announced: string } }>('{ agreement(id: "agr-2024-ttest-dates") { announced } }');
      expect(read.data!.agreement.announced).toBe('2024');
    });

    test('when a column takes full dates only, then a partial IsoDate passes the scalar and the record check names the column', async () => {
      const response = await api.graphql(UPSERT_AGREEMENT, { input: agreement({ announced: '2024', lastVerified: '2026-01' }), version: 2 }, editor);
      expect(errorOf(response)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lastVerified' });
      expect(errorOf(response)?.message).toMatch(/full date/);
    });

    test('when the audit log is asked since 2024-02-29, 2024 or 2024-13, then the first two are dates and the last is refused naming since', async () => {
      const ask = (since: string) => api.graphql<{ auditLog: unknown[] }>('query($since: IsoDateOrTime) { auditLog(since: $since, first: 1) { id } }', { since });
      expect((await ask('2024-02-29')).data!.auditLog).toHaveLength(1);
      expect((await ask('2024')).data!.auditLog).toHaveLength(1);
      expect(errorOf(await ask('2024-13'))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'since' });
      expect(errorOf(await api.graphql('{ auditLog(since: "2023-02-29") { id } }'))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'since' });
      expect((await ask('2099-01-01T00:00:00+01:00')).data!.auditLog).toEqual([]);
    });
  });

  describe('link records', () => {
    const stake = (extra: Record<string, unknown> = {}) => ({ ownerId: 'co-ttest-alpha', ownedId: 'dep-ttest-one', stakePct: 60, basis: 'EQUITY', status: 'CURRENT', asOf: '2026-11', sourceIds: [SOURCE], ...extra });

    test('when an editor links a stake through linkStake, then the relationship lands and control is traced through it', async () => {
      const response = await api.graphql<{ linkStake: Record<string, unknown> }>(LINK_STAKE, { input: stake() }, editor);
      expect(response.errors).toBeUndefined();
      expect(response.data!.linkStake).toEqual({ action: 'LINKED', recordType: 'STAKE', id: 'co-ttest-alpha', to: 'dep-ttest-one', relationship: 'OWNS', version: 1 });
      const [row] = await api.executor.runText("MATCH (:Company {id: 'co-ttest-alpha'})-[r:OWNS]->(:Deposit {id: 'dep-ttest-one'}) RETURN r.stakePct AS stakePct, r.asOf AS asOf");
      expect(row).toEqual({ stakePct: 60, asOf: '2026-11' });
      const chain = await api.graphql<{ controlChain: { controllers: Array<{ id: string; effectivePct: number }> } }>('{ controlChain(id: "dep-ttest-one") { controllers { id effectivePct } } }');
      expect(chain.data!.controlChain.controllers).toEqual([{ id: 'co-ttest-alpha', effectivePct: 60 }]);
    });

    test('when typed stakes would add up to more than 100 %, or name an entity of the wrong kind, then the refusal names input.<column>', async () => {
      await api.graphql(UPSERT_COMPANY, { input: company('co-ttest-beta') }, editor);
      const tooMuch = await api.graphql(LINK_STAKE, { input: stake({ ownerId: 'co-ttest-beta', stakePct: 50 }) }, editor);
      expect(errorOf(tooMuch)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.stakePct' });
      const wrongKind = await api.graphql(LINK_STAKE, { input: stake({ ownerId: 'co-ttest-beta', ownedId: 'JP', stakePct: 5 }) }, editor);
      expect(errorOf(wrongKind)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownedId' });
      expect(Number((await api.executor.runText("MATCH (:Company {id: 'co-ttest-beta'})-[r:OWNS]->() RETURN count(r) AS n"))[0].n)).toBe(0);
    });
  });

  describe('figure records', () => {
    const quantity = (extra: Record<string, unknown> = {}) => ({
      id: 'qty-ttest-one-tb-sep-2026',
      siteId: 'dep-ttest-one',
      elements: ['Tb'],
      stage: 'MINING',
      product: 'Tb4O7',
      unit: 'T_REO_PER_YEAR',
      low: 10,
      high: 12.5,
      basis: 'TARGET',
      confidence: 'LOW',
      fromYear: 2026,
      derivation: 'stated target',
      sourceIds: [SOURCE],
      ...extra,
    });

    test('when a quantity is written through upsertQuantity, then node(id) reads it back as a Quantity with its element and sources', async () => {
      const response = await api.graphql(UPSERT_QUANTITY, { input: quantity() }, editor);
      expect(response.errors).toBeUndefined();
      const read = await api.graphql<{ node: Record<string, unknown> }>(
        '{ node(id: "qty-ttest-one-tb-sep-2026") { __typename id ... on Quantity { elements { symbol } unit basis low high fromYear toYear sources { id } } } }',
      );
      expect(read.data!.node).toEqual({ __typename: 'Quantity', id: 'qty-ttest-one-tb-sep-2026', elements: [{ symbol: 'Tb' }], unit: 'T_REO_PER_YEAR', basis: 'TARGET', low: 10, high: 12.5, fromYear: 2026, toYear: null, sources: [{ id: SOURCE }] });
    });

    test('when a quantity breaks its rules, then the refusal names the column or, for a rule across columns, input', async () => {
      const combined = await api.graphql(UPSERT_QUANTITY, { input: quantity({ id: 'qty-ttest-bad', elements: ['Dy', 'Tb'] }) }, editor);
      expect(errorOf(combined)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
      expect(errorOf(combined)?.message).toMatch(/needs splitId/);
      const years = await api.graphql(UPSERT_QUANTITY, { input: quantity({ id: 'qty-ttest-bad', fromYear: 1800 }) }, editor);
      expect(errorOf(years)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fromYear' });
      const site = await api.graphql(UPSERT_QUANTITY, { input: quantity({ id: 'qty-ttest-bad', siteId: 'co-ttest-alpha' }) }, editor);
      expect(errorOf(site)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.siteId' });
      expect(await exists('qty-ttest-bad')).toBe(false);
    });
  });
});
