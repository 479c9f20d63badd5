import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { z } from 'zod';
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from '../admission/retry-hint';
import { OverloadedError, QueryTimeoutError, ServiceUnavailableError } from '../errors';
import { cypherLibrary, type CypherLibrary } from './cypher';
import type { ParamsOf, QueryDefinition, RowOf } from './query';

/** Counts what one GraphQL request costs the database (asserted by the no-N+1 test). */
export class QueryStats {
  roundTrips = 0;
  readonly names: string[] = [];
}

export type Row = Record<string, unknown>;

export interface RunOptions {
  /** Per-query timeout; analytics get more than lookups. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15000;

/** Admission control for some queries (src/admission/analytics-admission.ts): may queue, refuse or set the timeout. */
export interface QueryGate {
  run<T>(name: string, options: RunOptions, work: (options: RunOptions) => Promise<T>): Promise<T>;
}

/** Ends every write transaction: other instances see the graph changed (src/sync/graph-version-watcher.ts). */
const GRAPH_VERSION_BUMP = 'writes/graph-version/bump';

/**
 * The only module that runs Cypher: named queries from cypher/, parameters only, managed
 * transactions (executeRead / executeWrite, so work must be safe to retry), the configured
 * database, transaction metadata naming the query, and driver values turned into plain JSON-able
 * values. Connection failures become ServiceUnavailableError.
 */
export class Neo4jExecutor {
  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly library: CypherLibrary = cypherLibrary(),
    private readonly stats?: QueryStats,
    private readonly gate?: QueryGate,
  ) {}

  /** The same executor, counting round trips into `stats` (one per request). */
  withStats(stats: QueryStats): Neo4jExecutor {
    return new Neo4jExecutor(this.driver, this.database, this.library, stats, this.gate);
  }

  /** The same executor, running queries through an admission gate. */
  withGate(gate: QueryGate): Neo4jExecutor {
    return new Neo4jExecutor(this.driver, this.database, this.library, this.stats, gate);
  }

  /** A typed query: parameters checked and converted by its schema, rows parsed into its row type. */
  async query<Q extends QueryDefinition>(query: Q, parameters: ParamsOf<Q>, mode: 'READ' | 'WRITE' = 'READ'): Promise<Array<RowOf<Q>>> {
    const checked: unknown = query.params.parse(parameters);
    const rows = await this.run(mode, query.name, checked, { timeoutMs: query.timeoutMs });
    return rows.map((row) => parseWith<Q['row']>(query.row, row));
  }

  /**
   * A statement built for one request (@neo4j/cypher-builder, parameters only), named for the
   * transaction metadata and the round-trip count; rows parsed by `row`.
   */
  async statement<R extends z.ZodType>(name: string, statement: { cypher: string; params: Record<string, unknown> }, row: R): Promise<Array<z.output<R>>> {
    const rows = await this.gated('READ', name, statement.cypher, statement.params, {});
    return rows.map((raw) => parseWith<R>(row, raw));
  }

  async read(name: string, parameters: Record<string, unknown> = {}, options: RunOptions = {}): Promise<Row[]> {
    return this.run('READ', name, parameters, options);
  }

  async write(name: string, parameters: Record<string, unknown> = {}, options: RunOptions = {}): Promise<Row[]> {
    return this.run('WRITE', name, parameters, options);
  }

  /**
   * Several named statements in ONE write transaction: all land or none does.
   * `work` receives a runner bound to the open transaction.
   */
  async writeTransaction<T>(work: (run: (name: string, parameters?: Record<string, unknown>) => Promise<Row[]>) => Promise<T>, options: RunOptions = {}): Promise<T> {
    this.count('transaction');
    // Concurrent writes that touch the same nodes (two companies headquartered in one country) can
    // deadlock; Neo4j rolls one back. The driver retries within its short fail-fast window only, so
    // lock contention gets a few more attempts here, with a jittered back-off, before it is refused.
    for (let attempt = 1; ; attempt += 1) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(
          async (tx) => {
            const result = await work(async (name, parameters = {}) => rowsOf(await tx.run(this.library.get(name).text, parameters)));
            await tx.run(this.library.get(GRAPH_VERSION_BUMP).text);
            return result;
          },
          { timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, metadata: { app: 'ree-graph', query: 'transaction' } },
        );
      } catch (error) {
        if (!isLockContention(error) || attempt >= LOCK_CONTENTION_ATTEMPTS) throw mapDriverError(error);
      } finally {
        await closeQuietly(session);
      }
      await new Promise((resolve) => setTimeout(resolve, (25 << attempt) * (0.5 + Math.random())));
    }
  }

  /** Raw text, for tools that run ad-hoc statements (schema application, EXPLAIN tests). */
  async runText(text: string, parameters: Record<string, unknown> = {}, mode: 'READ' | 'WRITE' = 'WRITE'): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      const result = await session.run(text, parameters);
      return rowsOf(result);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await closeQuietly(session);
    }
  }

  private async run(mode: 'READ' | 'WRITE', name: string, parameters: unknown, options: RunOptions): Promise<Row[]> {
    return this.gated(mode, name, this.library.get(name).text, parameters, options);
  }

  /** Through the admission gate when there is one (analytics queue for a few slots). */
  private async gated(mode: 'READ' | 'WRITE', name: string, text: string, parameters: unknown, options: RunOptions): Promise<Row[]> {
    if (this.gate) return this.gate.run(name, options, (admitted) => this.execute(mode, name, text, parameters, admitted));
    return this.execute(mode, name, text, parameters, options);
  }

  private async execute(mode: 'READ' | 'WRITE', name: string, text: string, parameters: unknown, options: RunOptions): Promise<Row[]> {
    this.count(name);
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    const work = (tx: ManagedTransaction) => tx.run(text, parameters);
    const config = { timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, metadata: { app: 'ree-graph', query: name } };
    try {
      const result = mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
      return rowsOf(result);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await closeQuietly(session);
    }
  }

  private count(name: string): void {
    if (!this.stats) return;
    this.stats.roundTrips += 1;
    this.stats.names.push(name);
  }
}

/** A schema's parse, typed by the schema (a definition's row type follows from its row schema). */
function parseWith<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  return schema.parse(data);
}

/**
 * A session on a connection that just broke (Neo4j killed) fails to close; that failure must not
 * replace the outcome already decided — a committed write stays acknowledged, a failed one keeps
 * its SERVICE_UNAVAILABLE — or it would reach the client as INTERNAL_SERVER_ERROR.
 */
async function closeQuietly(session: { close(): Promise<void> }): Promise<void> {
  await session.close().catch(() => undefined);
}

function rowsOf(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((record) => plainMap(record.toObject()));
}

/** Driver values to plain values: Integer → number, temporal → ISO string, Point → lat/lon, Node → properties. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers, booleans, lists and maps: handle them before the driver's
  // type checks, which cost more than the rest of this walk on large answers (CPU profile of a
  // 12 MB answer). The driver's types are class instances; maps come back as plain objects.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value);
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) {
    return String(value);
  }
  if (neo4j.isPoint(value)) return { longitude: Number(value.x), latitude: Number(value.y) };
  if (neo4j.isNode(value)) return { ...plainMap(value.properties), _labels: value.labels };
  if (neo4j.isRelationship(value)) return { ...plainMap(value.properties), _type: value.type };
  return plainMap(value);
}

function plainMap(value: object): Row {
  const out: Row = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
  return out;
}

/** Attempts of a write transaction rolled back by a deadlock or a lock wait (the last one is refused as OVERLOADED). */
const LOCK_CONTENTION_ATTEMPTS = 6;
const LOCK_CONTENTION = new Set(['Neo.TransientError.Transaction.DeadlockDetected', 'Neo.TransientError.Transaction.LockAcquisitionTimeout']);
const isLockContention = (error: unknown) => LOCK_CONTENTION.has(String((error as { code?: string } | null)?.code ?? ''));

// A transaction the database terminated while shutting down (or a lost lock client) is the database
// going away, as far as the caller can tell: retry shortly.
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Connection-level failures → SERVICE_UNAVAILABLE; timeouts → QUERY_TIMEOUT; the rest passes through. */
export function mapDriverError(error: unknown): unknown {
  const { code = '', message = '' } = (error ?? {}) as { code?: string; message?: string };
  // A timeout's termination message reads like a shutdown's: its code decides first.
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new QueryTimeoutError('The query took too long and was stopped. Narrow it (fewer hops, a smaller page) and retry.');
  }
  if (UNAVAILABLE.has(code) || /connect ECONNREFUSED|Connection acquisition timed out|Failed to connect|Pool is closed|^The transaction has been terminated/.test(message)) {
    return new ServiceUnavailableError('The graph database is not reachable right now. Retry shortly.', { retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS });
  }
  if (LOCK_CONTENTION.has(code)) {
    return new OverloadedError('Concurrent writes to the same records collided and this one was rolled back. Retry shortly.', { retryAfterSeconds: 1 });
  }
  return error;
}
