import autocannon from 'autocannon';
import type { GraphQLRequest } from './queries';
import { BENCH_QUERIES } from './queries';

/** Request mixes for throughput: each connection cycles through its mix's requests in turn. */
export const MIXES: Record<string, string[]> = {
  lookups: ['elementLookup', 'depositLookup', 'search'],
  nestedLists: ['nestedList'],
  analytics: ['alternativeSources', 'importerAlternatives', 'disruptionImpact', 'controlChain'],
};

export interface ThroughputResult {
  mix: string;
  scale: string;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

const requestsOf = (names: string[]): GraphQLRequest[] => names.map((name) => BENCH_QUERIES.find((query) => query.name === name)!.graphql);

/**
 * Drives the API with autocannon: `connections` clients for `seconds`, cycling through the
 * requests. Errors count transport errors, timeouts, non-2xx answers and GraphQL errors.
 */
export async function runAutocannon(url: string, requests: GraphQLRequest[], options: { connections: number; seconds: number; timeoutSeconds?: number }): Promise<autocannon.Result & { graphqlErrors: number }> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: options.connections,
    duration: options.seconds,
    timeout: options.timeoutSeconds ?? 60,
    requests: requests.map((request) => ({
      method: 'POST',
      body: JSON.stringify(request),
      // GraphQL errors arrive as 200 with an `errors` member: count them as errors too.
      onResponse: (_status: number, body: string) => {
        if (body.includes('"errors":[')) graphqlErrors += 1;
      },
    })),
  });
  return { ...result, graphqlErrors };
}

export async function measureThroughput(url: string, scale: string, options: { connections: number; seconds: number; mixes: string[] }): Promise<ThroughputResult[]> {
  const results: ThroughputResult[] = [];
  for (const mix of options.mixes) {
    const names = MIXES[mix];
    const result = await runAutocannon(url, requestsOf(names), options);
    results.push({
      mix,
      scale,
      connections: options.connections,
      seconds: options.seconds,
      requests: result.requests.total,
      rps: Math.round(result.requests.average * 10) / 10,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx + result.graphqlErrors,
      non2xx: result.non2xx,
    });
  }
  return results;
}
