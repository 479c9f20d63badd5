/**
 * Manages the local Neo4j on its own: `npm run neo4j -- start` (foreground, Ctrl-C stops it),
 * `fetch` (download the jars only), `reset` (delete the dev instance's data), `where` (paths).
 */
import fs from 'node:fs';
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../src/config';
import { ensureDistribution, distributionPaths } from '../src/local-neo4j/distribution';
import { LocalNeo4jServer } from '../src/local-neo4j/local-server';
import { Neo4jSupervisor } from '../src/local-neo4j/supervisor';
import { createLogger } from '../src/logger';

async function main(): Promise<void> {
  const command = process.argv[2] ?? 'start';
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, format: config.logFormat });
  if (command === 'fetch') {
    await ensureDistribution(logger);
    return;
  }
  if (command === 'where') {
    console.log(JSON.stringify({ distribution: distributionPaths().root, instance: config.local.home }, null, 2));
    return;
  }
  if (command === 'reset') {
    fs.rmSync(config.local.home, { recursive: true, force: true });
    logger.info({ home: config.local.home }, 'local Neo4j instance deleted; the next start recreates it');
    return;
  }
  if (command !== 'start') throw new ConfigError('command', `"${command}" is unknown (use start, fetch, reset or where)`);
  const server = new LocalNeo4jServer({ ...config.local, user: config.neo4j.user, password: config.neo4j.password, logger });
  await server.start();
  // Restarted when it dies, as under npm start; npm run backup/restore stop and resume it through the same supervisor.
  const supervisor = new Neo4jSupervisor(server, {
    logger,
    maxAttempts: config.supervision.restartAttempts,
    backoffMs: config.supervision.restartBackoffMs,
    onGiveUp: (message) => {
      console.error(`neo4j: ${message}`);
      process.exit(1);
    },
  });
  logger.info({ bolt: server.boltUri, browser: server.browserUrl, user: config.neo4j.user }, 'Neo4j is running; Ctrl-C stops it');
  const stop = () => {
    supervisor.stop();
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`neo4j: ${error.message}`);
  process.exit(1);
});
