import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { PROJECT_ROOT } from '../config';
import type { Neo4jExecutor } from '../db/run';
import { applySchema } from '../db/schema';
import type { Logger } from '../logger';
import { graphChecksum, graphCounts, loadSeed, type LoadResult } from './load';
import { formatProblem, validateSeed, type SeedProblem } from './validate';

export const SEED_DIRECTORY = path.join(PROJECT_ROOT, 'seed');

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(`the seed has ${problems.length} problem(s); nothing was written:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'SeedValidationError';
  }
}

export interface SeedSummary {
  load: LoadResult;
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
  checksum: string;
  unsourcedNodes: number;
  unsourcedRelationships: number;
  seconds: number;
}

/**
 * Validates the seed files, then (only if every row is valid) applies the schema and loads them
 * in one transaction. Used by `npm run seed` and by `npm start` on an empty database.
 */
export async function runSeed(
  executor: Neo4jExecutor,
  logger: Logger,
  options: { reset?: boolean; directory?: string; progressBar?: boolean; partial?: boolean } = {},
): Promise<SeedSummary> {
  const started = Date.now();
  const seed = validateSeed(options.directory ?? SEED_DIRECTORY, undefined, { partial: options.partial });
  if (seed.problems.length) throw new SeedValidationError(seed.problems);
  for (const warning of seed.warnings) logger.warn(formatProblem(warning));
  await applySchema(executor);
  const bar = options.progressBar === false ? undefined : new SingleBar({ format: 'Loading seed |{bar}| {value}/{total} batches', noTTYOutput: true, notTTYSchedule: 2000, hideCursor: true });
  let load: LoadResult;
  try {
    load = await loadSeed(executor, seed, {
      reset: options.reset,
      onProgress: ({ total, done }) => {
        if (done === 1) bar?.start(total, 0);
        bar?.update(done);
      },
    });
  } finally {
    bar?.stop();
  }
  const { labels, relationshipTypes } = await graphCounts(executor);
  const checksum = await graphChecksum(executor);
  const provenance = (await executor.read('queries/admin/unsourced'))[0] ?? {};
  return {
    load,
    labels,
    relationshipTypes,
    checksum,
    unsourcedNodes: Number(provenance.unsourcedNodes ?? 0),
    unsourcedRelationships: Number(provenance.unsourcedRelationships ?? 0),
    seconds: Number(((Date.now() - started) / 1000).toFixed(1)),
  };
}

export function formatSummary(summary: SeedSummary): string {
  const lines = [
    `Loaded in ${summary.seconds} s: ${summary.load.nodesWritten} nodes and ${summary.load.relationshipsWritten} relationships written` +
      (summary.load.removedNodes || summary.load.removedRelationships ? `, ${summary.load.removedNodes} stale nodes and ${summary.load.removedRelationships} stale relationships removed` : '') +
      (summary.load.deleted ? ` (after deleting ${summary.load.deleted} nodes: --reset)` : ''),
    '',
    'Nodes per label:',
    ...Object.entries(summary.labels).map(([label, count]) => `  ${label.padEnd(18)} ${String(count).padStart(6)}`),
    'Relationships per type:',
    ...Object.entries(summary.relationshipTypes).map(([type, count]) => `  ${type.padEnd(18)} ${String(count).padStart(6)}`),
    '',
    `Without a source: ${summary.unsourcedNodes} nodes, ${summary.unsourcedRelationships} relationships`,
    `Graph checksum: ${summary.checksum}`,
  ];
  return lines.join('\n');
}
