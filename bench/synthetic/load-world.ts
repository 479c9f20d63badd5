import { SingleBar } from 'cli-progress';
import type { Neo4jExecutor } from '../../src/db/run';
import type { Batch, Counts, SyntheticWorld } from './generator';

const QUERIES: Record<Batch['kind'], string> = {
  sources: 'synthetic/create-sources',
  nodes: 'synthetic/create-nodes',
  relationships: 'synthetic/create-relationships',
  citations: 'synthetic/create-citations',
};

export interface LoadReport {
  nodes: number;
  relationships: number;
  seconds: number;
}

/**
 * Writes one round of the synthetic world by batched UNWIND … CREATE, one transaction per batch
 * (a failed run is rerun from a fresh database, so batches need not be atomic together).
 */
export async function loadRound(executor: Neo4jExecutor, world: SyntheticWorld, to: Counts, from: Counts | undefined, label: string): Promise<LoadReport> {
  const planned = world.tally(to, from);
  const bar = new SingleBar({ format: `${label} |{bar}| {value}/{total} rows  {rate} rows/s`, noTTYOutput: true, notTTYSchedule: 10000, hideCursor: true });
  const started = Date.now();
  bar.start(planned.nodes + planned.relationships, 0, { rate: 0 });
  const report: LoadReport = { nodes: 0, relationships: 0, seconds: 0 };
  try {
    for (const batch of world.round(to, from)) {
      const [row] = await executor.write(QUERIES[batch.kind], { rows: batch.rows }, { timeoutMs: 600000 });
      const written = Number(row?.written ?? 0);
      if (written !== batch.rows.length) throw new Error(`${QUERIES[batch.kind]} wrote ${written} of ${batch.rows.length} rows (a missing end node?)`);
      if (batch.kind === 'sources' || batch.kind === 'nodes') report.nodes += written;
      else report.relationships += written;
      const done = report.nodes + report.relationships;
      bar.update(done, { rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)) });
    }
  } finally {
    bar.stop();
  }
  report.seconds = (Date.now() - started) / 1000;
  return report;
}
