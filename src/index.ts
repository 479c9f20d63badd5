import 'reflect-metadata';
import http from 'node:http';
import { ConfigError, loadConfig, type AppConfig } from './config';
import { connectNeo4j, type Neo4jHandle } from './db/connect';
import { Neo4jUnreachableError } from './db/driver';
import { isSeeded } from './db/queries/admin.queries';
import { applySchema } from './db/schema';
import { warmQueryPlans } from './db/warm-up';
import { MissingPrerequisiteError } from './local-neo4j/java';
import { LocalServerError } from './local-neo4j/local-server';
import { assertPortFree, PortInUseError } from './local-neo4j/ports';
import { createLogger, type Logger } from './logger';
import { Readiness } from './readiness';
import { formatSummary, runSeed, SeedValidationError } from './seed/run-seed';
import { buildServer } from './server';

/**
 * `npm start`: local Neo4j (unless NEO4J_URI is set) → schema → seed if the database is empty →
 * GraphQL on PORT → on SIGINT/SIGTERM: stop accepting, drain, close the driver, stop Neo4j.
 */
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    fail(error instanceof ConfigError ? `configuration: ${error.message}` : String(error));
  }
  const logger = createLogger({ level: config.logLevel, format: config.logFormat });
  let neo4j: Neo4jHandle | undefined;
  let shuttingDown = false;
  const shutdownHooks: Array<() => Promise<void>> = [];
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    for (const hook of shutdownHooks.reverse()) await hook().catch((error) => logger.error({ err: error }, 'shutdown step failed'));
    await neo4j?.close().catch((error) => logger.error({ err: error }, 'closing Neo4j failed'));
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  // Last resort if something throws past us: never leave a JVM behind (the watchdog also covers SIGKILL).
  process.once('exit', () => neo4j?.local?.signalStop());

  try {
    await assertPortFree(config.port, 'PORT', 'GraphQL API', config.host);
    neo4j = await connectNeo4j(config, logger);
    const readiness = new Readiness(neo4j.executor);
    await applySchema(neo4j.executor);
    readiness.schemaApplied = true;
    await seedIfEmpty(config, neo4j, logger);
    // In the background: the service answers meanwhile; the log says when the plans are warm.
    logger.info('warming analytics query plans in the background');
    void warmQueryPlans(neo4j.executor, logger);
    const { app, apollo } = await buildServer({ config, executor: neo4j.executor, logger, readiness });
    const server = http.createServer(app);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
    shutdownHooks.push(async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5000).unref();
      });
      await apollo.stop();
    });
    const host = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
    logger.info({ graphql: `http://${host}:${config.port}/graphql`, neo4j: neo4j.description }, 'REE Graph is ready');
    if (neo4j.local || !config.externalNeo4j) {
      logger.info(
        {
          browser: `http://localhost:${config.local.httpPort}/browser/`,
          connectUrl: `neo4j://localhost:${config.local.boltPort}`,
          user: config.neo4j.user,
          passwordFrom: 'NEO4J_PASSWORD (default reegraph-local, see .env.example)',
          guide: `:guide http://${host}:${config.port}/neo4j-browser/guide.html (opens by itself on connect)`,
        },
        'Neo4j Browser',
      );
    }
  } catch (error) {
    await neo4j?.close().catch(() => undefined);
    fail(describeStartupError(error));
  }
}

async function seedIfEmpty(config: AppConfig, neo4j: Neo4jHandle, logger: Logger): Promise<void> {
  const [row] = await neo4j.executor.query(isSeeded, {});
  if ((row?.sources ?? 0) > 0) return;
  if (!config.seedOnStart) {
    logger.warn('the database is empty and SEED_ON_START=false: run `npm run seed` to load the dataset');
    return;
  }
  logger.info('empty database: loading the REE Graph dataset');
  const summary = await runSeed(neo4j.executor, logger);
  logger.info(`\n${formatSummary(summary)}`);
}

function describeStartupError(error: unknown): string {
  if (error instanceof PortInUseError || error instanceof MissingPrerequisiteError || error instanceof LocalServerError) return error.message;
  if (error instanceof Neo4jUnreachableError) return `cannot reach Neo4j (${error.message}). Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.`;
  if (error instanceof SeedValidationError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

function fail(message: string): never {
  process.stderr.write(`ree-graph: ${message}\n`);
  process.exit(1);
}

void main();
