import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { createLogger } from '../../src/logger';
import { runSeed, SEED_DIRECTORY } from '../../src/seed/run-seed';
import { authorization, bearerFor, TEST_JWT_SECRET } from '../helpers/auth';
import { scratchNeo4j, type TestNeo4j } from '../helpers/own-neo4j';
import { readTestDatabase } from '../helpers/test-database';
import { spawnService, type ServiceProcess } from '../helpers/service-process';

/**
 * Two instances of the real service (two processes of the entry point) on one Neo4j of this
 * file's own: a write through one shows through the other within 2 s, although the other answers
 * elements and countries from memory (no round trip) — it notices the graph version changed.
 */
const describeWithLocalNeo4j = readTestDatabase().local ? describe : describe.skip;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The documented bound: GRAPH_VERSION_POLL_MS (1 s) plus a reload, well under 2 s. */
const VISIBLE_WITHIN_MS = 2000;

/** A seed row as the record the write API takes (lists split on ";"). */
function seedRecord(file: string, id: string, lists: string[]): Record<string, unknown> {
  const rows = parse(fs.readFileSync(path.join(SEED_DIRECTORY, file), 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>;
  const row = rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`${file} has no row ${id}`);
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, lists.includes(column) ? value.split(';').filter(Boolean) : value]));
}

describeWithLocalNeo4j('two API instances on one database', () => {
  let neo4j: TestNeo4j | undefined;
  let first: ServiceProcess | undefined;
  let second: ServiceProcess | undefined;

  beforeAll(async () => {
    neo4j = await scratchNeo4j('instances', { seeded: true });
    const environment = { ...neo4j.environment, JWT_SECRET: TEST_JWT_SECRET, SEED_ON_START: 'false' };
    [first, second] = await Promise.all([spawnService('instance-a', environment, { local: false }), spawnService('instance-b', environment, { local: false })]);
    await Promise.all([first.waitReady(300000), second.waitReady(300000)]);
  }, 1200000);
  afterAll(async () => {
    await Promise.all([first?.kill(), second?.kill()]);
    await neo4j?.stop();
  }, 120000);

  async function graphql<T>(service: ServiceProcess, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    const response = await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: T; errors?: Array<{ message: string }>; extensions?: { roundTrips?: number } };
  }

  /** Polls `read` on an instance until `expected` comes back; the milliseconds it took. */
  async function visibleAfter(read: () => Promise<unknown>, expected: unknown, limitMs = 10000): Promise<number> {
    const started = Date.now();
    for (;;) {
      if (JSON.stringify(await read()) === JSON.stringify(expected)) return Date.now() - started;
      if (Date.now() - started > limitMs) throw new Error(`still not ${JSON.stringify(expected)} after ${limitMs} ms`);
      await sleep(25);
    }
  }

  const countryName = (service: ServiceProcess) => graphql<{ country: { name: string } }>(service, '{ country(code: "JP") { name } }');
  const elementName = (service: ServiceProcess) => graphql<{ element: { name: string } }>(service, '{ element(symbol: "Tb") { name } }');

  test('when a country is renamed through one instance, then the other answers the new name within 2 s, from memory', async () => {
    // The other instance answers from memory (no round trip): without the version check it would stay stale.
    const before = await countryName(second!);
    expect(before.data).toEqual({ country: { name: 'Japan' } });
    expect(before.extensions?.roundTrips).toBe(0);

    const editor = authorization(await bearerFor('editor'));
    const record = { ...seedRecord('countries.csv', 'JP', ['aliases', 'sourceIds']), name: 'Japan (renamed by instance A)' };
    const write = await graphql<{ upsertEntity: { version: number } }>(first!, 'mutation($r: JSONObject!) { upsertEntity(type: COUNTRY, record: $r, expectedVersion: 1) { version } }', { r: record }, editor);
    expect(write.errors).toBeUndefined();
    const ms = await visibleAfter(async () => (await countryName(second!)).data, { country: { name: 'Japan (renamed by instance A)' } });
    expect(ms).toBeLessThan(VISIBLE_WITHIN_MS);
    expect((await countryName(second!)).extensions?.roundTrips).toBe(0);
    process.stderr.write(`instance B saw instance A's write after ${ms} ms\n`);
  }, 60000);

  test('when an element is renamed through the other instance, then the first sees it within 2 s too', async () => {
    const editor = authorization(await bearerFor('editor'));
    const record = { ...seedRecord('elements.csv', 'Tb', ['aliases', 'uses', 'sourceIds']), name: 'Terbium (renamed by instance B)' };
    const write = await graphql(second!, 'mutation($r: JSONObject!) { upsertEntity(type: ELEMENT, record: $r, expectedVersion: 1) { version } }', { r: record }, editor);
    expect(write.errors).toBeUndefined();
    const ms = await visibleAfter(async () => (await elementName(first!)).data, { element: { name: 'Terbium (renamed by instance B)' } });
    expect(ms).toBeLessThan(VISIBLE_WITHIN_MS);
  }, 60000);

  test('when the seed is loaded again (outside both instances), then both show the seeded names within 2 s', async () => {
    await runSeed(neo4j!.executor, createLogger({ level: 'silent', format: 'json' }), { progressBar: false });
    const started = Date.now();
    await Promise.all([
      visibleAfter(async () => (await countryName(first!)).data, { country: { name: 'Japan' } }),
      visibleAfter(async () => (await countryName(second!)).data, { country: { name: 'Japan' } }),
      visibleAfter(async () => (await elementName(first!)).data, { element: { name: 'Terbium' } }),
      visibleAfter(async () => (await elementName(second!)).data, { element: { name: 'Terbium' } }),
    ]);
    expect(Date.now() - started).toBeLessThan(VISIBLE_WITHIN_MS);
  }, 120000);
});
