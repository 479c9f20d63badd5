import type { Driver } from 'neo4j-driver';
import type { AppConfig } from '../config';
import { LocalNeo4jServer } from '../local-neo4j/local-server';
import type { Logger } from '../logger';
import { createDriver, waitForNeo4j } from './driver';
import { Neo4jExecutor } from './run';

export interface Neo4jHandle {
  driver: Driver;
  executor: Neo4jExecutor;
  /** Set when this process started the local server (and so must stop it). */
  local?: LocalNeo4jServer;
  /** Where the service talks to Neo4j, for start-up messages. */
  description: string;
  close(): Promise<void>;
}

/**
 * Connects to the configured Neo4j: the one at NEO4J_URI, or else the local server — reusing it
 * when another process (say `npm start`) already runs it on this home, starting it otherwise.
 */
export async function connectNeo4j(config: AppConfig, logger: Logger, options: { startLocal?: boolean } = {}): Promise<Neo4jHandle> {
  let local: LocalNeo4jServer | undefined;
  let description = config.neo4j.uri;
  if (!config.externalNeo4j) {
    const server = new LocalNeo4jServer({ ...config.local, user: config.neo4j.user, password: config.neo4j.password, logger, extra: browserWelcome(config.port) });
    const runningPid = server.runningPid();
    if (runningPid) {
      logger.info({ pid: runningPid, bolt: server.boltUri }, 'using the local Neo4j already running');
      description = `${server.boltUri} (local, already running)`;
    } else if (options.startLocal === false) {
      throw new Error('the local Neo4j is not running');
    } else {
      await server.start();
      local = server;
      description = `${server.boltUri} (local, started by this process)`;
    }
  }
  const driver = createDriver(config.neo4j);
  try {
    await waitForNeo4j(driver, config.neo4j.database, config.externalNeo4j ? config.neo4jConnectTimeoutMs : 30000);
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw error;
  }
  const executor = new Neo4jExecutor(driver, config.neo4j.database);
  return {
    driver,
    executor,
    local,
    description,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}

/**
 * On connecting, Neo4j Browser applies REE Graph's style and opens its guide, both served by this
 * service (src/browser/routes.ts). Skipped when the API port is chosen at random (PORT=0).
 */
export function browserWelcome(apiPort: number): Record<string, string> {
  if (apiPort === 0) return {};
  const base = `http://localhost:${apiPort}/neo4j-browser`;
  // The Browser puts the colon in front of each command itself.
  return { 'browser.post_connect_cmd': `style ${base}/style.grass; guide ${base}/guide.html` };
}
