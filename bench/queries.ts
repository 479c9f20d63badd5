import neo4j from 'neo4j-driver';
import { ANALYTICS_QUESTIONS } from '../src/analytics';
import { fuzzyQuery } from '../src/db/lucene';
import type { Row } from '../src/db/run';

/** The date every dated question is asked for, so answers do not move with the calendar. */
export const AS_OF = '2026-11-27';

/** A named product query (cypher/queries/…) with its parameters, run through the driver. */
export type CypherRunner = (name: string, parameters: Record<string, unknown>) => Promise<Row[]>;

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * Each way's answer in one comparable form (same fields, same order where the question orders):
 * the three ways must agree before they are timed.
 */
export interface Normalisers {
  graphql: (data: Row) => unknown;
  cypher: (answer: unknown) => unknown;
  neo4jGraphql: (data: Row) => unknown;
}

/** One question, asked three ways against the same database. */
export interface BenchQuery {
  name: string;
  /** (a) Through our API. */
  graphql: GraphQLRequest;
  /** (b) The floor: the same Cypher files the API runs for it, straight through the driver, assembled into the same answer. */
  cypher: (run: CypherRunner) => Promise<unknown>;
  /** (c) Through @neo4j/graphql; null when it cannot express the question. */
  neo4jGraphql: GraphQLRequest | null;
  normalise: Normalisers;
  /** Lookups by id must not slow down with the size of the graph. */
  lookupById?: boolean;
  /**
   * Our API answers from the in-memory reference data (elements, countries) without a round trip:
   * reported as such, never counted as beating the database floor.
   */
  fromMemory?: boolean;
}

/** Field access on answers of unknown shape (JSON from HTTP, rows from the driver). */
const get = (value: unknown, ...path: Array<string | number>): unknown => path.reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined), value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const pick = (value: unknown, fields: string[], rename: Record<string, string> = {}) => Object.fromEntries(fields.map((field) => [field, get(value, rename[field] ?? field) ?? null]));
/** Floats as the three ways print them may differ in the last digits (JSON vs driver). */
const num = (value: unknown) => (typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : (value ?? null));
const byKey = <T>(items: T[], key: (item: T) => string) => [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));


/** A question's own example parameters (the ones warm-up and the Browser guide use), as Cypher receives them. */
const exampleOf = (name: string, overrides: Record<string, unknown> = {}) => {
  const question = ANALYTICS_QUESTIONS.find((candidate) => candidate.name === name)!;
  return { name: question.query.name, parameters: question.query.params.parse({ ...question.example(AS_OF), ...overrides }) as Record<string, unknown> };
};
/** The tonnes window the API uses by default (and the examples): ranked this year, figures 2024–2035. */
const TONNES_WINDOW = (() => {
  const { parameters } = exampleOf('alternative-sources');
  const value = (name: string) => Number(parameters[name]);
  return { year: value('year'), fromYear: value('fromYear'), toYear: value('toYear') };
})();
const runExample = (run: CypherRunner, name: string, overrides?: Record<string, unknown>) => {
  const { name: file, parameters } = exampleOf(name, overrides);
  return run(file, parameters);
};

const ELEMENT_FIELDS = ['symbol', 'name', 'atomicNumber', 'group', 'aliases'];
/** Our API gives an element without aliases `[]` (the field is a non-null list); the graph and the peer give null. */
const element = (value: Record<string, unknown>) => ({ ...value, aliases: value.aliases ?? [] });
const DEPOSIT_FIELDS = ['id', 'name', 'status', 'depositType', 'containedTREOt'];

/** A page of deposits with their owners: order of the page kept, owners (unordered in the peer) by owner id. */
const depositOwners = (deposits: unknown[], owners: (deposit: unknown) => unknown[]) =>
  deposits.map((deposit) => ({
    id: get(deposit, 'id'),
    name: get(deposit, 'name'),
    owners: byKey(
      owners(deposit).map((stake) => ({
        stakePct: num(get(stake, 'stakePct')),
        owner: { id: get(stake, 'owner', 'id'), name: get(stake, 'owner', 'name'), country: get(stake, 'owner', 'country') ? pick(get(stake, 'owner', 'country'), ['iso2', 'name']) : null },
      })),
      (stake) => `${String(stake.owner.id)}|${String(stake.stakePct)}`,
    ),
  }));
/** Our list order (case-insensitive name, then id); the peer can only sort case-sensitively, so its page is put in that order. */
const listOrder = (deposits: unknown[]) => byKey(deposits, (deposit) => `${String(get(deposit, 'name')).toLowerCase()}\u0000${String(get(deposit, 'id'))}`);

const searchHits = (hits: unknown[]) => hits.map((hit) => ({ id: get(hit, 'id'), name: get(hit, 'name'), score: num(get(hit, 'score')) }));
const controllers = (value: unknown) => list(value).map((controller) => ({ id: get(controller, 'id'), name: get(controller, 'name'), effectivePct: num(get(controller, 'effectivePct')) }));
/** Tonnes per year of an option: the API nests them in `tonnes`, the Cypher row and the peer carry low/high flat. */
const yearTonnes = (value: unknown) =>
  list(value).map((entry) => ({ year: get(entry, 'year'), low: num(get(entry, 'tonnes', 'low') ?? get(entry, 'low')), high: num(get(entry, 'tonnes', 'high') ?? get(entry, 'high')), basis: get(entry, 'basis'), confidence: get(entry, 'confidence') }));
const supplyOptions = (options: unknown[]) =>
  options.map((option) => ({
    siteId: get(option, 'siteId'),
    siteType: get(option, 'siteType'),
    status: get(option, 'status'),
    capacity: num(get(option, 'capacity')),
    outsideControlPct: num(get(option, 'outsideControlPct')),
    controllers: controllers(get(option, 'controllers')),
    route: get(option, 'route') ?? get(option, 'routeVerdict'),
    tonnesByYear: yearTonnes(get(option, 'tonnesByYear')),
  }));
/** Supply outside a country per year: the sum and its sites (by id: equal tonnes may tie in order). */
const supplyYears = (rows: unknown[]) =>
  rows.map((row) => ({
    year: get(row, 'year'),
    supply: { low: num(get(row, 'supply', 'low')), high: num(get(row, 'supply', 'high')) },
    sites: byKey(
      list(get(row, 'sites')).map((site) => ({ siteId: get(site, 'siteId'), low: num(get(site, 'tonnes', 'low') ?? get(site, 'low')), high: num(get(site, 'tonnes', 'high') ?? get(site, 'high')), basis: get(site, 'basis'), route: get(site, 'route') })),
      (site) => String(site.siteId),
    ),
  }));
const controlChain = (chain: unknown) => ({
  paths: list(get(chain, 'paths')).map((path) => ({ links: get(path, 'links'), stakePcts: list(get(path, 'stakePcts')).map(num), effectivePct: num(get(path, 'effectivePct')), holders: list(get(path, 'holders')).map((holder) => pick(holder, ['id', 'name'])) })),
  controllers: controllers(get(chain, 'controllers')),
  controlByCountry: list(get(chain, 'controlByCountry')).map((entry) => ({ name: get(entry, 'name'), effectivePct: num(get(entry, 'effectivePct')) })),
  controlAttributedPct: num(get(chain, 'controlAttributedPct')),
});
/** Importers and, per importer, its options (ids, in rank order) and dependence figures. */
const importerOptions = (rows: unknown[], importerId: (row: unknown) => unknown) =>
  rows.map((row) => ({
    importer: importerId(row),
    dependence: list(get(row, 'dependence')).map((figure) => ({ product: get(figure, 'product'), year: get(figure, 'year'), sharePct: num(get(figure, 'sharePct')) })),
    options: list(get(row, 'options')).map((option) => get(option, 'siteId')),
    tonnes: byKey(
      list(get(row, 'options')).map((option) => ({ siteId: get(option, 'siteId'), route: get(option, 'route') ?? get(option, 'routeVerdict'), tonnesByYear: yearTonnes(get(option, 'tonnesByYear')) })),
      (option) => String(option.siteId),
    ),
  }));
const disruption = (rows: unknown[], importerId: (importer: unknown) => unknown, controlIds: (row: unknown) => unknown[]) =>
  rows.map((row) => ({
    element: get(row, 'element', 'symbol'),
    controls: [...controlIds(row)].map(String).sort(),
    remaining: Object.fromEntries(['byLocation', 'byControl', 'both'].map((basis) => [basis, pick(get(row, 'remaining', basis), ['sites', 'producingSites'])])),
    importers: list(get(row, 'importers')).map((importer) => ({ importer: importerId(importer), shareAtRisk: list(get(importer, 'shareAtRisk')).map((share) => ({ sharePct: num(get(share, 'sharePct')), year: get(share, 'year'), product: get(share, 'product') })) })),
  }));

export const BENCH_QUERIES: BenchQuery[] = [
  {
    name: 'elementLookup',
    lookupById: true,
    fromMemory: true,
    graphql: { query: '{ element(symbol: "Tb") { symbol name atomicNumber group aliases } }' },
    cypher: (run) => run('queries/element/find-element', { identifier: 'Tb' }),
    neo4jGraphql: { query: '{ elements(where: { id: { eq: "Tb" } }) { id name atomicNumber group aliases } }' },
    normalise: {
      graphql: (data) => element(pick(data.element, ELEMENT_FIELDS)),
      cypher: (rows) => element(pick(get(rows, 0, 'element'), ELEMENT_FIELDS, { symbol: 'id' })),
      neo4jGraphql: (data) => element(pick(get(data, 'elements', 0), ELEMENT_FIELDS, { symbol: 'id' })),
    },
  },
  {
    name: 'depositLookup',
    lookupById: true,
    graphql: { query: '{ deposit(id: "dep-mount-weld") { id name status depositType containedTREOt } }' },
    cypher: (run) => run('queries/graph/get-nodes', { ids: ['dep-mount-weld'] }),
    neo4jGraphql: { query: '{ deposits(where: { id: { eq: "dep-mount-weld" } }) { id name status depositType containedTREOt } }' },
    normalise: {
      graphql: (data) => pick(data.deposit, DEPOSIT_FIELDS),
      cypher: (rows) => pick(get(rows, 0, 'node'), DEPOSIT_FIELDS),
      neo4jGraphql: (data) => pick(get(data, 'deposits', 0), DEPOSIT_FIELDS),
    },
  },
  {
    // Three levels: 50 deposits → their owners (with stakes) → each owner's country.
    name: 'nestedList',
    graphql: {
      query: '{ deposits(first: 50) { edges { node { id name owners { stakePct owner { id name country { iso2 name } } } } } } }',
    },
    // The list file, then one batched related query per level (what the API ran before it compiled
    // selections), assembled into the same nested answer.
    cypher: async (run) => {
      const request = { key: 0, country: null, element: null, statuses: null, types: null, heavy: null, nameContains: null, near: null, sort: 'NAME', descending: false, afterKey: null, afterId: null, first: neo4j.int(50) };
      const [page] = await run('queries/deposit/list-deposits', { requests: [request] });
      const deposits = list(page?.items).map((item) => get(item, 'node'));
      const owners = await run('queries/graph/related', { ids: deposits.map((deposit) => get(deposit, 'id')), type: 'OWNS', direction: 'IN' });
      const ownersOf = new Map(owners.map((row) => [row.id, list(row.related)]));
      const ownerIds = [...new Set([...ownersOf.values()].flat().map((item) => get(item, 'node', 'id')))];
      const countries = await run('queries/graph/related', { ids: ownerIds, type: 'HEADQUARTERED_IN', direction: 'OUT' });
      const countryOf = new Map(countries.map((row) => [row.id, get(row, 'related', 0, 'node')]));
      return deposits.map((deposit) => ({
        ...(deposit as Row),
        owners: (ownersOf.get(get(deposit, 'id')) ?? []).map((item) => ({
          stakePct: get(item, 'relationship', 'stakePct'),
          owner: { ...(get(item, 'node') as Row), country: countryOf.get(get(item, 'node', 'id')) ? { iso2: get(countryOf.get(get(item, 'node', 'id')), 'id'), name: get(countryOf.get(get(item, 'node', 'id')), 'name') } : null },
        })),
      }));
    },
    neo4jGraphql: {
      query: '{ deposits(limit: 50, sort: [{ name: ASC }, { id: ASC }]) { id name ownersConnection { edges { properties { stakePct } node { id name country { id name } } } } } }',
    },
    normalise: {
      graphql: (data) => depositOwners(list(get(data, 'deposits', 'edges')).map((edge) => get(edge, 'node')), (deposit) => list(get(deposit, 'owners'))),
      cypher: (deposits) => depositOwners(list(deposits), (deposit) => list(get(deposit, 'owners'))),
      neo4jGraphql: (data) =>
        depositOwners(listOrder(list(data.deposits)), (deposit) =>
          list(get(deposit, 'ownersConnection', 'edges')).map((edge) => ({
            stakePct: get(edge, 'properties', 'stakePct'),
            owner: { id: get(edge, 'node', 'id'), name: get(edge, 'node', 'name'), country: get(edge, 'node', 'country') ? { iso2: get(edge, 'node', 'country', 'id'), name: get(edge, 'node', 'country', 'name') } : null },
          })),
        ),
    },
  },
  {
    name: 'search',
    graphql: { query: '{ search(text: "Mount Wled", first: 10) { type id name score } }' },
    cypher: (run) => run('queries/search/search-entities', { query: fuzzyQuery('Mount Wled'), first: neo4j.int(10) }),
    neo4jGraphql: { query: 'query($query: String!) { search(query: $query, first: 10) { label id name score } }', variables: { query: fuzzyQuery('Mount Wled') } },
    normalise: {
      graphql: (data) => searchHits(list(data.search)),
      cypher: (rows) => searchHits(list(rows)),
      neo4jGraphql: (data) => searchHits(list(data.search)),
    },
  },
  {
    name: 'alternativeSources',
    graphql: {
      query: `query($asOf: String) { alternativeSources(element: "Tb", outside: "CN", asOf: $asOf) {
        siteId siteName siteType statusLevel status capacity capacityUnit locatedOutside outsideControlPct controlAttributedPct
        controllers { id name effectivePct } route tonnesByYear { year tonnes { low high } basis confidence } why } }`,
      variables: { asOf: AS_OF },
    },
    cypher: (run) => runExample(run, 'alternative-sources'),
    neo4jGraphql: {
      query: `query($asOf: String!, $year: Int!, $fromYear: Int!, $toYear: Int!) {
        alternativeSources(element: "Tb", outside: "CN", basis: "BOTH", includePipeline: true, controlThreshold: 25.0, asOf: $asOf, year: $year, fromYear: $fromYear, toYear: $toYear, minConfidence: "LOW") {
        siteId siteName siteType status statusRank capacity capacityUnit locatedOutside outsideControlPct controlAttributedPct controllers { id name effectivePct }
        routeVerdict tonnesByYear { year low high basis confidence } } }`,
      variables: { asOf: AS_OF, ...TONNES_WINDOW },
    },
    normalise: {
      graphql: (data) => supplyOptions(list(data.alternativeSources)),
      cypher: (rows) => supplyOptions(list(rows)),
      neo4jGraphql: (data) => supplyOptions(list(data.alternativeSources)),
    },
  },
  {
    // The headline question: importers that depend on China for terbium, and their other options.
    name: 'importerAlternatives',
    graphql: {
      query: `query($asOf: String) { importerAlternatives(element: "Tb", outside: "CN", asOf: $asOf) {
        importer { iso2 name }
        dependence { product year sharePct elementSpecific }
        options { siteId siteName siteType statusLevel status capacity capacityUnit outsideControlPct
                  controllers { id name effectivePct } route tonnesByYear { year tonnes { low high } basis confidence }
                  reachedThroughAgreement reachingAgreements { via agreement { id title } } why } } }`,
      variables: { asOf: AS_OF },
    },
    cypher: (run) => runExample(run, 'importer-alternatives'),
    neo4jGraphql: {
      query: `query($asOf: String!, $year: Int!, $fromYear: Int!, $toYear: Int!) {
        importerAlternatives(element: "Tb", outside: "CN", basis: "BOTH", includePipeline: true, controlThreshold: 25.0, asOf: $asOf, optionsPerImporter: 25, year: $year, fromYear: $fromYear, toYear: $toYear, minConfidence: "LOW") {
        importer { id name }
        dependence { product year sharePct elementSpecific }
        options { siteId siteName siteType status statusRank capacity capacityUnit outsideControlPct
                  controllers { id name effectivePct } routeVerdict tonnesByYear { year low high basis confidence }
                  reachedThroughAgreement reachingAgreements { id title via } } } }`,
      variables: { asOf: AS_OF, ...TONNES_WINDOW },
    },
    normalise: {
      graphql: (data) => importerOptions(list(data.importerAlternatives), (row) => get(row, 'importer', 'iso2')),
      cypher: (rows) => importerOptions(list(rows), (row) => get(row, 'importer', 'id')),
      neo4jGraphql: (data) => importerOptions(list(data.importerAlternatives), (row) => get(row, 'importer', 'id')),
    },
  },
  {
    name: 'disruptionImpact',
    graphql: {
      query: `query($asOf: String) { disruptionImpact(country: "CN", elements: ["Tb", "Dy"], asOf: $asOf) {
        element { symbol } controls { status control { id title } }
        remaining { byLocation { sites producingSites } byControl { sites producingSites } both { sites producingSites } }
        importers { importer { iso2 } shareAtRisk { sharePct year product } mitigatingAgreements { id title } } } }`,
      variables: { asOf: AS_OF },
    },
    cypher: (run) => runExample(run, 'disruption-impact', { elements: ['Tb', 'Dy'] }),
    neo4jGraphql: {
      query: `query($asOf: String!) { disruptionImpact(country: "CN", elements: ["Tb", "Dy"], asOf: $asOf, controlThreshold: 25.0, includePipeline: true) {
        element { symbol } controls { id title status }
        remaining { byLocation { sites producingSites } byControl { sites producingSites } both { sites producingSites } }
        importers { importer { id } shareAtRisk { sharePct year product } mitigatingAgreements { id title } } } }`,
      variables: { asOf: AS_OF },
    },
    normalise: {
      graphql: (data) => disruption(list(data.disruptionImpact), (importer) => get(importer, 'importer', 'iso2'), (row) => list(get(row, 'controls')).map((control) => get(control, 'control', 'id'))),
      cypher: (rows) => disruption(list(rows), (importer) => get(importer, 'importer', 'id'), (row) => list(get(row, 'controls')).map((control) => get(control, 'id'))),
      neo4jGraphql: (data) => disruption(list(data.disruptionImpact), (importer) => get(importer, 'importer', 'id'), (row) => list(get(row, 'controls')).map((control) => get(control, 'id'))),
    },
  },
  {
    // How much terbium oxide outside China, year by year, against demand.
    name: 'supplyBalance',
    graphql: {
      query: `query($asOf: String) { supplyBalance(element: "Tb", outside: "CN", asOf: $asOf, fromYear: 2025, toYear: 2030) {
        unit years { year supply { low high } insideCountry { low high } demand { low high }
                     sites { siteId siteName tonnes { low high } basis confidence route } } } }`,
      variables: { asOf: AS_OF },
    },
    cypher: (run) => runExample(run, 'supply-balance'),
    neo4jGraphql: {
      query: `query($asOf: String!) { supplyBalance(element: "Tb", outside: "CN", basis: "BOTH", controlThreshold: 25.0, asOf: $asOf, stage: "SEPARATION_REFINING", unit: "T_REO_PER_YEAR", fromYear: 2025, toYear: 2030, minConfidence: "LOW", countPlannedRoutes: false) {
        year supply { low high } sites { siteId siteName low high basis confidence route } } }`,
      variables: { asOf: AS_OF },
    },
    normalise: {
      graphql: (data) => supplyYears(list(get(data, 'supplyBalance', 'years'))),
      cypher: (rows) => supplyYears(list(rows)),
      neo4jGraphql: (data) => supplyYears(list(data.supplyBalance)),
    },
  },
  {
    name: 'controlChain',
    graphql: {
      query: `query($asOf: String) { controlChain(id: "dep-ngualla", asOf: $asOf) {
        paths { links stakePcts effectivePct holders { id name } } controllers { id name effectivePct } controlByCountry { name effectivePct } controlAttributedPct } }`,
      variables: { asOf: AS_OF },
    },
    cypher: (run) => runExample(run, 'control-chain', { id: 'dep-ngualla' }),
    neo4jGraphql: {
      query: `query($asOf: String!) { controlChain(id: "dep-ngualla", asOf: $asOf) {
        paths { links stakePcts effectivePct holders { id name } } controllers { id name effectivePct } controlByCountry { name effectivePct } controlAttributedPct } }`,
      variables: { asOf: AS_OF },
    },
    normalise: {
      graphql: (data) => controlChain(data.controlChain),
      cypher: (rows) => controlChain(get(rows, 0)),
      neo4jGraphql: (data) => controlChain(get(data, 'controlChain', 0)),
    },
  },
];
