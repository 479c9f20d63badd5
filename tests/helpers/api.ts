import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type AppConfig } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Neo4jExecutor } from '../../src/db/run';
import { createLogger } from '../../src/logger';
import { Readiness } from '../../src/readiness';
import { buildServer } from '../../src/server';
import { readTestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: Array<string | number> }>;
}

export interface TestApi {
  url: string;
  config: AppConfig;
  driver: Driver;
  executor: Neo4jExecutor;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real service (same buildServer as `npm start`) on a free port, against the suite's Neo4j. */
export async function startTestApi(environment: Record<string, string> = {}): Promise<TestApi> {
  const db = readTestDatabase();
  const config = loadConfig(
    { NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...environment },
    false,
  );
  const logger = createLogger({ level: config.logLevel, format: 'json' });
  const driver = createDriver(config.neo4j);
  const executor = new Neo4jExecutor(driver, config.neo4j.database);
  const readiness = new Readiness(executor);
  readiness.schemaApplied = true;
  const { app, apollo } = await buildServer({ config, executor, logger, readiness });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    config,
    driver,
    executor,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body } as GraphQLResponse<never>;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await driver.close();
    },
  };
}

/** A driver + executor on the suite's database, for tests that query Cypher directly. */
export function testExecutor(): { driver: Driver; executor: Neo4jExecutor } {
  const db = readTestDatabase();
  const driver = createDriver({ uri: db.uri, user: db.user, password: db.password, database: db.database });
  return { driver, executor: new Neo4jExecutor(driver, db.database) };
}
