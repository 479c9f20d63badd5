import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config';

export interface DriverOptions {
  /** How long a query may wait for a connection, and how long managed retries may last (ms). */
  failFastMs?: number;
  maxPoolSize?: number;
  /** How long managed transactions retry transient errors (default: like failFastMs, at most 500 ms). */
  maxRetryMs?: number;
}

const RETRY_WINDOW_MS = 500;

/**
 * One driver per process, owned by the bootstrap. Timeouts are short on purpose: when Neo4j is
 * gone, a request must fail within ~2 s with SERVICE_UNAVAILABLE instead of retrying for 30 s
 * (the driver's default), and the pool reconnects by itself when Neo4j is back.
 */
export function createDriver(connection: Neo4jConnection, options: DriverOptions = {}): Driver {
  const failFastMs = options.failFastMs ?? 1500;
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionTimeout: failFastMs,
    connectionAcquisitionTimeout: failFastMs,
    // The driver retries a failed transaction after ~1 s (±20 %), then ~2 s, while the time since the
    // first failure is under this window. At 1,000 ms a refused connection could be retried twice
    // (measured: 2.6 s to SERVICE_UNAVAILABLE); at 500 ms it is retried once (~1.2 s), which still
    // rides over a connection the server closed (e.g. after a Neo4j restart).
    maxTransactionRetryTime: options.maxRetryMs ?? Math.min(RETRY_WINDOW_MS, failFastMs),
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    disableLosslessIntegers: false,
    userAgent: 'ree-graph/0.1',
  });
}

/** Retries `RETURN 1` until it answers or the deadline passes (for start-up against an external Neo4j). */
export async function waitForNeo4j(driver: Driver, database: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      await driver.executeQuery('RETURN 1', {}, { database });
      return;
    } catch (error) {
      lastError = error;
      const code = (error as { code?: string }).code ?? '';
      // Wrong credentials or an unknown database will not fix themselves: stop at once.
      if (code.startsWith('Neo.ClientError.Security') || code === 'Neo.ClientError.Database.DatabaseNotFound') break;
    }
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Neo4jUnreachableError(describe(lastError));
}

export class Neo4jUnreachableError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'Neo4jUnreachableError';
  }
}

function describe(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  const first = (message ?? String(error)).split('\n')[0];
  // The driver's connection message is a paragraph; its cause ("connect ECONNREFUSED …") is what helps.
  const cause = /Caused by: (.+)$/.exec(first)?.[1];
  const text = cause ?? first;
  return code ? `${code}: ${text}` : text;
}
