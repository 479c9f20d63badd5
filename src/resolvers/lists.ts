import type { RequestContext } from '../context';
import type { ListKind, ListRequest } from '../db/graph.repository';
import type { AgreementListArgs, CompanyListArgs, CountryListArgs, DepositListArgs, FacilityListArgs, TradeDependenceListArgs } from '../schema/list.args';
import { listRequest, requireNear, toConnection } from './support';

/**
 * The list fields (top-level and nested): arguments → one page request. A `scope` fixes one filter
 * to the parent (country.deposits → country = that country); scoped lists of many parents are
 * batched into one round trip.
 */
async function page<T>(context: RequestContext, kind: ListKind, request: ListRequest, scope?: Record<string, string>) {
  if (!scope) return toConnection<T>((await context.repos.graph.list(kind, [request]))[0], request.after);
  const [[field, id]] = Object.entries(scope);
  return toConnection<T>(await context.loaders.list(kind, field, request).load(id), request.after);
}

/** The country and element filters most lists share, resolved from what the user typed. */
async function placeAndElement(context: RequestContext, where: { country?: string; element?: string }) {
  return {
    country: where.country ? await context.identifiers.country(where.country, 'where.country') : null,
    element: where.element ? await context.identifiers.element(where.element, 'where.element') : null,
  };
}

export async function depositConnection(context: RequestContext, args: DepositListArgs, scope?: Record<string, string>) {
  const where = args.where ?? {};
  requireNear(args.orderBy?.field, where.near);
  const filters = {
    ...(await placeAndElement(context, where)),
    statuses: where.status,
    types: where.type,
    heavy: where.heavyRareEarth ?? null,
    nameContains: where.nameContains ?? null,
    near: where.near ? { ...where.near } : null,
  };
  return page(context, 'deposits', listRequest(filters, args.orderBy, 'NAME', args.first, args.after), scope);
}

export async function facilityConnection(context: RequestContext, args: FacilityListArgs, scope?: Record<string, string>) {
  const where = args.where ?? {};
  requireNear(args.orderBy?.field, where.near);
  const filters = {
    ...(await placeAndElement(context, where)),
    stages: where.stage,
    statuses: where.status,
    nameContains: where.nameContains ?? null,
    near: where.near ? { ...where.near } : null,
  };
  return page(context, 'facilities', listRequest(filters, args.orderBy, 'NAME', args.first, args.after), scope);
}

export async function companyConnection(context: RequestContext, args: CompanyListArgs, scope?: Record<string, string>) {
  const where = args.where ?? {};
  const filters = {
    country: where.country ? await context.identifiers.country(where.country, 'where.country') : null,
    ownershipTypes: where.ownershipType,
    nameContains: where.nameContains ?? null,
  };
  return page(context, 'companies', listRequest(filters, args.orderBy, 'NAME', args.first, args.after), scope);
}

export async function agreementConnection(context: RequestContext, args: AgreementListArgs, scope?: Record<string, string>) {
  const where = args.where ?? {};
  const filters = {
    kinds: where.kind,
    party: where.party ? await context.identifiers.party(where.party, 'where.party') : null,
    element: where.element ? await context.identifiers.element(where.element, 'where.element') : null,
    statuses: where.status,
    from: where.from ?? null,
    to: where.to ?? null,
    titleContains: where.titleContains ?? null,
  };
  return page(context, 'agreements', listRequest(filters, args.orderBy, 'DATE', args.first, args.after), scope);
}

export async function countryConnection(context: RequestContext, args: CountryListArgs) {
  const where = args.where ?? {};
  const filters = { continents: where.continent, kinds: where.kind, nameContains: where.nameContains ?? null };
  return page(context, 'countries', listRequest(filters, args.orderBy, 'NAME', args.first, args.after));
}

export async function tradeDependenceConnection(context: RequestContext, args: TradeDependenceListArgs, scope?: Record<string, string>) {
  const where = args.where ?? {};
  const filters = {
    importer: where.importer ? await context.identifiers.country(where.importer, 'where.importer') : null,
    exporter: where.exporter ? await context.identifiers.country(where.exporter, 'where.exporter') : null,
    products: where.product,
    element: where.element ? await context.identifiers.element(where.element, 'where.element') : null,
    yearFrom: where.yearFrom ?? null,
    yearTo: where.yearTo ?? null,
  };
  return page(context, 'tradeDependence', listRequest(filters, args.orderBy, 'YEAR', args.first, args.after, true), scope);
}
