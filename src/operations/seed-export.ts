import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Neo4jExecutor, Row } from '../db/run';
import { relationshipKey, SEED_FILES, type RecordFile } from '../domain/records';
import { canonical } from '../seed/load';
import { matchesTemplate, seedFileShape, type SeedFileShape } from './seed-shape';

export interface ExportedFile {
  file: string;
  rows: number;
}

export interface ExportSummary {
  files: ExportedFile[];
  /** Relationships with a seedKey that no seed file describes (left out, counted). */
  unexportedRelationships: number;
  /** The graph version the export reflects. */
  graphVersion: number | null;
}

export interface StoredRelationship {
  type: string;
  from: string;
  fromLabels: string[];
  to: string;
  toLabels: string[];
  properties: Row;
}

const EXPORT_TIMEOUT_MS = 300000;

/**
 * `npm run export`: the whole graph — edits made through the API included — as the seed files
 * (src/seed/files.ts: every file, same columns), which `npm run seed -- --dir` loads back into the
 * same graph. Columns are read from the graph through each file's shape (seed-shape.ts), so new
 * seed files are exported without a change here. Rows follow the order of the files in
 * `orderLike` (normally seed/) where they exist there, so a diff shows only what changed; new rows
 * come after, sorted. Neo4j reads are not one snapshot, so the export is retried while the graph
 * version changes underneath it.
 */
export async function exportSeed(executor: Neo4jExecutor, outDirectory: string, options: { orderLike?: string; files?: typeof SEED_FILES } = {}): Promise<ExportSummary> {
  const shapes = (options.files ?? SEED_FILES).map((file) => ({ spec: file as RecordFile, shape: seedFileShape(file) }));
  for (let attempt = 1; ; attempt += 1) {
    const versionBefore = await graphVersion(executor);
    const tables = await readTables(executor, shapes.map(({ shape }) => shape));
    const versionAfter = await graphVersion(executor);
    if (versionBefore.changeId !== versionAfter.changeId) {
      if (attempt < 5) continue;
      throw new Error('the graph kept changing during the export (5 attempts); retry when writes are quieter');
    }
    fs.mkdirSync(outDirectory, { recursive: true });
    const files: ExportedFile[] = [];
    for (const { spec, shape } of shapes) {
      const rows = orderRows(spec, shape, tables.rows.get(shape.file) ?? [], options.orderLike);
      fs.writeFileSync(path.join(outDirectory, shape.file), stringify([shape.columns, ...rows]));
      files.push({ file: shape.file, rows: rows.length });
    }
    return { files, unexportedRelationships: tables.unexported, graphVersion: versionAfter.version };
  }
}

async function graphVersion(executor: Neo4jExecutor): Promise<{ version: number | null; changeId: string | null }> {
  const [row] = await executor.read('queries/graph-version/current');
  return { version: (row?.version as number | null) ?? null, changeId: (row?.changeId as string | null) ?? null };
}

async function readTables(executor: Neo4jExecutor, shapes: SeedFileShape[]): Promise<{ rows: Map<string, string[][]>; unexported: number }> {
  const rows = new Map<string, string[][]>();
  for (const shape of shapes.filter((candidate) => candidate.label)) {
    const ownedTypes = [...new Set(shape.relationships.map((rel) => rel.type).filter((type): type is string => type !== null))];
    const nodes = await executor.read('queries/export/nodes-with-label', { label: shape.label, ownedTypes }, { timeoutMs: EXPORT_TIMEOUT_MS });
    rows.set(
      shape.file,
      nodes.map((node) => entityRow(shape, node)),
    );
  }
  const relationshipShapes = shapes.filter((shape) => !shape.label);
  const entityShapes = shapes.filter((shape) => shape.label);
  let unexported = 0;
  for (const rel of (await executor.read('queries/export/record-relationships', {}, { timeoutMs: EXPORT_TIMEOUT_MS })) as unknown as StoredRelationship[]) {
    const view = { type: rel.type, fromLabels: rel.fromLabels, toLabels: rel.toLabels, key: rel.properties.key };
    // Relationships an entity row defines (a deposit's country) are written with that row.
    if (entityShapes.some((shape) => shape.relationships.some((template) => matchesTemplate(template, view) && shape.label && (template.nodeSide === 'from' ? rel.fromLabels : rel.toLabels).includes(shape.label)))) continue;
    const owners = relationshipShapes.filter((shape) => matchesTemplate(shape.relationships[0], view));
    if (owners.length !== 1) {
      if (owners.length > 1) throw new Error(`${rel.type} ${rel.from} -> ${rel.to} fits ${owners.map((shape) => shape.file).join(' and ')}; the seed files must tell their relationships apart`);
      unexported += 1;
      continue;
    }
    const [shape] = owners;
    rows.set(shape.file, [...(rows.get(shape.file) ?? []), relationshipRow(shape, rel)]);
  }
  return { rows, unexported };
}

/** One cell as the seed format writes it: lists with ";", booleans true/false, numbers plain. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cell).join(';');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

/** An entity file row from a stored node (exported for the shape tests). */
export function entityRow(shape: SeedFileShape, node: Row): string[] {
  const properties = node.properties as Row;
  const owned = (node.owned as Array<{ type: string; outgoing: boolean; other: string; key: string }>) ?? [];
  return shape.columns.map((column) => {
    const place = shape.places[column];
    switch (place.kind) {
      case 'id':
        return cell(node.id);
      case 'property':
        return cell(properties[place.name]);
      case 'location':
        return cell((properties.location as { latitude?: number; longitude?: number } | null)?.[place.axis]);
      case 'sources':
        return cell(properties.sourceIds);
      case 'related': {
        const template = shape.relationships[place.relationship];
        const others = owned
          .filter((rel) => rel.type === template.type && rel.outgoing === (template.nodeSide === 'from') && template.keyPattern.test(String(rel.key)))
          .map((rel) => rel.other)
          .sort();
        return place.many ? others.join(';') : (others[0] ?? '');
      }
      default:
        return '';
    }
  });
}

/** A relationship file row from a stored relationship (exported for the shape tests). */
export function relationshipRow(shape: SeedFileShape, rel: StoredRelationship): string[] {
  return shape.columns.map((column) => {
    const place = shape.places[column];
    switch (place.kind) {
      case 'end':
        return place.side === 'from' ? rel.from : rel.to;
      case 'type':
        return rel.type;
      case 'property':
        return cell(rel.properties[place.name]);
      case 'sources':
        return cell(rel.properties.sourceIds);
      default:
        return '';
    }
  });
}

/** A row's identity as the loader sees it: the node id, or type|from|to|key; undefined for a row that does not parse. */
function identity(spec: RecordFile, columns: string[], cells: string[]): string | undefined {
  const parsed = spec.schema.safeParse(Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? ''])));
  if (!parsed.success) return undefined;
  const graph = spec.toGraph(parsed.data as never);
  if (graph.nodes.length) return graph.nodes[0].id;
  return graph.relationships[0] ? relationshipKey(graph.relationships[0]) : undefined;
}

function orderRows(spec: RecordFile, shape: SeedFileShape, rows: string[][], orderLike: string | undefined): string[][] {
  const position = new Map<string, number>();
  const reference = orderLike ? path.join(orderLike, shape.file) : undefined;
  if (reference && fs.existsSync(reference)) {
    const [header, ...records] = parse(fs.readFileSync(reference, 'utf8'), { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
    records.forEach((record, index) => {
      const id = identity(spec, header, record);
      if (id !== undefined && !position.has(id)) position.set(id, index);
    });
  }
  const keyed = rows.map((row) => ({ row, id: identity(spec, shape.columns, row) ?? row.join(',') }));
  return keyed
    .sort((a, b) => {
      const pa = position.get(a.id);
      const pb = position.get(b.id);
      if (pa !== undefined && pb !== undefined) return pa - pb;
      if (pa !== undefined) return -1;
      if (pb !== undefined) return 1;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    })
    .map(({ row }) => row);
}

/** Properties that record how and when a record was written, not what it says. */
const BOOKKEEPING = new Set(['origin', 'version', 'createdAt', 'updatedAt', 'updatedBy']);

/**
 * A checksum of what the graph says: like the seed loader's graph checksum, but without the
 * audit log and the bookkeeping properties (origin, version, timestamps) — the part an export
 * carries. Equal for a graph and the graph loaded from its export.
 */
export async function graphFactsChecksum(executor: Neo4jExecutor): Promise<string> {
  const strip = (properties: Row) => Object.fromEntries(Object.entries(properties).filter(([key]) => !BOOKKEEPING.has(key)));
  const hash = createHash('sha256');
  const nodes = await executor.read('queries/admin/dump-nodes', {}, { timeoutMs: 120000 });
  const facts = nodes.filter((row) => !(row.labels as string[]).includes('AuditEntry')).map((row) => canonical({ id: row.id, labels: [...(row.labels as string[])].sort(), properties: strip(row.properties as Row) }));
  for (const line of facts.sort()) hash.update(line).update('\n');
  const relationships = await executor.read('queries/admin/dump-relationships', {}, { timeoutMs: 120000 });
  for (const line of relationships.map((row) => canonical({ ...row, properties: strip(row.properties as Row) })).sort()) hash.update(line).update('\n');
  return hash.digest('hex');
}
