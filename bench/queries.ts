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

/** One question, asked three ways against the same database. */
export interface BenchQuery {
  name: string;
  /** (a) Through our API. */
  graphql: GraphQLRequest;
  /** (b) The floor: the same Cypher files the API runs for it, straight through the driver. */
  cypher: (run: CypherRunner) => Promise<unknown>;
  /** (c) Through @neo4j/graphql; null when it cannot express the question. */
  neo4jGraphql: GraphQLRequest | null;
  /** Lookups by id must not slow down with the size of the graph. */
  lookupById?: boolean;
}

/** A question's own example parameters (the ones warm-up and the Browser guide use), as Cypher receives them. */
const exampleOf = (name: string, overrides: Record<string, unknown> = {}) => {
  const question = ANALYTICS_QUESTIONS.find((candidate) => candidate.name === name)!;
  return { name: question.query.name, parameters: question.query.params.parse({ ...question.example(AS_OF), ...overrides }) as Record<string, unknown> };
};
const runExample = (run: CypherRunner, name: string, overrides?: Record<string, unknown>) => {
  const { name: file, parameters } = exampleOf(name, overrides);
  return run(file, parameters);
};

export const BENCH_QUERIES: BenchQuery[] = [
  {
    name: 'elementLookup',
    lookupById: true,
    graphql: { query: '{ element(symbol: "Tb") { symbol name atomicNumber group aliases } }' },
    cypher: (run) => run('queries/element/find-element', { identifier: 'Tb' }),
    neo4jGraphql: { query: '{ elements(where: { id: { eq: "Tb" } }) { id name atomicNumber group aliases } }' },
  },
  {
    name: 'depositLookup',
    lookupById: true,
    graphql: { query: '{ deposit(id: "dep-mount-weld") { id name status depositType containedTREOt } }' },
    cypher: (run) => run('queries/graph/get-nodes', { ids: ['dep-mount-weld'] }),
    neo4jGraphql: { query: '{ deposits(where: { id: { eq: "dep-mount-weld" } }) { id name status depositType containedTREOt } }' },
  },
  {
    // Three levels: 50 deposits → their owners (with stakes) → each owner's country.
    name: 'nestedList',
    graphql: {
      query: '{ deposits(first: 50) { edges { node { id name owners { stakePct owner { id name country { iso2 name } } } } } } }',
    },
    cypher: async (run) => {
      const request = { key: 0, country: null, element: null, statuses: null, types: null, heavy: null, nameContains: null, near: null, sort: 'NAME', descending: false, afterKey: null, afterId: null, first: neo4j.int(50) };
      const [page] = await run('queries/deposit/list-deposits', { requests: [request] });
      const depositIds = ((page?.items as Row[]) ?? []).map((item) => (item.node as Row).id as string);
      const owners = await run('queries/graph/related', { ids: depositIds, type: 'OWNS', direction: 'IN' });
      const ownerIds = [...new Set(owners.flatMap((row) => (row.related as Row[]).map((item) => (item.node as Row).id as string)))];
      return run('queries/graph/related', { ids: ownerIds, type: 'HEADQUARTERED_IN', direction: 'OUT' });
    },
    neo4jGraphql: {
      query: '{ deposits(limit: 50, sort: [{ name: ASC }]) { id name ownersConnection { edges { properties { stakePct } node { id name country { id name } } } } } }',
    },
  },
  {
    name: 'search',
    graphql: { query: '{ search(text: "Mount Wled", first: 10) { type id name score } }' },
    cypher: (run) => run('queries/search/search-entities', { query: fuzzyQuery('Mount Wled'), first: neo4j.int(10) }),
    neo4jGraphql: { query: 'query($query: String!) { search(query: $query, first: 10) { label id name score } }', variables: { query: fuzzyQuery('Mount Wled') } },
  },
  {
    name: 'alternativeSources',
    graphql: {
      query: `query($asOf: String) { alternativeSources(element: "Tb", outside: "CN", asOf: $asOf) {
        siteId siteName siteType statusLevel status capacity capacityUnit locatedOutside outsideControlPct controlAttributedPct
        controllers { id name effectivePct } why } }`,
      variables: { asOf: AS_OF },
    },
    cypher: (run) => runExample(run, 'alternative-sources'),
    neo4jGraphql: {
      query: `query($asOf: String!) { alternativeSources(element: "Tb", outside: "CN", basis: "BOTH", includePipeline: true, controlThreshold: 25.0, asOf: $asOf) {
        siteId siteName siteType status statusRank capacity capacityUnit locatedOutside outsideControlPct controlAttributedPct controllers { id name effectivePct } } }`,
      variables: { asOf: AS_OF },
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
                  controllers { id name effectivePct } reachedThroughAgreement reachingAgreements { via agreement { id title } } why } } }`,
      variables: { asOf: AS_OF },
    },
    cypher: (run) => runExample(run, 'importer-alternatives'),
    neo4jGraphql: {
      query: `query($asOf: String!) { importerAlternatives(element: "Tb", outside: "CN", basis: "BOTH", includePipeline: true, controlThreshold: 25.0, asOf: $asOf, optionsPerImporter: 25) {
        importer { id name }
        dependence { product year sharePct elementSpecific }
        options { siteId siteName siteType status statusRank capacity capacityUnit outsideControlPct
                  controllers { id name effectivePct } reachedThroughAgreement reachingAgreements { id title via } } } }`,
      variables: { asOf: AS_OF },
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
  },
];
