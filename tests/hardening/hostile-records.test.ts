import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import { PROJECT_ROOT } from '../../src/config';
import { seedFileShape, type SeedFileShape } from '../../src/operations/seed-shape';
import { SEED_DIRECTORY } from '../../src/seed/run-seed';
import { relationshipKey } from '../../src/domain/records';
import { parseRecord } from '../../src/writes/record-input';
import { ENTITY_RECORDS, ENTITY_TYPES, LINK_RECORDS, LINK_TYPES, type EntityType, type LinkType, type RecordType } from '../../src/writes/records';
import { startTestApi, type GraphQLResponse, type TestApi } from '../helpers/api';
import { authorization, bearerFor, TEST_JWT_SECRET } from '../helpers/auth';
import { HOSTILE_VALUES, type HostileValue } from '../helpers/hostile-input';
import { writableDatabase, type WritableDatabase } from '../helpers/own-neo4j';

/**
 * Hostile text inside valid records, for real: for every record type, twenty valid records of its
 * own (made from the first row of its seed file), and for every column of the type each record
 * gets one hostile value in that cell while every other cell stays valid. Each write must be either
 * refused as BAD_USER_INPUT naming that very column, or stored and read back byte for byte (from
 * the database, and through the API for names). The same values go through CSV imports. On a
 * seeded Neo4j of this file's own.
 */

/** CSV-specific text on top of the shared corpus: quoting, a spreadsheet formula, a line break. */
const EXTRA: HostileValue[] = [
  { name: 'comma and quotes', value: 'a,"b",c', matchesNothing: true },
  { name: 'spreadsheet formula', value: '=HYPERLINK("http://127.0.0.1/","x")', matchesNothing: true },
  { name: 'line break', value: 'first line\nsecond line', matchesNothing: true },
];
const CORPUS = [...HOSTILE_VALUES, ...EXTRA];
const RECORDS = CORPUS.length;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

interface Problem {
  type: string;
  column: string;
  value: string;
  text: string;
}

const seedRows = (file: string) => parse(fs.readFileSync(path.join(SEED_DIRECTORY, file), 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>;
const fileOf = (type: RecordType) => ((ENTITY_TYPES as readonly string[]).includes(type) ? ENTITY_RECORDS[type as EntityType].file : LINK_RECORDS[type as LinkType].file);
const isList = (shape: SeedFileShape, column: string, type: RecordType) => {
  const parsed = (fileOf(type).schema.shape[column] as z.ZodType).safeParse('x');
  return parsed.success && Array.isArray(parsed.data) && shape.places[column] !== undefined;
};

/** The id of the k-th hostile-test entity of a type (valid for its column's format). */
function entityId(type: EntityType, k: number): string {
  if (type === 'ELEMENT') return `Q${LETTERS[k]}`;
  if (type === 'COUNTRY') return `Q${LETTERS[k].toUpperCase()}`;
  if (type === 'MILESTONE') throw new Error('a milestone has no id column: its identity is site, milestone, element and statement date');
  const prefix = seedRows(ENTITY_RECORDS[type].file.file)[0].id.split('-')[0];
  return `${prefix}-hostile-r${k}`;
}

/** The entity ids the k-th link record of a type joins: the hostile-test entities of the end's kind. */
const BY_LABEL: Partial<Record<string, EntityType>> = { Company: 'COMPANY', Deposit: 'DEPOSIT', Facility: 'FACILITY', Agreement: 'AGREEMENT', ExportControl: 'EXPORT_CONTROL' };

describe('hostile text inside valid records, in every column of every record type', () => {
  let database: WritableDatabase;
  let api: TestApi;
  let admin: Record<string, string>;
  const shapes = new Map<RecordType, SeedFileShape>();
  const records = new Map<RecordType, Array<Record<string, unknown>>>();
  const versions = new Map<RecordType, number[]>();
  const baseKeys = new Map<LinkType, string[]>();
  const problems: Problem[] = [];
  let accepted = 0;
  let refused = 0;

  beforeAll(async () => {
    database = await writableDatabase('hostile-records');
    api = await startTestApi({ ...database.environment, JWT_SECRET: TEST_JWT_SECRET, MAX_BODY_BYTES: String(4 * 1024 * 1024) });
    admin = authorization(await bearerFor('admin', 'test-hostile-records'));
    for (const type of [...ENTITY_TYPES, ...LINK_TYPES] as RecordType[]) shapes.set(type, seedFileShape(fileOf(type)));
  }, 1500000);
  afterAll(async () => {
    await api?.close();
    await database?.release();
  }, 120000);

  /** The k-th valid record of a type, cells as the JSON API takes them (lists as arrays). */
  function baseRecord(type: RecordType, k: number): Record<string, unknown> {
    const shape = shapes.get(type)!;
    const row = { ...seedRows(shape.file)[0] };
    if ((ENTITY_TYPES as readonly string[]).includes(type)) {
      if (type !== 'MILESTONE') row.id = entityId(type as EntityType, k);
      if (type === 'COUNTRY') row.iso3 = `Q${LETTERS[k].toUpperCase()}Q`;
      // A milestone is named by what it is about and when it was stated: the k-th record is stated on its own day.
      if (type === 'MILESTONE') row.statedOn = `${2000 + k}-01-01`;
    } else {
      const [fromColumn, toColumn] = LINK_RECORDS[type as LinkType].ends;
      const template = shape.relationships[0];
      const pick = (labels: readonly string[], avoid?: string) => {
        for (const label of labels) {
          const kind = BY_LABEL[label];
          const id = kind ? entityId(kind, label === 'ExportControl' && avoid ? (k + 1) % RECORDS : k) : undefined;
          if (id && id !== avoid) return id;
        }
        return undefined;
      };
      row[fromColumn] = pick(template.fromLabels) ?? row[fromColumn];
      row[toColumn] = pick(template.toLabels, row[fromColumn]) ?? row[toColumn];
      // Historical stakes: the sum and one-controlling-stake rules are not what this test is about.
      if (type === 'STAKE') Object.assign(row, { status: 'HISTORICAL', stakePct: '10' });
    }
    return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, isList(shape, column, type) ? value.split(';').filter(Boolean) : value]));
  }

  function csvOf(type: RecordType, rows: Array<Record<string, unknown>>): string {
    const columns = shapes.get(type)!.columns;
    return stringify([columns, ...rows.map((row) => columns.map((column) => (Array.isArray(row[column]) ? (row[column] as string[]).join(';') : String(row[column] ?? ''))))]);
  }

  async function importRows(type: RecordType, rows: Array<Record<string, unknown>>) {
    const csv = csvOf(type, rows);
    const response = await api.graphql<{ import: { applied: boolean; rows: number; created: number; updated: number; rejected: Array<{ line: number; field: string; message: string }> } }>(
      'mutation($type: RecordType!, $csv: String!) { import(type: $type, csv: $csv) { applied rows created updated rejected { line field message } } }',
      { type, csv },
      admin,
    );
    if (response.errors) throw new Error(`import of ${type} failed: ${JSON.stringify(response.errors)}`);
    return response.data!.import;
  }

  /** Where a record is stored: its node (entities) or relationship (links), as a map of properties. */
  async function storedProperties(type: RecordType, identities: string[]): Promise<Map<string, Record<string, unknown>>> {
    const entity = (ENTITY_TYPES as readonly string[]).includes(type);
    const rows = entity
      ? await database.executor.runText('MATCH (n) WHERE n.id IN $ids AND (n:Entity OR n:Source) RETURN n.id AS identity, properties(n) AS properties', { ids: identities })
      : await database.executor.runText('MATCH ()-[r]->() WHERE r.seedKey IN $keys RETURN r.seedKey AS identity, properties(r) AS properties', { keys: identities });
    return new Map(rows.map((row) => [row.identity as string, row.properties as Record<string, unknown>]));
  }

  test(`when ${RECORDS} valid records of each type are created by import, then all land`, async () => {
    for (const type of [...ENTITY_TYPES, ...LINK_TYPES] as RecordType[]) {
      const rows = Array.from({ length: RECORDS }, (_, k) => baseRecord(type, k));
      records.set(type, rows);
      const report = await importRows(type, rows);
      expect({ type, applied: report.applied, rejected: report.rejected.slice(0, 3) }).toEqual({ type, applied: true, rejected: [] });
      expect({ type, created: report.created }).toEqual({ type, created: RECORDS });
      versions.set(type, Array(RECORDS).fill(1));
      if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
        baseKeys.set(type as LinkType, rows.map((row) => {
          const parsed = parseRecord(type, row);
          if (!parsed.ok) throw new Error(`${type} base record is invalid: ${JSON.stringify(parsed.problems)}`);
          return relationshipKey(parsed.graph.relationships[0]);
        }));
      }
    }
  }, 600000);

  test('when each column of each record type carries each hostile value through the API, then every write is refused naming that column or stored byte for byte', async () => {
    const started = Date.now();
    for (const type of [...ENTITY_TYPES, ...LINK_TYPES] as RecordType[]) {
      const entity = (ENTITY_TYPES as readonly string[]).includes(type);
      const shape = shapes.get(type)!;
      for (const column of shape.columns) {
        const sent = CORPUS.map((hostile, k) => ({ ...records.get(type)![k], [column]: isList(shape, column, type) ? [hostile.value] : hostile.value }));
        type Written = { id: string; to?: string; relationship?: string; key?: string; version: number };
        // One request per write: a refused write's error nulls the whole `data` of its request (the
        // mutation fields are non-null) and stops the serial mutations after it, so writes sharing
        // a request would hide each other's outcome. A few requests run at a time.
        const sendOne = (k: number, withVersion: boolean) =>
          api.graphql<{ w: Written | null }>(
            `mutation Hostile($type: ${entity ? 'EntityRecordType' : 'LinkRecordType'}!, $r: JSONObject!, $v: Int) { w: ${entity ? 'upsertEntity(type: $type, record: $r, expectedVersion: $v) { id version }' : 'link(type: $type, record: $r, expectedVersion: $v) { id to relationship key version }'} }`,
            { type, r: sent[k], v: withVersion ? versions.get(type)![k] : null },
            admin,
          );
        const outcome = new Map<number, { error?: NonNullable<GraphQLResponse['errors']>[number]; result?: Written }>();
        const send = async (indices: number[], withVersion: boolean) => {
          const queue = [...indices];
          const worker = async () => {
            for (let k = queue.shift(); k !== undefined; k = queue.shift()) {
              const response = await sendOne(k, withVersion);
              const error = response.errors?.[0];
              outcome.set(k, error ? { error } : { result: response.data?.w ?? undefined });
            }
          };
          await Promise.all(Array.from({ length: 4 }, worker));
        };
        const all = CORPUS.map((_, k) => k);
        await send(all, true);
        // A hostile value in a key column makes a new link record: it is created without a version.
        const created = all.filter((k) => outcome.get(k)?.error?.extensions?.code === 'CONFLICT' && outcome.get(k)?.error?.extensions?.currentVersion === null);
        if (created.length) await send(created, false);

        const identities = all.flatMap((k) => {
          const result = outcome.get(k)?.result;
          if (!result) return [];
          return [entity ? result.id : `${result.relationship}|${result.id}|${result.to}|${result.key}`];
        });
        const stored = await storedProperties(type, identities);
        for (const k of all) {
          const { error, result } = outcome.get(k)!;
          const say = (text: string) => problems.push({ type, column, value: CORPUS[k].name, text });
          if (error) {
            refused += 1;
            const field = String(error.extensions?.field ?? '');
            if (error.extensions?.code !== 'BAD_USER_INPUT') say(`${String(error.extensions?.code)}: ${error.message.slice(0, 200)}`);
            else if (field !== `record.${column}` && !field.startsWith(`record.${column}.`)) say(`refused naming "${field}": ${error.message.slice(0, 200)}`);
            continue;
          }
          if (!result) {
            say('no answer and no error');
            continue;
          }
          accepted += 1;
          const place = shape.places[column];
          const identity = entity ? result.id : `${result.relationship}|${result.id}|${result.to}|${result.key}`;
          if (place.kind !== 'property') {
            say(`accepted into a ${place.kind} column`);
            continue;
          }
          const expected = isList(shape, column, type) ? [CORPUS[k].value] : CORPUS[k].value;
          const actual = stored.get(identity)?.[place.name];
          if (JSON.stringify(actual) !== JSON.stringify(expected)) say(`stored ${JSON.stringify(actual)?.slice(0, 120)} instead of ${JSON.stringify(expected).slice(0, 120)}`);
          if (entity) versions.get(type)![k] = result.version;
          else if (identity === baseKeys.get(type as LinkType)![k]) versions.get(type)![k] = result.version;
        }
      }
    }
    process.stderr.write(`hostile records (API): ${accepted} stored, ${refused} refused, ${problems.length} problem(s) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    if (problems.length) fs.writeFileSync(path.join(PROJECT_ROOT, 'test-output', 'hostile-records.txt'), problems.map((p) => `${p.type}.${p.column} ← ${p.value}: ${p.text}`).join('\n'));
    expect(problems.slice(0, 30)).toEqual([]);
    // Both outcomes happen: text columns store hostile text, format columns refuse it.
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
    // One audit entry per stored write (setup imports included): a refused write left none.
    const [audit] = await database.executor.runText("MATCH (a:AuditEntry) WHERE a.actor = 'test-hostile-records' RETURN count(a) AS entries");
    expect(Number(audit.entries)).toBe(accepted + RECORDS * (ENTITY_TYPES.length + LINK_TYPES.length));
  }, 1800000);

  test('when names carry hostile text, then the API reads each back byte for byte', async () => {
    const lookups: Array<[EntityType, string, string]> = [
      ['COMPANY', 'company', 'name'],
      ['DEPOSIT', 'deposit', 'name'],
      ['FACILITY', 'facility', 'name'],
      ['AGREEMENT', 'agreement', 'title'],
    ];
    for (const [type, field, column] of lookups) {
      const storable = CORPUS.map((hostile, k) => ({ hostile, k })).filter(({ hostile }) => !/[\u0000-\u001F\u202A-\u202E]/.test(hostile.value));
      expect(storable.length).toBeGreaterThan(0);
      for (const { hostile, k } of storable) {
        const record = { ...records.get(type)![k], [column]: hostile.value };
        const write = await api.graphql<{ upsertEntity: { version: number } }>('mutation($t: EntityRecordType!, $r: JSONObject!, $v: Int) { upsertEntity(type: $t, record: $r, expectedVersion: $v) { version } }', { t: type, r: record, v: versions.get(type)![k] }, admin);
        expect({ type, value: hostile.name, errors: write.errors }).toEqual({ type, value: hostile.name, errors: undefined });
        versions.get(type)![k] = write.data!.upsertEntity.version;
        const read = await api.graphql<Record<string, Record<string, string>>>(`query($id: String!) { ${field}(id: $id) { ${column} } }`, { id: entityId(type, k) });
        expect({ type, value: hostile.name, read: read.data?.[field]?.[column] }).toEqual({ type, value: hostile.name, read: hostile.value });
      }
    }
  }, 600000);

  test('when CSV imports carry hostile text in every text column, then rows with refusable text are named line by line and nothing lands; without them everything lands byte for byte', async () => {
    const refusable = (value: string) => /[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/.test(value);
    let rowsChecked = 0;
    for (const type of [...ENTITY_TYPES, ...LINK_TYPES] as RecordType[]) {
      const shape = shapes.get(type)!;
      // Text columns: what the column's own parser keeps as given (not ids, references, formats).
      const textColumns = shape.columns.filter((column) => {
        const parsed = (fileOf(type).schema.shape[column] as z.ZodType).safeParse('Plain words, "quoted"');
        return parsed.success && shape.places[column].kind === 'property' && !/Ids?$/.test(column) && (parsed.data === 'Plain words, "quoted"' || JSON.stringify(parsed.data) === '["Plain words, \\"quoted\\""]');
      });
      if (!textColumns.length) continue;
      const rows = CORPUS.map((hostile, k) => ({ ...records.get(type)![k], ...Object.fromEntries(textColumns.map((column) => [column, isList(shape, column, type) ? [hostile.value] : hostile.value])) }));
      const before = await database.executor.runText("MATCH (a:AuditEntry) RETURN count(a) AS entries");
      const mixed = await importRows(type, rows);
      expect({ type, applied: mixed.applied }).toEqual({ type, applied: false });
      // A quoted cell with a line break spans two physical lines: the report numbers lines as the file has them.
      const lines = (parse(csvOf(type, rows), { info: true }) as unknown as Array<{ info: { lines: number } }>).slice(1).map((record) => record.info.lines);
      const expectedRejections = CORPUS.flatMap((hostile, k) => (refusable(hostile.value) ? textColumns.map((column) => ({ line: lines[k], field: column })) : []));
      const rejections = mixed.rejected.map(({ line, field }) => ({ line, field }));
      // Every refusable value is refused where it is, and nothing else is.
      expect({ type, rejections: rejections.filter((rejection) => !expectedRejections.some((expected) => expected.line === rejection.line && expected.field === rejection.field)) }).toEqual({ type, rejections: [] });
      expect({ type, lines: [...new Set(rejections.map((rejection) => rejection.line))].sort((a, b) => a - b) }).toEqual({ type, lines: [...new Set(expectedRejections.map((rejection) => rejection.line))].sort((a, b) => a - b) });
      expect(await database.executor.runText("MATCH (a:AuditEntry) RETURN count(a) AS entries")).toEqual(before);

      const clean = rows.filter((_, k) => !refusable(CORPUS[k].value));
      const report = await importRows(type, clean);
      expect({ type, applied: report.applied, rejected: report.rejected.slice(0, 3) }).toEqual({ type, applied: true, rejected: [] });
      const identities = clean.map((row) => {
        const parsed = parseRecord(type, row);
        if (!parsed.ok) throw new Error(`${type}: ${JSON.stringify(parsed.problems)}`);
        return parsed.graph.nodes[0]?.id ?? relationshipKey(parsed.graph.relationships[0]);
      });
      const stored = await storedProperties(type, identities);
      clean.forEach((row, index) => {
        for (const column of textColumns) {
          const place = shape.places[column] as { name: string };
          expect({ type, column, identity: identities[index], value: stored.get(identities[index])?.[place.name] }).toEqual({ type, column, identity: identities[index], value: row[column] });
          rowsChecked += 1;
        }
      });
    }
    expect(rowsChecked).toBeGreaterThan(0);
    process.stderr.write(`hostile records (CSV import): ${rowsChecked} cells read back byte for byte\n`);
  }, 1800000);
});
