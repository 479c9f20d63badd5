/**
 * `npm run load` (issue #7): a mix of reads against the API for 30 s at 50 connections; passes only
 * with zero errors (transport errors, timeouts, non-2xx and GraphQL errors). Against a running
 * service with `--url http://localhost:4000/graphql`; otherwise it starts its own Neo4j
 * (.neo4j/instances/load, free ports) with the real dataset and the API, and stops both after.
 */
import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config';
import { createLogger } from '../src/logger';
import { runSeed } from '../src/seed/run-seed';
import { startApiServer } from './api-server';
import { startBenchDatabase } from './bench-database';
import { BENCH_QUERIES } from './queries';
import { runAutocannon } from './throughput';

/** Reads a client mixes: lookups, search, a nested page and the analytical questions. */
const MIX = ['elementLookup', 'depositLookup', 'search', 'nestedList', 'elementLookup', 'depositLookup', 'search', 'importerAlternatives', 'alternativeSources', 'controlChain'];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      seconds: { type: 'string', default: '30' },
      connections: { type: 'string', default: '50' },
    },
  });
  const logger = createLogger({ level: 'info', format: process.stdout.isTTY ? 'pretty' : 'json' });
  const db = values.url ? undefined : await startBenchDatabase({ home: path.join(PROJECT_ROOT, '.neo4j', 'instances', 'load'), heap: '1g', pageCache: '512m', logger });
  let failed = true;
  try {
    if (db) await runSeed(db.executor, logger, { reset: true, progressBar: false });
    const api = db ? await startApiServer(db) : undefined;
    try {
      const url = values.url ?? api!.url;
      const requests = MIX.map((name) => BENCH_QUERIES.find((query) => query.name === name)!.graphql);
      logger.info({ url, seconds: Number(values.seconds), connections: Number(values.connections), mix: MIX }, 'load test: reads for the whole duration');
      const result = await runAutocannon(url, requests, { connections: Number(values.connections), seconds: Number(values.seconds) });
      const errors = result.errors + result.timeouts + result.non2xx + result.graphqlErrors;
      console.log(
        [
          `requests: ${result.requests.total} in ${values.seconds} s (${result.requests.average} req/s)`,
          `latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
          `errors: ${errors} (transport ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${result.graphqlErrors})`,
        ].join('\n'),
      );
      failed = errors > 0;
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
