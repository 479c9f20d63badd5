import type { Driver } from 'neo4j-driver';
import { startApiServer } from '../../bench/api-server';
import type { AppConfig } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Neo4jExecutor } from '../../src/db/run';
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
  const api = await startApiServer(readTestDatabase(), { LOG_LEVEL: 'silent', ...environment });
  return {
    url: api.origin,
    config: api.config,
    driver: api.driver,
    executor: api.executor,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body } as GraphQLResponse<never>;
    },
    close: () => api.close(),
  };
}

/** A driver + executor on the suite's database, for tests that query Cypher directly. */
export function testExecutor(): { driver: Driver; executor: Neo4jExecutor } {
  const db = readTestDatabase();
  const driver = createDriver({ uri: db.uri, user: db.user, password: db.password, database: db.database });
  return { driver, executor: new Neo4jExecutor(driver, db.database) };
}
