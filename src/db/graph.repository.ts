import { z } from 'zod';
import type { EntityLabel } from '../domain/vocabulary';
import { compiledRow, compileList, type Prefetch, type RelatedItem } from './compiled-list';
import { decodeCursor, encodeCursor } from './cursor';
import { findCountry } from './queries/country.queries';
import { findEntity, getNodes, related } from './queries/graph.queries';
import { LIST_QUERIES, type AnyListQuery, type ListFilters, type ListKind } from './queries/list.queries';
import { searchEntities } from './queries/search.queries';
import type { graphNode } from './queries/shapes';
import { fuzzyQuery, searchTerms } from './lucene';
import type { Neo4jExecutor } from './run';

export type { ListFilters, ListKind } from './queries/list.queries';

/** A node as the API sees it: its properties, plus its labels to tell union members apart. */
export type GraphNode = z.output<typeof graphNode>;

/** A relationship seen from one end: its properties and the node at the other end. */
export interface Related {
  relationship: Record<string, unknown>;
  node: GraphNode;
}

/** Relationship types the API follows (the `related` query accepts no other). */
export type RelationshipType =
  | 'LOCATED_IN'
  | 'HEADQUARTERED_IN'
  | 'HAS_STATISTIC'
  | 'CONTAINS'
  | 'PROCESSES'
  | 'OWNS'
  | 'OPERATES'
  | 'SUPPLIES'
  | 'PARTY_TO'
  | 'COVERS'
  | 'IMPORT_DEPENDENCE'
  | 'SUPPLIED_BY'
  | 'IMPOSES'
  | 'TARGETS'
  | 'CONTROLS'
  | 'SUSPENDS'
  | 'AMENDS'
  | 'REPLACES'
  | 'LIFTS'
  | 'ABOUT'
  | 'AFFILIATED_WITH';

export type Direction = 'OUT' | 'IN';

/** One page request of a list query: filters (null = ignored), sort, and keyset position. */
export interface ListRequest<K extends ListKind = ListKind> {
  filters: ListFilters<K>;
  sort: string;
  descending: boolean;
  first: number;
  after?: string | null;
}

export interface ListPage {
  totalCount: number;
  hasNextPage: boolean;
  items: Array<{ node: GraphNode; cursor: string; distanceKm: number | null }>;
}

/** Arrays the GraphQL types declare non-null, filled when a node has none (the loader drops empty lists). */
const LIST_PROPERTIES = ['aliases', 'uses', 'listing', 'stages', 'kinds', 'elements', 'sourceIds'];

export function asEntity(node: GraphNode): GraphNode {
  const entity = { ...node };
  for (const property of LIST_PROPERTIES) if (entity[property] === undefined || entity[property] === null) entity[property] = [];
  if (entity._labels?.includes('Deposit') && entity.heavyRareEarthNotable === undefined) entity.heavyRareEarthNotable = false;
  return entity;
}

/** Reads of any entity: by id (batched), by name or alias, their relationships (batched), and lists. */
export class GraphRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Nodes by id, in the order asked (undefined where none). One round trip. */
  async nodes(ids: readonly string[]): Promise<Array<GraphNode | undefined>> {
    const rows = await this.executor.query(getNodes, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((row) => [row.node.id, asEntity(row.node)]));
    return ids.map((id) => byId.get(id));
  }

  /** An entity of one kind by id, name or alias (any case); undefined when nothing matches. */
  async find(label: EntityLabel, identifier: string): Promise<GraphNode | undefined> {
    const text = identifier.trim();
    if (!text) return undefined;
    for (const id of new Set([text, text.toLowerCase()])) {
      const [node] = await this.nodes([id]);
      if (node?._labels.includes(label)) return node;
    }
    const terms = searchTerms(text);
    if (!terms.length) return undefined;
    const [row] = await this.executor.query(findEntity, { label, identifier: text, phrase: `"${terms.join(' ')}"` });
    return row ? asEntity(row.node) : undefined;
  }

  async findCountry(identifier: string): Promise<GraphNode | undefined> {
    const [row] = await this.executor.query(findCountry, { identifier: identifier.trim() });
    return row ? asEntity(row.node) : undefined;
  }

  /** For each id, its relationships of one type and direction with the other ends. One round trip. */
  async related(ids: readonly string[], type: RelationshipType, direction: Direction): Promise<Related[][]> {
    const rows = await this.executor.query(related, { ids: [...new Set(ids)], type, direction });
    const byId = new Map(rows.map((row) => [row.id, row.related.map((item) => ({ relationship: item.relationship, node: asEntity(item.node) }))]));
    return ids.map((id) => byId.get(id) ?? []);
  }

  /** Typo-tolerant full-text search over names and aliases; no words → no hits. */
  async search(text: string, first: number): Promise<Array<{ label: string; id: string; name: string; score: number }>> {
    const query = fuzzyQuery(text);
    if (!query) return [];
    return this.executor.query(searchEntities, { query, first });
  }

  /** Pages of a list, one per request, in one round trip. */
  async list<K extends ListKind>(kind: K, requests: ReadonlyArray<ListRequest<K>>): Promise<ListPage[]> {
    const parameters = requests.map((request, index) => {
      const position = request.after ? decodeCursor(request.after) : undefined;
      return {
        ...request.filters,
        key: index,
        sort: request.sort,
        descending: request.descending,
        first: request.first,
        afterKey: position?.sortKey ?? null,
        afterId: position?.id ?? null,
      };
    });
    const query: AnyListQuery = LIST_QUERIES[kind];
    const rows = await this.executor.query(query, { requests: parameters });
    const byKey = new Map(rows.map((row) => [row.key, row]));
    return requests.map((_, index) => {
      const row = byKey.get(index);
      return {
        totalCount: row?.totalCount ?? 0,
        hasNextPage: row?.hasNextPage ?? false,
        items: (row?.items ?? []).map((item) => {
          const node = asEntity(item.node);
          return { node, cursor: encodeCursor(item.sortKey, node.id), distanceKm: item.distanceKm };
        }),
      };
    });
  }

  /**
   * A page of a list with the relationships its selection will ask for, in one statement
   * (src/db/compiled-list.ts); undefined when the request is not compiled. `related` holds every
   * relationship list read, per node, to fill the request's loaders.
   */
  async compiledList(kind: ListKind, request: ListRequest, prefetch: Prefetch[], withTotal: boolean): Promise<{ page: ListPage; related: PrefetchedRelations[] } | undefined> {
    const statement = compileList(kind, request, prefetch, withTotal);
    if (!statement) return undefined;
    const [row] = await this.executor.statement(`compiled/${kind}`, statement, compiledRow);
    const rows = row?.page ?? [];
    const related: PrefetchedRelations[] = [];
    const gather = (id: string, levels: Prefetch[], lists: RelatedItem[][]) =>
      levels.forEach((level, index) => {
        const items = lists[index] ?? [];
        related.push({ id, type: level.type, direction: level.direction, items: items.map((item) => ({ relationship: item.relationship, node: asEntity(item.node) })) });
        for (const item of items) gather(item.node.id, level.next, item.next);
      });
    const shown = rows.slice(0, request.first);
    for (const row of shown) gather(row.node.id, prefetch, row.related);
    return {
      page: {
        // Without totalCount in the selection it is not counted (and never shown).
        totalCount: row?.totalCount ?? shown.length,
        hasNextPage: rows.length > request.first,
        items: shown.map((row) => {
          const node = asEntity(row.node);
          return { node, cursor: encodeCursor(row.sortKey, node.id), distanceKm: null };
        }),
      },
      related,
    };
  }
}

/** The relationships of one type and direction of one node, read ahead by a compiled statement. */
export interface PrefetchedRelations {
  id: string;
  type: RelationshipType;
  direction: Direction;
  items: Related[];
}
