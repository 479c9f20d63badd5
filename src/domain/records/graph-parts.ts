import { z } from 'zod';
import type { NodeLabel } from '../vocabulary';
import { requiredList, requiredText } from './columns';

/**
 * How a record — a row of a seed file, an API write, an imported line — becomes nodes and
 * relationships: the shapes every record file shares. The files themselves are in
 * entity-records.ts, link-records.ts and figure-records.ts; docs/seed-format.md describes them.
 */

export interface GraphNode {
  label: NodeLabel;
  id: string;
  properties: Record<string, unknown>;
  location?: { latitude: number; longitude: number };
}

/** A relationship between two ids; `key` tells apart parallel relationships of one type. */
export interface GraphRelationship {
  type: string;
  from: string;
  to: string;
  key: string;
  properties: Record<string, unknown>;
  fromLabels: readonly NodeLabel[];
  toLabels: readonly NodeLabel[];
  /** The column that holds each end, for error messages. */
  fromColumn: string;
  toColumn: string;
}

/**
 * The identity of a relationship record: type|from|to|key. Stored as `seedKey`, so the loader, its
 * validation and API writes all find the same record by it.
 */
export function relationshipKey(rel: Pick<GraphRelationship, 'type' | 'from' | 'to' | 'key'>): string {
  return `${rel.type}|${rel.from}|${rel.to}|${rel.key}`;
}

export interface RowGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

export interface RecordFile<S extends z.ZodObject = z.ZodObject> {
  file: string;
  schema: S;
  /** Turns a validated row into graph parts (sourceIds are added by the loader). */
  toGraph(row: z.infer<S>): RowGraph;
  /** Extra checks on one row (beyond its schema); return messages. */
  check?(row: z.infer<S>): string[];
  /** Checks that are reported but do not stop a load. */
  warn?(row: z.infer<S>): string[];
}

/** Keeps each file's row type (inferred from its schema) inside toGraph and check. */
export function defineRecordFile<S extends z.ZodObject>(spec: RecordFile<S>): RecordFile<S> {
  return spec;
}

export const SITE_LABELS = ['Deposit', 'Facility'] as const;
export const OWNED_LABELS = ['Company', 'Deposit', 'Facility'] as const;
export const PARTY_LABELS = ['Company', 'Country'] as const;

export const defined = (properties: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));

export function located(countryId: string, id: string, label: NodeLabel): GraphRelationship {
  return { type: 'LOCATED_IN', from: id, to: countryId, key: 'location', properties: {}, fromLabels: [label], toLabels: ['Country'], fromColumn: 'id', toColumn: 'countryId' };
}

export function coordinates(row: { latitude?: number; longitude?: number }) {
  return row.latitude !== undefined && row.longitude !== undefined ? { latitude: row.latitude, longitude: row.longitude } : undefined;
}

/** A deposit or facility: its node (coordinates become a point) and where it lies. */
export function siteGraph(label: 'Deposit' | 'Facility', row: { id: string; name: string; aliases: string[]; countryId: string; latitude?: number; longitude?: number }, statusRank: number): RowGraph {
  return {
    nodes: [
      {
        label,
        id: row.id,
        properties: defined({ ...row, sourceIds: undefined, countryId: undefined, latitude: undefined, longitude: undefined, statusRank, searchText: searchText(row.name, row.aliases) }),
        location: coordinates(row),
      },
    ],
    relationships: [located(row.countryId, row.id, label)],
  };
}

export function checkCoordinates(row: { latitude?: number; longitude?: number; locationPrecision?: string; locationSourceIds: string[] }): string[] {
  const problems: string[] = [];
  if ((row.latitude === undefined) !== (row.longitude === undefined)) problems.push('latitude and longitude go together');
  if (row.latitude !== undefined && !row.locationPrecision) problems.push('locationPrecision is required with coordinates');
  if (row.latitude !== undefined && row.locationSourceIds.length === 0) problems.push('locationSourceIds is required with coordinates');
  return problems;
}

/** Text a full-text index can read: name, aliases and other names in one string. */
export const searchText = (...parts: Array<string | string[] | undefined>) =>
  parts
    .flat()
    .filter((part): part is string => Boolean(part))
    .join(' | ');

export const country = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code (or EU)'));
export const optionalCountry = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v), country.optional());
export const ELEMENT_SYMBOL = /^[A-Z][a-z]?$/;
export const elementSymbol = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().regex(ELEMENT_SYMBOL, 'must be an element symbol such as Tb'));
export const anyId = requiredText();

/** One relationship a row defines (properties left undefined are dropped). */
export const relationship = (type: string, from: string, to: string, key: string, properties: Record<string, unknown>, fromLabels: readonly NodeLabel[], toLabels: readonly NodeLabel[], columns: [string, string]): GraphRelationship => ({
  type,
  from,
  to,
  key,
  properties: defined(properties),
  fromLabels,
  toLabels,
  fromColumn: columns[0],
  toColumn: columns[1],
});

/** `;` symbols of elements (`Dy;Tb`): at least one. */
export const elementSymbols = () =>
  requiredList('at least one element symbol').refine((symbols) => symbols.every((symbol) => ELEMENT_SYMBOL.test(symbol)), 'must be element symbols such as Dy;Tb');
