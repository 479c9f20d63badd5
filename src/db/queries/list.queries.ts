import { z } from 'zod';
import { defineQuery, param, type QueryDefinition } from '../query';
import { graphNode } from './shapes';

/**
 * The list queries (one per list kind) share one contract: `$requests`, one page request per
 * parent (batched), each its kind's filters (null = ignored) plus sort and keyset position; one
 * row per request with the page, whether more follow and the total count.
 */
const position = {
  key: z.number().int(),
  sort: z.string(),
  descending: param.bool(),
  first: param.int(),
  afterKey: z.union([z.string(), z.number()]).nullable(),
  afterId: param.nullableText(),
};

const near = z.object({ latitude: z.number(), longitude: z.number(), distanceKm: z.number() }).nullable();

export const listRow = z.object({
  key: z.number(),
  totalCount: z.number().int(),
  hasNextPage: z.boolean(),
  items: z.array(z.object({ node: graphNode, sortKey: z.union([z.string(), z.number()]).nullable(), distanceKm: z.number().nullable() })),
});

function defineListQuery<F extends z.ZodRawShape>(name: string, filters: F) {
  const request = z.object({ ...position, ...filters });
  return defineQuery({ name, params: z.object({ requests: z.array(request) }), row: listRow });
}

export const listDeposits = defineListQuery('queries/deposit/list-deposits', { country: param.nullableText(), element: param.nullableText(), statuses: param.nullableTexts(), types: param.nullableTexts(), heavy: z.boolean().nullable(), nameContains: param.nullableText(), near });

export const listFacilities = defineListQuery('queries/facility/list-facilities', { country: param.nullableText(), element: param.nullableText(), stages: param.nullableTexts(), statuses: param.nullableTexts(), nameContains: param.nullableText(), near });

export const listCompanies = defineListQuery('queries/company/list-companies', { country: param.nullableText(), ownershipTypes: param.nullableTexts(), nameContains: param.nullableText() });

export const listAgreements = defineListQuery('queries/agreement/list-agreements', { kinds: param.nullableTexts(), party: param.nullableText(), element: param.nullableText(), statuses: param.nullableTexts(), from: param.nullableText(), to: param.nullableText(), titleContains: param.nullableText() });

export const listCountries = defineListQuery('queries/country/list-countries', { continents: param.nullableTexts(), kinds: param.nullableTexts(), nameContains: param.nullableText() });

export const listTradeDependence = defineListQuery('queries/trade/list-trade-dependence', { importer: param.nullableText(), exporter: param.nullableText(), products: param.nullableTexts(), element: param.nullableText(), yearFrom: param.nullableInt(), yearTo: param.nullableInt() });

/**
 * Any list query, as the repository runs it: each kind's filters are typed where its page requests
 * are made (ListFilters) and checked by its own schema when it runs.
 */
export type AnyListQuery = QueryDefinition<z.ZodType<unknown, { requests: unknown[] }>, typeof listRow>;

/** The list query of each list kind. */
export const LIST_QUERIES = {
  deposits: listDeposits,
  facilities: listFacilities,
  companies: listCompanies,
  agreements: listAgreements,
  countries: listCountries,
  tradeDependence: listTradeDependence,
};

export type ListKind = keyof typeof LIST_QUERIES;
/** The filters of a list kind's page request, as its query receives them. */
export type ListFilters<K extends ListKind> = Omit<z.input<(typeof LIST_QUERIES)[K]['params']>['requests'][number], keyof typeof position>;
