import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config';
import { createDriver, waitForNeo4j } from '../../src/db/driver';
import { Neo4jExecutor } from '../../src/db/run';
import { LocalNeo4jServer } from '../../src/local-neo4j/local-server';
import { freePort } from '../../src/local-neo4j/ports';
import { createLogger } from '../../src/logger';
import { runSeed } from '../../src/seed/run-seed';
import { testExecutor } from './api';
import { readTestDatabase } from './test-database';

/** A Neo4j that one test file starts, stops and breaks, apart from the suite's shared server. */
export interface OwnNeo4j {
  server: LocalNeo4jServer;
  uri: string;
  user: string;
  password: string;
  database: string;
  driver: Driver;
  executor: Neo4jExecutor;
  /** The environment that points the service or the seed CLI at this instance. */
  environment: Record<string, string>;
  /** Stops the server and closes the driver; safe to call twice and after a failed start. */
  stop(): Promise<void>;
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
  const database = 'neo4j';
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'warn', format: 'json' });
  const server = new LocalNeo4jServer({ home, boltPort: await freePort(), httpPort: await freePort(), heap: '512m', pageCache: '64m', user, password, logger, portVariables: { bolt: '(test port)', http: '(test port)' } });
  await server.start();
  // Fail fast like the service does, so a stopped server shows at once.
  const driver = createDriver({ uri: server.boltUri, user, password, database });
  const executor = new Neo4jExecutor(driver, database);
  try {
    await waitForNeo4j(driver, database, 60000);
    if (options.seeded) await runSeed(executor, logger, { progressBar: false });
  } catch (error) {
    await driver.close();
    await server.stop();
    throw error;
  }
  return {
    server,
    uri: server.boltUri,
    user,
    password,
    database,
    driver,
    executor,
    environment: { NEO4J_URI: server.boltUri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database },
    async stop() {
      await driver.close();
      await server.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/** A database a test file may write to without other files (running in parallel) seeing it. */
export interface WritableDatabase {
  executor: Neo4jExecutor;
  /** NEO4J_* variables for startTestApi or a spawned CLI. */
  environment: Record<string, string>;
  release(): Promise<void>;
}

/**
 * The suite's local server has a seeded Neo4j of this file's own; against an external NEO4J_URI
 * (one database, nothing to start) the shared one is used, and the file must clean up after itself.
 */
export async function writableDatabase(name: string): Promise<WritableDatabase> {
  const shared = readTestDatabase();
  if (shared.local) {
    const own = await startOwnNeo4j(name, { seeded: true });
    return { executor: own.executor, environment: own.environment, release: () => own.stop() };
  }
  const { driver, executor } = testExecutor();
  return {
    executor,
    environment: { NEO4J_URI: shared.uri, NEO4J_USER: shared.user, NEO4J_PASSWORD: shared.password, NEO4J_DATABASE: shared.database },
    release: () => driver.close(),
  };
}
