import type { z } from 'zod';
import type { NodeLabel } from '../domain/vocabulary';
import type { GraphRelationship, RecordFile } from '../domain/records';

/**
 * Where each column of a seed file ends up in the graph, learnt from the file's own definition
 * (src/seed/files.ts) rather than written down a second time: the file's `toGraph` is called once
 * with a probe row whose every cell is a distinct marker, and each marker is looked for in the
 * nodes and relationships it returns. The exporter reads the graph back through these places, so a
 * seed file added to SEED_FILES is exported without any change here.
 */
export type ColumnPlace =
  /** The node's id (entity files). */
  | { kind: 'id' }
  /** A property of the node (entity files) or of the relationship (relationship files). */
  | { kind: 'property'; name: string }
  /** One coordinate of the node's location point. */
  | { kind: 'location'; axis: 'latitude' | 'longitude' }
  /** The record's sources (stored as `sourceIds` by the loader). */
  | { kind: 'sources' }
  /** Relationship files whose column chooses the relationship type (export_control_links.type). */
  | { kind: 'type' }
  /** Relationship files: the id at one end. */
  | { kind: 'end'; side: 'from' | 'to' }
  /** Entity files: the id(s) at the other end of relationships the row defines (countryId → LOCATED_IN). */
  | { kind: 'related'; relationship: number; many: boolean }
  /** Nowhere in the graph: exported empty (the shape test flags such columns). */
  | { kind: 'none' };

/** A relationship a file's rows define: what tells it apart from others of the same type. */
export interface RelationshipTemplate {
  /** Fixed type, or null when a column gives it. */
  type: string | null;
  fromLabels: readonly NodeLabel[];
  toLabels: readonly NodeLabel[];
  /** The record's `key` property (constant, or built from columns). */
  keyPattern: RegExp;
  /** Entity files: which end the row's own node is. */
  nodeSide?: 'from' | 'to';
}

export interface SeedFileShape {
  file: string;
  columns: string[];
  /** Entity files: one node per row, with this label. Relationship files: none. */
  label?: NodeLabel;
  places: Record<string, ColumnPlace>;
  /** Entity files: the relationships a row defines. Relationship files: the one relationship a row is. */
  relationships: RelationshipTemplate[];
}

/** A marker no dataset cell contains (word joiners around the column name). */
const marker = (column: string) => `\u2060${column}\u2060`;
const MARKERS = /\u2060[^\u2060]*\u2060/g;

/** The output type of a column's schema, through preprocessing, pipes and optional wrappers. */
function outputType(schema: z.ZodType): string {
  const def = (schema as unknown as { _zod: { def: { type: string; out?: z.ZodType; innerType?: z.ZodType } } })._zod.def;
  if (def.type === 'pipe' && def.out) return outputType(def.out);
  if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) return outputType(def.innerType);
  return def.type;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function keyPattern(key: string): RegExp {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(MARKERS, '.*')}$`, 's');
}

function template(rel: GraphRelationship, typeMarker: string | undefined, nodeSide?: 'from' | 'to'): RelationshipTemplate {
  return { type: rel.type === typeMarker ? null : rel.type, fromLabels: rel.fromLabels, toLabels: rel.toLabels, keyPattern: keyPattern(rel.key), nodeSide };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function seedFileShape(spec: RecordFile<any>): SeedFileShape {
  const columns = Object.keys(spec.schema.shape);
  const lists = new Set(columns.filter((column) => outputType(spec.schema.shape[column] as z.ZodType) === 'array'));
  const probe = Object.fromEntries(columns.map((column) => [column, lists.has(column) ? [marker(column)] : marker(column)]));
  const graph = spec.toGraph(probe);
  const places: Record<string, ColumnPlace> = {};
  const markerOf = (column: string) => (lists.has(column) ? marker(column) : probe[column]);

  if (graph.nodes.length === 1) {
    const [node] = graph.nodes;
    const nodeId = node.id;
    const relationships = graph.relationships.map((rel) => template(rel, undefined, rel.from === nodeId ? 'from' : 'to'));
    for (const column of columns) {
      const value = probe[column];
      const one = markerOf(column);
      const related = graph.relationships.findIndex((rel) => (rel.from === nodeId ? rel.to : rel.from) === one);
      const alias = Object.keys(node.properties).find((name) => same(node.properties[name], value));
      if (node.id === value) places[column] = { kind: 'id' };
      else if (column in node.properties && same(node.properties[column], value)) places[column] = { kind: 'property', name: column };
      else if (node.location?.latitude === (value as never)) places[column] = { kind: 'location', axis: 'latitude' };
      else if (node.location?.longitude === (value as never)) places[column] = { kind: 'location', axis: 'longitude' };
      else if (related >= 0) places[column] = { kind: 'related', relationship: related, many: lists.has(column) };
      else if (alias) places[column] = { kind: 'property', name: alias };
      else if (column === 'sourceIds') places[column] = { kind: 'sources' };
      else places[column] = { kind: 'none' };
    }
    return { file: spec.file, columns, label: node.label, places, relationships };
  }

  if (graph.nodes.length === 0 && graph.relationships.length === 1) {
    const [rel] = graph.relationships;
    const typeColumn = columns.find((column) => rel.type === probe[column]);
    for (const column of columns) {
      const value = probe[column];
      const alias = Object.keys(rel.properties).find((name) => same(rel.properties[name], value));
      if (rel.from === value) places[column] = { kind: 'end', side: 'from' };
      else if (rel.to === value) places[column] = { kind: 'end', side: 'to' };
      else if (column === typeColumn) places[column] = { kind: 'type' };
      else if (column in rel.properties && same(rel.properties[column], value)) places[column] = { kind: 'property', name: column };
      else if (alias) places[column] = { kind: 'property', name: alias };
      else if (column === 'sourceIds') places[column] = { kind: 'sources' };
      else places[column] = { kind: 'none' };
    }
    return { file: spec.file, columns, places, relationships: [template(rel, typeColumn ? String(probe[typeColumn]) : undefined)] };
  }
  throw new Error(`${spec.file}: a row makes ${graph.nodes.length} nodes and ${graph.relationships.length} relationships; the exporter knows rows of one node or one relationship`);
}

/** Whether a stored relationship is one this template describes. */
export function matchesTemplate(template: RelationshipTemplate, rel: { type: string; fromLabels: string[]; toLabels: string[]; key: unknown }): boolean {
  return (
    (template.type === null || template.type === rel.type) &&
    template.fromLabels.some((label) => rel.fromLabels.includes(label)) &&
    template.toLabels.some((label) => rel.toLabels.includes(label)) &&
    typeof rel.key === 'string' &&
    template.keyPattern.test(rel.key)
  );
}
