import { startTestApi, type TestApi } from '../helpers/api';

type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; distanceKm?: number; node: Record<string, unknown> }> };

describe('lists: filters, sorting and cursor pages', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  const page = async (field: string, args: string, selection: string): Promise<Page> => {
    const response = await api.graphql<Record<string, Page>>(`{ ${field}(${args}) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ${selection} } } } }`);
    expect(response.errors).toBeUndefined();
    return response.data![field];
  };

  /** Walks every page of a list and checks there are no gaps or duplicates against one big page. */
  const walk = async (field: string, args: string, pageSize: number, idField = 'id') => {
    const whole = await page(field, `${args} first: 100`, idField);
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard += 1) {
      const current: Page = await page(field, `${args} first: ${pageSize}${after ? ` after: "${after}"` : ''}`, idField);
      expect(current.totalCount).toBe(whole.totalCount);
      expect(current.pageInfo.hasPreviousPage).toBe(Boolean(after));
      seen.push(...current.edges.map((edge) => edge.node[idField] as string));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(whole.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, whole.edges.length)).toEqual(whole.edges.map((edge) => edge.node[idField]));
    return seen;
  };

  test.each([
    ['deposits', ''],
    ['deposits', 'orderBy: {field: STATUS, direction: ASC}'],
    ['deposits', 'orderBy: {field: NAME, direction: DESC}'],
    ['deposits', 'orderBy: {field: CONTAINED_TREO, direction: DESC}'],
    ['facilities', 'orderBy: {field: CAPACITY, direction: DESC}'],
    ['companies', 'orderBy: {field: COUNTRY, direction: ASC}'],
    ['agreements', 'orderBy: {field: DATE, direction: DESC}'],
    ['countries', 'orderBy: {field: MINE_PRODUCTION, direction: DESC}'],
  ])('paging %s (%s) 7 at a time has no duplicates and no gaps', async (field, args) => {
    const ids = await walk(field, args, 7, field === 'countries' ? 'iso2' : 'id');
    expect(ids.length).toBeGreaterThan(20);
  });

  test('deposits filtered by country (any spelling) all lie in that country', async () => {
    const result = await page('deposits', 'where: {country: "china"} first: 100', 'id country { iso2 }');
    expect(result.totalCount).toBeGreaterThanOrEqual(5);
    expect(result.edges.every((edge) => (edge.node.country as { iso2: string }).iso2 === 'CN')).toBe(true);
  });

  test('deposits filtered by element all contain it', async () => {
    const result = await page('deposits', 'where: {element: "Dysprosium"} first: 100', 'id elements { symbol }');
    expect(result.totalCount).toBeGreaterThanOrEqual(15);
    expect(result.edges.every((edge) => (edge.node.elements as Array<{ symbol: string }>).some((e) => e.symbol === 'Dy'))).toBe(true);
  });

  test('deposits filtered by status, type and heavy rare earths satisfy all three', async () => {
    const result = await page('deposits', 'where: {status: [PRODUCING, CONSTRUCTION, DEVELOPMENT], type: [CARBONATITE, ION_ADSORPTION_CLAY], heavyRareEarth: true} first: 100', 'id status depositType heavyRareEarthNotable');
    expect(result.totalCount).toBeGreaterThan(0);
    for (const { node } of result.edges) {
      expect(['PRODUCING', 'CONSTRUCTION', 'DEVELOPMENT']).toContain(node.status);
      expect(['CARBONATITE', 'ION_ADSORPTION_CLAY']).toContain(node.depositType);
      expect(node.heavyRareEarthNotable).toBe(true);
    }
  });

  test('deposits near Laverton (Western Australia) within 100 km include Mount Weld, nearest first', async () => {
    const response = await api.graphql<{ deposits: Page }>(
      '{ deposits(where: {near: {latitude: -28.63, longitude: 122.40, distanceKm: 100}}, orderBy: {field: DISTANCE, direction: ASC}, first: 10) { totalCount edges { distanceKm node { id } } } }',
    );
    const edges = response.data!.deposits.edges;
    expect(edges.map((edge) => edge.node.id)).toContain('dep-mount-weld');
    const distances = edges.map((edge) => edge.distanceKm as number);
    expect(distances.every((d) => d <= 100)).toBe(true);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  test('sorting by DISTANCE without a point is refused', async () => {
    const response = await api.graphql('{ deposits(orderBy: {field: DISTANCE, direction: ASC}) { totalCount } }');
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orderBy' });
  });

  test('facilities filtered by stage and element: separation of terbium', async () => {
    const result = await page('facilities', 'where: {stage: [SEPARATION_REFINING], element: "Tb"} first: 100', 'id stages elements { symbol }');
    expect(result.edges.map((edge) => edge.node.id)).toContain('fac-lynas-malaysia');
    for (const { node } of result.edges) {
      expect(node.stages).toContain('SEPARATION_REFINING');
      expect((node.elements as Array<{ symbol: string }>).map((e) => e.symbol)).toContain('Tb');
    }
  });

  test('companies filtered by headquarters country and ownership type', async () => {
    const result = await page('companies', 'where: {country: "CN", ownershipType: [STATE_OWNED]} first: 100', 'id ownershipType country { iso2 }');
    expect(result.edges.map((edge) => edge.node.id)).toContain('co-china-rare-earth-group');
    expect(result.edges.every((edge) => edge.node.ownershipType === 'STATE_OWNED' && (edge.node.country as { iso2: string }).iso2 === 'CN')).toBe(true);
  });

  test('agreements filtered by kind, party, element and date range', async () => {
    const result = await page('agreements', 'where: {kind: [FINANCING, EQUITY], party: "Lynas", from: "2010", to: "2025-12-31"} first: 100', 'id kinds date');
    expect(result.edges.map((edge) => edge.node.id)).toContain('agr-2011-jare-lynas-financing');
    for (const { node } of result.edges) {
      expect((node.kinds as string[]).some((kind) => ['FINANCING', 'EQUITY'].includes(kind))).toBe(true);
      expect(String(node.date) >= '2010' && String(node.date) <= '2025-12-31').toBe(true);
    }
    const byElement = await page('agreements', 'where: {element: "Dy"} first: 100', 'id elements { symbol }');
    expect(byElement.edges.every((edge) => (edge.node.elements as Array<{ symbol: string }>).some((e) => e.symbol === 'Dy'))).toBe(true);
  });

  test('a state can be an agreement party ("US" finds the US–Japan framework)', async () => {
    const result = await page('agreements', 'where: {party: "United States", kind: [GOVERNMENT_FRAMEWORK]} first: 100', 'id');
    expect(result.edges.map((edge) => edge.node.id)).toContain('agr-2025-us-japan-critical-minerals-framework');
  });

  test('countries sorted by mine production: China first', async () => {
    const result = await page('countries', 'orderBy: {field: MINE_PRODUCTION, direction: DESC} first: 3', 'iso2');
    expect(result.edges[0].node.iso2).toBe('CN');
  });

  test('trade dependence filtered by importer, supplier and element', async () => {
    const result = await page('tradeDependence', 'where: {importer: "USA", exporter: "China", element: "Tb"} first: 20', 'id sharePct year product');
    expect(result.edges.map((edge) => edge.node.sharePct)).toContain(100);
  });

  test('nested lists take the same arguments (Australia’s producing deposits, 2 per page)', async () => {
    const response = await api.graphql<{ country: { deposits: Page } }>('{ country(code: "AU") { deposits(where: {status: [PRODUCING]}, first: 2) { totalCount pageInfo { hasNextPage } edges { node { id status } } } } }');
    const deposits = response.data!.country.deposits;
    expect(deposits.edges).toHaveLength(2);
    expect(deposits.totalCount).toBeGreaterThanOrEqual(2);
    expect(deposits.edges.every((edge) => edge.node.status === 'PRODUCING')).toBe(true);
  });

  test('a cursor that was not issued by a list is BAD_USER_INPUT', async () => {
    const response = await api.graphql('{ deposits(after: "not-a-cursor") { totalCount } }');
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  test('a page size over 100 is refused', async () => {
    const response = await api.graphql('{ deposits(first: 1000) { totalCount } }');
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
