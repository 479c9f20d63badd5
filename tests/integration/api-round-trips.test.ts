import { startTestApi, type TestApi } from '../helpers/api';

const NESTED = `query($first: Int!) {
  deposits(first: $first) {
    edges { node { name owners { stakePct owner { name country { name } } } operators { company { country { iso2 } } } sources { id } } }
  }
}`;

describe('database round trips per request (no N+1)', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  test('when a three-level nested query covers 50 deposits, then it costs as many round trips as for 5, and at most 8', async () => {
    const small = await api.graphql<{ deposits: { edges: unknown[] } }>(NESTED, { first: 5 });
    const large = await api.graphql<{ deposits: { edges: unknown[] } }>(NESTED, { first: 50 });
    expect(large.errors).toBeUndefined();
    expect(large.data?.deposits.edges).toHaveLength(50);
    const roundTrips = (response: unknown) => (response as { extensions?: { roundTrips?: number } }).extensions?.roundTrips;
    expect(roundTrips(large)).toBeLessThanOrEqual(8);
    expect(roundTrips(large)).toBe(roundTrips(small));
  });
});
