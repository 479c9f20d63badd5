import { startTestApi, type TestApi } from '../helpers/api';

/**
 * The questions users come for, on the real dataset. Expectations are written from the sources:
 * Lynas (Mount Weld, Kalgoorlie, Malaysia; ASX-listed, Australian), Shenghe's 100 % of Peak and
 * so of 84 % of Ngualla (2025), MOFCOM/GAC 2025 No. 18 (Sm, Gd, Tb, Dy, Lu, Sc, Y, 2025-04-04),
 * No. 57 (Ho, Er, Tm, Eu, Yb) suspended by No. 70 on 2025-11-07, Rosneft's 100 % of Vostok
 * Engineering (2025-05-20), Rostec 25 % / ICT 75 % of ThreeArc (2013-2019), Japan's 79.6 % and
 * ~70 % (2024), IEA/Benchmark: China ~99 % of heavy rare-earth separation.
 */
describe('relationship intelligence on the real dataset', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  type Option = { siteId: string; siteName: string; statusLevel: string; route: string; country: { iso2: string }; outsideControlPct: number; locatedOutside: boolean; controlledFromOutside: boolean; why: string; sources: Array<{ id: string }>; controllers: Array<{ id: string; effectivePct: number; country: { iso2: string } | null }> };
  const options = async (element: string, basis: string, includePipeline = true): Promise<Option[]> => {
    const response = await api.graphql<{ alternativeSources: Option[] }>(
      'query($e: String!, $b: ControlBasis!, $p: Boolean!) { alternativeSources(element: $e, outside: "China", basis: $b, includePipeline: $p, asOf: "2026-11-27") { siteId siteName statusLevel route country { iso2 } outsideControlPct locatedOutside controlledFromOutside why sources { id } controllers { id effectivePct country { iso2 } } } }',
      { e: element, b: basis, p: includePipeline },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.alternativeSources;
  };

  describe.each(['Tb', 'Dy'])('%s outside China', (element) => {
    test('by location: producing options include Mount Weld and Lynas Malaysia, none lies in China, all cite sources', async () => {
      const producing = await options(element, 'LOCATION', false);
      const ids = producing.map((o) => o.siteId);
      expect(ids).toEqual(expect.arrayContaining(['dep-mount-weld', 'fac-lynas-malaysia']));
      expect(producing.every((o) => o.statusLevel === 'PRODUCING' && o.country.iso2 !== 'CN' && o.sources.length > 0)).toBe(true);
    });

    test('by control: Lynas Malaysia is controlled from Australia (Lynas), not China, and says why', async () => {
      const lynas = (await options(element, 'CONTROL')).find((o) => o.siteId === 'fac-lynas-malaysia')!;
      expect(lynas.controllers[0]).toMatchObject({ id: 'co-lynas', country: { iso2: 'AU' } });
      expect(lynas.controllers[0].effectivePct).toBeGreaterThan(90);
      expect(lynas.outsideControlPct).toBe(0);
      expect(lynas.why).toMatch(/Located in Malaysia \(outside China\); effective control Australia/);
    });

    test('ranking: routes outside first (VIA_COUNTRY last); within a route verdict, producing before construction before development before exploration', async () => {
      const routes = ['OUTSIDE', 'PLANNED_OUTSIDE', 'UNKNOWN', 'VIA_COUNTRY'];
      const order = ['PRODUCING', 'CONSTRUCTION', 'DEVELOPMENT', 'EXPLORATION', 'IDLE'];
      const ranked = await options(element, 'BOTH');
      expect(ranked.length).toBeGreaterThan(10);
      const keys = ranked.map((o) => routes.indexOf(o.route) * 10 + order.indexOf(o.statusLevel));
      expect([...keys].sort((a, b) => a - b)).toEqual(keys);
    });

    test('the pipeline adds development and exploration sites (Browns Range, a xenotime project)', async () => {
      const all = (await options(element, 'BOTH')).map((o) => o.siteId);
      expect(all).toContain('dep-browns-range');
      expect((await options(element, 'BOTH', false)).map((o) => o.siteId)).not.toContain('dep-browns-range');
    });
  });

  test('location and control differ: Ngualla lies in Tanzania but Shenghe (China) controls 84 % of it through Peak', async () => {
    const byLocation = await options('Nd', 'LOCATION');
    const byControl = await options('Nd', 'CONTROL');
    const ngualla = byLocation.find((o) => o.siteId === 'dep-ngualla')!;
    expect(ngualla.outsideControlPct).toBe(84);
    expect(ngualla.controlledFromOutside).toBe(true);
    expect(byControl.map((o) => o.siteId)).not.toContain('dep-ngualla');
    // …and sites in China run by Japanese companies count as outside Chinese control.
    expect(byControl.map((o) => o.siteId)).toContain('fac-shin-etsu-longyan');
    expect(byLocation.map((o) => o.siteId)).not.toContain('fac-shin-etsu-longyan');
  });

  test("Japan's dependence on China: 79.6 % by volume (H1 2024 customs) and about 70 % (2024, JOGMEC)", async () => {
    const response = await api.graphql<{ importDependence: { breakdowns: Array<{ year: number; metric: string; hhi: number; suppliers: Array<{ country: { iso2: string }; sharePct: number }> }> } }>(
      '{ importDependence(importer: "Japan", year: 2024) { breakdowns { year metric hhi coveredPct suppliers { country { iso2 } sharePct } } } }',
    );
    const shares = response.data!.importDependence.breakdowns.flatMap((b) => b.suppliers.filter((s) => s.country.iso2 === 'CN').map((s) => s.sharePct));
    expect(shares).toEqual(expect.arrayContaining([79.6, 70]));
    const customs = response.data!.importDependence.breakdowns.find((b) => b.suppliers.some((s) => s.sharePct === 79.6))!;
    expect(customs.hhi).toBeCloseTo(79.6 * 79.6, 0);
  });

  test('importer alternatives: Japan depends on China for dysprosium and already reaches Lynas Malaysia through the JARE–Lynas deals', async () => {
    const response = await api.graphql<{ importerAlternatives: Array<{ importer: { iso2: string }; dependence: Array<{ sharePct: number }>; options: Array<{ siteId: string; siteName: string; route: string; country: { iso2: string }; sources: Array<{ id: string }>; reachedThroughAgreement: boolean; reachingAgreements: Array<{ via: string; agreement: { id: string } }> }> }> }>(
      '{ importerAlternatives(element: "Dy", outside: "CN", asOf: "2026-11-27", optionsPerImporter: 100) { importer { iso2 } dependence { sharePct year } options { siteId siteName route country { iso2 } sources { id } reachedThroughAgreement reachingAgreements { via agreement { id } } } } }',
    );
    expect(response.errors).toBeUndefined();
    const japan = response.data!.importerAlternatives.find((entry) => entry.importer.iso2 === 'JP')!;
    expect(japan.dependence.length).toBeGreaterThan(0);
    const lynas = japan.options.find((o) => o.siteId === 'fac-lynas-malaysia')!;
    expect(lynas.reachedThroughAgreement).toBe(true);
    expect(lynas.reachingAgreements.map((r) => r.agreement.id)).toContain('agr-2023-jare-lynas-a200m-hre-offtake');
    // Within one route verdict, options Japan already reaches come first.
    const outside = japan.options.filter((o) => o.route === 'OUTSIDE');
    const firstUnreached = outside.findIndex((o) => !o.reachedThroughAgreement);
    expect(firstUnreached).toBeGreaterThan(0);
    expect(outside.slice(firstUnreached).every((o) => !o.reachedThroughAgreement)).toBe(true);
    expect(response.data!.importerAlternatives.map((entry) => entry.importer.iso2)).toEqual(expect.arrayContaining(['JP', 'US', 'KR', 'EU']));
  });

  test('importer alternatives for terbium: importers with a terbium-specific figure come first — the US (USGS: 100 % of its Tb compounds and metals, 2021–24, from China)', async () => {
    const response = await api.graphql<{ importerAlternatives: Array<{ importer: { iso2: string }; dependence: Array<{ sharePct: number; product: string; elementSpecific: boolean }> }> }>(
      '{ importerAlternatives(element: "terbium", outside: "China", asOf: "2026-11-27") { importer { iso2 } dependence { sharePct product elementSpecific } } }',
    );
    expect(response.errors).toBeUndefined();
    const [first] = response.data!.importerAlternatives;
    expect(first.importer.iso2).toBe('US');
    expect(first.dependence[0]).toEqual({ sharePct: 100, product: 'COMPOUNDS_AND_METALS', elementSpecific: true });
  });

  const controlled = async (asOf: string) => {
    const response = await api.graphql<{ controlledElements: Array<{ symbol: string }>; exportControls: Array<{ id: string; status: string; elements: Array<{ symbol: string }> }> }>(
      'query($asOf: String) { controlledElements(country: "CN", asOf: $asOf) { symbol } exportControls(country: "China", asOf: $asOf) { id status elements { symbol } suspendedBy { id } } }',
      { asOf },
    );
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  test("China's controls as of 2025-06-01: No. 18 in force; the seven elements are Sc, Y, Sm, Gd, Tb, Dy, Lu", async () => {
    const { controlledElements, exportControls } = await controlled('2025-06-01');
    expect(controlledElements.map((e) => e.symbol)).toEqual(['Sc', 'Y', 'Sm', 'Gd', 'Tb', 'Dy', 'Lu']);
    expect(exportControls.find((c) => c.id === 'ec-2025-mofcom-gac-no-18')?.status).toBe('IN_FORCE');
    expect(exportControls.map((c) => c.id)).not.toContain('ec-2025-mofcom-gac-no-57');
  });

  test("China's controls as of 2025-12-01: No. 57 (Ho, Er, Tm, Eu, Yb) is suspended by No. 70, so still only the seven", async () => {
    const { controlledElements, exportControls } = await controlled('2025-12-01');
    expect(controlledElements.map((e) => e.symbol)).toEqual(['Sc', 'Y', 'Sm', 'Gd', 'Tb', 'Dy', 'Lu']);
    const no57 = exportControls.find((c) => c.id === 'ec-2025-mofcom-gac-no-57')!;
    expect(no57.status).toBe('SUSPENDED');
    expect(no57.elements.map((e) => e.symbol).sort()).toEqual(['Er', 'Eu', 'Ho', 'Tm', 'Yb']);
  });

  test("Tomtor's control chain: Russia 100 % today through Rosneft (Rosneftegaz holds 40.4 % of Rosneft, Dec 2024); Rostec 25 % and ICT Group 75 % through ThreeArc in 2018", async () => {
    const response = await api.graphql<{ today: { controllers: Array<{ id: string; effectivePct: number }>; controlByCountry: Array<{ name: string; effectivePct: number }> }; then: { controllers: Array<{ id: string; effectivePct: number }> } }>(
      '{ today: controlChain(id: "Tomtor", asOf: "2026-11-27") { controllers { id effectivePct } controlByCountry { name effectivePct } } then: controlChain(id: "dep-tomtor", asOf: "2018-06-01") { controllers { id effectivePct } paths { holders { id } effectivePct } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.today.controllers.map((controller) => controller.id)).toContain('co-rosneft');
    expect(response.data!.today.controllers.reduce((total, controller) => total + controller.effectivePct, 0)).toBeCloseTo(100, 4);
    expect(response.data!.today.controlByCountry).toEqual([{ name: 'Russia', effectivePct: 100 }]);
    expect(response.data!.then.controllers).toEqual([
      { id: 'co-ict-group', effectivePct: 75 },
      { id: 'co-rostec', effectivePct: 25 },
    ]);
  });

  test('concentration of heavy rare-earth separation: published, China holds 99 % or more (HHI over 9,800)', async () => {
    const response = await api.graphql<{ concentration: { published: { scope: string; hhi: number; shares: Array<{ country: { iso2: string }; sharePct: number }>; sources: unknown[] } } }>(
      '{ concentration(element: "Dy", stage: SEPARATION_REFINING, basis: LOCATION, year: 2025) { published { scope year hhi top3Pct shares { country { iso2 } sharePct } sources { id } } sites { total shares { name sharePct } } } }',
    );
    expect(response.errors).toBeUndefined();
    const published = response.data!.concentration.published;
    expect(['HEAVY', 'DY_TB']).toContain(published.scope);
    expect(published.shares[0].country.iso2).toBe('CN');
    expect(published.shares[0].sharePct).toBeGreaterThanOrEqual(99);
    expect(published.hhi).toBeGreaterThan(9800);
    expect(published.sources.length).toBeGreaterThan(0);
  });

  test('concentration of mining by location uses USGS 2025: China 270,000 of 390,000 t REO (69.23 %)', async () => {
    const response = await api.graphql<{ concentration: { production: { total: number; shares: Array<{ name: string; sharePct: number; tonnesREO: number }> } } }>(
      '{ concentration(element: "Nd", stage: MINING, year: 2025) { production { total scope shares { name sharePct tonnesREO } hhi top3Pct } } }',
    );
    const production = response.data!.concentration.production;
    expect(production.total).toBe(390000);
    expect(production.shares[0]).toEqual({ name: 'China', sharePct: 69.23, tonnesREO: 270000 });
  });

  test('supply chains: Mount Weld ore reaches Japan through Lynas Malaysia and Sojitz, with no Chinese step', async () => {
    const response = await api.graphql<{ supplyChains: Array<{ arrival: string; anyStepLocatedInFlaggedCountry: boolean; steps: Array<{ entity: { id: string } }> }> }>(
      '{ supplyChains(element: "Dy", importer: "Japan", maxHops: 4) { arrival hops anyStepLocatedInFlaggedCountry anyStepControlledFromFlaggedCountry steps { entity { ... on Deposit { id } ... on Facility { id } ... on Company { id } } country { iso2 } } } }',
    );
    expect(response.errors).toBeUndefined();
    const route = response.data!.supplyChains.find((path) => path.steps.map((s) => s.entity.id).join('>') === 'dep-mount-weld>fac-lynas-malaysia>co-sojitz');
    expect(route).toMatchObject({ arrival: 'DIRECT', anyStepLocatedInFlaggedCountry: false });
  });

  test.each([
    ['alternativeSources(element: "Unobtainium", outside: "CN") { siteId }', 'element'],
    ['alternativeSources(element: "Tb", outside: "Narnia") { siteId }', 'outside'],
    ['importDependence(importer: "Atlantis") { breakdowns { year } }', 'importer'],
  ])('an unknown element or country is BAD_USER_INPUT: %s', async (query, field) => {
    const response = await api.graphql(`{ ${query} }`);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  test('an impossible combination is refused with a clear error: maxHops over 10', async () => {
    const response = await api.graphql('{ supplyChains(element: "Tb", importer: "JP", maxHops: 50) { hops } }');
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.errors)).toMatch(/maxHops must be between 1 and 10/);
  });

  test('concentration by BOTH is refused: a share is by location or by control', async () => {
    const response = await api.graphql('{ concentration(element: "Tb", stage: MAGNET, basis: BOTH) { stage } }');
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'basis' });
  });
});
