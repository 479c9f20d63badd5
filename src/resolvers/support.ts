import type { RequestContext } from '../context';
import type { Direction, GraphNode, ListPage, Related, RelationshipType } from '../db/graph.repository';
import { ValidationError } from '../errors';
import type { Connection } from '../schema/common/connection';
import type { Source } from '../schema/common/source.type';

/** Resolves an object's sourceIds through the request's batched loader (one query per request level). */
export async function sourcesOf(root: object, context: RequestContext): Promise<Source[]> {
  const sources = await context.loaders.sources.loadMany((root as { sourceIds?: string[] }).sourceIds ?? []);
  return sources.filter((source): source is Source => Boolean(source) && !(source instanceof Error));
}

export function toConnection<T>(page: ListPage, after?: string | null): Connection<T> {
  const edges = page.items.map((item) => ({ cursor: item.cursor, node: item.node as unknown as T, distanceKm: item.distanceKm }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

export function requireNear(sort: string | undefined, near: unknown): void {
  if (sort === 'DISTANCE' && !near) throw new ValidationError('Sorting by DISTANCE needs where.near.', 'orderBy');
}

export async function related(context: RequestContext, id: string, type: RelationshipType, direction: Direction): Promise<Related[]> {
  return context.loaders.related(type, direction).load(id);
}

/** The nodes at the other end of a relationship type, in a stable order. */
export async function relatedNodes(context: RequestContext, id: string, type: RelationshipType, direction: Direction): Promise<GraphNode[]> {
  return (await related(context, id, type, direction)).map((item) => item.node);
}

export async function firstRelatedNode(context: RequestContext, id: string, type: RelationshipType, direction: Direction): Promise<GraphNode | null> {
  return (await relatedNodes(context, id, type, direction))[0] ?? null;
}

/** Relationship properties plus the ids of both ends, for relationship object types (Stake, Operation…). */
export function withEnds<T>(item: Related, selfId: string, direction: Direction, ends: { from: string; to: string }): T {
  const fromId = direction === 'OUT' ? selfId : item.node.id;
  const toId = direction === 'OUT' ? item.node.id : selfId;
  return { ...item.relationship, [ends.from]: fromId, [ends.to]: toId } as T;
}

export async function nodeById(context: RequestContext, id: string): Promise<GraphNode | null> {
  return (await context.loaders.nodes.load(id)) ?? null;
}
