import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { createLogger } from '../../src/logger';
import { graphChecksum, graphCounts } from '../../src/seed/load';
import { runSeed } from '../../src/seed/run-seed';
import { startTestApi, testExecutor, type TestApi } from '../helpers/api';
import { startOwnNeo4j, type OwnNeo4j } from '../helpers/own-neo4j';
import { readTestDatabase } from '../helpers/test-database';

const SEED_CLI = path.join(PROJECT_ROOT, 'dist', 'scripts', 'seed.js');
/** The first line of the relationship batch statement, as SHOW TRANSACTIONS shows the running query. */
const RELATIONSHIP_BATCH = fs.readFileSync(path.join(PROJECT_ROOT, 'cypher', 'writes', 'seed', 'merge-relationships.cypher'), 'utf8').split('\n')[0];

// Stopping and starting Neo4j needs the local server (Java + Maven), not an external NEO4J_URI.
const describeWithLocalNeo4j = readTestDatabase().local ? describe : describe.skip;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithLocalNeo4j('faults, on a Neo4j of this test file’s own', () => {
  let neo4j: OwnNeo4j | undefined;
  const children = new Set<ChildProcess>();
  const shared = testExecutor();
  const own = () => neo4j!;

  beforeAll(async () => {
    neo4j = await startOwnNeo4j('faults');
  }, 240000);
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await neo4j?.stop();
    await shared.driver.close();
  }, 120000);

  /** `npm run seed` as it runs for a user (the built CLI), against this file's Neo4j. */
  function seedCli(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> } {
    if (!fs.existsSync(SEED_CLI)) throw new Error(`${SEED_CLI} is missing: npm test builds it first (pretest), or run npm run build`);
    const child = spawn(process.execPath, [SEED_CLI, ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...own().environment, LOG_LEVEL: 'warn', LOG_FORMAT: 'json', NODE_ENV: 'test' }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
      child.once('exit', (code, signal) => {
        children.delete(child);
        resolve({ code, signal, stdout, stderr });
      }),
    );
    return { child, done };
  }

  /** The loader's open transaction as the server sees it: the id of the statement it runs, if any. */
  async function seedTransaction(): Promise<{ open: boolean; relationshipStatement?: string }> {
    const rows = await own().executor.runText("SHOW TRANSACTIONS YIELD currentQuery, currentQueryId, metaData WHERE metaData.app = 'ree-graph' AND metaData.query = 'transaction' RETURN currentQuery, currentQueryId");
    const writing = rows.find((row) => String(row.currentQuery ?? '').startsWith(RELATIONSHIP_BATCH));
    return { open: rows.length > 0, relationshipStatement: writing ? String(writing.currentQueryId) : undefined };
  }

  /**
   * Runs the seed CLI and SIGKILLs it in the middle of its one write transaction: every node is
   * written and at least one relationship batch is done (a second one is running).
   */
  async function killSeedHalfWay(args: string[]): Promise<void> {
    const run = seedCli(args);
    let exited = false;
    void run.done.then(() => (exited = true));
    let firstBatch: string | undefined;
    for (;;) {
      if (exited) throw new Error(`the seed CLI finished before it could be killed:\n${(await run.done).stderr}`);
      const { relationshipStatement } = await seedTransaction();
      if (relationshipStatement && firstBatch && relationshipStatement !== firstBatch) break;
      firstBatch ??= relationshipStatement;
      await sleep(25);
    }
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    // The server rolls the transaction back once it sees the connection gone.
    for (let waited = 0; (await seedTransaction()).open; waited += 100) {
      if (waited > 60000) throw new Error('the killed loader’s transaction is still open after 60 s');
      await sleep(100);
    }
  }

  const nodeCount = async () => Number((await own().executor.runText('MATCH (n) RETURN count(n) AS nodes'))[0].nodes);

  describe('the seed loader', () => {
    test('when the loader is killed with SIGKILL half-way through an empty database, then nothing is left, and the next run gives the graph of a clean run', async () => {
      expect(await nodeCount()).toBe(0);
      await killSeedHalfWay([]);
      expect(await nodeCount()).toBe(0);

      const next = await seedCli([]).done;
      expect(next.code).toBe(0);
      const clean = readTestDatabase().seedChecksum;
      expect(next.stdout).toContain(`Graph checksum: ${clean}`);
      expect(await graphChecksum(own().executor)).toBe(clean);
      expect(await graphCounts(own().executor)).toEqual(await graphCounts(shared.executor));
    }, 300000);

    test('when a --reset load (delete everything, then load) is killed with SIGKILL half-way, then the previous graph is intact', async () => {
      const before = await graphChecksum(own().executor);
      expect(await nodeCount()).toBeGreaterThan(0);
      await killSeedHalfWay(['--reset']);
      expect(await graphChecksum(own().executor)).toBe(before);
    }, 300000);
  });

  describe('Neo4j going away under a running API', () => {
    let api: TestApi | undefined;
    const lookup = '{ company(id: "co-lynas") { id name } }';
    // Elements and countries are answered from memory; these need the database.
    const failing = ['{ company(id: "co-lynas") { name } }', '{ deposits(first: 5) { totalCount edges { node { name } } } }', '{ country(code: "JP") { name importDependence(first: 3) { totalCount } } }'];

    beforeAll(async () => {
      // The seed tests leave the dataset here; load it when this block runs alone.
      if ((await nodeCount()) === 0) await runSeed(own().executor, createLogger({ level: 'silent', format: 'json' }), { progressBar: false });
      api = await startTestApi(own().environment);
    }, 240000);
    afterAll(async () => {
      await api?.close();
    });

    test('when Neo4j stops, then requests fail within 2 s with SERVICE_UNAVAILABLE, /ready turns false and /health stays up; when it starts again, the API recovers without a restart', async () => {
      const { url } = api!;
      expect((await api!.graphql(lookup)).data).toEqual({ company: { id: 'co-lynas', name: 'Lynas Rare Earths Ltd' } });
      expect((await fetch(`${url}/ready`)).status).toBe(200);

      await own().server.stop();
      const failures: number[] = [];
      for (const query of failing) {
        const started = Date.now();
        const response = await api!.graphql(query);
        failures.push(Date.now() - started);
        expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
        expect(response.errors?.[0].message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|bolt:/);
      }
      const ready = await fetch(`${url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ ready: false, neo4j: false });
      expect((await fetch(`${url}/health`)).status).toBe(200);
      // The functional requirement: a client learns within 2 s that the graph is unavailable.
      expect(Math.max(...failures)).toBeLessThan(2000);

      const restarting = Date.now();
      await own().server.start();
      const neo4jUp = Date.now();
      let answer = await api!.graphql(lookup);
      while (answer.errors && Date.now() - neo4jUp < 60000) {
        await sleep(200);
        answer = await api!.graphql(lookup);
      }
      const recovered = Date.now();
      expect(answer.data).toEqual({ company: { id: 'co-lynas', name: 'Lynas Rare Earths Ltd' } });
      expect((await fetch(`${url}/ready`)).status).toBe(200);
      process.stderr.write(
        `Neo4j outage: SERVICE_UNAVAILABLE after ${failures.join(' / ')} ms; Neo4j restarted in ${((neo4jUp - restarting) / 1000).toFixed(1)} s; ` +
          `the API answered again ${recovered - neo4jUp} ms after Neo4j was up\n`,
      );
    }, 300000);
  });
});
