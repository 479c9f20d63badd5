import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import type { ListFilters, ListKind, ListRequest } from '../db/graph.repository';
import { SortDirection } from '../schema/common/enums';
import type { Connection } from '../schema/common/connection';
import type { NearInput } from '../schema/common/geo.type';
import type { AgreementListArgs, CompanyListArgs, CountryListArgs, DepositListArgs, FacilityListArgs, ListArgsOf, TradeDependenceListArgs } from '../schema/list.args';
import { selectionOf } from './selection';
import { requireNear, toConnection } from './support';

/** A parent's id fixing one filter of a nested list: country.deposits → { country: that country }. */
export type Scope<K extends ListKind> = Partial<Record<keyof ListFilters<K>, string>>;

/** What one list kind adds to the shared plumbing: its default order and how its `where` becomes query filters. */
interface ListDefinition<K extends ListKind, W> {
  kind: K;
  defaultSort: string;
  defaultDescending?: boolean;
  /** The `where` argument as the list query's filters; names the user typed are resolved to ids here. */
  filters(context: RequestContext, where: Partial<W>, sort: string | undefined): Promise<ListFilters<K>>;
}

/**
 * The list fields (top-level and nested): arguments → one page request. A `scope` fixes one filter
 * to the parent (country.deposits → country = that country); scoped lists of many parents are
 * batched into one round trip. A top-level list whose selection the data layer can compile is read
 * with its nested relationship fields in one statement (`info` given), which fills the request's
 * loaders; anything not compiled resolves through them as usual.
 */
function listConnection<K extends ListKind, W extends object>(definition: ListDefinition<K, W>) {
  return async <T>(context: RequestContext, args: ListArgsOf<W, string>, scope?: Scope<K>, info?: GraphQLResolveInfo): Promise<Connection<T>> => {
    const request: ListRequest<K> = {
      filters: await definition.filters(context, args.where ?? {}, args.orderBy?.field),
      sort: args.orderBy?.field ?? definition.defaultSort,
      descending: args.orderBy ? args.orderBy.direction === SortDirection.DESC : (definition.defaultDescending ?? false),
      first: args.first,
      after: args.after ?? null,
    };
    const scoped = Object.entries(scope ?? {}).find((entry): entry is [string, string] => typeof entry[1] === 'string');
    if (scoped) return toConnection<T>(await context.loaders.list(definition.kind, scoped[0], request).load(scoped[1]), request.after);
    const plan = info && context.compileSelections ? selectionOf(info) : undefined;
    const compiled = plan ? await context.repos.graph.compiledList(definition.kind, request, plan.prefetch, plan.totalCount) : undefined;
    if (compiled) context.loaders.prime(compiled.related);
    return toConnection<T>(compiled?.page ?? (await context.repos.graph.list(definition.kind, [request]))[0], request.after);
  };
}

/** Null for an absent or empty list: an empty `status: []` filters nothing. */
const anyOf = <T>(values: T[] | undefined): T[] | null => (values?.length ? values : null);

/** The country and element filters most lists share, resolved from what the user typed. */
async function placeAndElement(context: RequestContext, where: { country?: string; element?: string }) {
  return {
    country: where.country ? await context.identifiers.country(where.country, 'where.country') : null,
    element: where.element ? await context.identifiers.element(where.element, 'where.element') : null,
  };
}

/** Filters deposits and facilities share: place, element, status, name, and a circle (which DISTANCE sorting needs). */
async function siteFilters(context: RequestContext, where: { country?: string; element?: string; status?: string[]; nameContains?: string; near?: NearInput }, sort: string | undefined) {
  requireNear(sort, where.near);
  return { ...(await placeAndElement(context, where)), statuses: anyOf(where.status), nameContains: where.nameContains ?? null, near: where.near ? { ...where.near } : null };
}

type WhereOf<A extends { where?: unknown }> = NonNullable<A['where']>;

export const depositConnection = listConnection<'deposits', WhereOf<DepositListArgs>>({
  kind: 'deposits',
  defaultSort: 'NAME',
  filters: async (context, where, sort) => ({ ...(await siteFilters(context, where, sort)), types: anyOf(where.type), heavy: where.heavyRareEarth ?? null }),
});

export const facilityConnection = listConnection<'facilities', WhereOf<FacilityListArgs>>({
  kind: 'facilities',
  defaultSort: 'NAME',
  filters: async (context, where, sort) => ({ ...(await siteFilters(context, where, sort)), stages: anyOf(where.stage) }),
});

export const companyConnection = listConnection<'companies', WhereOf<CompanyListArgs>>({
  kind: 'companies',
  defaultSort: 'NAME',
  filters: async (context, where) => ({
    country: where.country ? await context.identifiers.country(where.country, 'where.country') : null,
    ownershipTypes: anyOf(where.ownershipType),
    nameContains: where.nameContains ?? null,
  }),
});

export const agreementConnection = listConnection<'agreements', WhereOf<AgreementListArgs>>({
  kind: 'agreements',
  defaultSort: 'DATE',
  filters: async (context, where) => ({
    kinds: anyOf(where.kind),
    party: where.party ? await context.identifiers.party(where.party, 'where.party') : null,
    element: where.element ? await context.identifiers.element(where.element, 'where.element') : null,
    statuses: anyOf(where.status),
    from: where.from ?? null,
    to: where.to ?? null,
    titleContains: where.titleContains ?? null,
  }),
});

export const countryConnection = listConnection<'countries', WhereOf<CountryListArgs>>({
  kind: 'countries',
  defaultSort: 'NAME',
  filters: async (_context, where) => ({ continents: anyOf(where.continent), kinds: anyOf(where.kind), nameContains: where.nameContains ?? null }),
});

export const tradeDependenceConnection = listConnection<'tradeDependence', WhereOf<TradeDependenceListArgs>>({
  kind: 'tradeDependence',
  defaultSort: 'YEAR',
  defaultDescending: true,
  filters: async (context, where) => ({
    importer: where.importer ? await context.identifiers.country(where.importer, 'where.importer') : null,
    exporter: where.exporter ? await context.identifiers.country(where.exporter, 'where.exporter') : null,
    products: anyOf(where.product),
    element: where.element ? await context.identifiers.element(where.element, 'where.element') : null,
    yearFrom: where.yearFrom ?? null,
    yearTo: where.yearTo ?? null,
  }),
});
