import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { NodeLabel } from '../domain/vocabulary';
import { relationshipKey, SEED_FILES, type GraphNode, type GraphRelationship, type RecordFile } from '../domain/records';

/** One problem, located so a reviewer can jump to it: `file:line: message`. */
export interface SeedProblem {
  file: string;
  line: number;
  message: string;
}

export const formatProblem = (problem: SeedProblem) => `${problem.file}:${problem.line}: ${problem.message}`;

export interface LocatedNode extends GraphNode {
  sourceIds: string[];
  file: string;
  line: number;
}

export interface LocatedRelationship extends GraphRelationship {
  sourceIds: string[];
  file: string;
  line: number;
  /** Its sources are checked with the node its row defines. */
  sourcesChecked?: boolean;
}

export interface ValidatedSeed {
  nodes: LocatedNode[];
  relationships: LocatedRelationship[];
  problems: SeedProblem[];
  warnings: SeedProblem[];
  rowCounts: Record<string, number>;
}

/** Percent above which the current stakes in one entity cannot add up (rounding in sources). */
const STAKE_SUM_TOLERANCE = 100.5;

/**
 * Reads and checks every seed file before anything is written: each row against its file's
 * schema, then the dataset as a whole (unique ids, every reference and source id resolves to a
 * node of an allowed kind, stakes in one entity add up to at most 100 %).
 */
export function validateSeed(directory: string, files: RecordFile[] = SEED_FILES, options: { partial?: boolean } = {}): ValidatedSeed {
  const problems: SeedProblem[] = [];
  const warnings: SeedProblem[] = [];
  const nodes: LocatedNode[] = [];
  const relationships: LocatedRelationship[] = [];
  const rowCounts: Record<string, number> = {};
  const citedSources = new Set<string>();
  const extraSourceRefs: Array<{ file: string; line: number; ids: string[]; column: string }> = [];

  for (const spec of files) {
    const filePath = path.join(directory, spec.file);
    if (!fs.existsSync(filePath)) {
      // A fixture (tests) may hold only the files it needs; the dataset must hold every one.
      if (!options.partial) problems.push({ file: spec.file, line: 0, message: 'file is missing' });
      continue;
    }
    const records = readCsv(filePath, spec.file, problems);
    if (!records.length) continue;
    const expected = Object.keys(spec.schema.shape);
    const header = records[0].record;
    if (header.join(',') !== expected.join(',')) {
      problems.push({ file: spec.file, line: 1, message: `header must be exactly: ${expected.join(',')}` });
      continue;
    }
    rowCounts[spec.file] = records.length - 1;
    for (const { record, info } of records.slice(1)) {
      const line = info.lines;
      if (record.length !== header.length) {
        problems.push({ file: spec.file, line, message: `has ${record.length} cells, the header has ${header.length}` });
        continue;
      }
      const raw = Object.fromEntries(header.map((column, i) => [column, record[i]]));
      const parsed = spec.schema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push({ file: spec.file, line, message: `${issue.path.join('.') || 'row'}: ${issue.message}` });
        continue;
      }
      const row = parsed.data as Record<string, unknown> & { sourceIds: string[] };
      for (const message of spec.check?.(row) ?? []) problems.push({ file: spec.file, line, message });
      for (const message of spec.warn?.(row) ?? []) warnings.push({ file: spec.file, line, message });
      const graph = spec.toGraph(row);
      const rowSources = (row.sourceIds as string[] | undefined) ?? [];
      for (const id of rowSources) citedSources.add(id);
      if (Array.isArray(row.locationSourceIds) && row.locationSourceIds.length) {
        extraSourceRefs.push({ file: spec.file, line, ids: row.locationSourceIds as string[], column: 'locationSourceIds' });
        const missing = (row.locationSourceIds as string[]).filter((id) => !rowSources.includes(id));
        if (missing.length) problems.push({ file: spec.file, line, message: `locationSourceIds ${missing.join(', ')} must also be in sourceIds` });
      }
      for (const node of graph.nodes) nodes.push({ ...node, sourceIds: node.label === 'Source' ? [] : rowSources, file: spec.file, line });
      // A row that is a node cites its sources through the node; its relationships share them.
      for (const rel of graph.relationships) relationships.push({ ...rel, sourceIds: rowSources, file: spec.file, line, sourcesChecked: graph.nodes.length > 0 });
    }
  }

  const labelsById = new Map<string, { label: NodeLabel; file: string; line: number }>();
  for (const node of nodes) {
    const seen = labelsById.get(node.id);
    if (seen) problems.push({ file: node.file, line: node.line, message: `id "${node.id}" is already used at ${seen.file}:${seen.line}` });
    else labelsById.set(node.id, { label: node.label, file: node.file, line: node.line });
  }

  const checkSources = (ids: string[], file: string, line: number, column = 'sourceIds') => {
    for (const id of ids) {
      const target = labelsById.get(id);
      if (!target) problems.push({ file, line, message: `${column}: unknown source "${id}"` });
      else if (target.label !== 'Source') problems.push({ file, line, message: `${column}: "${id}" is a ${target.label}, not a source` });
    }
  };
  for (const node of nodes) if (node.label !== 'Source') checkSources(node.sourceIds, node.file, node.line);
  for (const ref of extraSourceRefs) checkSources(ref.ids, ref.file, ref.line, ref.column);

  const relationshipKeys = new Map<string, string>();
  for (const rel of relationships) {
    const fromNode = labelsById.get(rel.from);
    const toNode = labelsById.get(rel.to);
    if (!fromNode) problems.push({ file: rel.file, line: rel.line, message: `${rel.fromColumn}: unknown ${describeLabels(rel.fromLabels)} "${rel.from}"` });
    else if (!rel.fromLabels.includes(fromNode.label)) problems.push({ file: rel.file, line: rel.line, message: `${rel.fromColumn}: "${rel.from}" is a ${fromNode.label}, expected ${describeLabels(rel.fromLabels)}` });
    if (!toNode) problems.push({ file: rel.file, line: rel.line, message: `${rel.toColumn}: unknown ${describeLabels(rel.toLabels)} "${rel.to}"` });
    else if (!rel.toLabels.includes(toNode.label)) problems.push({ file: rel.file, line: rel.line, message: `${rel.toColumn}: "${rel.to}" is a ${toNode.label}, expected ${describeLabels(rel.toLabels)}` });
    if (!rel.sourcesChecked) checkSources(rel.sourceIds, rel.file, rel.line);
    const key = relationshipKey(rel);
    const seen = relationshipKeys.get(key);
    if (seen) problems.push({ file: rel.file, line: rel.line, message: `duplicates the row at ${seen} (same ${rel.type} ${rel.from} -> ${rel.to})` });
    else relationshipKeys.set(key, `${rel.file}:${rel.line}`);
  }

  problems.push(...checkStakeSums(relationships), ...checkOneCurrentStake(relationships), ...checkRatioBands(nodes));

  for (const node of nodes) {
    if (node.label === 'Source' && !citedSources.has(node.id)) warnings.push({ file: node.file, line: node.line, message: `source "${node.id}" is not cited by any row` });
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { nodes, relationships, problems, warnings, rowCounts };
}

function describeLabels(labels: readonly NodeLabel[]): string {
  return labels.map((label) => label.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()).join(' or ');
}

/** Current stakes in one owned entity, per basis, must not exceed 100 %. */
function checkStakeSums(relationships: LocatedRelationship[]): SeedProblem[] {
  const sums = new Map<string, { total: number; rows: LocatedRelationship[] }>();
  for (const rel of relationships) {
    if (rel.type !== 'OWNS' || rel.properties.status !== 'CURRENT' || typeof rel.properties.stakePct !== 'number') continue;
    const key = `${rel.to}|${rel.properties.basis}`;
    const entry = sums.get(key) ?? { total: 0, rows: [] };
    entry.total += rel.properties.stakePct;
    entry.rows.push(rel);
    sums.set(key, entry);
  }
  const problems: SeedProblem[] = [];
  for (const [key, { total, rows }] of sums) {
    if (total <= STAKE_SUM_TOLERANCE) continue;
    const [owned, basis] = key.split('|');
    const last = rows[rows.length - 1];
    problems.push({ file: last.file, line: last.line, message: `current ${basis} stakes in "${owned}" add up to ${total.toFixed(2)}% (rows ${rows.map((r) => r.line).join(', ')})` });
  }
  return problems;
}

/** Bases that count for control (economic interests do not). */
export const CONTROL_BASES = ['EQUITY', 'AS_CONVERTED', 'VOTING'];

/**
 * One owner holds one current controlling stake in an entity: two rows for the same holding
 * (different dates or bases) would be counted twice when control is traced.
 */
function checkOneCurrentStake(relationships: LocatedRelationship[]): SeedProblem[] {
  const seen = new Map<string, LocatedRelationship>();
  const problems: SeedProblem[] = [];
  for (const rel of relationships) {
    if (rel.type !== 'OWNS' || rel.properties.status !== 'CURRENT' || !CONTROL_BASES.includes(String(rel.properties.basis))) continue;
    const key = `${rel.from}|${rel.to}`;
    const first = seen.get(key);
    if (first) problems.push({ file: rel.file, line: rel.line, message: `"${rel.from}" already has a current controlling stake in "${rel.to}" at ${first.file}:${first.line}; keep one row (end the older one with until)` });
    else seen.set(key, rel);
  }
  return problems;
}

/**
 * The shares of one ratio band must be able to make up the whole: the low shares add up to at most
 * 100 % and the high shares to at least 100 % (else a split would lose or invent tonnes).
 */
function checkRatioBands(nodes: LocatedNode[]): SeedProblem[] {
  const bands = new Map<string, LocatedNode[]>();
  for (const node of nodes) {
    if (node.label !== 'RatioShare') continue;
    const band = String(node.properties.band);
    bands.set(band, [...(bands.get(band) ?? []), node]);
  }
  const problems: SeedProblem[] = [];
  for (const [band, shares] of bands) {
    const low = shares.reduce((sum, share) => sum + Number(share.properties.shareLowPct), 0);
    const high = shares.reduce((sum, share) => sum + Number(share.properties.shareHighPct), 0);
    const last = shares[shares.length - 1];
    if (shares.length < 2) problems.push({ file: last.file, line: last.line, message: `ratio band "${band}" has one element: a band splits a combined figure between at least two` });
    else if (low > 100.0001 || high < 99.9999) problems.push({ file: last.file, line: last.line, message: `ratio band "${band}": low shares add up to ${low.toFixed(2)} % and high shares to ${high.toFixed(2)} %; they must bracket 100 %` });
  }
  return problems;
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

function readCsv(filePath: string, file: string, problems: SeedProblem[]): CsvRecord[] {
  const content = fs.readFileSync(filePath, 'utf8');
  try {
    const records = parse(content, { info: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as unknown as CsvRecord[];
    for (const { record, info } of records) {
      if (record.some((cell) => /[\r\n]/.test(cell))) problems.push({ file, line: info.lines, message: 'a cell contains a line break (one row must be one line)' });
    }
    return records;
  } catch (error) {
    const { lines } = error as { lines?: number };
    problems.push({ file, line: lines ?? 0, message: `is not valid CSV: ${(error as Error).message}` });
    return [];
  }
}
