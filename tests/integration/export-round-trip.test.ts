import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { PROJECT_ROOT } from '../../src/config';
import { graphFactsChecksum } from '../../src/operations/seed-export';
import { SEED_FILES } from '../../src/domain/records';
import { graphChecksum } from '../../src/seed/load';
import { SEED_DIRECTORY } from '../../src/seed/run-seed';
import { startTestApi, type TestApi } from '../helpers/api';
import { authorization, bearerFor, TEST_JWT_SECRET } from '../helpers/auth';
import { scratchNeo4j, startOwnNeo4j, type TestNeo4j } from '../helpers/own-neo4j';
import { readTestDatabase } from '../helpers/test-database';

/**
 * `npm run export` → `npm run seed -- --dir` into an empty database, from the suite's scratch server
 * into a server of this file's own (Community has one user database per server): the export of a seeded graph loads into
 * the very graph (same checksum), and API edits travel with it (same facts checksum).
 */
const describeWithLocalNeo4j = readTestDatabase().local ? describe : describe.skip;
const run = promisify(execFile);
const script = (name: string) => path.join(PROJECT_ROOT, 'dist', 'scripts', `${name}.js`);
const SOURCE = 'src-usgs-mcs2026-data-release-copy';

function readCsv(folder: string, file: string): Array<Record<string, string>> {
  return parse(fs.readFileSync(path.join(folder, file), 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>;
}

describeWithLocalNeo4j('export to the seed format and back', () => {
  let source: TestNeo4j | undefined;
  let target: TestNeo4j | undefined;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ree-export-'));
  const cli = (name: string, args: string[], database: TestNeo4j) => run(process.execPath, [script(name), ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...database.environment, LOG_LEVEL: 'warn', LOG_FORMAT: 'json' }, maxBuffer: 16 * 1024 * 1024 });

  beforeAll(async () => {
    [source, target] = await Promise.all([scratchNeo4j('export-source', { seeded: true }), startOwnNeo4j('export-target')]);
  }, 900000);
  afterAll(async () => {
    await Promise.all([source?.stop(), target?.stop()]);
    fs.rmSync(folder, { recursive: true, force: true });
  }, 120000);

  test('when a freshly seeded graph is exported, then every seed file is written with its columns, and loaded into an empty database it gives the seed checksum', async () => {
    const out = path.join(folder, 'seeded');
    const exported = await cli('export', ['--out', out], source!);
    expect(exported.stdout).toMatch(/The seed validator accepts the files/);
    for (const spec of SEED_FILES) {
      const [header] = fs.readFileSync(path.join(out, spec.file), 'utf8').split('\n');
      expect({ file: spec.file, header }).toEqual({ file: spec.file, header: Object.keys(spec.schema.shape).join(',') });
      // Same records, in the order of seed/ (so exporting over seed/ shows only real changes); the
      // identifying columns compare as text (other cells may be written differently: 8.0 → 8).
      const ids = (rows: Array<Record<string, string>>) => rows.map((row) => Object.values(row).slice(0, 2).join('|'));
      expect({ file: spec.file, rows: readCsv(out, spec.file).length }).toEqual({ file: spec.file, rows: readCsv(SEED_DIRECTORY, spec.file).length });
      if (spec.file === 'deposits.csv' || spec.file === 'stakes.csv') expect(ids(readCsv(out, spec.file))).toEqual(ids(readCsv(SEED_DIRECTORY, spec.file)));
    }
    expect(Number((await target!.executor.runText('MATCH (n) RETURN count(n) AS nodes'))[0].nodes)).toBe(0);
    const loaded = await cli('seed', ['--dir', out], target!);
    const seedChecksum = readTestDatabase().seedChecksum;
    expect(loaded.stdout).toContain(`Graph checksum: ${seedChecksum}`);
    expect(await graphChecksum(target!.executor)).toBe(seedChecksum);
  }, 600000);

  describe('with edits made through the API', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({ ...source!.environment, JWT_SECRET: TEST_JWT_SECRET });
    });
    afterAll(() => api?.close());

    test('when a company is created, a deposit changed, an operator linked and a claim deleted, then the export carries each edit and loads into a graph with the same facts', async () => {
      const editor = authorization(await bearerFor('editor'));
      const admin = authorization(await bearerFor('admin'));
      const ok = (response: { errors?: unknown[] }) => expect(response.errors).toBeUndefined();
      ok(await api.graphql('mutation($r: JSONObject!) { upsertEntity(type: COMPANY, record: $r) { version } }', { r: { id: 'co-export-new', name: 'Export Test Mining, "Ltd", with; commas', aliases: ['ETM', 'Export Test'], countryId: 'CA', ownershipType: 'PRIVATE', ownershipRecord: 'UNKNOWN', sourceIds: [SOURCE] } }, editor));
      const weld = readCsv(SEED_DIRECTORY, 'deposits.csv').find((row) => row.id === 'dep-mount-weld')!;
      const lists = ['aliases', 'locationSourceIds', 'sourceIds'];
      const record = Object.fromEntries(Object.entries(weld).map(([column, value]) => [column, lists.includes(column) ? value.split(';').filter(Boolean) : value]));
      ok(await api.graphql('mutation($r: JSONObject!) { upsertEntity(type: DEPOSIT, record: $r, expectedVersion: 1) { version } }', { r: { ...record, description: 'Edited through the API for the export test.' } }, editor));
      ok(await api.graphql('mutation($r: JSONObject!) { link(type: OPERATOR, record: $r) { version } }', { r: { companyId: 'co-export-new', siteId: 'dep-mount-weld', since: '2026', note: 'export test', sourceIds: [SOURCE] } }, editor));
      const claim = readCsv(SEED_DIRECTORY, 'claims.csv')[0].id;
      ok(await api.graphql(`mutation { deleteEntity(type: CLAIM, id: "${claim}", expectedVersion: 1, sourceIds: ["${SOURCE}"]) { action } }`, {}, admin));
      const facts = await graphFactsChecksum(source!.executor);

      const out = path.join(folder, 'edited');
      await cli('export', ['--out', out], source!);
      expect(readCsv(out, 'companies.csv').find((row) => row.id === 'co-export-new')).toMatchObject({ name: 'Export Test Mining, "Ltd", with; commas', aliases: 'ETM;Export Test', countryId: 'CA', sourceIds: SOURCE });
      expect(readCsv(out, 'deposits.csv').find((row) => row.id === 'dep-mount-weld')?.description).toBe('Edited through the API for the export test.');
      expect(readCsv(out, 'operators.csv').filter((row) => row.companyId === 'co-export-new')).toEqual([{ companyId: 'co-export-new', siteId: 'dep-mount-weld', since: '2026', until: '', note: 'export test', sourceIds: SOURCE }]);
      expect(readCsv(out, 'claims.csv').map((row) => row.id)).not.toContain(claim);
      expect(readCsv(out, 'claims.csv').length).toBe(readCsv(SEED_DIRECTORY, 'claims.csv').length - 1);

      // "Load into an empty database": --reset deletes the graph of the first test in the same transaction.
      const loaded = await cli('seed', ['--reset', '--dir', out], target!);
      expect(loaded.stdout).toMatch(/Without a source: 0 nodes, 0 relationships/);
      expect(await graphFactsChecksum(target!.executor)).toBe(facts);
      // And the export of the loaded graph is the same files, byte for byte.
      const again = path.join(folder, 'again');
      await cli('export', ['--out', again], target!);
      for (const spec of SEED_FILES) expect({ file: spec.file, text: fs.readFileSync(path.join(again, spec.file), 'utf8') }).toEqual({ file: spec.file, text: fs.readFileSync(path.join(out, spec.file), 'utf8') });
    }, 600000);
  });
});
