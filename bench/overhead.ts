/**
 * The fixed cost of one GraphQL request: `{ __typename }` over HTTP through our server (the real
 * buildServer: Express, Apollo, GraphQL Armor, the request context) against a bare Express app
 * answering the same JSON. No database is touched by either. `overheadMs` is the difference of
 * the p50s. Run alone: `npm run build && node dist/bench/overhead.js [iterations]` (needs no Neo4j).
 */
import 'reflect-metadata';
import express from 'express';
import { startApiServer } from './api-server';
import { listenOnFreePort } from './listen';
import { percentile, round } from './measure';

export interface OverheadResult {
  iterations: number;
  /** p50 of `{ __typename }` through our server. */
  apiP50Ms: number | null;
  /** p50 of the same answer from Express alone (express.json + res.json). */
  bareP50Ms: number | null;
  overheadMs: number | null;
}

const BODY = JSON.stringify({ query: '{ __typename }' });

async function timePosts(url: string, iterations: number): Promise<number[]> {
  const post = async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY });
    const answer = (await response.json()) as { data?: { __typename?: string } };
    if (answer.data?.__typename !== 'Query') throw new Error(`unexpected answer from ${url}: ${JSON.stringify(answer)}`);
  };
  for (let i = 0; i < Math.min(50, iterations); i += 1) await post();
  const times: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const started = performance.now();
    await post();
    times.push(performance.now() - started);
  }
  return times;
}

/** The floor: Express parsing the JSON body and answering JSON, nothing else. */
async function startBareServer() {
  const app = express();
  app.post('/graphql', express.json(), (_req, res) => {
    res.json({ data: { __typename: 'Query' } });
  });
  const server = await listenOnFreePort(app);
  return { url: `${server.origin}/graphql`, close: () => server.close() };
}

/** Our server's `{ __typename }` p50 against the bare floor, alternating blocks so drift hits both. */
export async function measureOverhead(apiUrl: string, iterations = 400): Promise<OverheadResult> {
  const bare = await startBareServer();
  try {
    const api: number[] = [];
    const floor: number[] = [];
    const blocks = 4;
    for (let block = 0; block < blocks; block += 1) {
      api.push(...(await timePosts(apiUrl, Math.ceil(iterations / blocks))));
      floor.push(...(await timePosts(bare.url, Math.ceil(iterations / blocks))));
    }
    const apiP50Ms = percentile(api, 50);
    const bareP50Ms = percentile(floor, 50);
    return { iterations, apiP50Ms, bareP50Ms, overheadMs: apiP50Ms !== null && bareP50Ms !== null ? round(apiP50Ms - bareP50Ms, 2) : null };
  } finally {
    await bare.close();
  }
}

if (require.main === module) {
  (async () => {
    // `{ __typename }` needs no database: an address where none listens is enough.
    const api = await startApiServer({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'unused', database: 'neo4j' }, { LOG_LEVEL: 'silent' });
    try {
      if (process.argv[2] === 'serve') {
        // For paired comparisons of two builds under the same load: print the URL, serve until stdin closes.
        console.log(api.url);
        await new Promise((resolve) => process.stdin.on('close', resolve).resume());
      } else console.log(JSON.stringify(await measureOverhead(api.url, Number(process.argv[2] ?? 400))));
    } finally {
      await api.close();
    }
  })().catch((error: Error) => {
    console.error(error.stack ?? error.message);
    process.exitCode = 1;
  });
}
