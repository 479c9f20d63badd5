import { startTestApi, type TestApi } from '../helpers/api';

describe('lookups by forgiving identifiers', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  test.each(['JP', 'jp', 'JPN', 'Japan', 'japan'])('country(code: "%s") finds Japan', async (code) => {
    const response = await api.graphql<{ country: { iso2: string; iso3: string; name: string } }>('query($c: String!) { country(code: $c) { iso2 iso3 name } }', { c: code });
    expect(response.data?.country).toEqual({ iso2: 'JP', iso3: 'JPN', name: 'Japan' });
  });

  test('a country is found by an alias the sources use ("Burma")', async () => {
    const response = await api.graphql<{ country: { iso2: string } }>('{ country(code: "Burma") { iso2 } }');
    expect(response.data?.country.iso2).toBe('MM');
  });

  test.each([
    ['deposit', 'dep-mount-weld', 'dep-mount-weld'],
    ['deposit', 'Mount Weld', 'dep-mount-weld'],
    ['deposit', 'Nantori Island', 'dep-minamitorishima'],
    ['company', 'co-lynas', 'co-lynas'],
    ['company', 'PocTex', 'co-rostec'],
    ['facility', 'fac-lynas-malaysia', 'fac-lynas-malaysia'],
    ['agreement', 'agr-2010-sojitz-lynas-strategic-alliance', 'agr-2010-sojitz-lynas-strategic-alliance'],
    ['exportControl', 'ec-2025-mofcom-gac-no-18', 'ec-2025-mofcom-gac-no-18'],
  ])('%s(id: "%s") finds %s', async (field, id, expected) => {
    const response = await api.graphql<Record<string, { id: string; sources: unknown[] }>>(`query($id: String!) { ${field}(id: $id) { id sources { id } } }`, { id });
    expect(response.errors).toBeUndefined();
    expect(response.data?.[field].id).toBe(expected);
    expect(response.data?.[field].sources.length).toBeGreaterThan(0);
  });

  test('source(id:) returns the source and what cites it', async () => {
    const response = await api.graphql<{ source: { id: string; publisher: string; citedBy: Array<{ id: string }> } }>('{ source(id: "src-usgs-mcs2026-data-release-copy") { id publisher citedBy { id type } } }');
    expect(response.data?.source.publisher).toMatch(/Geological Survey/);
    expect(response.data?.source.citedBy.length).toBeGreaterThan(10);
  });

  test.each([
    ['element(symbol: "Xq")', 'element', 'Xq', 'symbol'],
    ['country(code: "Atlantis")', 'country', 'Atlantis', 'code'],
    ['deposit(id: "Mount Wled")', 'deposit', 'Mount Wled', 'id'],
    ['company(id: "Lynass")', 'company', 'Lynass', 'id'],
    ['source(id: "src-usgs-mcs2099")', 'source', 'src-usgs-mcs2099', 'id'],
  ])('an unknown %s is BAD_USER_INPUT naming the value', async (call, _kind, value, field) => {
    const response = await api.graphql(`{ ${call} { __typename } }`);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, value });
    expect(response.errors?.[0].message).toContain(`"${value}"`);
  });

  test.each([
    ['deposit(id: "Mount Wled")', /Did you mean "dep-mount-weld \(Mount Weld\)"/],
    ['company(id: "Lynass")', /Did you mean .*co-lynas/],
    ['country(code: "Japn")', /Did you mean "JP \(Japan\)"/],
  ])('an unknown %s suggests close matches', async (call, suggestion) => {
    const response = await api.graphql(`{ ${call} { __typename } }`);
    expect(response.errors?.[0].message).toMatch(suggestion);
  });

  test('mineProduction and reserves give USGS figures in t REO, newest edition first, null where unpublished', async () => {
    const response = await api.graphql<{ cn: Record<string, number | null>; mm: Record<string, number | null> }>(
      '{ cn: country(code: "CN") { p2025: mineProduction(year: 2025) p2023: mineProduction(year: 2023) r: reserves } mm: country(code: "MM") { p2025: mineProduction(year: 2025) r: reserves p1990: mineProduction(year: 1990) } }',
    );
    expect(response.data?.cn).toEqual({ p2025: 270000, p2023: 255000, r: 44000000 });
    expect(response.data?.mm).toEqual({ p2025: 22000, r: null, p1990: null });
  });

  test('for a year revised between editions, the newest edition wins (Australia 2024: 29,000 in MCS 2026, 13,000 in MCS 2025)', async () => {
    const response = await api.graphql<{ country: { mineProduction: number; statistics: Array<{ edition: string; tonnesREO: number }> } }>(
      '{ country(code: "AU") { mineProduction(year: 2024) statistics(measure: MINE_PRODUCTION, year: 2024) { edition tonnesREO } } }',
    );
    expect(response.data?.country.mineProduction).toBe(29000);
    expect(response.data?.country.statistics).toEqual(expect.arrayContaining([{ edition: 'MCS 2026 v1.3', tonnesREO: 29000 }, { edition: 'MCS 2025', tonnesREO: 13000 }]));
  });
});
