import { randomUUID } from 'node:crypto';
import { analyticsRepositories, type AnalyticsRepositories } from './analytics';
import DataLoader from 'dataloader';
import { Identifiers } from './domain/identifiers';
import { CountryRepository, type CountryFigure } from './db/country.repository';
import { ElementRepository } from './db/element.repository';
import { GraphRepository, type Direction, type GraphNode, type ListKind, type ListPage, type ListRequest, type Related, type RelationshipType } from './db/graph.repository';
import { REFERENCE_LABELS, type ReferenceData } from './db/reference-data';
import { QueryStats, type Neo4jExecutor } from './db/run';
import { SourceRepository } from './db/source.repository';
import { SuggestionRepository } from './db/suggestion.repository';
import { Caller } from './auth/viewer';
import type { Logger } from './logger';
import { ENTITY_RECORDS, isEntityType } from './writes/records';
import { WriteService, type Actor } from './writes/write-service';
import type { Source } from './schema/common/source.type';

/** Everything a resolver may use, built fresh for each request (no singletons in resolvers). */
export interface RequestContext {
  requestId: string;
  logger: Logger;
  /** Database round trips of this request (the no-N+1 test reads it). */
  stats: QueryStats;
  executor: Neo4jExecutor;
  repos: {
    elements: ElementRepository;
    graph: GraphRepository;
    sources: SourceRepository;
    suggestions: SuggestionRepository;
  };
  /** One repository per analytical question (src/analytics/<question>). */
  analytics: AnalyticsRepositories;
  identifiers: Identifiers;
  loaders: RequestLoaders;
  /** Who is calling (from the bearer token, verified before the request runs). */
  caller: Caller;
  writes: WriteService;
  /** The caller as the actor of a write, once its role is checked. */
  actor(role: 'editor' | 'admin', action: string): Actor;
  /** After a write of this record type: reload the in-memory elements and countries if it was one. */
  recordWritten(type: string): Promise<void>;
}

/**
 * Per-request batching: every field of one kind on one level of a query becomes one database
 * round trip, however many objects the level holds.
 */
export class RequestLoaders {
  readonly sources: DataLoader<string, Source | undefined>;
  readonly nodes: DataLoader<string, GraphNode | undefined>;
  private readonly keyed = new Map<string, DataLoader<string, unknown>>();

  constructor(
    private readonly graph: GraphRepository,
    sources: SourceRepository,
    private readonly countries: CountryRepository,
    reference?: ReferenceData,
  ) {
    this.sources = new DataLoader((ids: readonly string[]) => sources.byIds(ids), { maxBatchSize: 5000 });
    this.nodes = new DataLoader((ids: readonly string[]) => nodesWithReference(ids, graph, reference), { maxBatchSize: 5000 });
  }

  /** One loader per distinct batch (relationship type, list arguments…), created on first use. */
  private loader<V>(key: string, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.keyed.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader(batch, { maxBatchSize: 5000 });
      this.keyed.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  related(type: RelationshipType, direction: Direction): DataLoader<string, Related[]> {
    return this.loader(`related:${type}:${direction}`, async (ids) => {
      const found = await this.graph.related(ids, type, direction);
      // The other ends come whole: a later reference to one of them (stake.owner…) needs no round trip.
      for (const items of found) for (const item of items) this.nodes.prime(item.node.id, item.node);
      return found;
    });
  }

  /**
   * Pages of a nested list (e.g. country.deposits(where…)) for many parents with the same
   * arguments: one request per parent, all in one round trip.
   */
  list(kind: ListKind, scopeFilter: string, template: ListRequest): DataLoader<string, ListPage> {
    return this.loader(`list:${kind}:${scopeFilter}:${JSON.stringify(template)}`, (scopeIds) =>
      this.graph.list(
        kind,
        scopeIds.map((scopeId) => ({ ...template, filters: { ...template.filters, [scopeFilter]: scopeId } })),
      ),
    );
  }

  countryFigure(measure: 'MINE_PRODUCTION' | 'RESERVES', year: number | null): DataLoader<string, CountryFigure> {
    return this.loader(`figure:${measure}:${year}`, (ids) => this.countries.figures(ids, measure, year));
  }
}

/** Elements and countries come from memory; only the other ids cost a round trip (none when all are reference data). */
async function nodesWithReference(ids: readonly string[], graph: GraphRepository, reference?: ReferenceData): Promise<Array<GraphNode | undefined>> {
  const missing = ids.filter((id) => !reference?.node(id));
  const fetched = missing.length ? await graph.nodes(missing) : [];
  const byId = new Map(missing.map((id, i) => [id, fetched[i]]));
  return ids.map((id) => reference?.node(id) ?? byId.get(id));
}

export interface ContextDependencies {
  executor: Neo4jExecutor;
  logger: Logger;
  /** Process-wide elements and countries (optional: without it every lookup goes to the database). */
  reference?: ReferenceData;
}

export function createRequestContext(dependencies: ContextDependencies, requestId: string = randomUUID(), caller: Caller = Caller.anonymous()): RequestContext {
  const stats = new QueryStats();
  const executor = dependencies.executor.withStats(stats);
  const graph = new GraphRepository(executor);
  const sources = new SourceRepository(executor);
  const suggestions = new SuggestionRepository(executor);
  const elements = new ElementRepository(executor);
  return {
    requestId,
    logger: dependencies.logger.child({ requestId }),
    stats,
    executor,
    repos: { elements, graph, sources, suggestions },
    analytics: analyticsRepositories(executor),
    identifiers: new Identifiers(elements, graph, suggestions, dependencies.reference),
    loaders: new RequestLoaders(graph, sources, new CountryRepository(executor), dependencies.reference),
    caller,
    writes: new WriteService(executor),
    actor(role, action) {
      const viewer = caller.require(role, action);
      return { subject: viewer.subject, roles: viewer.roles, requestId };
    },
    async recordWritten(type) {
      // The labels the in-memory reference data holds, not a list of its own.
      const label = isEntityType(type) ? ENTITY_RECORDS[type].label : undefined;
      if (label && (REFERENCE_LABELS as readonly string[]).includes(label)) await dependencies.reference?.refresh();
    },
  };
}
