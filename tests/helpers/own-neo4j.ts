import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config';
import { createDriver, waitForNeo4j } from '../../src/db/driver';
import { Neo4jExecutor } from '../../src/db/run';
import { LocalNeo4jServer } from '../../src/local-neo4j/local-server';
import { freePort } from '../../src/local-neo4j/ports';
import { createLogger } from '../../src/logger';

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
 * Starts a fresh local Neo4j under .neo4j/instances/<name> (old data deleted) on free ports. The
 * server's watchdog stops the JVM if the test process dies; afterAll must call stop().
 */
export async function startOwnNeo4j(name: string): Promise<OwnNeo4j> {
  const home = path.join(PROJECT_ROOT, '.neo4j', 'instances', name);
  fs.rmSync(home, { recursive: true, force: true });
  const user = 'neo4j';
  const password = 'reegraph-fault-password';
  const database = 'neo4j';
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'warn', format: 'json' });
  const server = new LocalNeo4jServer({ home, boltPort: await freePort(), httpPort: await freePort(), heap: '512m', pageCache: '64m', user, password, logger, portVariables: { bolt: '(test port)', http: '(test port)' } });
  await server.start();
  // Fail fast like the service does, so a stopped server shows at once.
  const driver = createDriver({ uri: server.boltUri, user, password, database });
  try {
    await waitForNeo4j(driver, database, 60000);
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
    executor: new Neo4jExecutor(driver, database),
    environment: { NEO4J_URI: server.boltUri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database },
    async stop() {
      await driver.close();
      await server.stop();
    },
  };
}
