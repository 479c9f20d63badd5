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
 * (a failed run is rerun from a fresh database, so batches need not be atomic together), a few
 * batches at a time: on a shared machine more writers also get a larger share of the CPU.
 */
export async function loadRound(executor: Neo4jExecutor, world: SyntheticWorld, to: Counts, from: Counts | undefined, label: string, concurrency = 3): Promise<LoadReport> {
  const planned = world.tally(to, from);
  const bar = new SingleBar({ format: `${label} |{bar}| {value}/{total} rows  {rate} rows/s`, noTTYOutput: true, notTTYSchedule: 10000, hideCursor: true });
  const started = Date.now();
  bar.start(planned.nodes + planned.relationships, 0, { rate: 0 });
  const report: LoadReport = { nodes: 0, relationships: 0, seconds: 0 };
  const write = async (batch: Batch) => {
    const [row] = await executor.write(QUERIES[batch.kind], { rows: batch.rows }, { timeoutMs: 600000 });
    const written = Number(row?.written ?? 0);
    if (written !== batch.rows.length) throw new Error(`${QUERIES[batch.kind]} wrote ${written} of ${batch.rows.length} rows (a missing end node?)`);
    if (batch.kind === 'sources' || batch.kind === 'nodes') report.nodes += written;
    else report.relationships += written;
    const done = report.nodes + report.relationships;
    bar.update(done, { rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)) });
  };
  try {
    // Up to `concurrency` batches of one phase in flight; a phase ends before the next starts, so
    // relationships never race the nodes they join.
    const inFlight = new Set<Promise<void>>();
    let phase: Batch['kind'] | undefined;
    for (const batch of world.round(to, from)) {
      if (batch.kind !== phase || inFlight.size >= concurrency) await drain(inFlight, batch.kind !== phase ? 0 : concurrency - 1);
      phase = batch.kind;
      const pending: Promise<void> = write(batch).finally(() => inFlight.delete(pending));
      pending.catch(() => undefined); // the failure surfaces through drain(); never as an unhandled rejection
      inFlight.add(pending);
    }
    await drain(inFlight, 0);
  } finally {
    bar.stop();
  }
  report.seconds = (Date.now() - started) / 1000;
  return report;
}

/** Waits until at most `keep` of the batches are still running (rethrows the first failure). */
async function drain(inFlight: Set<Promise<void>>, keep: number): Promise<void> {
  while (inFlight.size > keep) await Promise.race(inFlight);
}
