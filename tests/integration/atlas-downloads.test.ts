import { parse } from 'csv-parse/sync';
import { startTestApi, type TestApi } from '../helpers/api';

interface Feature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
}

// Analytical answers on a shared 2-core machine can take tens of seconds.
jest.setTimeout(180000);

describe('atlas downloads over HTTP (real service, real dataset)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  }, 60000);
  afterAll(async () => {
    await api?.close();
  });

  const get = (path: string) => fetch(`${api.url}${path}`);
  /** The body of a 200 answer; anything else fails with the API's error body, so a timeout reads as one. */
  const ok = async (path: string): Promise<string> => {
    const response = await get(path);
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${body.slice(0, 500)}`);
    return body;
  };

  test('when the terbium sites are asked for as GeoJSON, then Mount Weld is a point where the graph puts it, with its control and sources', async () => {
    const response = await get('/atlas/sites.geojson?element=Tb&outside=CN&basis=LOCATION');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const collection = (await response.json()) as { type: string; features: Feature[] };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.length).toBeGreaterThan(10);
    const mountWeld = collection.features.find((feature) => feature.id === 'dep-mount-weld');
    expect(mountWeld?.geometry).toEqual({ type: 'Point', coordinates: [122.54778, -28.86] });
    expect(mountWeld?.properties).toMatchObject({ siteName: 'Mount Weld', countryIso2: 'AU', statusLevel: 'PRODUCING', control: 'OUTSIDE', controlledFromOutside: false, element: 'Tb', outside: 'CN', basis: 'LOCATION' });
    expect(String(mountWeld?.properties.sourceUrls)).toMatch(/^https?:\/\//);
    const laos = collection.features.find((feature) => feature.id === 'dep-laos-ionic-clays');
    expect(laos?.properties.control).toBe('UNTRACED');
  });

  test('when the neodymium sites are asked for, then Ngualla is controlled from China (84 %) and, with no coordinates recorded, has no geometry', async () => {
    const collection = JSON.parse(await ok('/atlas/sites.geojson?element=Nd&outside=CN&basis=LOCATION')) as { features: Feature[] };
    const ngualla = collection.features.find((feature) => feature.id === 'dep-ngualla');
    expect(ngualla?.properties).toMatchObject({ control: 'CONTROLLED', controlledFromOutside: true, outsideControlPct: 84, countryIso2: 'TZ' });
    expect(ngualla?.geometry).toBeNull();
    // By BOTH, a site controlled from China is no option at all.
    const both = JSON.parse(await ok('/atlas/sites.geojson?element=Nd&outside=CN&basis=BOTH')) as { features: Feature[] };
    expect(both.features.length).toBeGreaterThan(0);
    expect(both.features.map((feature) => feature.id)).not.toContain('dep-ngualla');
  });

  test('when the sites are asked for as CSV with a status and a stage, then only those rows come, each saying what it was filtered by', async () => {
    const response = await get('/atlas/sites.csv?element=Tb&outside=CN&basis=LOCATION&status=PRODUCING&stage=MINING,SEPARATION_REFINING&asOf=2026-06-30');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="sites-Tb-CN-LOCATION.csv"');
    const rows = parse(await response.text(), { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.statusLevel === 'PRODUCING' && row.asOf === '2026-06-30')).toBe(true);
    expect(rows.every((row) => row.stages.split(';').some((stage) => stage === 'MINING' || stage === 'SEPARATION_REFINING'))).toBe(true);
    expect(rows.map((row) => row.siteName)).toEqual(expect.arrayContaining(['Mount Weld', 'Lynas Malaysia (Lynas Advanced Materials Plant)']));
    expect(rows.find((row) => row.siteId === 'dep-mount-weld')).toMatchObject({ latitude: '-28.86', longitude: '122.54778', control: 'OUTSIDE', locatedOutside: 'true' });
  });

  test('when the flows to Japan are asked for as CSV, then each step of each route is a row, Mount Weld → Lynas Malaysia among them', async () => {
    const response = await get('/atlas/flows.csv?element=Tb&importer=JP');
    expect(response.status).toBe(200);
    const rows = parse(await response.text(), { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(0);
    const routes = new Map<string, string[]>();
    for (const row of rows) routes.set(row.route, [...(routes.get(row.route) ?? []), row.entityId]);
    expect([...routes.values()].some((steps) => steps[0] === 'dep-mount-weld' && steps.includes('fac-lynas-malaysia'))).toBe(true);
    expect(rows.every((row) => row.importer === 'JP' && row.flagCountry === 'CN')).toBe(true);
  });

  test("when the United States' options and dependence are asked for, then both come as CSV and the options as GeoJSON", async () => {
    const query = 'element=Tb&outside=CN&importer=US&basis=BOTH';
    const dependence = parse(await ok(`/atlas/importer-dependence.csv?${query}`), { columns: true }) as Array<Record<string, string>>;
    // USGS MCS 2026: US imports of terbium compounds and metals 2021–24, 100 % from China.
    expect(dependence).toEqual(expect.arrayContaining([expect.objectContaining({ importerIso2: 'US', product: 'COMPOUNDS_AND_METALS', period: '2021-2024', sharePct: '100', elementSpecific: 'true' })]));
    const options = parse(await ok(`/atlas/importer-options.csv?${query}`), { columns: true }) as Array<Record<string, string>>;
    expect(options.length).toBeGreaterThan(0);
    expect(options.find((row) => row.siteId === 'dep-mount-weld')).toMatchObject({ reachedThroughAgreement: 'true', importerIso2: 'US' });
    const geojson = JSON.parse(await ok(`/atlas/importer-options.geojson?${query}`)) as { features: Feature[] };
    expect(geojson.features.map((feature) => feature.id)).toEqual(options.map((row) => row.siteId));
  });

  test('when the terbium supply balance is asked for as CSV, then each year is a row with the range outside China, and each site of each year in the sites file', async () => {
    const response = await get('/atlas/supply-balance.csv?element=Tb&outside=CN&basis=BOTH&fromYear=2025&toYear=2030');
    expect(response.status).toBe(200);
    const rows = parse(await response.text(), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => row.year)).toEqual(['2025', '2026', '2027', '2028', '2029', '2030']);
    // 2025: Lynas Malaysia (its Dy+Tb output counted by calendar year, Tb's share by ratio band),
    // Ionic Belfast (about 10 t/yr of recycled magnet oxides, Tb 0–3.2 % of them: 0–0.32 t) and
    // ReElement Noblesville (5–10 kg/day of oxides told to Argus: 1.8–3.7 t/yr, Tb 0–3.2 %: 0–0.118 t).
    // High end: 7 + 0.32 + 0.1184 = 7.438.
    expect(rows[0]).toMatchObject({ supplyLow: '5.845', supplyHigh: '7.438', sites: '3', stage: 'SEPARATION_REFINING' });
    expect(rows[0].unit).toMatch(/^t of Tb4O7 per year/);
    const sites = parse(await ok('/atlas/supply-balance-sites.csv?element=Tb&outside=CN&fromYear=2025&toYear=2025'), { columns: true }) as Array<Record<string, string>>;
    expect(sites).toEqual([
      expect.objectContaining({ year: '2025', siteId: 'fac-lynas-malaysia', tonnesLow: '5.845', tonnesHigh: '7', route: 'OUTSIDE' }),
      expect.objectContaining({ year: '2025', siteId: 'fac-ionic-technologies-belfast', tonnesLow: '0', tonnesHigh: '0.32', route: 'OUTSIDE' }),
      expect.objectContaining({ year: '2025', siteId: 'fac-reelement-noblesville', tonnesLow: '0', tonnesHigh: '0.118', route: 'OUTSIDE' }),
    ]);
    expect(sites[0].sourceUrls).toMatch(/^https?:\/\//);
  });

  test.each([
    ['an unknown element', '/atlas/sites.csv?element=Xx&outside=CN', /Unknown element "Xx"/],
    ['a basis that is none', '/atlas/sites.geojson?element=Tb&outside=CN&basis=FOO', /"FOO" does not exist in "ControlBasis"/],
    ['a stage that is none', '/atlas/sites.csv?element=Tb&outside=CN&stage=DIGGING', /"DIGGING" does not exist in "SupplyStage"/],
    ['a status that is none', '/atlas/sites.csv?element=Tb&outside=CN&status=NOPE', /Unknown status "NOPE"/],
    ['a malformed date', '/atlas/sites.csv?element=Tb&outside=CN&asOf=yesterday', /asOf must be a date/],
    ['hops that are not a number', '/atlas/flows.csv?element=Tb&importer=JP&maxHops=abc', /Int cannot represent/],
    ['too many hops', '/atlas/flows.csv?element=Tb&importer=JP&maxHops=99', /maxHops must be between 1 and 10/],
    ['no element', '/atlas/sites.geojson?outside=CN', /"\$element" of required type "String!" was not provided/],
    ['a misspelt parameter', '/atlas/sites.csv?element=Tb&outside=CN&elemnt=Dy', /Unknown parameter "elemnt"/],
    ['an element given twice', '/atlas/sites.csv?element=Tb&element=Dy&outside=CN', /given 2 times/],
    ['a year before 2000', '/atlas/supply-balance.csv?element=Tb&outside=CN&fromYear=1990', /fromYear must not be less than 2000/],
    ['an unknown importer', '/atlas/importer-options.csv?element=Tb&outside=CN&importer=Atlantis', /Atlantis/],
  ])('when a download is asked for with %s, then it is refused with HTTP 400 and BAD_USER_INPUT', async (_case, path, message) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(message);
  });

  test('when the page is asked for, then it carries the operations the downloads run and loads nothing from elsewhere', async () => {
    const page = await (await get('/atlas')).text();
    expect(page).toContain('window.ATLAS_OPERATIONS = {');
    expect(page).toContain('query AtlasSites(');
    expect(page).not.toMatch(/(src|href)="https?:/);
    for (const asset of ['echarts.min.js', 'topojson-client.min.js', 'd3-geo.min.js', 'd3-array.min.js', 'countries-110m.json']) {
      expect((await get(`/atlas/assets/${asset}`)).status).toBe(200);
    }
  });
});
