import type { IncomingMessage, ServerResponse } from 'node:http';
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from './admission/retry-hint';
import { serverComponents } from './db/queries/health.queries';
import type { Neo4jExecutor } from './db/run';
import { ErrorCode } from './errors';
import type { SupervisorState } from './local-neo4j/supervisor';

export interface ReadinessState {
  ready: boolean;
  neo4j: boolean;
  schema: boolean;
  /** The local server's supervision, when this process runs it: running, restarting, maintenance, failed. */
  localNeo4j?: SupervisorState;
}

/**
 * Readiness for /ready: Neo4j answers and the schema has been applied. Liveness (/health) is
 * separate and only says the process is up.
 */
export class Readiness {
  schemaApplied = false;

  constructor(
    private readonly executor: Neo4jExecutor,
    private readonly localNeo4j?: () => SupervisorState,
  ) {}

  async check(): Promise<ReadinessState> {
    let neo4j = false;
    try {
      await this.executor.query(serverComponents, {});
      neo4j = true;
    } catch {
      neo4j = false;
    }
    return { ready: neo4j && this.schemaApplied, neo4j, schema: this.schemaApplied, ...(this.localNeo4j ? { localNeo4j: this.localNeo4j() } : {}) };
  }
}

/**
 * What the port answers while the service starts (local Neo4j, schema, dataset), before the
 * GraphQL app takes over: the port is open at once, so supervisors and tests see /health 200 and
 * /ready 503 instead of a refused connection, and clients a retry hint.
 */
export function startingHandler(request: IncomingMessage, response: ServerResponse): void {
  const path = (request.url ?? '/').split('?')[0];
  if (path === '/health') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok' }));
    return;
  }
  const retryAfter = String(UNAVAILABLE_RETRY_AFTER_SECONDS);
  if (path === '/ready') {
    response.writeHead(503, { 'content-type': 'application/json', 'retry-after': retryAfter }).end(JSON.stringify({ ready: false, starting: true, neo4j: false, schema: false }));
    return;
  }
  // Drain the request body before answering, so the client reads the answer instead of a reset.
  request.resume();
  request.once('end', () => {
    response
      .writeHead(503, { 'content-type': 'application/json', 'retry-after': retryAfter })
      .end(JSON.stringify({ errors: [{ message: 'REE Graph is starting (Neo4j, schema, dataset). Retry shortly.', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS } }] }));
  });
}
