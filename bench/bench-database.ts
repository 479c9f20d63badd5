import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../src/config';
import { createDriver, waitForNeo4j } from '../src/db/driver';
import { CypherLibrary } from '../src/db/cypher';
import { Neo4jExecutor } from '../src/db/run';
import { LocalNeo4jServer } from '../src/local-neo4j/local-server';
import { freePort } from '../src/local-neo4j/ports';
import type { Logger } from '../src/logger';

export const BENCH_HOME = path.join(PROJECT_ROOT, '.neo4j', 'instances', 'bench');
export const BENCH_CYPHER = path.join(PROJECT_ROOT, 'bench', 'cypher');

export interface BenchDatabaseOptions {
  /** Instance folder (default .neo4j/instances/bench). */
  home?: string;
  heap: string;
  pageCache: string;
  logger: Logger;
}

export interface BenchDatabase {
  server: LocalNeo4jServer;
  uri: string;
  user: string;
  password: string;
  database: string;
  driver: Driver;
  /** Runs the product's Cypher files (cypher/). */
  executor: Neo4jExecutor;
  /** Runs the benchmarks' own Cypher files (bench/cypher/). */
  benchExecutor: Neo4jExecutor;
  settings: { heap: string; pageCache: string; boltPort: number };
  stop(): Promise<void>;
}

/**
 * A Neo4j of its own for the benchmarks: its own home, fresh data, free ports, a bigger heap and
 * page cache than the dev server. Stopped on every way out (normal end, error, Ctrl-C, SIGTERM);
 * the server's watchdog covers a killed Node process.
 */
export async function startBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const home = options.home ?? BENCH_HOME;
  fs.rmSync(path.join(home, 'data'), { recursive: true, force: true });
  const user = 'neo4j';
  const password = 'reegraph-bench-password';
  const database = 'neo4j';
  const boltPort = await freePort();
  const httpPort = await freePort();
  const server = new LocalNeo4jServer({
    home,
    boltPort,
    httpPort,
    heap: options.heap,
    pageCache: options.pageCache,
    user,
    password,
    logger: options.logger,
    portVariables: { bolt: '(bench port)', http: '(bench port)' },
  });
  const stopOnSignal = (signal: NodeJS.Signals) => {
    options.logger.warn({ signal }, 'interrupted: stopping the bench Neo4j');
    void server.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  process.once('exit', () => server.signalStop());
  await server.start();
  // Parallel load batches may deadlock on shared end nodes (countries, elements): retry them for long.
  const driver = createDriver({ uri: server.boltUri, user, password, database }, { failFastMs: 30000, maxPoolSize: 200, maxRetryMs: 120000 });
  await waitForNeo4j(driver, database, 60000);
  return {
    server,
    uri: server.boltUri,
    user,
    password,
    database,
    driver,
    executor: new Neo4jExecutor(driver, database),
    benchExecutor: new Neo4jExecutor(driver, database, new CypherLibrary(BENCH_CYPHER)),
    settings: { heap: options.heap, pageCache: options.pageCache, boltPort },
    async stop() {
      process.off('SIGINT', stopOnSignal);
      process.off('SIGTERM', stopOnSignal);
      await driver.close().catch(() => undefined);
      await server.stop();
    },
  };
}
