import { createHash } from 'node:crypto';
import { refreshControl } from '../db/control-store';
import type { Neo4jExecutor, Row } from '../db/run';
import { relationshipKey, type GraphRelationship } from '../domain/records';
import type { LocatedNode, ValidatedSeed } from './validate';

const BATCH_SIZE = 500;

export interface LoadProgress {
  total: number;
  done: number;
}

export interface LoadResult {
  nodesWritten: number;
  relationshipsWritten: number;
  removedNodes: number;
  removedRelationships: number;
  deleted: number;
  /** Effective-control periods computed for every deposit, facility and company. */
  controlPeriods: number;
}


/**
 * Writes a validated seed in ONE transaction (batched UNWIND … MERGE statements): either the
 * whole dataset lands or the database stays as it was. Loading twice gives the same graph: nodes
 * and relationships are merged on their ids/keys and their properties replaced, and whatever an
 * earlier seed loaded that the files no longer contain is removed.
 */
export async function loadSeed(
  executor: Neo4jExecutor,
  seed: ValidatedSeed,
  options: { reset?: boolean; onProgress?: (progress: LoadProgress) => void } = {},
): Promise<LoadResult> {
  const sources = seed.nodes.filter((node) => node.label === 'Source');
  const entities = seed.nodes.filter((node) => node.label !== 'Source');
  const batches: Array<{ query: string; rows: Row[] }> = [
    ...chunk(sources.map(sourceRow)).map((rows) => ({ query: 'writes/seed/merge-sources', rows })),
    ...chunk(entities.map(entityRow)).map((rows) => ({ query: 'writes/seed/merge-entities', rows })),
    ...chunk(seed.relationships.map((rel) => relationshipRow(rel, rel.sourceIds, { origin: 'seed' }))).map((rows) => ({ query: 'writes/seed/merge-relationships', rows })),
  ];
  const progress = { total: batches.length + 2 + (options.reset ? 1 : 0), done: 0 };
  const step = () => {
    progress.done += 1;
    options.onProgress?.({ ...progress });
  };
  return executor.writeTransaction(
    async (run) => {
      const result: LoadResult = { nodesWritten: 0, relationshipsWritten: 0, removedNodes: 0, removedRelationships: 0, deleted: 0, controlPeriods: 0 };
      if (options.reset) {
        result.deleted = Number((await run('writes/seed/reset'))[0]?.deleted ?? 0);
        step();
      }
      for (const batch of batches) {
        const written = Number((await run(batch.query, { rows: batch.rows }))[0]?.written ?? 0);
        if (batch.query === 'writes/seed/merge-relationships') result.relationshipsWritten += written;
        else result.nodesWritten += written;
        step();
      }
      const pruned = (await run('writes/seed/prune', { nodeIds: seed.nodes.map((node) => node.id), relationshipKeys: seed.relationships.map(relationshipKey) }))[0] ?? {};
      result.removedNodes = Number(pruned.removedNodes ?? 0);
      result.removedRelationships = Number(pruned.removedRelationships ?? 0);
      step();
      // Effective control follows the stakes just loaded, in the same transaction.
      result.controlPeriods = (await refreshControl(run, null)).periods;
      step();
      return result;
    },
    { timeoutMs: 300000 },
  );
}

function sourceRow(node: LocatedNode): Row {
  return { id: node.id, properties: { ...node.properties, origin: 'seed' } };
}

function entityRow(node: LocatedNode): Row {
  return {
    label: node.label,
    id: node.id,
    properties: { ...node.properties, id: node.id, sourceIds: node.sourceIds, origin: 'seed', version: 1 },
    latitude: node.location?.latitude ?? null,
    longitude: node.location?.longitude ?? null,
    sourceIds: node.sourceIds,
  };
}

/** A relationship as stored: its facts, key, seedKey and sources, then bookkeeping (origin…); shared with API writes. */
export function relationshipRow(rel: GraphRelationship, sourceIds: string[], bookkeeping: Row): { type: string; from: string; to: string; properties: Row } {
  return {
    type: rel.type,
    from: rel.from,
    to: rel.to,
    properties: { ...rel.properties, key: rel.key, seedKey: relationshipKey(rel), sourceIds, ...bookkeeping },
  };
}

function chunk<T>(items: T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH_SIZE) chunks.push(items.slice(i, i + BATCH_SIZE));
  return chunks;
}

/** Counts per label and relationship type. */
export async function graphCounts(executor: Neo4jExecutor): Promise<{ labels: Record<string, number>; relationshipTypes: Record<string, number> }> {
  const labels = Object.fromEntries((await executor.read('queries/admin/count-labels')).map((row) => [row.label as string, row.count as number]));
  const relationshipTypes = Object.fromEntries((await executor.read('queries/admin/count-relationship-types')).map((row) => [row.type as string, row.count as number]));
  return { labels, relationshipTypes };
}

/**
 * A checksum of the whole graph: every node's labels and properties and every relationship's ends,
 * type and properties, in a canonical order. Equal checksums mean equal graphs.
 */
export async function graphChecksum(executor: Neo4jExecutor): Promise<string> {
  const hash = createHash('sha256');
  const nodes = await executor.read('queries/admin/dump-nodes', {}, { timeoutMs: 120000 });
  const canonicalNodes = nodes.map((row) => canonical({ ...row, labels: [...(row.labels as string[])].sort() })).sort();
  for (const line of canonicalNodes) hash.update(line).update('\n');
  const relationships = await executor.read('queries/admin/dump-relationships', {}, { timeoutMs: 120000 });
  for (const line of relationships.map(canonical).sort()) hash.update(line).update('\n');
  return hash.digest('hex');
}

/** JSON with object keys sorted, so equal values always give equal text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as Row)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Row)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
