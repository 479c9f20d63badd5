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
      '| query | p50 ms (API / Cypher / @neo4j/graphql) | p95 ms | p99 ms | API÷Cypher | API÷@neo4j/graphql | round trips | API answer |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const query of scale.queries) {
      const failed = Object.entries(query.errors).filter(([, error]) => error).map(([way, error]) => `${way}: ${error}`);
      lines.push(
        `| ${query.name} | ${triple(query.p50Ms)} | ${triple(query.p95Ms)} | ${triple(query.p99Ms)} | ${cell(query.ratios.graphqlOverCypher, 2)} | ${cell(query.ratios.graphqlOverNeo4jGraphql, 2)} | ${query.roundTrips ?? '—'} | ${bytes(query.answer.graphqlBytes)} |`,
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
