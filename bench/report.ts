import type { ScaleResult } from './run-bench';
import type { ThroughputResult } from './throughput';

const cell = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? '—' : value.toFixed(digits));
const triple = (values: { graphql: number | null; cypher: number | null; neo4jGraphql: number | null }) => `${cell(values.graphql)} / ${cell(values.cypher)} / ${cell(values.neo4jGraphql)}`;

/** The results as Markdown tables (the README's Performance section shows the same). */
export function formatReport(scales: ScaleResult[], throughput: ThroughputResult[]): string {
  const lines: string[] = [];
  for (const scale of scales) {
    lines.push(
      '',
      `### Scale ${scale.scale} — ${scale.nodes.toLocaleString('en')} nodes, ${scale.relationships.toLocaleString('en')} relationships, loaded at ${scale.loadRelsPerSec.toLocaleString('en')} rel/s`,
      '',
      `\`{ __typename }\` over HTTP: ${cell(scale.overhead?.apiP50Ms, 2)} ms p50 through our server, ${cell(scale.overhead?.bareP50Ms, 2)} ms from bare Express: overhead ${cell(scale.overheadMs, 2)} ms.`,
      'Every way\'s answer was compared with our API\'s (normalised) before timing; a way that disagreed is not timed (↳ error).',
      '',
      '| query | p50 ms (API / Cypher / @neo4j/graphql) | p95 ms | p99 ms | API÷Cypher | API÷@neo4j/graphql | round trips | API answer |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const query of scale.queries) {
      const failed = Object.entries(query.errors).filter(([, error]) => error).map(([way, error]) => `${way}: ${error}`);
      lines.push(
        `| ${query.name}${query.fromMemory ? ' (API from memory)' : ''} | ${triple(query.p50Ms)} | ${triple(query.p95Ms)} | ${triple(query.p99Ms)} | ${cell(query.ratios.graphqlOverCypher, 2)} | ${cell(query.ratios.graphqlOverNeo4jGraphql, 2)} | ${query.roundTrips ?? '—'} | ${bytes(query.answer.graphqlBytes)} |`,
      );
      for (const failure of failed) lines.push(`|   ↳ error | ${failure.replace(/\|/g, '/')} | | | | | | |`);
    }
  }
  if (throughput.length) {
    lines.push('', '### Throughput (our API, autocannon)', '', '| scale | mix | connections | requests/s | p50 ms | p99 ms | errors |', '|---|---|---|---|---|---|---|');
    for (const row of throughput) lines.push(`| ${row.scale} | ${row.mix} | ${row.connections} | ${row.rps} | ${row.p50Ms} | ${row.p99Ms} | ${row.errors} |`);
  }
  return lines.join('\n');
}

function bytes(value: number | null): string {
  if (value === null) return '—';
  return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MB` : value >= 1024 ? `${(value / 1024).toFixed(1)} kB` : `${value} B`;
}

export interface TargetCheck {
  target: string;
  scale: string;
  query: string;
  value: number | null;
  limit: number;
  met: boolean;
}

/** Issue #8's targets, checked against a run (reported, never asserted in tests). */
export function checkTargets(scales: ScaleResult[], lookups: string[], headline = 'importerAlternatives'): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const scale of scales) {
    const overhead = scale.overheadMs ?? null;
    checks.push({ target: '{ __typename } overhead p50 ≤ 1 ms', scale: scale.scale, query: '{ __typename }', value: overhead, limit: 1, met: overhead !== null && overhead <= 1 });
    for (const query of scale.queries) {
      // An answer from memory does not race the database: no ratio target for it.
      if (query.fromMemory) continue;
      const ab = query.ratios.graphqlOverCypher;
      checks.push({ target: 'API÷Cypher p50 ≤ 1.15', scale: scale.scale, query: query.name, value: ab, limit: 1.15, met: ab !== null && ab <= 1.15 });
      const ac = query.ratios.graphqlOverNeo4jGraphql;
      if (query.p50Ms.neo4jGraphql !== null || query.errors.neo4jGraphql) checks.push({ target: 'API÷@neo4j/graphql p50 < 1.0', scale: scale.scale, query: query.name, value: ac, limit: 1.0, met: ac !== null && ac < 1.0 });
    }
  }
  const large = scales.find((scale) => scale.scale === 'L');
  const headlineP50 = large?.queries.find((query) => query.name === headline)?.p50Ms.graphql ?? null;
  if (large) checks.push({ target: 'headline p50 at L ≤ 50 ms', scale: 'L', query: headline, value: headlineP50, limit: 50, met: headlineP50 !== null && headlineP50 <= 50 });
  const small = scales.find((scale) => scale.scale === 'S');
  if (small && large) {
    for (const name of lookups) {
      const before = small.queries.find((query) => query.name === name)?.p50Ms.graphql ?? null;
      const after = large.queries.find((query) => query.name === name)?.p50Ms.graphql ?? null;
      const ratio = before && after !== null ? Math.round((after / before) * 100) / 100 : null;
      checks.push({ target: 'lookup p50 L÷S ≤ 2', scale: 'L', query: name, value: ratio, limit: 2, met: ratio !== null && ratio <= 2 });
    }
  }
  return checks;
}

export function formatTargets(checks: TargetCheck[]): string {
  const missed = checks.filter((check) => !check.met);
  return [
    '',
    `### Targets: ${checks.length - missed.length} of ${checks.length} met`,
    '',
    ...(missed.length ? ['| missed target | scale | query | value |', '|---|---|---|---|', ...missed.map((check) => `| ${check.target} | ${check.scale} | ${check.query} | ${check.value ?? 'failed'} |`)] : ['All met.']),
  ].join('\n');
}
