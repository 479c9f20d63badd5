import { NODE_LABELS } from '../../src/schema/common/node.interface';
import { startTestApi, type GraphQLResponse, type TestApi } from '../helpers/api';

/**
 * node(id:) and nodes(ids:) on the shared, seeded test database (reads only): one id of every
 * kind of node the graph holds, fetched by the interface alone.
 */
describe('node(id:) and nodes(ids:): any object by its global id', () => {
  let api: TestApi;
  /** One id per node label, taken from the dataset. */
  const idOf = new Map<string, string>();

  beforeAll(async () => {
    api = await startTestApi();
    for (const label of NODE_LABELS) {
      const [row] = await api.executor.runText(`MATCH (n:${label}) WHERE n.id IS NOT NULL RETURN n.id AS id ORDER BY n.id LIMIT 1`);
      if (row) idOf.set(label, String(row.id));
    }
  });
  afterAll(() => api.close());

  const roundTrips = (response: GraphQLResponse) => (response as { extensions?: { roundTrips?: number } }).extensions?.roundTrips;
  const NODE = 'query($id: ID!) { node(id: $id) { __typename id } }';
  const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }';

  test('when the dataset is read, then it has a node of every kind the Node interface covers', () => {
    expect([...idOf.keys()].sort()).toEqual([...NODE_LABELS].sort());
  });

  test('when node is asked for an id of each kind, then it returns that object as its own type', async () => {
    for (const [label, id] of idOf) {
      const response = await api.graphql<{ node: { __typename: string; id: string } }>(NODE, { id });
      expect(response.errors).toBeUndefined();
      expect(response.data!.node).toEqual({ __typename: label, id });
    }
  });

  test('when nodes is asked for one id of every kind and an unknown one, then they come in the order asked, null for the unknown, in one round trip', async () => {
    const ids = [...idOf.values()];
    const asked = [ids[ids.length - 1], 'dep-no-such-deposit', ...ids.slice(0, -1)];
    const response = await api.graphql<{ nodes: Array<{ __typename: string; id: string } | null> }>(NODES, { ids: asked });
    expect(response.errors).toBeUndefined();
    expect(response.data!.nodes.map((node) => node?.id ?? null)).toEqual([asked[0], null, ...asked.slice(2)]);
    expect(response.data!.nodes.map((node) => node?.__typename ?? null)).toEqual([NODE_LABELS.find((label) => idOf.get(label) === asked[0]), null, ...asked.slice(2).map((id) => [...idOf].find(([, known]) => known === id)![0])]);
    expect(roundTrips(response)).toBe(1);
  });

  test('when nodes names only elements and countries, then they come from memory: no round trip', async () => {
    const response = await api.graphql<{ nodes: Array<{ __typename: string; id: string }> }>(NODES, { ids: ['Tb', 'JP', 'CN'] });
    expect(response.data!.nodes).toEqual([
      { __typename: 'Element', id: 'Tb' },
      { __typename: 'Country', id: 'JP' },
      { __typename: 'Country', id: 'CN' },
    ]);
    expect(roundTrips(response)).toBe(0);
  });

  test('when node is asked for an id nothing has, then it is null, not an error', async () => {
    const response = await api.graphql(NODE, { id: 'co-no-such-company' });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ node: null });
  });

  test('when nodes is asked for more than 100 ids, then it is refused naming ids, before any query', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => `co-test-${index}`);
    const response = await api.graphql(NODES, { ids });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(roundTrips(response)).toBe(0);
    const hundred = await api.graphql<{ nodes: unknown[] }>(NODES, { ids: ids.slice(0, 100) });
    expect(hundred.data!.nodes).toHaveLength(100);
    expect(hundred.data!.nodes.every((node) => node === null)).toBe(true);
  });

  test('when a figure is fetched by id, then its elements and sources resolve', async () => {
    const response = await api.graphql<{ node: { elements: Array<{ symbol: string }>; sources: Array<{ id: string }>; unit: string; low: number } }>(
      'query($id: ID!) { node(id: $id) { ... on Quantity { elements { symbol } sources { id } unit low } } }',
      { id: idOf.get('Quantity') },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.node.elements.length).toBeGreaterThan(0);
    expect(response.data!.node.sources.length).toBeGreaterThan(0);
    expect(typeof response.data!.node.low).toBe('number');
  });
});
