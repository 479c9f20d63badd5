import { startTestApi, type GraphQLResponse, type TestApi } from '../helpers/api';

/**
 * A top-level list is read with its nested relationship fields in one statement (src/db/compiled-list.ts).
 * The same requests through a server that reads level by level (COMPILE_SELECTIONS=false) must give
 * the same answers on the real dataset, in fewer round trips.
 */
const QUERIES: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  {
    name: 'the bench nested list (deposits → owners → their countries)',
    query: '{ deposits(first: 50) { edges { cursor node { id name owners { stakePct owner { id name country { iso2 name } } } } } pageInfo { hasNextPage endCursor } } }',
  },
  {
    name: 'deposits by status, descending, with contents, operators, country and sources, counted',
    query: `{ deposits(first: 30, orderBy: { field: STATUS, direction: DESC }) { totalCount edges { cursor node { id status country { iso2 }
      contents { role sharePct element { symbol } } operators { since company { id name country { name } } } sources { id } } } pageInfo { hasNextPage } } }`,
  },
  {
    name: 'facilities by country name, filtered by stage, with processes, owners and suppliers',
    query: `{ facilities(first: 25, orderBy: { field: COUNTRY }, where: { stage: [SEPARATION_REFINING, METAL_ALLOY] }) { totalCount edges { cursor node { id name
      country { name } processes { role element { symbol } } owners { stakePct owner { name owners { stakePct owner { name } } } } suppliedBy { product from { ... on Deposit { id } ... on Facility { id } } } } } } }`,
  },
  {
    name: 'companies of a country by ownership type, with stakes held and agreements',
    query: `{ companies(first: 40, where: { country: "China" }) { totalCount edges { node { id name ownershipType country { iso2 }
      stakesHeld { stakePct owned { ... on Deposit { id name } ... on Company { id name } ... on Facility { id } } } agreements { role agreement { id title } } } } } }`,
  },
  {
    name: 'a second page (cursor) of companies by country, descending',
    query: '{ companies(first: 20, orderBy: { field: COUNTRY, direction: DESC }) { edges { cursor node { id name country { name } } } pageInfo { endCursor hasNextPage } } }',
  },
  {
    name: 'deposits by contained TREO with an element filter and a name filter',
    query: '{ deposits(first: 10, orderBy: { field: CONTAINED_TREO, direction: DESC }, where: { element: "Dy", nameContains: "a" }) { totalCount edges { node { id containedTREOt elements { symbol } } } } }',
  },
];

type Page = { edges: Array<{ cursor: string; node: { id: string } }>; pageInfo?: { endCursor: string | null } };

describe('compiled list selections answer as the batched resolvers do', () => {
  let compiled: TestApi;
  let batched: TestApi;
  beforeAll(async () => {
    compiled = await startTestApi();
    batched = await startTestApi({ COMPILE_SELECTIONS: 'false' });
  });
  afterAll(async () => {
    await compiled.close();
    await batched.close();
  });

  const roundTrips = (response: unknown) => (response as { extensions?: { roundTrips?: number } }).extensions?.roundTrips ?? NaN;

  it.each(QUERIES)('when $name is asked, then the compiled answer equals the batched one', async ({ query }) => {
    const [one, levels] = await Promise.all([compiled.graphql(query), batched.graphql(query)]);
    expect(one.errors).toBeUndefined();
    expect(levels.errors).toBeUndefined();
    const list = Object.values(one.data ?? {})[0] as Page;
    expect(list.edges.length).toBeGreaterThan(0);
    expect(one.data).toEqual(levels.data);
    expect(roundTrips(one)).toBeLessThanOrEqual(roundTrips(levels));
  });

  it('when the next page is asked with the last cursor, then both pages agree and do not overlap', async () => {
    const query = 'query($after: String) { companies(first: 20, orderBy: { field: COUNTRY, direction: DESC }, after: $after) { edges { cursor node { id } } pageInfo { endCursor } } }';
    const first = await compiled.graphql<{ companies: Page }>(query);
    const after = first.data!.companies.pageInfo!.endCursor;
    const [next, nextBatched] = await Promise.all([compiled.graphql<typeof first.data>(query, { after }), batched.graphql<typeof first.data>(query, { after })]);
    expect(next.data).toEqual(nextBatched.data);
    const ids = new Set(first.data!.companies.edges.map((edge) => edge.node.id));
    expect(next.data!.companies.edges.length).toBeGreaterThan(0);
    expect(next.data!.companies.edges.filter((edge) => ids.has(edge.node.id))).toEqual([]);
  });

  it('when the bench nested list is asked, then it costs one round trip instead of one per level', async () => {
    const query = QUERIES[0].query;
    const [one, levels] = await Promise.all([compiled.graphql(query), batched.graphql(query)]);
    expect(roundTrips(levels)).toBe(3);
    expect(roundTrips(one)).toBe(1);
  });

  it('when a list uses what is not compiled (a distance filter), then it is answered level by level as before', async () => {
    const query = '{ deposits(first: 5, where: { near: { latitude: -28.86, longitude: 122.55, distanceKm: 3000 } }) { edges { distanceKm node { id owners { owner { id } } } } } }';
    const response: GraphQLResponse = await compiled.graphql(query);
    expect(response.errors).toBeUndefined();
    expect(roundTrips(response)).toBe(2);
    expect(response.data).toEqual((await batched.graphql(query)).data);
  });
});
