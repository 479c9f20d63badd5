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
import { Neo4jSupervisor } from './local-neo4j/supervisor';
import { assertPortFree, PortInUseError } from './local-neo4j/ports';
import { createLogger, type Logger } from './logger';
import { Readiness, startingHandler } from './readiness';
import { formatSummary, runSeed, SeedValidationError } from './seed/run-seed';
import { buildServer } from './server';

/**
 * `npm start`: open the port (answering 503 while starting) → local Neo4j (unless NEO4J_URI is
 * set), supervised → schema → seed if the database is empty → GraphQL → on SIGINT/SIGTERM: stop
 * accepting, drain, close the driver, stop Neo4j. If the local Neo4j dies and cannot be
 * restarted, the service stops the same way and exits 1 with the reason.
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
  let supervisor: Neo4jSupervisor | undefined;
  let shuttingDown = false;
  const shutdownHooks: Array<() => Promise<void>> = [];
  const shutdown = async (reason: string, code = 0) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ reason }, 'shutting down');
    for (const hook of shutdownHooks.reverse()) await hook().catch((error) => logger.error({ err: error }, 'shutdown step failed'));
    supervisor?.stop();
    await neo4j?.close().catch((error) => logger.error({ err: error }, 'closing Neo4j failed'));
    await supervisor?.settled();
    logger.info('stopped');
    if (code !== 0) process.stderr.write(`ree-graph: ${reason}\n`);
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  // Last resort if something throws past us: never leave a JVM behind (the watchdog also covers SIGKILL).
  process.once('exit', () => neo4j?.local?.signalStop());

  try {
    await assertPortFree(config.port, 'PORT', 'GraphQL API', config.host);
    // The port opens at once; until the app is built it answers /health 200, /ready 503 and a retry hint.
    const server = http.createServer(startingHandler);
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
    });
    neo4j = await connectNeo4j(config, logger);
    if (neo4j.local) {
      supervisor = new Neo4jSupervisor(neo4j.local, {
        logger,
        maxAttempts: config.supervision.restartAttempts,
        backoffMs: config.supervision.restartBackoffMs,
        onGiveUp: (message) => void shutdown(message, 1),
      });
    }
    const watched = supervisor;
    const readiness = new Readiness(neo4j.executor, watched ? () => watched.state : undefined);
    await applySchema(neo4j.executor);
    readiness.schemaApplied = true;
    await seedIfEmpty(config, neo4j, logger);
    // In the background: the service answers meanwhile; the log says when the plans are warm.
    if (config.warmQueryPlans) {
      logger.info('warming analytics query plans in the background');
      void warmQueryPlans(neo4j.executor, logger);
    }
    const { app, apollo } = await buildServer({ config, executor: neo4j.executor, logger, readiness });
    server.removeListener('request', startingHandler);
    server.on('request', app);
    shutdownHooks.push(() => apollo.stop());
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
    supervisor?.stop();
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
