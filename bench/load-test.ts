/**
 * `npm run load` (issues #7, #14): for 30 s, analytical questions at 50 connections — far more than
 * the admission limits let run or wait, so the analytical queue stays full and the excess is
 * refused with 503 + Retry-After — and, at the same time, lookups at 10 connections. Reports both
 * and checks the target: lookups keep their p99 under 250 ms while analytics queue. Exits 1 when
 * the target is missed, when a lookup fails, or when an analytical question fails other than by
 * being refused (OVERLOADED). Against a running service with `--url http://localhost:4000/graphql`;
 * otherwise it starts its own Neo4j (.neo4j/instances/load, free ports) with the real dataset and
 * the API, and stops both after.
 */
import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../src/config';
import { createLogger } from '../src/logger';
import { runSeed } from '../src/seed/run-seed';
import { startApiServer } from './api-server';
import { startBenchDatabase } from './bench-database';
import { BENCH_QUERIES } from './queries';
import { MIXES } from './throughput';

interface StreamResult {
  requests: number;
  answered: number;
  /** 503 with Retry-After and OVERLOADED: refused by admission control. */
  refused: number;
  refusedWithoutRetryAfter: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
}

/** Admission settings the load test's own API takes from the environment, like npm start does. */
const PASSED_THROUGH = ['ANALYTICS_CONCURRENCY', 'ANALYTICS_QUEUE', 'ANALYTICS_TIMEOUT_MS'];

async function stream(url: string, names: string[], connections: number, seconds: number): Promise<StreamResult> {
  const counts = { answered: 0, refused: 0, refusedWithoutRetryAfter: 0, graphqlErrors: 0 };
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: seconds,
    timeout: 60,
    requests: names.map((name) => ({
      method: 'POST',
      body: JSON.stringify(BENCH_QUERIES.find((query) => query.name === name)!.graphql),
      onResponse: (status, body, _context, headers) => {
        if (status === 503 && body.includes('"OVERLOADED"')) {
          counts.refused += 1;
          if (!headers?.['retry-after']) counts.refusedWithoutRetryAfter += 1;
        } else if (body.includes('"errors":[')) counts.graphqlErrors += 1;
        else if (status === 200) counts.answered += 1;
      },
    })),
  });
  return {
    requests: result.requests.total,
    answered: counts.answered,
    refused: counts.refused,
    refusedWithoutRetryAfter: counts.refusedWithoutRetryAfter,
    errors: result.errors + result.timeouts + counts.graphqlErrors + Math.max(0, result.non2xx - counts.refused),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      seconds: { type: 'string', default: '30' },
      'analytics-connections': { type: 'string', default: '50' },
      'lookup-connections': { type: 'string', default: '10' },
      'lookup-p99-ms': { type: 'string', default: '250' },
    },
  });
  const seconds = Number(values.seconds);
  const analyticsConnections = Number(values['analytics-connections']);
  const lookupConnections = Number(values['lookup-connections']);
  const target = Number(values['lookup-p99-ms']);
  const logger = createLogger({ level: 'info', format: process.stdout.isTTY ? 'pretty' : 'json' });
  const db = values.url ? undefined : await startBenchDatabase({ home: path.join(PROJECT_ROOT, '.neo4j', 'instances', 'load'), heap: '1g', pageCache: '512m', logger });
  let failed = true;
  try {
    if (db) await runSeed(db.executor, logger, { reset: true, progressBar: false });
    const environment = Object.fromEntries(PASSED_THROUGH.filter((name) => process.env[name]).map((name) => [name, process.env[name]!]));
    const api = db ? await startApiServer(db, environment) : undefined;
    try {
      const url = values.url ?? api!.url;
      if (api) {
        // Warm the plans first (as npm start does), so the run measures serving, not planning.
        await stream(url, MIXES.analytics, 1, 5);
      }
      logger.info({ url, seconds, analyticsConnections, lookupConnections, analytics: MIXES.analytics, lookups: MIXES.lookups }, 'load test: analytics and lookups at once');
      const [analytics, lookups] = await Promise.all([stream(url, MIXES.analytics, analyticsConnections, seconds), stream(url, MIXES.lookups, lookupConnections, seconds)]);
      const met = lookups.p99 <= target;
      console.log(
        [
          `analytics (${analyticsConnections} connections): ${analytics.requests} requests in ${seconds} s — ${analytics.answered} answered (p50 ${analytics.p50} ms, p99 ${analytics.p99} ms over all), ` +
            `${analytics.refused} refused with 503 OVERLOADED (${analytics.refusedWithoutRetryAfter} without Retry-After), ${analytics.errors} other errors`,
          `lookups (${lookupConnections} connections): ${lookups.requests} requests — p50 ${lookups.p50} ms, p99 ${lookups.p99} ms, max ${lookups.max} ms, ${lookups.errors} errors`,
          `target: lookups p99 ≤ ${target} ms while the analytical queue is full (${analytics.refused} refusals): ${met ? 'met' : 'MISSED'}`,
        ].join('\n'),
      );
      failed = !met || lookups.errors > 0 || analytics.errors > 0 || analytics.refusedWithoutRetryAfter > 0 || analytics.refused === 0;
      if (analytics.refused === 0) console.log('the analytical queue never overflowed: raise --analytics-connections to measure under overload');
    } finally {
      await api?.close();
    }
  } finally {
    await db?.stop();
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: Error) => {
  console.error(`load: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
