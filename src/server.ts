import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { ValidationError as RuleViolation } from 'class-validator';
import { GraphQLEnumType, GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { atlasRoutes } from './atlas/atlas-routes';
import { accessPlugin } from './auth/access-plugin';
import { AnalyticsAdmission } from './admission/analytics-admission';
import { retryHintPlugin } from './admission/retry-hint';
import { TokenVerifier } from './auth/tokens';
import { neo4jBrowserRoutes } from './browser/routes';
import { PROJECT_ROOT, type AppConfig } from './config';
import { createRequestContext, type RequestContext } from './context';
import { ReferenceData } from './db/reference-data';
import type { Neo4jExecutor } from './db/run';
import { DomainError, ErrorCode, ValidationError } from './errors';
import type { Logger } from './logger';
import type { Readiness } from './readiness';
import { buildGraphQLSchema } from './schema-builder';
import { GraphVersionWatcher } from './sync/graph-version-watcher';

export interface ServerDependencies {
  config: AppConfig;
  executor: Neo4jExecutor;
  logger: Logger;
  readiness: Readiness;
}

export interface BuiltServer {
  app: express.Express;
  apollo: ApolloServer<RequestContext>;
  schema: GraphQLSchema;
}

/** Security limits (GraphQL Armor, tokens by the parser): deep, wide, alias-heavy or huge documents are refused before execution. */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 30,
  maxTokens: 10000,
  maxCost: 20000,
};

/**
 * Builds the HTTP app (GraphQL, IDE, /health, /ready) without listening, so tests and the
 * service run the very same server.
 */
export async function buildServer(dependencies: ServerDependencies): Promise<BuiltServer> {
  const { config, logger } = dependencies;
  const schema = await buildGraphQLSchema();
  const reference = new ReferenceData(dependencies.executor, logger);
  await reference.start();
  // Writes of other instances, seed loads and imports reach the in-memory reference data within a poll.
  const graphVersion = new GraphVersionWatcher(dependencies.executor, config.graphVersionPollMs, () => reference.refresh(), logger);
  await graphVersion.start();
  // Analytical questions queue for a few slots; the rest of the API never waits behind them.
  const executor = dependencies.executor.withGate(new AnalyticsAdmission(config.analytics));
  const production = config.nodeEnv === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Tokens are counted by graphql-js's own parser (parseOptions below). Armor's token plugin parses
    // a second time inside a plugin hook, where any syntax error (a typo, the token limit itself,
    // a NUL) became an HTTP 500 carrying the raw error text.
    maxTokens: { enabled: false },
    costLimit: { maxCost: LIMITS.maxCost },
    // Field suggestions leak the schema only where introspection is off; keep them for developers.
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    ...protection,
    // Cache control is on by default and hooks every field resolution; nothing here sets cache hints.
    plugins: [...protection.plugins, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), accessPlugin(config.publicReads), requestLogging(logger), retryHintPlugin(), stopWithServer(() => graphVersion.stop()), ...(production ? [] : [roundTripReport()])],
    validationRules: [...protection.validationRules],
    parseOptions: { maxTokens: LIMITS.maxTokens },
    csrfPrevention: true,
    // The bootstrap owns signals: it drains HTTP, then stops Apollo, the driver and Neo4j in order.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    formatError: (formatted, error) => formatError(formatted, error, production),
  });
  await apollo.start();

  const tokens = new TokenVerifier(config.auth);
  const app = express();
  app.disable('x-powered-by');
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const state = await dependencies.readiness.check();
    res.status(state.ready ? 200 : 503).json(state);
  });
  app.use('/ide', express.static(path.join(PROJECT_ROOT, 'src', 'ide'), { index: false }));
  for (const [file, [packageName, relative]] of Object.entries(IDE_ASSETS)) {
    const absolute = path.join(path.dirname(require.resolve(`${packageName}/package.json`)), relative);
    app.get(`/ide/${file}`, (_req, res) => res.sendFile(absolute));
  }
  app.use('/neo4j-browser', neo4jBrowserRoutes(config.port));
  app.use(
    '/atlas',
    atlasRoutes({
      // Downloads run the page's operations on this server as the HTTP caller: same limits, access rules and errors.
      execute: async (req, query, variables) => {
        const contextValue = createRequestContext({ ...dependencies, reference }, requestIdOf(req), await tokens.caller(req.headers.authorization));
        const response = await apollo.executeOperation({ query, variables }, { contextValue });
        return response.body.kind === 'single' ? response.body.singleResult : { errors: [{ message: 'Incremental delivery is not used by the atlas', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] };
      },
      statusLevels: (schema.getType('StatusLevel') as GraphQLEnumType).getValues().map((value) => value.name),
    }),
  );
  const examples = loadExamples();
  app.get('/ide/examples.json', (_req, res) => res.json(examples));
  app.get('/graphql', (req, res, next) => {
    // A browser asking for HTML gets the IDE; GraphQL GET requests (queries only) go on to Apollo.
    if (req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html' && !req.query.query) {
      res.sendFile(path.join(PROJECT_ROOT, 'src', 'ide', 'index.html'));
      return;
    }
    next();
  });
  app.use(
    '/graphql',
    express.json({ limit: config.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createRequestContext({ ...dependencies, executor, reference, compileSelections: config.compileSelections }, requestIdOf(req), await tokens.caller(req.headers.authorization)),
    }),
  );
  app.use(httpErrorHandler(logger));
  return { app, apollo, schema };
}

/** A caller's X-Request-Id when it is a plain token (it ends up in logs and the audit log), else a new one. */
function requestIdOf(req: Request): string | undefined {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._:-]{1,100}$/.test(given) ? given : undefined;
}

/** The IDE's browser bundles, served from node_modules (package, file): no CDN. */
const IDE_ASSETS: Record<string, [string, string]> = {
  'react.production.min.js': ['react', 'umd/react.production.min.js'],
  'react-dom.production.min.js': ['react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.min.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.min.css': ['graphiql', 'graphiql.min.css'],
};

export interface ExampleOperation {
  file: string;
  title: string;
  query: string;
  variables?: string;
}

/** examples/*.graphql, in file-name order; a `# variables: {...}` comment gives the variables. */
export function loadExamples(directory = path.join(PROJECT_ROOT, 'examples')): ExampleOperation[] {
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = fs.readFileSync(path.join(directory, file), 'utf8');
      const title = /^#\s*(.+)$/m.exec(query)?.[1] ?? file;
      const variables = /^#\s*variables:\s*(\{.*\})\s*$/m.exec(query)?.[1];
      return { file, title, query, variables: variables ? JSON.stringify(JSON.parse(variables), null, 2) : undefined };
    });
}

/**
 * The one place errors leave the service: domain errors keep their code and details; GraphQL
 * validation errors pass; anything else becomes INTERNAL_SERVER_ERROR, masked in production
 * (no stack traces or Cypher ever reach a client).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
  const unwrapped = originalError(error);
  const original = unwrapped instanceof ArgumentValidationError ? fromArgumentValidation(unwrapped) : unwrapped;
  if (original instanceof DomainError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.code, ...original.details } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  return {
    message: production ? 'Internal server error' : `Internal server error: ${String((original as Error)?.message ?? formatted.message).split('\n')[0]}`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * type-graphql's "Argument Validation Error" as our ValidationError: each broken rule with the
 * argument's path (`where.nameContains`), and never the values sent — its own extensions echo the
 * whole argument object several times (a 1 MB argument came back as 4 MB).
 */
export function fromArgumentValidation(error: ArgumentValidationError): ValidationError {
  const problems: Array<{ field: string; message: string }> = [];
  const walk = (violations: RuleViolation[], prefix: string) => {
    for (const violation of violations) {
      const field = `${prefix}${violation.property}`;
      for (const message of Object.values(violation.constraints ?? {})) {
        problems.push({ field, message: message.startsWith(`${violation.property} `) ? `${field}${message.slice(violation.property.length)}` : `${field}: ${message}` });
      }
      walk(violation.children ?? [], `${field}.`);
    }
  };
  walk(error.extensions.validationErrors, '');
  if (!problems.length) return new ValidationError('Invalid arguments.');
  return new ValidationError(problems.map((problem) => problem.message).join('; '), problems[0].field, problems.length > 1 ? { problems } : {});
}

/** The error a resolver threw, under GraphQL's wrappers. */
function originalError(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/** Stops background work (the graph-version polling) when Apollo stops. */
function stopWithServer(stop: () => void): ApolloServerPlugin<RequestContext> {
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          stop();
        },
      };
    },
  };
}

/** Outside production, each response says how many database round trips it cost (`extensions.roundTrips`). */
function roundTripReport(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single' && contextValue?.stats) {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, roundTrips: contextValue.stats.roundTrips };
          }
        },
      };
    },
  };
}

function requestLogging(logger: Logger): ApolloServerPlugin<RequestContext> {
  const didEncounterErrors = async ({ errors }: { errors: readonly GraphQLError[] }) => {
    for (const error of errors) {
      const original = originalError(error);
      if (!(original instanceof DomainError) && !error.extensions?.code) logger.error({ err: original }, 'unexpected error');
    }
  };
  // Timing every request is for debugging: at other levels a request pays only for the error hook.
  if (!logger.isLevelEnabled('debug')) return { requestDidStart: async () => ({ didEncounterErrors }) };
  return {
    async requestDidStart({ contextValue }) {
      const started = Date.now();
      return {
        async willSendResponse({ operationName, errors }) {
          contextValue?.logger?.debug({ operationName, ms: Date.now() - started, roundTrips: contextValue.stats?.roundTrips, errors: errors?.length ?? 0 }, 'graphql request');
        },
        didEncounterErrors,
      };
    },
  };
}

/** Malformed JSON, oversized bodies and other HTTP-level failures → 4xx with a GraphQL-shaped body. */
function httpErrorHandler(logger: Logger) {
  return (error: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 600 ? error.status : 500;
    if (status >= 500) logger.error({ err: error }, 'http error');
    const message =
      error.type === 'entity.too.large' ? 'Request body too large' : error.type === 'entity.parse.failed' ? 'Malformed JSON in request body' : status >= 500 ? 'Internal server error' : error.message;
    res.status(status).json({ errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : 'BAD_REQUEST' } }] });
  };
}
