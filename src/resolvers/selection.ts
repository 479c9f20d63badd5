import { getNamedType, isObjectType, Kind, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Prefetch } from '../db/compiled-list';
import type { Direction, RelationshipType } from '../db/graph.repository';

interface RelationField {
  type: RelationshipType;
  direction: Direction;
  /** For a relationship object (Stake, Operation…): its field holding the node at the other end. */
  through?: string;
}

const to = (type: RelationshipType, direction: Direction, through?: string): RelationField => ({ type, direction, through });

/**
 * The fields resolved from a relationship of the node (the resolvers' `related` / `relatedNodes` /
 * `firstRelatedNode` calls), by GraphQL type. A field missing here is simply not read ahead: its
 * resolver loads it as before, so this table can only cost round trips, never change an answer.
 */
const RELATION_FIELDS: Record<string, Record<string, RelationField>> = {
  Deposit: {
    country: to('LOCATED_IN', 'OUT'),
    elements: to('CONTAINS', 'OUT'),
    contents: to('CONTAINS', 'OUT', 'element'),
    operators: to('OPERATES', 'IN', 'company'),
    owners: to('OWNS', 'IN', 'owner'),
    suppliesTo: to('SUPPLIES', 'OUT', 'to'),
    agreements: to('COVERS', 'IN'),
    claims: to('ABOUT', 'IN'),
  },
  Facility: {
    country: to('LOCATED_IN', 'OUT'),
    processes: to('PROCESSES', 'OUT', 'element'),
    elements: to('PROCESSES', 'OUT'),
    operators: to('OPERATES', 'IN', 'company'),
    owners: to('OWNS', 'IN', 'owner'),
    suppliedBy: to('SUPPLIES', 'IN', 'from'),
    suppliesTo: to('SUPPLIES', 'OUT', 'to'),
    agreements: to('COVERS', 'IN'),
  },
  Company: {
    country: to('HEADQUARTERED_IN', 'OUT'),
    owners: to('OWNS', 'IN', 'owner'),
    stakesHeld: to('OWNS', 'OUT', 'owned'),
    operates: to('OPERATES', 'OUT', 'site'),
    agreements: to('PARTY_TO', 'OUT', 'agreement'),
    persons: to('AFFILIATED_WITH', 'IN'),
    claims: to('ABOUT', 'IN'),
  },
  Agreement: {
    parties: to('PARTY_TO', 'IN', 'party'),
    covers: to('COVERS', 'OUT'),
    elements: to('COVERS', 'OUT'),
    deposits: to('COVERS', 'OUT'),
    facilities: to('COVERS', 'OUT'),
  },
  TradeDependence: { importer: to('IMPORT_DEPENDENCE', 'IN'), exporter: to('SUPPLIED_BY', 'OUT'), elements: to('COVERS', 'OUT') },
  Country: { statistics: to('HAS_STATISTIC', 'OUT'), exportControlsImposed: to('IMPOSES', 'OUT'), exportControlsTargeting: to('TARGETS', 'IN') },
  ExportControl: {
    country: to('IMPOSES', 'IN'),
    target: to('TARGETS', 'OUT'),
    elements: to('CONTROLS', 'OUT'),
    suspends: to('SUSPENDS', 'OUT'),
    suspendedBy: to('SUSPENDS', 'IN'),
  },
  Statistic: { country: to('HAS_STATISTIC', 'IN') },
  Claim: { subject: to('ABOUT', 'OUT') },
  Person: { affiliation: to('AFFILIATED_WITH', 'OUT') },
};

/** Relationship levels read ahead at most (deeper ones load level by level). */
const MAX_DEPTH = 4;

/** What a list field's selection asks of the data layer: relationships to read ahead, and whether to count. */
export interface ListPlan {
  prefetch: Prefetch[];
  totalCount: boolean;
}

/**
 * The plan for a top-level list field from its selection (`info`): the fields under
 * `edges.node` that follow relationships, level by level. Undefined (not compiled) when the
 * selection uses directives, whose outcome this walk does not evaluate.
 */
export function selectionOf(info: Pick<GraphQLResolveInfo, 'returnType' | 'fieldNodes' | 'fragments'>): ListPlan | undefined {
  const connection = getNamedType(info.returnType);
  if (!isObjectType(connection)) return undefined;
  const fields = collect(info, connection, info.fieldNodes.map((node) => node.selectionSet));
  if (!fields) return undefined;
  const edgeType = getNamedType(connection.getFields().edges?.type);
  const edges = fields.get('edges');
  if (!isObjectType(edgeType) || !edges) return { prefetch: [], totalCount: fields.has('totalCount') };
  const edgeFields = collect(info, edgeType, edges.map((node) => node.selectionSet));
  const nodeType = getNamedType(edgeType.getFields().node?.type);
  const nodes = edgeFields?.get('node');
  if (!edgeFields || !isObjectType(nodeType)) return undefined;
  const prefetch = nodes ? prefetchOf(info, nodeType, nodes, 1) : [];
  return prefetch && { prefetch, totalCount: fields.has('totalCount') };
}

function prefetchOf(info: Pick<GraphQLResolveInfo, 'fragments'>, type: GraphQLObjectType, nodes: FieldNode[], depth: number): Prefetch[] | undefined {
  const fields = collect(info, type, nodes.map((node) => node.selectionSet));
  if (!fields) return undefined;
  const levels = new Map<string, Prefetch>();
  for (const [name, fieldNodes] of fields) {
    const relation = RELATION_FIELDS[type.name]?.[name];
    if (!relation || depth > MAX_DEPTH) continue;
    let target = getNamedType(type.getFields()[name]?.type);
    let targetNodes = fieldNodes;
    if (relation.through) {
      // Through a relationship object to the node at its other end (deposit.owners → stake.owner).
      const link = target;
      const linkFields = isObjectType(link) ? collect(info, link, fieldNodes.map((node) => node.selectionSet)) : undefined;
      if (!linkFields) return undefined;
      targetNodes = linkFields.get(relation.through) ?? [];
      target = isObjectType(link) ? getNamedType(link.getFields()[relation.through]?.type) : target;
    }
    // Unions (a stake's `owned`, a claim's `subject`) end the walk: their members load as before.
    const next = isObjectType(target) && targetNodes.length ? prefetchOf(info, target, targetNodes, depth + 1) : [];
    if (!next) return undefined;
    const key = `${relation.type}:${relation.direction}`;
    const level = levels.get(key);
    if (level) level.next = merge(level.next, next);
    else levels.set(key, { type: relation.type, direction: relation.direction, next });
  }
  return [...levels.values()];
}

/** Two prefetch trees as one (a field asked twice, under aliases or fragments, reads once). */
function merge(a: Prefetch[], b: Prefetch[]): Prefetch[] {
  const byKey = new Map(a.map((level) => [`${level.type}:${level.direction}`, { ...level }]));
  for (const level of b) {
    const key = `${level.type}:${level.direction}`;
    const existing = byKey.get(key);
    if (existing) existing.next = merge(existing.next, level.next);
    else byKey.set(key, level);
  }
  return [...byKey.values()];
}

/**
 * The fields selected on an object type, by field name (aliases and fragments merged). Fragments
 * on other types (union members) contribute nothing here. Undefined when a directive appears.
 */
function collect(info: Pick<GraphQLResolveInfo, 'fragments'>, type: GraphQLObjectType, sets: Array<SelectionSetNode | undefined>): Map<string, FieldNode[]> | undefined {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined): boolean => {
    for (const selection of set?.selections ?? []) {
      if (selection.directives?.length) return false;
      if (selection.kind === Kind.FIELD) fields.set(selection.name.value, [...(fields.get(selection.name.value) ?? []), selection]);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if ((!selection.typeCondition || selection.typeCondition.name.value === type.name) && !visit(selection.selectionSet)) return false;
      } else {
        const fragment = info.fragments[selection.name.value];
        if (!fragment || fragment.directives?.length) return false;
        if (fragment.typeCondition.name.value === type.name && !visit(fragment.selectionSet)) return false;
      }
    }
    return true;
  };
  return sets.every(visit) ? fields : undefined;
}
