import { startTestApi, type TestApi } from '../helpers/api';

describe('GraphQL over HTTP (foundation)', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  test('when asked for __typename, then the service answers', async () => {
    const response = await api.graphql('{ __typename }');
    expect(response).toMatchObject({ status: 200, data: { __typename: 'Query' } });
  });

  test.each(['Tb', 'tb', 'Terbium', 'TERBIUM'])('when element(symbol: "%s") is asked, then terbium is found with its sources', async (symbol) => {
    const response = await api.graphql<{ element: Record<string, unknown> }>('query($s: String!) { element(symbol: $s) { symbol name atomicNumber group isRareEarth sources { id } } }', { s: symbol });
    expect(response.errors).toBeUndefined();
    expect(response.data?.element).toMatchObject({ symbol: 'Tb', name: 'Terbium', atomicNumber: 65, group: 'HEAVY', isRareEarth: true });
    expect((response.data?.element.sources as unknown[]).length).toBeGreaterThan(0);
  });

  test('when an unknown element is asked, then BAD_USER_INPUT names it and suggests close matches', async () => {
    const response = await api.graphql('{ element(symbol: "Terbum") { symbol } }');
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'symbol', value: 'Terbum' });
    expect(response.errors?.[0].message).toMatch(/Unknown element "Terbum". Did you mean "Tb \(Terbium\)"/);
  });

  test('when elements are listed, then the 17 rare earths come first by atomic number', async () => {
    const response = await api.graphql<{ elements: Array<{ symbol: string; isRareEarth: boolean }> }>('{ elements(rareEarthsOnly: true) { symbol isRareEarth } }');
    const symbols = response.data!.elements.map((e) => e.symbol);
    expect(symbols).toEqual(['Sc', 'Y', 'La', 'Ce', 'Pr', 'Nd', 'Pm', 'Sm', 'Eu', 'Gd', 'Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu']);
  });

  test('when health is asked, then Neo4j is reachable', async () => {
    const response = await api.graphql<{ health: { status: string; neo4jReachable: boolean } }>('{ health { status neo4jReachable neo4jVersion } }');
    expect(response.data?.health).toMatchObject({ status: 'ok', neo4jReachable: true });
  });

  test('when /health and /ready are called, then both answer 200', async () => {
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, neo4j: true, schema: true });
  });
});
