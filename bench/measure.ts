import neo4j, { type Driver } from 'neo4j-driver';
import { cypherLibrary } from '../src/db/cypher';
import { toPlain, type Row } from '../src/db/run';
import type { BenchQuery, CypherRunner, GraphQLRequest } from './queries';

export const WAYS = ['graphql', 'cypher', 'neo4jGraphql'] as const;
export type Way = (typeof WAYS)[number];
export type PerWay<T> = Record<Way, T>;

export interface QueryResult {
  name: string;
  samples: number;
  p50Ms: PerWay<number | null>;
  p95Ms: PerWay<number | null>;
  p99Ms: PerWay<number | null>;
  ratios: { graphqlOverCypher: number | null; graphqlOverNeo4jGraphql: number | null };
  roundTrips: number | null;
  /** Size of the answer: bytes of the JSON response (a, c), rows (b). */
  answer: { graphqlBytes: number | null; neo4jGraphqlBytes: number | null; cypherRows: number | null };
  errors: PerWay<string | null>;
  /** Our API answered from the in-memory reference data: not a database read, so not a race against the floor. */
  fromMemory: boolean;
  /** The answers of the three ways were compared (normalised) before timing; false: a way disagreed (see errors). */
  answersAgree: boolean;
}

export interface Endpoints {
  api: string;
  peer: string;
  driver: Driver;
  database: string;
}

interface Sample {
  ms: number;
  bytes?: number;
  rows?: number;
  roundTrips?: number;
}

/** POSTs a GraphQL request; throws on HTTP or GraphQL errors so a wrong answer is never timed as a fast one. */
export async function postGraphQL(url: string, request: GraphQLRequest): Promise<{ body: Record<string, unknown>; bytes: number }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: Array<{ message: string }> };
  if (!response.ok || body.errors?.length) throw new Error(`HTTP ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? text.slice(0, 200)}`);
  return { body: body as Record<string, unknown>, bytes: text.length };
}

/** (b): the product's Cypher files through the driver, as the API's executor runs them (read transactions). */
export function driverRunner(driver: Driver, database: string): CypherRunner {
  const library = cypherLibrary();
  return async (name, parameters) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(library.get(name).text, parameters));
      return result.records.map((record) => record.toObject() as Row);
    } finally {
      await session.close();
    }
  };
}

/** One way's answer to a question, normalised for comparison (the cypher way's driver values made plain first). */
async function answerOf(way: Way, query: BenchQuery, endpoints: Endpoints, run: CypherRunner): Promise<unknown> {
  if (way === 'cypher') return query.normalise.cypher(toPlain(await query.cypher(run)));
  const { body } = await postGraphQL(way === 'graphql' ? endpoints.api : endpoints.peer, way === 'graphql' ? query.graphql : query.neo4jGraphql!);
  return query.normalise[way]((body.data ?? {}) as Row);
}

/** Where two normalised answers first differ ('' when they agree). */
export function firstDifference(a: unknown, b: unknown, path = '$'): string {
  if (Object.is(a, b)) return '';
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
      const difference = i < a.length && i < b.length ? firstDifference(a[i], b[i], `${path}[${i}]`) : `${path}: ${a.length} items vs ${b.length}`;
      if (difference) return difference;
    }
    return '';
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const difference = firstDifference((a as Row)[key], (b as Row)[key], `${path}.${key}`);
      if (difference) return difference;
    }
    return '';
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)}`;
}

/**
 * Before anything is timed: each way answers once and must give our API's answer (normalised).
 * A way that disagrees is not timed; its error says where the answers part.
 */
async function compareAnswers(query: BenchQuery, ways: Way[], endpoints: Endpoints, run: CypherRunner, errors: PerWay<string | null>): Promise<boolean> {
  const answers = new Map<Way, unknown>();
  for (const way of ways) {
    // The first request of a way also plans its query (seconds when cold on a busy machine): a
    // failure is retried before the way is given up.
    for (let attempt = 1; attempt <= 3 && !answers.has(way); attempt += 1) {
      try {
        answers.set(way, await answerOf(way, query, endpoints, run));
        errors[way] = null;
      } catch (error) {
        errors[way] = String((error as Error).message ?? error).slice(0, 300);
      }
    }
  }
  if (!answers.has('graphql')) return false;
  let agree = true;
  for (const way of ways.filter((w) => w !== 'graphql' && answers.has(w))) {
    const difference = firstDifference(answers.get('graphql'), answers.get(way));
    if (difference) {
      errors[way] = `answer differs from our API's (not timed): ${difference}`;
      agree = false;
    }
  }
  return agree;
}

async function timeOne(way: Way, query: BenchQuery, endpoints: Endpoints, run: CypherRunner): Promise<Sample> {
  const started = performance.now();
  if (way === 'cypher') {
    const rows = await query.cypher(run);
    return { ms: performance.now() - started, rows: Array.isArray(rows) ? rows.length : undefined };
  }
  const request = way === 'graphql' ? query.graphql : query.neo4jGraphql!;
  const { body, bytes } = await postGraphQL(way === 'graphql' ? endpoints.api : endpoints.peer, request);
  const ms = performance.now() - started;
  const roundTrips = (body.extensions as { roundTrips?: number } | undefined)?.roundTrips;
  return { ms, bytes, roundTrips };
}

/**
 * Times every query three ways. Each way is warmed up first (plan cache, JIT, connection pools);
 * then, per iteration, the three ways of a query run back to back in a rotating order, so drift
 * (GC, page cache, the neighbours on this machine) touches all three alike.
 */
const MIN_ITERATIONS = 5;

export async function measureQueries(
  queries: BenchQuery[],
  endpoints: Endpoints,
  options: { warmup: number; iterations: number; budgetSeconds: number; onProgress?: (done: number, total: number) => void },
): Promise<QueryResult[]> {
  const run = driverRunner(endpoints.driver, endpoints.database);
  const ways = (query: BenchQuery): Way[] => WAYS.filter((way) => way !== 'neo4jGraphql' || query.neo4jGraphql);
  const samples = new Map<string, PerWay<Sample[]>>(queries.map((query) => [query.name, { graphql: [], cypher: [], neo4jGraphql: [] }]));
  const errors = new Map<string, PerWay<string | null>>(queries.map((query) => [query.name, { graphql: null, cypher: null, neo4jGraphql: null }]));
  const agreement = new Map<string, boolean>();
  for (const query of queries) agreement.set(query.name, await compareAnswers(query, ways(query), endpoints, run, errors.get(query.name)!));
  const attempt = async (way: Way, query: BenchQuery): Promise<Sample | undefined> => {
    if (errors.get(query.name)![way]) return undefined;
    try {
      return await timeOne(way, query, endpoints, run);
    } catch (error) {
      errors.get(query.name)![way] = String((error as Error).message ?? error).slice(0, 300);
      return undefined;
    }
  };
  // Slow questions at large scales get fewer samples: each query has a time budget for its
  // iterations (all ways together), with at least MIN_ITERATIONS; warm-ups stop at half of it.
  const budgetMs = options.budgetSeconds * 1000;
  const spent = new Map<string, number>(queries.map((query) => [query.name, 0]));
  const lastIteration = new Map<string, number>();
  const total = queries.length * (options.warmup + options.iterations);
  let done = 0;
  for (let w = 0; w < options.warmup; w += 1) {
    for (const query of queries) {
      if (w > 0 && spent.get(query.name)! > budgetMs / 2) continue;
      const started = performance.now();
      for (const way of ways(query)) await attempt(way, query);
      lastIteration.set(query.name, performance.now() - started);
      spent.set(query.name, spent.get(query.name)! + (performance.now() - started));
      options.onProgress?.(++done, total);
    }
  }
  const planned = new Map(queries.map((query) => [query.name, Math.max(MIN_ITERATIONS, Math.min(options.iterations, Math.floor(budgetMs / Math.max(1, lastIteration.get(query.name) ?? 1))))]));
  for (let i = 0; i < options.iterations; i += 1) {
    for (const query of queries) {
      if (i >= planned.get(query.name)!) continue;
      const order = rotate(ways(query), i);
      for (const way of order) {
        const sample = await attempt(way, query);
        if (sample) samples.get(query.name)![way].push(sample);
      }
      options.onProgress?.(++done, total);
    }
  }
  return queries.map((query) => ({ ...summarise(query.name, samples.get(query.name)!, errors.get(query.name)!), fromMemory: Boolean(query.fromMemory), answersAgree: agreement.get(query.name)! }));
}

function summarise(name: string, perWay: PerWay<Sample[]>, errors: PerWay<string | null>): Omit<QueryResult, 'fromMemory' | 'answersAgree'> {
  const stat = (p: number) => Object.fromEntries(WAYS.map((way) => [way, percentile(perWay[way].map((s) => s.ms), p)])) as PerWay<number | null>;
  const p50Ms = stat(50);
  const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? round(a / b, 2) : null);
  return {
    name,
    samples: perWay.graphql.length,
    p50Ms,
    p95Ms: stat(95),
    p99Ms: stat(99),
    ratios: { graphqlOverCypher: ratio(p50Ms.graphql, p50Ms.cypher), graphqlOverNeo4jGraphql: ratio(p50Ms.graphql, p50Ms.neo4jGraphql) },
    roundTrips: perWay.graphql.at(-1)?.roundTrips ?? null,
    answer: { graphqlBytes: perWay.graphql.at(-1)?.bytes ?? null, neo4jGraphqlBytes: perWay.neo4jGraphql.at(-1)?.bytes ?? null, cypherRows: perWay.cypher.at(-1)?.rows ?? null },
    errors,
  };
}

/** Nearest-rank percentile, in ms rounded to 0.01; null without samples. */
export function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return round(sorted[index], 2);
}

export const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function rotate<T>(items: T[], by: number): T[] {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
