import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { createDriver, waitForNeo4j } from '../../src/db/driver';
import { Neo4jExecutor } from '../../src/db/run';
import { isAlive, LocalNeo4jServer } from '../../src/local-neo4j/local-server';
import { freePort } from '../../src/local-neo4j/ports';
import { createLogger } from '../../src/logger';
import { warmQueryPlans } from '../../src/db/warm-up';
import { runSeed } from '../../src/seed/run-seed';
import { writeTestDatabase } from './test-database';

/**
 * Once per `npm test`: a dedicated Neo4j for the suite (own home, free ports, fresh data) — or the
 * one at NEO4J_URI when set — loaded with the real dataset.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'warn', format: 'json' });
  const externalUri = process.env.NEO4J_URI;
  let uri: string;
  let user = 'neo4j';
  let password = 'reegraph-test-password';
  let database = 'neo4j';
  let server: LocalNeo4jServer | undefined;
  let scratch: LocalNeo4jServer | undefined;
  let httpPort: number | undefined;
  // One instance folder per run (removed by the teardown), so concurrent runs never share a database.
  const instances = path.join(PROJECT_ROOT, '.neo4j', 'instances');
  removeAbandonedTestInstances(instances);
  const home = path.join(instances, `test-${process.pid}`);
  process.env.REE_TEST_DATABASE_FILE = path.join(PROJECT_ROOT, 'test-output', `test-database-${process.pid}.json`);
  if (externalUri) {
    const config = loadConfig();
    ({ uri, user, password, database } = config.neo4j);
    process.stderr.write(`\nTests use the Neo4j at ${uri} (NEO4J_URI): its database "${database}" is replaced by the REE Graph dataset.\n`);
  } else {
    fs.rmSync(home, { recursive: true, force: true });
    const boltPort = await freePort();
    httpPort = await freePort();
    server = new LocalNeo4jServer({ home, boltPort, httpPort, heap: '512m', pageCache: '128m', user, password, logger, portVariables: { bolt: '(test port)', http: '(test port)' } });
    // The scratch server starts beside it (the JVMs overlap their start-up); it stays empty until a file asks.
    scratch = new LocalNeo4jServer({ home: path.join(instances, `test-own-scratch-${process.pid}`), boltPort: await freePort(), httpPort: await freePort(), heap: '512m', pageCache: '64m', user, password, logger, portVariables: { bolt: '(test port)', http: '(test port)' } });
    (globalThis as Record<string, unknown>).__REE_TEST_NEO4J__ = server;
    (globalThis as Record<string, unknown>).__REE_TEST_SCRATCH_NEO4J__ = scratch;
    await Promise.all([server.start(), scratch.start()]);
    uri = server.boltUri;
  }
  const driver = createDriver({ uri, user, password, database });
  try {
    await waitForNeo4j(driver, database, 60000);
    const executor = new Neo4jExecutor(driver, database);
    if (externalUri) await refuseForeignData(executor);
    const summary = await runSeed(executor, logger, { reset: true, progressBar: false });
    // As `npm start` does: the first test to ask an analytical question should not pay for planning it.
    await warmQueryPlans(executor, logger);
    process.stderr.write(`\nTest database ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${server ? 'local Neo4j started' : uri}; dataset loaded in ${summary.seconds} s)\n`);
    writeTestDatabase({
      uri, user, password, database, local: Boolean(server), httpPort, home: server ? home : undefined, seedChecksum: summary.checksum,
      scratch: scratch ? { uri: scratch.boltUri, user, password, database } : undefined,
    });
  } catch (error) {
    await Promise.all([server?.stop(), scratch?.stop()]);
    throw error;
  } finally {
    await driver.close();
  }
}

/** Test instance folders of runs that are no longer alive (a killed run leaves its folder behind). */
function removeAbandonedTestInstances(instances: string): void {
  if (!fs.existsSync(instances)) return;
  for (const entry of fs.readdirSync(instances)) {
    const match = /^test(?:-own-[a-z-]+)?(?:-(\d+))?$/.exec(entry);
    if (!match) continue;
    const pid = match[1] ? Number(match[1]) : undefined;
    if (pid !== undefined && isAlive(pid)) continue;
    fs.rmSync(path.join(instances, entry), { recursive: true, force: true });
  }
}

/** Never wipe somebody's graph: an external database must be empty or hold only REE Graph data. */
async function refuseForeignData(executor: Neo4jExecutor): Promise<void> {
  const [row] = await executor.runText('MATCH (n) WHERE n.origin IS NULL RETURN count(n) AS foreign');
  if (Number(row?.foreign ?? 0) > 0) {
    throw new Error('NEO4J_URI points to a database with data that REE Graph did not load; the tests would replace it. Use an empty database.');
  }
}
