import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { TokenVerifier } from '../../src/auth/tokens';
import { PROJECT_ROOT } from '../../src/config';
import { controlReferenceQuery } from '../../src/db/control.queries';
import { graphChecksum } from '../../src/seed/load';
import { startTestApi, type GraphQLResponse, type TestApi } from '../helpers/api';
import { authorization, bearerFor, TEST_JWT_SECRET } from '../helpers/auth';
import { writableDatabase, type WritableDatabase } from '../helpers/own-neo4j';

/**
 * Writes, on a seeded Neo4j of this file's own (so suites reading the shared dataset in parallel
 * never see them). Every record created here has an id starting with `co-wtest-`/`dep-wtest-` and
 * every audit entry an actor starting with `test-` or `cli:`; both are removed at the end and the
 * checksum must be the seeded one again, which also keeps the file safe on an external NEO4J_URI.
 */
let database: WritableDatabase;
// A seeded Neo4j of its own takes minutes on a small shared machine.
beforeAll(async () => {
  database = await writableDatabase('writes');
}, 480000);
afterAll(() => database?.release(), 120000);

const SOURCE = 'src-usgs-mcs2026-data-release-copy';
// Stored control periods hang off their target and would outlive it.
const CLEANUP = `
MATCH (n:Entity) WHERE n.id STARTS WITH 'co-wtest-' OR n.id STARTS WITH 'dep-wtest-'
CALL (n) { OPTIONAL MATCH (n)-[:HAS_CONTROL]->(period:ControlPeriod) DETACH DELETE period }
DETACH DELETE n
WITH count(*) AS done
MATCH (a:AuditEntry) WHERE a.actor STARTS WITH 'test-' DELETE a`;

const UPSERT = `mutation($type: EntityRecordType!, $record: JSONObject!, $version: Int) {
  upsertEntity(type: $type, record: $record, expectedVersion: $version) { action id version changedFields auditId } }`;
const LINK = `mutation($type: LinkRecordType!, $record: JSONObject!, $version: Int) {
  link(type: $type, record: $record, expectedVersion: $version) { action id to relationship key version } }`;

const company = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Write Test ${id}`, countryId: 'JP', ownershipType: 'PRIVATE', ownershipRecord: 'COMPLETE', sourceIds: [SOURCE], ...extra });

describe('writes: mutations, roles, versions, audit', () => {
  let api: TestApi;
  let editor: Record<string, string>;
  let admin: Record<string, string>;
  let reader: Record<string, string>;
  let checksumBefore: string;

  beforeAll(async () => {
    api = await startTestApi({ ...database.environment, JWT_SECRET: TEST_JWT_SECRET });
    await api.executor.runText(CLEANUP);
    checksumBefore = await graphChecksum(api.executor);
    editor = authorization(await bearerFor('editor'));
    admin = authorization(await bearerFor('admin'));
    reader = authorization(await bearerFor('reader'));
  });
  afterAll(async () => {
    await api.executor.runText(CLEANUP);
    expect(await graphChecksum(api.executor)).toBe(checksumBefore);
    await api.close();
  });

  const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;
  const exists = async (id: string) => Number((await api.executor.runText('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id }))[0].n) > 0;

  describe('who may write', () => {
    test('when no token is sent, then a write is UNAUTHENTICATED and nothing is written', async () => {
      const response = await api.graphql(UPSERT, { type: 'COMPANY', record: company('co-wtest-anonymous') });
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
      expect(await exists('co-wtest-anonymous')).toBe(false);
    });

    test.each([
      ['a token signed with another secret', async () => (await import('../../src/auth/tokens')).mintToken('another-secret-another-secret-0123', { subject: 'test-x', roles: ['admin'], hours: 1 })],
      ['an expired token', async () => (await import('../../src/auth/tokens')).mintToken(TEST_JWT_SECRET, { subject: 'test-x', roles: ['admin'], hours: -1 })],
      ['a token that is not a JWT', async () => 'not-a-jwt'],
    ])('when %s is sent, then the request is UNAUTHENTICATED (even a read) and nothing is written', async (_case, token) => {
      const headers = authorization(await token());
      expect(codeOf(await api.graphql(UPSERT, { type: 'COMPANY', record: company('co-wtest-badtoken') }, headers))).toBe('UNAUTHENTICATED');
      expect(codeOf(await api.graphql('{ element(symbol: "Tb") { symbol } }', {}, headers))).toBe('UNAUTHENTICATED');
      expect(await exists('co-wtest-badtoken')).toBe(false);
    });

    test('when a reader writes, or an editor deletes or imports, then it is FORBIDDEN', async () => {
      expect(codeOf(await api.graphql(UPSERT, { type: 'COMPANY', record: company('co-wtest-reader') }, reader))).toBe('FORBIDDEN');
      expect(codeOf(await api.graphql('mutation { deleteEntity(type: COUNTRY, id: "JP", expectedVersion: 1, sourceIds: ["x"]) { action } }', {}, editor))).toBe('FORBIDDEN');
      expect(codeOf(await api.graphql('mutation { import(type: COMPANY, csv: "id") { applied } }', {}, editor))).toBe('FORBIDDEN');
      expect(await exists('co-wtest-reader')).toBe(false);
      expect(await exists('JP')).toBe(true);
    });

    test('when reads are public (the default), then queries need no token', async () => {
      expect((await api.graphql('{ element(symbol: "Tb") { symbol } }')).data).toEqual({ element: { symbol: 'Tb' } });
    });
  });

  describe('entity records', () => {
    test('when an editor creates a company, then it is in the graph with its country, version 1, and an audit entry with its source', async () => {
      const response = await api.graphql<{ upsertEntity: { action: string; version: number; auditId: string } }>(UPSERT, { type: 'COMPANY', record: company('co-wtest-alpha') }, editor);
      expect(response.errors).toBeUndefined();
      expect(response.data!.upsertEntity).toMatchObject({ action: 'CREATED', version: 1 });
      const read = await api.graphql<{ company: { name: string; country: { iso2: string }; sources: Array<{ id: string }> } }>('{ company(id: "co-wtest-alpha") { name country { iso2 } sources { id } } }');
      expect(read.data!.company).toEqual({ name: 'Write Test co-wtest-alpha', country: { iso2: 'JP' }, sources: [{ id: SOURCE }] });
      const audit = await api.graphql<{ auditLog: Array<{ id: string; actor: string; action: string; after: Record<string, unknown>; sources: Array<{ id: string }> }> }>('{ auditLog(entity: "co-wtest-alpha") { id actor action after sources { id } } }');
      expect(audit.data!.auditLog).toEqual([{ id: response.data!.upsertEntity.auditId, actor: 'test-editor', action: 'CREATED', after: expect.objectContaining({ name: 'Write Test co-wtest-alpha' }), sources: [{ id: SOURCE }] }]);
    });

    test('when a change carries no version or a stale one, then it is CONFLICT and the record keeps its value; with the current version it lands', async () => {
      const renamed = company('co-wtest-alpha', { name: 'Renamed' });
      const missing = await api.graphql(UPSERT, { type: 'COMPANY', record: renamed }, editor);
      expect(missing.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
      const updated = await api.graphql<{ upsertEntity: { version: number; changedFields: string[] } }>(UPSERT, { type: 'COMPANY', record: renamed, version: 1 }, editor);
      expect(updated.data!.upsertEntity).toMatchObject({ version: 2, changedFields: ['name'] });
      const stale = await api.graphql(UPSERT, { type: 'COMPANY', record: company('co-wtest-alpha', { name: 'Lost update' }), version: 1 }, editor);
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect((await api.graphql<{ company: { name: string } }>('{ company(id: "co-wtest-alpha") { name } }')).data!.company.name).toBe('Renamed');
    });

    test('when two editors change the same version at once, then exactly one lands and the other is CONFLICT', async () => {
      await api.graphql(UPSERT, { type: 'COMPANY', record: company('co-wtest-race') }, editor);
      const attempts = await Promise.all(
        ['First', 'Second', 'Third'].map((name) => api.graphql(UPSERT, { type: 'COMPANY', record: company('co-wtest-race', { name }), version: 1 }, editor)),
      );
      expect(attempts.filter((attempt) => !attempt.errors).length).toBe(1);
      expect(attempts.filter((attempt) => codeOf(attempt) === 'CONFLICT').length).toBe(2);
    });

    test.each([
      ['an unknown column', { colour: 'red' }, 'record.colour', /not a column/],
      ['a value outside the vocabulary', { ownershipType: 'PIRATE' }, 'record.ownershipType', /must be one of/],
      ['no source', { sourceIds: [] }, 'record.sourceIds', /at least one source/],
      ['an unknown source', { sourceIds: ['src-no-such-source'] }, 'record.sourceIds', /no such source/],
      ['an unknown country', { countryId: 'XQ' }, 'record.countryId', /no such Country/],
      ['a line break', { name: 'line\nbreak' }, 'record.name', /control character/],
      ['a 20,001-character name', { name: 'x'.repeat(20001) }, 'record.name', /longer than/],
      ['a malformed id', { id: 'Co Wtest!' }, 'record.id', /must look like co-/],
    ])('when a record has %s, then it is BAD_USER_INPUT naming the field and nothing is written', async (_case, change, field, message) => {
      const response = await api.graphql(UPSERT, { type: 'COMPANY', record: company('co-wtest-invalid', change) }, editor);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(response.errors?.[0].message).toMatch(message);
      expect(await exists('co-wtest-invalid')).toBe(false);
    });

    test('when a deposit is written, then its location becomes a point and its country a LOCATED_IN relationship', async () => {
      const record = { id: 'dep-wtest-one', name: 'Write Test Deposit', countryId: 'AU', latitude: -28.86, longitude: 122.55, locationPrecision: 'REGION', locationSourceIds: [SOURCE], depositType: 'CARBONATITE', status: 'EXPLORATION', sourceIds: [SOURCE] };
      const response = await api.graphql(UPSERT, { type: 'DEPOSIT', record }, editor);
      expect(response.errors).toBeUndefined();
      const [row] = await api.executor.runText("MATCH (d:Deposit {id: 'dep-wtest-one'})-[:LOCATED_IN]->(c:Country) RETURN c.id AS country, d.location.latitude AS latitude");
      expect(row).toEqual({ country: 'AU', latitude: -28.86 });
      const moved = await api.graphql(UPSERT, { type: 'DEPOSIT', record: { ...record, countryId: 'CA' }, version: 1 }, editor);
      expect(moved.errors).toBeUndefined();
      expect(await api.executor.runText("MATCH (:Deposit {id: 'dep-wtest-one'})-[:LOCATED_IN]->(c) RETURN collect(c.id) AS countries")).toEqual([{ countries: ['CA'] }]);
    });
  });

  describe('link records', () => {
    const stake = (extra: Record<string, unknown> = {}) => ({ ownerId: 'co-wtest-alpha', ownedId: 'dep-wtest-one', stakePct: 60, status: 'CURRENT', asOf: '2026-11', sourceIds: [SOURCE], ...extra });

    test('when an editor links a stake, then control is traced through it', async () => {
      const response = await api.graphql<{ link: { action: string; relationship: string; version: number } }>(LINK, { type: 'STAKE', record: stake() }, editor);
      expect(response.data!.link).toMatchObject({ action: 'LINKED', relationship: 'OWNS', version: 1 });
      const chain = await api.graphql<{ controlChain: { controllers: Array<{ id: string; effectivePct: number }> } }>('{ controlChain(id: "dep-wtest-one") { controllers { id effectivePct } } }');
      expect(chain.data!.controlChain.controllers).toEqual([{ id: 'co-wtest-alpha', effectivePct: 60 }]);
      // The stored control followed the write in its own transaction: the same answer, computed ahead.
      const [stored] = await api.executor.query(controlReferenceQuery, { asOf: new Date().toISOString().slice(0, 10), ids: ['dep-wtest-one'] });
      expect(stored.stored).toEqual(stored.computed);
      expect(stored.stored.controllers).toEqual([{ id: 'co-wtest-alpha', effectivePct: 60, attributed: false }]);
    });

    test('when stakes would add up to more than 100 %, or an owner would hold two current controlling stakes, then it is BAD_USER_INPUT', async () => {
      await api.graphql(UPSERT, { type: 'COMPANY', record: company('co-wtest-beta') }, editor);
      const tooMuch = await api.graphql(LINK, { type: 'STAKE', record: stake({ ownerId: 'co-wtest-beta', stakePct: 50 }) }, editor);
      expect(tooMuch.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'record.stakePct' });
      const twice = await api.graphql(LINK, { type: 'STAKE', record: stake({ asOf: '2026-10', stakePct: 10 }) }, editor);
      expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'record.ownerId' });
    });

    test('when a link names an entity of the wrong kind, then the field is named', async () => {
      const response = await api.graphql(LINK, { type: 'OPERATOR', record: { companyId: 'co-wtest-alpha', siteId: 'JP', sourceIds: [SOURCE] } }, editor);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'record.siteId' });
      expect(response.errors?.[0].message).toMatch(/is a Country, expected Deposit or Facility/);
    });

    test('when an editor unlinks without the version, then CONFLICT; with it, the stake is gone and the audit keeps what it was', async () => {
      const unlink = (version: number) => api.graphql(`mutation { unlink(type: STAKE, from: "co-wtest-alpha", to: "dep-wtest-one", expectedVersion: ${version}, sourceIds: ["${SOURCE}"], reason: "test") { action relationship } }`, {}, editor);
      expect(codeOf(await unlink(7))).toBe('CONFLICT');
      expect((await unlink(1)).data).toEqual({ unlink: { action: 'UNLINKED', relationship: 'OWNS' } });
      const audit = await api.graphql<{ auditLog: Array<{ action: string; before: { stakePct: number }; reason: string }> }>('{ auditLog(entity: "dep-wtest-one", first: 1) { action before reason } }');
      expect(audit.data!.auditLog[0]).toEqual({ action: 'UNLINKED', before: expect.objectContaining({ stakePct: 60 }), reason: 'test' });
    });
  });

  describe('deletes (admin)', () => {
    test('when an admin deletes a company with its version and a source, then it and its relationships are gone and the audit keeps its last state', async () => {
      const response = await api.graphql<{ deleteEntity: { action: string } }>(`mutation { deleteEntity(type: COMPANY, id: "co-wtest-beta", expectedVersion: 1, sourceIds: ["${SOURCE}"]) { action } }`, {}, admin);
      expect(response.data).toEqual({ deleteEntity: { action: 'DELETED' } });
      expect(await exists('co-wtest-beta')).toBe(false);
      const audit = await api.graphql<{ auditLog: Array<{ action: string; actor: string; before: { name: string } }> }>('{ auditLog(entity: "co-wtest-beta", first: 1) { action actor before } }');
      expect(audit.data!.auditLog[0]).toMatchObject({ action: 'DELETED', actor: 'test-admin', before: { name: 'Write Test co-wtest-beta' } });
    });

    test('when a source that records cite is deleted, then CONFLICT and it stays', async () => {
      const response = await api.graphql(`mutation { deleteEntity(type: SOURCE, id: "${SOURCE}", expectedVersion: 1, sourceIds: ["${SOURCE}"]) { action } }`, {}, admin);
      expect(codeOf(response)).toBe('CONFLICT');
      expect(response.errors?.[0].message).toMatch(/still cited/);
    });

    test('when the entity does not exist, then NOT_FOUND', async () => {
      expect(codeOf(await api.graphql(`mutation { deleteEntity(type: COMPANY, id: "co-wtest-nobody", expectedVersion: 1, sourceIds: ["${SOURCE}"]) { action } }`, {}, admin))).toBe('NOT_FOUND');
    });
  });

  describe('import (admin)', () => {
    const header = 'id,name,aliases,countryId,ownershipType,ownershipRecord,listing,description,sourceIds';
    const importCsv = (csv: string) =>
      api.graphql<{ import: { applied: boolean; rows: number; accepted: number; created: number; rejected: Array<{ line: number; field: string; message: string }> } }>(
        'mutation($csv: String!) { import(type: COMPANY, csv: $csv) { applied rows accepted created updated rejected { line field message } } }',
        { csv },
        admin,
      );

    test('when every row is valid, then all land in one transaction, each with an audit entry', async () => {
      const csv = [header, `co-wtest-imp-one,Imported One,,KR,LISTED,WIDELY_HELD,,,${SOURCE}`, `co-wtest-imp-two,Imported Two,Two Co;TwoCo,DE,PRIVATE,COMPLETE,,,${SOURCE}`].join('\n');
      const response = await importCsv(csv);
      expect(response.data!.import).toMatchObject({ applied: true, rows: 2, accepted: 2, created: 2, rejected: [] });
      expect(await exists('co-wtest-imp-two')).toBe(true);
      const audit = await api.graphql<{ auditLog: Array<{ action: string; reason: string }> }>('{ auditLog(entity: "co-wtest-imp-two") { action reason } }');
      expect(audit.data!.auditLog).toEqual([{ action: 'CREATED', reason: 'import' }]);
    });

    test('when one row is bad, then the report names its line and field and nothing of the file is written', async () => {
      const before = await graphChecksum(api.executor);
      const csv = [header, `co-wtest-imp-three,Imported Three,,KR,LISTED,WIDELY_HELD,,,${SOURCE}`, `co-wtest-imp-four,Imported Four,,XQ,LISTED,WIDELY_HELD,,,${SOURCE}`, `co-wtest-imp-five,,,KR,LISTED,WIDELY_HELD,,,${SOURCE}`].join('\n');
      const report = (await importCsv(csv)).data!.import;
      expect(report.applied).toBe(false);
      expect(report.rejected).toEqual([
        { line: 3, field: 'countryId', message: expect.stringMatching(/no such Country/) },
        { line: 4, field: 'name', message: 'is required' },
      ]);
      expect(await graphChecksum(api.executor)).toBe(before);
    });

    test('when the header does not name the columns, then nothing is read', async () => {
      const report = (await importCsv('id,name,colour\nco-wtest-x,X,red')).data!.import;
      expect(report).toMatchObject({ applied: false, rejected: [{ line: 1, field: 'header', message: expect.stringMatching(/unknown colour/) }] });
    });
  });

  test('when the audit log is asked for writes since a time, then older entries are left out', async () => {
    const all = await api.graphql<{ auditLog: Array<{ at: string }> }>('{ auditLog(first: 500) { at } }');
    const newest = all.data!.auditLog[0].at;
    const since = await api.graphql<{ auditLog: Array<{ at: string }> }>('query($since: IsoDateOrTime) { auditLog(since: $since) { at } }', { since: newest });
    expect(since.data!.auditLog.every((entry) => entry.at >= newest)).toBe(true);
    expect(since.data!.auditLog.length).toBeLessThan(all.data!.auditLog.length);
    expect(codeOf(await api.graphql('{ auditLog(since: "yesterday-ish") { at } }'))).toBe('BAD_USER_INPUT');
  });
});

describe('reads behind a token (PUBLIC_READS=false)', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi({ ...database.environment, JWT_SECRET: TEST_JWT_SECRET, PUBLIC_READS: 'false' })));
  afterAll(() => api.close());

  test('when no token is sent, then a query is UNAUTHENTICATED; with a reader token it is answered', async () => {
    expect((await api.graphql('{ element(symbol: "Tb") { symbol } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql('{ element(symbol: "Tb") { symbol } }', {}, authorization(await bearerFor('reader')))).data).toEqual({ element: { symbol: 'Tb' } });
  });
});

const run = promisify(execFile);
const CLI_CLEANUP = "MATCH (n:Entity) WHERE n.id STARTS WITH 'co-wtest-cli-' DETACH DELETE n WITH count(*) AS done MATCH (a:AuditEntry) WHERE a.actor STARTS WITH 'cli:' AND a.entityId STARTS WITH 'co-wtest-cli-' DELETE a";

describe('the write command-line tools', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ree-import-'));
  const executor = () => database.executor;
  const environment = () => ({ ...process.env, ...database.environment, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'warn' });
  const script = (name: string) => path.join(PROJECT_ROOT, 'dist', 'scripts', `${name}.js`);
  afterAll(async () => {
    await executor().runText(CLI_CLEANUP);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('when `npm run token -- --role admin` runs, then it prints only a token the service accepts as admin', async () => {
    const { stdout } = await run(process.execPath, [script('token'), '--role', 'admin', '--sub', 'test-cli'], { env: environment(), cwd: PROJECT_ROOT });
    const caller = await new TokenVerifier({ jwtSecret: TEST_JWT_SECRET }).caller(`Bearer ${stdout.trim()}`);
    expect(caller.viewer).toEqual({ subject: 'test-cli', roles: ['admin'] });
  });

  test('when `npm run import` gets a valid file, then it writes every row and records cli:<user> in the audit log', async () => {
    const file = path.join(folder, 'companies.csv');
    fs.writeFileSync(file, `id,name,aliases,countryId,ownershipType,ownershipRecord,listing,description,sourceIds\nco-wtest-cli-one,CLI One,,FR,PRIVATE,COMPLETE,,,${SOURCE}\n`);
    const { stdout } = await run(process.execPath, [script('import'), file, '--type', 'companies'], { env: environment(), cwd: PROJECT_ROOT });
    expect(stdout).toMatch(/1 COMPANY row\(s\) applied/);
    const [row] = await executor().runText("MATCH (c:Company {id: 'co-wtest-cli-one'})-[:HEADQUARTERED_IN]->(country) MATCH (a:AuditEntry {entityId: 'co-wtest-cli-one'}) RETURN country.id AS country, a.actor AS actor");
    expect(row).toEqual({ country: 'FR', actor: `cli:${os.userInfo().username}` });
  });

  test('when the file has a bad row, then the command exits 1, names file:line and field, and changes nothing', async () => {
    const file = path.join(folder, 'bad.csv');
    fs.writeFileSync(file, `id,name,aliases,countryId,ownershipType,ownershipRecord,listing,description,sourceIds\nco-wtest-cli-two,CLI Two,,FR,PRIVATE,COMPLETE,,,${SOURCE}\nco-wtest-cli-three,CLI Three,,FR,PIRATE,COMPLETE,,,${SOURCE}\n`);
    const before = await graphChecksum(executor());
    const failure = await run(process.execPath, [script('import'), file, '--type', 'COMPANY'], { env: environment(), cwd: PROJECT_ROOT }).catch((error: { code: number; stderr: string; stdout: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(`${file}:3: ownershipType: must be one of`);
    expect(await graphChecksum(executor())).toBe(before);
  });

  test('when the type is unknown, then the command explains the types and exits 2', async () => {
    const failure = await run(process.execPath, [script('import'), 'x.csv', '--type', 'unicorns'], { env: environment(), cwd: PROJECT_ROOT }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toMatch(/relationship types: STAKE/);
  });
});
