import fs from 'node:fs';
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

/** Root of the repository (the folder holding package.json), from `src/` or compiled `dist/src/`. */
export const PROJECT_ROOT = findProjectRoot(__dirname);

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'cypher'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`cannot find the project root above ${start}`);
  }
}

/** Documented default for the local server only; `.env.example` repeats it. Never used with NEO4J_URI. */
export const DEFAULT_LOCAL_PASSWORD = 'reegraph-local';

const port = (fallback: number, lowest = 1) =>
  z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(lowest, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(fallback);

const memorySize = (fallback: string) =>
  z
    .string()
    .regex(/^\d+[kmgKMG]$/, 'must be a size such as 512m or 1g')
    .default(fallback);

const boolean = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1');

const environmentSchema = z
  .object({
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/[^\s]+$/, {
        message: 'must be a Neo4j URI such as bolt://host:7687, neo4j://host or neo4j+s://host',
      })
      .optional(),
    NEO4J_USER: z.string().min(1, 'must not be empty').default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'must be a database name').default('neo4j'),
    NEO4J_BOLT_PORT: port(7687),
    NEO4J_HTTP_PORT: port(7474),
    NEO4J_HEAP: memorySize('512m'),
    NEO4J_PAGECACHE: memorySize('256m'),
    NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600000).default(15000),
    NEO4J_HOME: z.string().optional(),
    HOST: z.string().min(1).default('127.0.0.1'),
    /** 0 asks the OS for a free port (tests). */
    PORT: port(4000, 0),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_FORMAT: z.enum(['pretty', 'json']).optional(),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    SEED_ON_START: boolean(true),
    WARM_QUERY_PLANS: boolean(true),
    PUBLIC_READS: boolean(true),
    COMPILE_SELECTIONS: boolean(true),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters (HS256 secret)').optional(),
    JWKS_URL: z.url({ message: 'must be a URL' }).optional(),
    JWT_ISSUER: z.string().optional(),
    JWT_AUDIENCE: z.string().optional(),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_000_000),
    NEO4J_RESTART_ATTEMPTS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0).max(100).default(5),
    NEO4J_RESTART_BACKOFF_MS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0).max(600000).default(1000),
    ANALYTICS_CONCURRENCY: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(64).default(2),
    ANALYTICS_QUEUE: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0).max(10000).default(32),
    ANALYTICS_TIMEOUT_MS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(100).max(600000).default(30000),
    GRAPH_VERSION_POLL_MS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(100).max(600000).default(1000),
  })
  .superRefine((env, ctx) => {
    if (!env.NEO4J_URI && env.NEO4J_PASSWORD !== undefined && env.NEO4J_PASSWORD.length < 8) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'must be at least 8 characters for the local server' });
    }
    if (!env.NEO4J_URI && env.NEO4J_BOLT_PORT === env.NEO4J_HTTP_PORT) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_HTTP_PORT'], message: 'must differ from NEO4J_BOLT_PORT' });
    }
  });

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface AppConfig {
  /** Set when the service uses an existing Neo4j instead of starting its own. */
  externalNeo4j: boolean;
  neo4j: Neo4jConnection;
  neo4jConnectTimeoutMs: number;
  local: {
    home: string;
    boltPort: number;
    httpPort: number;
    heap: string;
    pageCache: string;
  };
  host: string;
  port: number;
  logLevel: string;
  logFormat: 'pretty' | 'json';
  nodeEnv: 'development' | 'production' | 'test';
  seedOnStart: boolean;
  /** Plan the analytical questions in the background at start-up (tests that start many services turn it off). */
  warmQueryPlans: boolean;
  publicReads: boolean;
  /** Top-level lists read with their nested relationship fields in one statement (false: one batched query per level). */
  compileSelections: boolean;
  auth: { jwtSecret?: string; jwksUrl?: string; issuer?: string; audience?: string };
  maxBodyBytes: number;
  /** Local server only: restarting it when its JVM exits unexpectedly. */
  supervision: { restartAttempts: number; restartBackoffMs: number };
  /** Admission of analytical questions: how many run at once, how many wait, how long one may run. */
  analytics: { concurrency: number; queue: number; timeoutMs: number };
  /** How often the service checks whether another process changed the graph (ms). */
  graphVersionPollMs: number;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads configuration from the environment (and `.env` when present; real environment
 * variables win). Throws a ConfigError naming the first bad variable.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env, readDotenv = true): AppConfig {
  if (readDotenv) loadDotenv({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0] ?? 'configuration');
    const shown = environment[variable];
    const value = shown === undefined || /PASSWORD|SECRET/.test(variable) ? '' : ` (got "${shown}")`;
    throw new ConfigError(variable, `${issue.message}${value}`);
  }
  const env = parsed.data;
  const boltPort = env.NEO4J_BOLT_PORT;
  const externalNeo4j = env.NEO4J_URI !== undefined;
  return {
    externalNeo4j,
    neo4j: {
      uri: env.NEO4J_URI ?? `bolt://127.0.0.1:${boltPort}`,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD ?? (externalNeo4j ? '' : DEFAULT_LOCAL_PASSWORD),
      database: env.NEO4J_DATABASE,
    },
    neo4jConnectTimeoutMs: env.NEO4J_CONNECT_TIMEOUT_MS,
    local: {
      home: path.resolve(PROJECT_ROOT, env.NEO4J_HOME ?? path.join('.neo4j', 'instances', 'dev')),
      boltPort,
      httpPort: env.NEO4J_HTTP_PORT,
      heap: env.NEO4J_HEAP,
      pageCache: env.NEO4J_PAGECACHE,
    },
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json'),
    nodeEnv: env.NODE_ENV,
    seedOnStart: env.SEED_ON_START,
    warmQueryPlans: env.WARM_QUERY_PLANS,
    publicReads: env.PUBLIC_READS,
    compileSelections: env.COMPILE_SELECTIONS,
    auth: { jwtSecret: env.JWT_SECRET, jwksUrl: env.JWKS_URL, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE },
    maxBodyBytes: env.MAX_BODY_BYTES,
    supervision: { restartAttempts: env.NEO4J_RESTART_ATTEMPTS, restartBackoffMs: env.NEO4J_RESTART_BACKOFF_MS },
    analytics: { concurrency: env.ANALYTICS_CONCURRENCY, queue: env.ANALYTICS_QUEUE, timeoutMs: env.ANALYTICS_TIMEOUT_MS },
    graphVersionPollMs: env.GRAPH_VERSION_POLL_MS,
  };
}
