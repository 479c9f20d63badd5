import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { affectedTargets, refreshControl } from '../db/control-store';
import type { Neo4jExecutor, Row } from '../db/run';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { relationshipKey, type GraphRelationship } from '../domain/records';
import { relationshipRow } from '../seed/load';
import { parseRecord, shortened, type RecordProblem } from './record-input';
import { columnsOf, ENTITY_RECORDS, isEntityType, LINK_RECORDS, type EntityType, type LinkType, type RecordType } from './records';

type Run = (name: string, parameters?: Record<string, unknown>) => Promise<Row[]>;

/** Who writes: recorded in the audit log and on the records written. */
export interface Actor {
  subject: string;
  roles: string[];
  requestId?: string;
}

export type WriteAction = 'CREATED' | 'UPDATED' | 'DELETED' | 'LINKED' | 'UNLINKED';

export interface WriteOutcome {
  action: WriteAction;
  recordType: RecordType;
  /** The entity written, or the relationship's start. */
  id: string;
  to?: string;
  relationship?: string;
  key?: string;
  /** The version after the write (null after a delete). */
  version: number | null;
  changedFields: string[];
  auditId: string;
}

export interface ImportReport {
  recordType: RecordType;
  rows: number;
  accepted: number;
  rejected: Array<{ line: number; field: string; message: string }>;
  applied: boolean;
  created: number;
  updated: number;
}

/** Rows of one import, at most; larger files are split by the user (one transaction must stay sane). */
export const MAX_IMPORT_ROWS = 5000;

/** Percent above which current stakes of one basis in an entity cannot add up (sources round). */
const STAKE_SUM_TOLERANCE = 100.5;
const CONTROL_BASES = ['EQUITY', 'AS_CONVERTED', 'VOTING'];
/** Bookkeeping properties: not facts, so not "changes". */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'updatedBy', 'createdAt', 'origin', 'searchText', 'seedKey', 'key']);

interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  roles: string[];
  action: WriteAction;
  recordType: RecordType;
  entityId: string;
  targetId: string | null;
  relationship: string | null;
  key: string | null;
  before: string | null;
  after: string | null;
  changedFields: string[];
  sourceIds: string[];
  reason: string | null;
  requestId: string | null;
}

interface WriteOptions {
  expectedVersion?: number | null;
  /** How refusals name a column: `record.` (the generic mutations), `input.` (the typed ones). */
  prefix?: string;
  /** The import overwrites (admin, bulk): no version check. */
  checkVersion: boolean;
  reason?: string | null;
}

class ImportRejected extends Error {
  constructor(readonly problems: Array<{ line: number; field: string; message: string }>) {
    super('import rejected');
  }
}

/**
 * Every write of the API and the import. Each public method is ONE transaction: checks, writes
 * and the audit entry land together or not at all. Records are those of the seed files, checked by
 * the same rules (src/writes/record-input.ts), then against the graph: ids they name must exist
 * with the right kind, their sources must exist, versions must match (optimistic concurrency).
 */
export class WriteService {
  constructor(
    private readonly executor: Neo4jExecutor,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** `argument`: the GraphQL argument holding the record, which refusals name (`record.countryId`, `input.countryId`). */
  async upsertEntity(actor: Actor, type: EntityType, record: Record<string, unknown>, expectedVersion: number | null | undefined, reason?: string | null, argument = 'record'): Promise<WriteOutcome> {
    const prefix = `${argument}.`;
    const parsed = this.parseOrThrow(type, record, prefix);
    return this.executor.writeTransaction(async (run) => {
      const { outcome, entry } = await this.writeEntity(run, actor, type, parsed, { expectedVersion, checkVersion: true, reason, prefix });
      await keepControl(run, type, [outcome.id]);
      await run('writes/api/append-audit', { entries: [entry] });
      return outcome;
    });
  }

  async link(actor: Actor, type: LinkType, record: Record<string, unknown>, expectedVersion: number | null | undefined, reason?: string | null, argument = 'record'): Promise<WriteOutcome> {
    const prefix = `${argument}.`;
    const parsed = this.parseOrThrow(type, record, prefix);
    return this.executor.writeTransaction(async (run) => {
      const { outcome, entry } = await this.writeLink(run, actor, type, parsed, { expectedVersion, checkVersion: true, reason, prefix });
      await keepControl(run, type, linkEnds(parsed));
      await run('writes/api/append-audit', { entries: [entry] });
      return outcome;
    });
  }

  async deleteEntity(actor: Actor, type: EntityType, id: string, expectedVersion: number, sourceIds: string[], reason?: string | null): Promise<WriteOutcome> {
    const spec = ENTITY_RECORDS[type];
    requireSources(sourceIds);
    return this.executor.writeTransaction(async (run) => {
      const [current] = await run('writes/api/lock-record', { id });
      if (!current) throw new NotFoundError(`No ${spec.label} "${id}".`, { field: 'id' });
      this.assertKind(current, spec.label, id, 'id');
      this.assertVersion(current, expectedVersion, id);
      await this.assertReferences(run, [], sourceIds.map((source) => ({ field: 'sourceIds', id: source })));
      if (type === 'SOURCE') {
        const [citations] = await run('writes/api/source-citations', { id });
        const citing = Number(citations?.nodes ?? 0) + Number(citations?.relationships ?? 0);
        if (citing > 0) throw new ConflictError(`Source "${id}" is still cited by ${citations?.nodes} nodes and ${citations?.relationships} relationships; change those records first.`, { field: 'id' });
        await run('writes/api/delete-source', { id });
      } else {
        // What the entity owned or operated is computed before it goes, and recomputed after.
        const affected = CONTROL_RECORDS.has(type) ? await affectedTargets(run, [id]) : [];
        await run('writes/api/delete-entity', { id });
        await refreshControl(run, affected);
      }
      const entry = this.auditEntry(actor, 'DELETED', type, id, { before: current.properties as Row, after: null, sourceIds, reason });
      await run('writes/api/append-audit', { entries: [entry] });
      return { action: 'DELETED' as const, recordType: type, id, version: null, changedFields: entry.changedFields, auditId: entry.id };
    });
  }

  async unlink(actor: Actor, type: LinkType, from: string, to: string, key: string | null | undefined, expectedVersion: number, sourceIds: string[], reason?: string | null): Promise<WriteOutcome> {
    const spec = LINK_RECORDS[type];
    requireSources(sourceIds);
    return this.executor.writeTransaction(async (run) => {
      const found = (await run('writes/api/lock-links', { from, to, types: spec.relationshipTypes, seedKey: null })).filter((link) => !key || link.key === key);
      if (!found.length) throw new NotFoundError(`No ${type} record from "${from}" to "${to}"${key ? ` with key "${key}"` : ''}.`, { field: key ? 'key' : 'to' });
      if (found.length > 1) {
        throw new ValidationError(`There are ${found.length} ${type} records from "${from}" to "${to}"; say which with key (one of ${found.map((link) => `"${link.key}"`).join(', ')}).`, 'key', {
          keys: found.map((link) => link.key),
        });
      }
      const [link] = found;
      this.assertVersion(link, expectedVersion, `${type} ${from} → ${to}`);
      await this.assertReferences(run, [], sourceIds.map((source) => ({ field: 'sourceIds', id: source })));
      await run('writes/api/delete-link', { from, to, seedKey: link.seedKey });
      await keepControl(run, type, [from, to]);
      const entry = this.auditEntry(actor, 'UNLINKED', type, from, { to, relationship: String(link.type), key: String(link.key), before: link.properties as Row, after: null, sourceIds, reason });
      await run('writes/api/append-audit', { entries: [entry] });
      return { action: 'UNLINKED' as const, recordType: type, id: from, to, relationship: String(link.type), key: String(link.key), version: null, changedFields: entry.changedFields, auditId: entry.id };
    });
  }

  /**
   * A CSV file of one record type (the seed file's columns), all rows or none: every row is
   * checked; if any is rejected the transaction is rolled back and the report says why per line.
   */
  async importRecords(actor: Actor, type: RecordType, csv: string): Promise<ImportReport> {
    const report: ImportReport = { recordType: type, rows: 0, accepted: 0, rejected: [], applied: false, created: 0, updated: 0 };
    const rows = readImportCsv(type, csv, report);
    if (report.rejected.length || !rows.length) {
      if (!rows.length && !report.rejected.length) report.rejected.push({ line: 1, field: 'file', message: 'has no data rows' });
      return report;
    }
    const parsedRows = rows.map(({ line, cells }) => ({ line, parsed: parseRecord(type, cells, '') }));
    for (const { line, parsed } of parsedRows) {
      if (!parsed.ok) report.rejected.push(...parsed.problems.map((problem) => ({ line, field: problem.field || 'row', message: problem.message })));
    }
    rejectDuplicates(type, parsedRows, report);
    // Rows that passed the format checks are still checked against the graph, so one report
    // lists every problem of the file; any problem rolls the whole file back.
    const formatProblems = report.rejected.length;
    try {
      await this.executor.writeTransaction(
        async (run) => {
          const entries: AuditEntry[] = [];
          const problems: ImportReport['rejected'] = [];
          let created = 0;
          for (const { line, parsed } of parsedRows) {
            if (!parsed.ok) continue;
            try {
              const options = { checkVersion: false, reason: 'import' };
              const { outcome, entry } = isEntityType(type) ? await this.writeEntity(run, actor, type, parsed, options) : await this.writeLink(run, actor, type as LinkType, parsed, options);
              if (outcome.action === 'CREATED' || (outcome.action === 'LINKED' && outcome.version === 1)) created += 1;
              entries.push(entry);
            } catch (error) {
              if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
              problems.push({ line, field: String(error.details.field ?? 'row').replace(/^record\./, ''), message: error.message });
            }
          }
          if (problems.length || formatProblems) throw new ImportRejected(problems);
          await keepControl(run, type, parsedRows.flatMap(({ parsed }) => (!parsed.ok ? [] : isEntityType(type) ? [parsed.graph.nodes[0].id] : linkEnds(parsed))));
          for (let start = 0; start < entries.length; start += 500) await run('writes/api/append-audit', { entries: entries.slice(start, start + 500) });
          report.created = created;
          report.updated = entries.length - created;
        },
        { timeoutMs: 120000 },
      );
      report.applied = true;
    } catch (error) {
      if (!(error instanceof ImportRejected)) throw error;
      report.rejected.push(...error.problems);
      report.created = 0;
      report.updated = 0;
    }
    return finish(report);
  }

  private parseOrThrow(type: RecordType, record: Record<string, unknown>, prefix: string) {
    const parsed = parseRecord(type, record, prefix);
    if (!parsed.ok) throw problemsError(parsed.problems);
    return parsed;
  }

  private async writeEntity(run: Run, actor: Actor, type: EntityType, parsed: Extract<ReturnType<typeof parseRecord>, { ok: true }>, options: WriteOptions) {
    const spec = ENTITY_RECORDS[type];
    const prefix = options.prefix ?? 'record.';
    const node = parsed.graph.nodes[0];
    const sourceIds = type === 'SOURCE' ? [] : ((parsed.row.sourceIds as string[] | undefined) ?? []);
    const [current] = await run('writes/api/lock-record', { id: node.id });
    if (current) this.assertKind(current, spec.label, node.id, `${prefix}id`);
    if (options.checkVersion) {
      if (current) this.assertVersion(current, options.expectedVersion, node.id);
      else if (options.expectedVersion) throw new ConflictError(`"${node.id}" does not exist (any more); create it without expectedVersion.`, { field: 'expectedVersion', currentVersion: null });
    }
    const references = parsed.graph.relationships.map((rel) => otherEnd(rel, node.id, prefix));
    const locationSources = ((parsed.row.locationSourceIds as string[] | undefined) ?? []).map((id) => ({ field: `${prefix}locationSourceIds`, id }));
    await this.assertReferences(run, references, [...sourceIds.map((id) => ({ field: `${prefix}sourceIds`, id })), ...locationSources]);

    const at = this.now().toISOString();
    const version = Number(current?.version ?? 0) + 1;
    const before = (current?.properties as Row | undefined) ?? null;
    const bookkeeping = { origin: 'api', version, createdAt: before?.createdAt ?? at, updatedAt: at, updatedBy: actor.subject };
    if (type === 'SOURCE') {
      await run('writes/api/upsert-source', { id: node.id, properties: { ...node.properties, id: node.id, ...bookkeeping } });
    } else {
      await run('writes/api/upsert-entity', {
        label: spec.label,
        id: node.id,
        properties: { ...node.properties, id: node.id, sourceIds, ...bookkeeping },
        latitude: node.location?.latitude ?? null,
        longitude: node.location?.longitude ?? null,
        sourceIds,
        ownKinds: spec.ownKinds,
        relationships: parsed.graph.relationships.map((rel) => relationshipRow(rel, sourceIds, { origin: 'api', version: 1, updatedAt: at, updatedBy: actor.subject })),
      });
    }
    const after = { ...node.properties, id: node.id, ...(type === 'SOURCE' ? {} : { sourceIds }), relationships: parsed.graph.relationships.map((rel) => `${rel.type} ${rel.from} -> ${rel.to}`) };
    const beforeView = before ? { ...before, relationships: undefined } : null;
    const action: WriteAction = current ? 'UPDATED' : 'CREATED';
    const entry = this.auditEntry(actor, action, type, node.id, { before: beforeView, after, sourceIds, reason: options.reason });
    return { outcome: { action, recordType: type, id: node.id, version, changedFields: entry.changedFields, auditId: entry.id } as WriteOutcome, entry };
  }

  private async writeLink(run: Run, actor: Actor, type: LinkType, parsed: Extract<ReturnType<typeof parseRecord>, { ok: true }>, options: WriteOptions) {
    const rel = parsed.graph.relationships[0];
    const prefix = options.prefix ?? 'record.';
    const sourceIds = (parsed.row.sourceIds as string[] | undefined) ?? [];
    const seedKey = relationshipKey(rel);
    const [current] = await run('writes/api/lock-links', { from: rel.from, to: rel.to, types: [rel.type], seedKey });
    if (options.checkVersion) {
      if (current) this.assertVersion(current, options.expectedVersion, `${type} ${rel.from} → ${rel.to}`);
      else if (options.expectedVersion) throw new ConflictError(`This ${type} record does not exist (any more); create it without expectedVersion.`, { field: 'expectedVersion', currentVersion: null });
    }
    await this.assertReferences(
      run,
      [
        { field: `${prefix}${rel.fromColumn}`, id: rel.from, labels: [...rel.fromLabels] },
        { field: `${prefix}${rel.toColumn}`, id: rel.to, labels: [...rel.toLabels] },
      ],
      sourceIds.map((id) => ({ field: `${prefix}sourceIds`, id })),
    );
    if (rel.type === 'OWNS') await this.assertStakeFits(run, rel, seedKey, prefix);
    const at = this.now().toISOString();
    const version = Number(current?.version ?? 0) + 1;
    const before = (current?.properties as Row | undefined) ?? null;
    const row = relationshipRow(rel, sourceIds, { origin: 'api', version, createdAt: before?.createdAt ?? at, updatedAt: at, updatedBy: actor.subject });
    await run('writes/api/upsert-link', { type: rel.type, from: rel.from, to: rel.to, properties: row.properties });
    const entry = this.auditEntry(actor, 'LINKED', type, rel.from, { to: rel.to, relationship: rel.type, key: rel.key, before, after: row.properties, sourceIds, reason: options.reason });
    return {
      outcome: { action: 'LINKED', recordType: type, id: rel.from, to: rel.to, relationship: rel.type, key: rel.key, version, changedFields: entry.changedFields, auditId: entry.id } as WriteOutcome,
      entry,
    };
  }

  /** Current stakes of one basis in an entity stay within 100 %, one current controlling stake per owner. */
  private async assertStakeFits(run: Run, rel: GraphRelationship, seedKey: string, prefix: string): Promise<void> {
    const { stakePct, status, basis } = rel.properties as { stakePct?: number; status: string; basis: string };
    if (status !== 'CURRENT') return;
    const [context] = await run('writes/api/stake-context', { owned: rel.to, owner: rel.from, basis, seedKey });
    const total = Number(context?.basisTotal ?? 0) + (stakePct ?? 0);
    if (total > STAKE_SUM_TOLERANCE) throw new ValidationError(`Current ${basis} stakes in "${rel.to}" would add up to ${total.toFixed(2)} %.`, `${prefix}stakePct`, { total });
    if (CONTROL_BASES.includes(basis) && Number(context?.ownerControllingStakes ?? 0) > 0) {
      throw new ValidationError(`"${rel.from}" already holds a current controlling stake in "${rel.to}"; end that one (until, status HISTORICAL) or update it instead.`, `${prefix}ownerId`);
    }
  }

  private assertKind(current: Row, label: string, id: string, field: string): void {
    const labels = current.labels as string[];
    if (!labels.includes(label)) throw new ValidationError(`"${id}" is a ${labels[0]}, not a ${label}.`, field);
  }

  private assertVersion(current: Row, expectedVersion: number | null | undefined, what: string): void {
    const version = Number(current.version);
    if (expectedVersion === undefined || expectedVersion === null) {
      throw new ConflictError(`${what} already exists at version ${version}; send expectedVersion: ${version} to change it.`, { field: 'expectedVersion', currentVersion: version });
    }
    if (expectedVersion !== version) {
      throw new ConflictError(`${what} is at version ${version}, not ${expectedVersion}: someone changed it since you read it. Read it again and retry.`, { field: 'expectedVersion', currentVersion: version });
    }
  }

  private async assertReferences(run: Run, references: Array<{ field: string; id: string; labels: string[] }>, sources: Array<{ field: string; id: string }>): Promise<void> {
    const problems = await run('writes/api/check-references', { references, sources });
    if (problems.length) {
      throw problemsError(problems.map((problem) => ({ field: String(problem.field), message: `"${problem.id}": ${problem.problem}` })));
    }
  }

  private auditEntry(
    actor: Actor,
    action: WriteAction,
    recordType: RecordType,
    entityId: string,
    change: { to?: string; relationship?: string; key?: string; before: Row | null; after: Row | null; sourceIds: string[]; reason?: string | null },
  ): AuditEntry {
    return {
      id: randomUUID(),
      at: this.now().toISOString(),
      actor: actor.subject,
      roles: actor.roles,
      action,
      recordType,
      entityId,
      targetId: change.to ?? null,
      relationship: change.relationship ?? null,
      key: change.key ?? null,
      before: change.before ? JSON.stringify(factsOf(change.before)) : null,
      after: change.after ? JSON.stringify(factsOf(change.after)) : null,
      changedFields: changedFields(change.before, change.after),
      sourceIds: change.sourceIds,
      reason: change.reason ?? null,
      requestId: actor.requestId ?? null,
    };
  }
}

function requireSources(sourceIds: string[]): void {
  if (!sourceIds.length) throw new ValidationError('Every write needs at least one source id (sourceIds).', 'sourceIds');
}

function problemsError(problems: RecordProblem[]): ValidationError {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return new ValidationError(`${first.field}: ${first.message}${more}`, first.field, { problems });
}

function otherEnd(rel: GraphRelationship, self: string, prefix: string): { field: string; id: string; labels: string[] } {
  return rel.from === self ? { field: `${prefix}${rel.toColumn}`, id: rel.to, labels: [...rel.toLabels] } : { field: `${prefix}${rel.fromColumn}`, id: rel.from, labels: [...rel.fromLabels] };
}

function factsOf(properties: Row): Row {
  return Object.fromEntries(Object.entries(properties).filter(([key, value]) => !BOOKKEEPING.has(key) && value !== undefined));
}

function changedFields(before: Row | null, after: Row | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => !BOOKKEEPING.has(key) && key !== 'relationships' && JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after?.[key] ?? null)).sort();
}

function readImportCsv(type: RecordType, csv: string, report: ImportReport): Array<{ line: number; cells: Record<string, unknown> }> {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(csv, { info: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as unknown as typeof records;
  } catch (error) {
    report.rejected.push({ line: Number((error as { lines?: number }).lines ?? 1), field: 'file', message: `is not valid CSV: ${(error as Error).message}` });
    return [];
  }
  if (!records.length) return [];
  const header = records[0].record.map((column) => column.trim());
  const columns = columnsOf(type);
  const missing = columns.filter((column) => !header.includes(column) && column !== 'aliases');
  const unknown = header.filter((column) => !columns.includes(column));
  if (missing.length || unknown.length || new Set(header).size !== header.length) {
    report.rejected.push({
      line: 1,
      field: 'header',
      message: `must name the ${type} columns (${columns.join(', ')})${missing.length ? `; missing ${missing.join(', ')}` : ''}${unknown.length ? `; unknown ${unknown.slice(0, 5).map((column) => shortened(column)).join(', ')}${unknown.length > 5 ? ', …' : ''}` : ''}${new Set(header).size !== header.length ? '; a column appears twice' : ''}`,
    });
    return [];
  }
  const rows = records.slice(1);
  if (rows.length > MAX_IMPORT_ROWS) {
    report.rejected.push({ line: 1, field: 'file', message: `has ${rows.length} rows; import at most ${MAX_IMPORT_ROWS} per file` });
    return [];
  }
  report.rows = rows.length;
  const parsed: Array<{ line: number; cells: Record<string, unknown> }> = [];
  for (const { record, info } of rows) {
    if (record.length !== header.length) {
      report.rejected.push({ line: info.lines, field: 'row', message: `has ${record.length} cells, the header has ${header.length}` });
      continue;
    }
    parsed.push({ line: info.lines, cells: Object.fromEntries(header.map((column, index) => [column, record[index]])) });
  }
  return parsed;
}

/** Two rows of one file for the same record would silently overwrite each other. */
function rejectDuplicates(type: RecordType, rows: Array<{ line: number; parsed: ReturnType<typeof parseRecord> }>, report: ImportReport): void {
  const seen = new Map<string, number>();
  for (const { line, parsed } of rows) {
    if (!parsed.ok) continue;
    const identity = isEntityType(type) ? parsed.graph.nodes[0].id : relationshipKey(parsed.graph.relationships[0]);
    const first = seen.get(identity);
    if (first) report.rejected.push({ line, field: 'row', message: `is the same record as line ${first}` });
    else seen.set(identity, line);
  }
}

function finish(report: ImportReport): ImportReport {
  report.rejected.sort((a, b) => a.line - b.line);
  const rejectedLines = new Set(report.rejected.map((problem) => problem.line));
  report.accepted = report.applied ? report.rows : Math.max(0, report.rows - rejectedLines.size);
  return report;
}

/** Record types whose writes can change who controls a site (stakes, operations, a company's owners or headquarters). */
const CONTROL_RECORDS = new Set<RecordType>(['STAKE', 'OPERATOR', 'COMPANY', 'DEPOSIT', 'FACILITY']);

/** Keeps the stored effective control in step with a write, inside the write's transaction. */
async function keepControl(run: Run, type: RecordType, ids: string[]): Promise<void> {
  if (!CONTROL_RECORDS.has(type)) return;
  await refreshControl(run, await affectedTargets(run, [...new Set(ids)]));
}

function linkEnds(parsed: Extract<ReturnType<typeof parseRecord>, { ok: true }>): string[] {
  return parsed.graph.relationships.flatMap((rel) => [rel.from, rel.to]);
}
