import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config';
import { createDriver, waitForNeo4j } from '../../src/db/driver';
import { Neo4jExecutor } from '../../src/db/run';
import { isAlive, LocalNeo4jServer } from '../../src/local-neo4j/local-server';
import { freePort } from '../../src/local-neo4j/ports';
import { createLogger } from '../../src/logger';
import { runSeed } from '../../src/seed/run-seed';
import { testExecutor } from './api';
import { readTestDatabase, stateFile } from './test-database';

/** A Neo4j one test file has to itself while it runs: where it is, and a driver on it. */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  driver: Driver;
  executor: Neo4jExecutor;
  /** The environment that points the service or the seed CLI at this instance. */
  environment: Record<string, string>;
  /** Gives the database up (an own server stops; the scratch server is handed back); safe to call twice. */
  stop(): Promise<void>;
}

/** A Neo4j that one test file starts, stops and breaks, apart from the suite's shared server. */
export interface OwnNeo4j extends TestNeo4j {
  server: LocalNeo4jServer;
}

/**
 * Starts a fresh local Neo4j under .neo4j/instances/test-own-<name>-<pid> on free ports, optionally
 * with the dataset loaded. The server's watchdog stops the JVM if the test process dies; afterAll
 * must call stop(), which also deletes the folder (global setup removes those of dead runs).
 */
export async function startOwnNeo4j(name: string, options: { seeded?: boolean } = {}): Promise<OwnNeo4j> {
  const home = path.join(PROJECT_ROOT, '.neo4j', 'instances', `test-own-${name}-${process.pid}`);
  fs.rmSync(home, { recursive: true, force: true });
  const user = 'neo4j';
  const password = 'reegraph-fault-password';
  const logger = testLogger();
  const server = new LocalNeo4jServer({ home, boltPort: await freePort(), httpPort: await freePort(), heap: '512m', pageCache: '64m', user, password, logger, portVariables: { bolt: '(test port)', http: '(test port)' } });
  await server.start();
  let opened: TestNeo4jConnection;
  try {
    opened = await connect({ uri: server.boltUri, user, password, database: 'neo4j' }, async (executor) => {
      if (options.seeded) await runSeed(executor, logger, { progressBar: false });
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    ...opened,
    server,
    async stop() {
      await opened.driver.close();
      await server.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * The suite's scratch server (global setup starts it beside the shared one), reset for this file to
 * the real dataset (`seeded`) or to an empty graph: a reset costs seconds where a server start and a
 * cold load cost about forty. A lock file keeps two test files (parallel workers) off it at once;
 * stop() releases it. Without a local suite server (NEO4J_URI) a server of the file's own stands in.
 */
export async function scratchNeo4j(name: string, options: { seeded?: boolean } = {}): Promise<TestNeo4j> {
  const scratch = readTestDatabase().scratch;
  if (!scratch) return startOwnNeo4j(name, options);
  const release = await lockScratch(name);
  let opened: TestNeo4jConnection;
  try {
    opened = await connect(scratch, async (executor) => {
      if (options.seeded) await runSeed(executor, testLogger(), { reset: true, progressBar: false });
      else await executor.runText('MATCH (n) DETACH DELETE n');
    });
  } catch (error) {
    release();
    throw error;
  }
  let released = false;
  return {
    ...opened,
    async stop() {
      if (released) return;
      released = true;
      await opened.driver.close();
      release();
    },
  };
}

type TestNeo4jConnection = Omit<TestNeo4j, 'stop'>;

const testLogger = () => createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'warn', format: 'json' });

/**
 * A driver on `connection` once Neo4j answers (failing fast like the service, so a stopped server
 * shows at once) and `prepare` (a load or a wipe) has run; the driver is closed if either fails.
 */
async function connect(
  connection: { uri: string; user: string; password: string; database: string },
  prepare: (executor: Neo4jExecutor) => Promise<void>,
): Promise<TestNeo4jConnection> {
  const driver = createDriver(connection);
  const executor = new Neo4jExecutor(driver, connection.database);
  try {
    await waitForNeo4j(driver, connection.database, 60000);
    await prepare(executor);
  } catch (error) {
    await driver.close();
    throw error;
  }
  const { uri, user, password, database } = connection;
  return { uri, user, password, database, driver, executor, environment: { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database } };
}

/** Waits (up to 30 min) for the scratch lock; a lock whose holder process is gone is taken over. */
async function lockScratch(name: string): Promise<() => void> {
  const lock = `${stateFile()}.scratch-lock`;
  for (const started = Date.now(); ; ) {
    try {
      fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, name }), { flag: 'wx' });
      return () => fs.rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(lock);
      if (holder && holder.pid !== process.pid && !isAlive(holder.pid)) fs.rmSync(lock, { force: true });
      else if (Date.now() - started > 30 * 60000) throw new Error(`the scratch Neo4j is still held by ${JSON.stringify(holder)}`, { cause: error });
      else await sleep(500);
    }
  }
}

function readLock(lock: string): { pid: number; name: string } | undefined {
  try {
    return JSON.parse(fs.readFileSync(lock, 'utf8')) as { pid: number; name: string };
  } catch {
    return undefined;
  }
}

/** A database a test file may write to without other files (running in parallel) seeing it. */
export interface WritableDatabase {
  executor: Neo4jExecutor;
  /** NEO4J_* variables for startTestApi or a spawned CLI. */
  environment: Record<string, string>;
  release(): Promise<void>;
}

/**
 * With the suite's local servers, the scratch server reset to the dataset for this file; against an external NEO4J_URI
 * (one database, nothing to start) the shared one is used, and the file must clean up after itself.
 */
export async function writableDatabase(name: string): Promise<WritableDatabase> {
  const shared = readTestDatabase();
  if (shared.local) {
    const scratch = await scratchNeo4j(name, { seeded: true });
    return { executor: scratch.executor, environment: scratch.environment, release: () => scratch.stop() };
  }
  const { driver, executor } = testExecutor();
  return {
    executor,
    environment: { NEO4J_URI: shared.uri, NEO4J_USER: shared.user, NEO4J_PASSWORD: shared.password, NEO4J_DATABASE: shared.database },
    release: () => driver.close(),
  };
}
