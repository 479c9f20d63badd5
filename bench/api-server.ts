import type { Driver } from 'neo4j-driver';
import { loadConfig, type AppConfig } from '../src/config';
import { createDriver } from '../src/db/driver';
import { Neo4jExecutor } from '../src/db/run';
import { createLogger } from '../src/logger';
import { Readiness } from '../src/readiness';
import { buildServer } from '../src/server';
import { listenOnFreePort } from './listen';

export interface ApiServer {
  /** The service's origin (http://127.0.0.1:port); GraphQL is at `${origin}/graphql`. */
  origin: string;
  url: string;
  config: AppConfig;
  driver: Driver;
  executor: Neo4jExecutor;
  close(): Promise<void>;
}

/**
 * Our service as `npm start` builds it (same buildServer), on a free port against a given Neo4j,
 * with its own driver as in production. Used by the benchmarks and the tests. Outside
 * production by default, so that responses report `extensions.roundTrips`.
 */
export async function startApiServer(connection: { uri: string; user: string; password: string; database: string }, environment: Record<string, string> = {}): Promise<ApiServer> {
  const config = loadConfig(
    { NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password, NEO4J_DATABASE: connection.database, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...environment },
    false,
  );
  const logger = createLogger({ level: config.logLevel, format: 'json' });
  const driver = createDriver(config.neo4j);
  const executor = new Neo4jExecutor(driver, config.neo4j.database);
  const readiness = new Readiness(executor);
  readiness.schemaApplied = true;
  const { app, apollo } = await buildServer({ config, executor, logger, readiness });
  const http = await listenOnFreePort(app);
  return {
    origin: http.origin,
    url: `${http.origin}/graphql`,
    config,
    driver,
    executor,
    async close() {
      await http.close();
      await apollo.stop();
      await driver.close();
    },
  };
}
