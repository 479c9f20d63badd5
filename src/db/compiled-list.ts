import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { decodeCursor } from './cursor';
import type { Direction, ListKind, ListRequest, RelationshipType } from './graph.repository';
import { graphNode } from './queries/shapes';

/**
 * Relationships to read along with each item of a page, and from each node they reach: what a
 * selection's nested relationship fields will ask for (deposit.owners → OWNS in; owner.country →
 * HEADQUARTERED_IN out).
 */
export interface Prefetch {
  type: RelationshipType;
  direction: Direction;
  next: Prefetch[];
}

export interface CompiledStatement {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * How one list kind reads as a tailored statement: the same filters and sort keys as its
 * cypher/queries/<kind>/list-*.cypher file, written only for the arguments given. A filter or sort
 * missing here (distance, the lists of agreements, countries and trade figures) is not compiled:
 * the list file answers it.
 */
interface CompiledKind {
  label: string;
  /** The relationship to the country that COUNTRY sorts by. */
  countryLink?: string;
  filters: Record<string, (node: Cypher.Node, value: Cypher.Param) => Cypher.Predicate>;
  sorts: Record<string, (node: Cypher.Node, country: Cypher.Node) => Cypher.Expr>;
}

const literal = (value: string | number) => new Cypher.Literal(value);
const linked = (type: string, label: string) => (node: Cypher.Node, value: Cypher.Param) =>
  new Cypher.Exists(new Cypher.Pattern(node).related({ type }).to({ labels: [label], properties: { id: value } }));
const nameContains = (node: Cypher.Node, value: Cypher.Param) => Cypher.contains(Cypher.toLower(node.property('searchText')), Cypher.toLower(value));
const byName = (node: Cypher.Node) => Cypher.toLower(node.property('name'));
const byCountryName = (_node: Cypher.Node, country: Cypher.Node) => Cypher.toLower(Cypher.coalesce(country.property('name'), literal('')));
const orMinusOne = (property: string) => (node: Cypher.Node) => Cypher.coalesce(Cypher.toFloat(node.property(property)), literal(-1.0));
/** The status ranks of the list files' STATUS sort (best first, anything else last). */
const ranked = (order: string[]) => (node: Cypher.Node) => {
  const ladder = new Cypher.Case(node.property('status'));
  order.forEach((status, rank) => ladder.when(literal(status)).then(literal(rank)));
  return ladder.else(literal(order.length));
};

/** Filters deposits and facilities share (where they are, what they hold, status, name). */
const siteFilters = (elementLink: string) => ({
  country: linked('LOCATED_IN', 'Country'),
  element: linked(elementLink, 'Element'),
  statuses: (node: Cypher.Node, value: Cypher.Param) => Cypher.in(node.property('status'), value),
  nameContains,
});

const COMPILED: Partial<Record<ListKind, CompiledKind>> = {
  deposits: {
    label: 'Deposit',
    countryLink: 'LOCATED_IN',
    filters: {
      ...siteFilters('CONTAINS'),
      types: (node, value) => Cypher.in(node.property('depositType'), value),
      heavy: (node, value) => Cypher.eq(node.property('heavyRareEarthNotable'), value),
    },
    sorts: {
      NAME: byName,
      STATUS: ranked(['PRODUCING', 'CONSTRUCTION', 'DEVELOPMENT', 'EXPLORATION', 'CARE_AND_MAINTENANCE', 'SUSPENDED']),
      CONTAINED_TREO: orMinusOne('containedTREOt'),
      COUNTRY: byCountryName,
    },
  },
  facilities: {
    label: 'Facility',
    countryLink: 'LOCATED_IN',
    filters: {
      ...siteFilters('PROCESSES'),
      stages: (node, value) => {
        const stage = new Cypher.Variable();
        return Cypher.any(stage, node.property('stages'), Cypher.in(stage, value));
      },
    },
    sorts: {
      NAME: byName,
      STATUS: ranked(['OPERATING', 'COMMISSIONING', 'CONSTRUCTION', 'PILOT', 'PLANNED', 'SUSPENDED']),
      CAPACITY: orMinusOne('capacityTonnesPerYear'),
      COUNTRY: byCountryName,
    },
  },
  companies: {
    label: 'Company',
    countryLink: 'HEADQUARTERED_IN',
    filters: { country: linked('HEADQUARTERED_IN', 'Country'), ownershipTypes: (node, value) => Cypher.in(node.property('ownershipType'), value), nameContains },
    sorts: { NAME: byName, COUNTRY: byCountryName },
  },
};

/** The node, relationship properties and other end of each related item, as related.cypher returns them. */
const nodeMap = (node: Cypher.Node) => new Cypher.MapProjection(node, '*', { _labels: Cypher.labels(node) });

/**
 * For each prefetch at `parent`: a CALL subquery collecting the relationships of that type and
 * direction, ordered as related.cypher orders them, each with what its other end prefetches.
 */
function prefetchCalls(parent: Cypher.Node, prefetch: Prefetch[]): { calls: Cypher.Clause[]; lists: Cypher.Variable[] } {
  const calls: Cypher.Clause[] = [];
  const lists: Cypher.Variable[] = [];
  for (const { type, direction, next } of prefetch) {
    const relationship = new Cypher.Relationship();
    const other = new Cypher.Node();
    const list = new Cypher.Variable();
    const inner = prefetchCalls(other, next);
    const match = new Cypher.Match(new Cypher.Pattern(parent).related(relationship, { type, direction: direction === 'OUT' ? 'right' : 'left' }).to(other));
    const item = new Cypher.Map({ relationship: Cypher.properties(relationship), node: nodeMap(other), next: new Cypher.List(inner.lists) });
    const collected = new Cypher.With(relationship, other, ...inner.lists)
      .orderBy([Cypher.coalesce(relationship.property('asOf'), relationship.property('since'), literal('')), 'ASC'], [other.property('id'), 'ASC'])
      .return([Cypher.collect(item), list]);
    calls.push(new Cypher.Call(Cypher.utils.concat(match, ...inner.calls, collected), [parent]));
    lists.push(list);
  }
  return { calls, lists };
}

/**
 * One statement for a page of a list and the relationships its selection will ask for, or
 * undefined when the request uses what is not compiled. Built with @neo4j/cypher-builder: every
 * value is a parameter; only fixed labels, types and properties are written into the text.
 */
export function compileList(kind: ListKind, request: ListRequest, prefetch: Prefetch[], withTotal: boolean): CompiledStatement | undefined {
  const compiled = COMPILED[kind];
  const sortKeyOf = compiled?.sorts[request.sort];
  if (!compiled || !sortKeyOf) return undefined;
  const filterEntries = Object.entries(request.filters).filter(([, value]) => value !== null && value !== undefined);
  if (filterEntries.some(([name]) => !compiled.filters[name])) return undefined;
  const predicates = (node: Cypher.Node) => Cypher.and(...filterEntries.map(([name, value]) => compiled.filters[name](node, new Cypher.Param(value))));

  const node = new Cypher.Node();
  const total = new Cypher.Variable();
  const outer: Cypher.Clause[] = [];
  if (withTotal) {
    const counted = new Cypher.Node();
    outer.push(new Cypher.Call(new Cypher.Match(new Cypher.Pattern(counted, { labels: [compiled.label] })).where(predicates(counted)).return([Cypher.count(counted), total])));
  }
  const clauses: Cypher.Clause[] = [new Cypher.Match(new Cypher.Pattern(node, { labels: [compiled.label] })).where(predicates(node))];
  const country = new Cypher.Node();
  if (request.sort === 'COUNTRY' && compiled.countryLink) {
    clauses.push(new Cypher.OptionalMatch(new Cypher.Pattern(node).related({ type: compiled.countryLink }).to(country, { labels: ['Country'] })));
  }
  const sortKey = new Cypher.Variable();
  const window = new Cypher.With(node, [sortKeyOf(node, country), sortKey]);
  if (request.after) {
    const position = decodeCursor(request.after);
    const [afterKey, afterId] = [new Cypher.Param(position.sortKey), new Cypher.Param(position.id)];
    const beyond = request.descending ? Cypher.lt : Cypher.gt;
    window.where(Cypher.or(beyond(sortKey, afterKey), Cypher.and(Cypher.eq(sortKey, afterKey), beyond(node.property('id'), afterId))));
  }
  const direction = request.descending ? 'DESC' : 'ASC';
  // One more than the page, to know whether another follows.
  clauses.push(window.orderBy([sortKey, direction], [node.property('id'), direction]).limit(new Cypher.Param(neo4j.int(request.first + 1))));
  const { calls, lists } = prefetchCalls(node, prefetch);
  clauses.push(...calls);
  // Sorted again after the subqueries, so the page's order never rests on how CALL passes rows on.
  const item = new Cypher.Map({ node: nodeMap(node), sortKey, related: new Cypher.List(lists) });
  const page = new Cypher.Variable();
  clauses.push(new Cypher.With(node, sortKey, ...lists).orderBy([sortKey, direction], [node.property('id'), direction]).return([Cypher.collect(item), page]));
  outer.push(new Cypher.Call(Cypher.utils.concat(...clauses), []));
  outer.push(new Cypher.Return([page, 'page'], ...(withTotal ? [[total, 'totalCount'] as [Cypher.Variable, string]] : [])));
  const { cypher, params } = Cypher.utils.concat(...outer).build();
  return { cypher, params };
}

export interface RelatedItem {
  relationship: Record<string, unknown>;
  node: z.output<typeof graphNode>;
  next: RelatedItem[][];
}

const relatedItem: z.ZodType<RelatedItem> = z.lazy(() => z.object({ relationship: z.record(z.string(), z.unknown()), node: graphNode, next: z.array(z.array(relatedItem)) }));

export const compiledRow = z.object({
  page: z.array(z.object({ node: graphNode, sortKey: z.union([z.string(), z.number()]).nullable(), related: z.array(z.array(relatedItem)) })),
  totalCount: z.number().int().optional(),
});
