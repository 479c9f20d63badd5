import { startTestApi, type TestApi } from '../helpers/api';

/** Every relationship can be walked from both ends, and both ends agree. */
describe('relationships in both directions', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  const data = async <T>(query: string): Promise<T> => {
    const response = await api.graphql<T>(query);
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };

  test('deposit → owners ↔ company → stakesHeld (Ngualla: Mamba Minerals, 16 % of it held by the Government of Tanzania)', async () => {
    const { deposit } = await data<{ deposit: { owners: Array<{ stakePct: number | null; owner: { id: string } }> } }>('{ deposit(id: "dep-ngualla") { owners { stakePct owner { id } } } }');
    expect(deposit.owners.map((stake) => stake.owner.id)).toEqual(['co-mamba-minerals']);
    const { company } = await data<{ company: { stakesHeld: Array<{ stakePct: number; owned: { id: string } }> } }>('{ company(id: "co-government-of-tanzania") { stakesHeld { stakePct owned { ... on Company { id } } } } }');
    expect(company.stakesHeld).toEqual(expect.arrayContaining([{ stakePct: 16, owned: { id: 'co-mamba-minerals' } }]));
  });

  test('company → owners ↔ company → stakesHeld (SASAC and China Rare Earth Group)', async () => {
    const { company } = await data<{ company: { owners: Array<{ stakePct: number; owner: { id: string; country: { iso2: string } } }> } }>('{ company(id: "co-china-rare-earth-group") { owners { stakePct owner { id country { iso2 } } } } }');
    expect(company.owners).toEqual(expect.arrayContaining([{ stakePct: 31.21, owner: { id: 'co-sasac', country: { iso2: 'CN' } } }]));
    const { sasac } = await data<{ sasac: { stakesHeld: Array<{ owned: { id: string } }> } }>('{ sasac: company(id: "co-sasac") { stakesHeld { owned { ... on Company { id } } } } }');
    expect(sasac.stakesHeld.map((stake) => stake.owned.id)).toContain('co-china-rare-earth-group');
  });

  test('deposit → operators ↔ company → operates (Mount Weld and Lynas)', async () => {
    const { deposit } = await data<{ deposit: { operators: Array<{ company: { id: string } }> } }>('{ deposit(id: "Mount Weld") { operators { company { id } } } }');
    expect(deposit.operators.map((o) => o.company.id)).toContain('co-lynas');
    const { company } = await data<{ company: { operates: Array<{ site: { id: string } }> } }>('{ company(id: "co-lynas") { operates { site { ... on Deposit { id } ... on Facility { id } } } } }');
    expect(company.operates.map((o) => o.site.id)).toEqual(expect.arrayContaining(['dep-mount-weld', 'fac-lynas-kalgoorlie']));
  });

  test('country → deposits ↔ deposit → country', async () => {
    const { country } = await data<{ country: { deposits: { edges: Array<{ node: { id: string; country: { iso2: string } } }> } } }>('{ country(code: "BR") { deposits(first: 100) { edges { node { id country { iso2 } } } } } }');
    expect(country.deposits.edges.map((e) => e.node.id)).toContain('dep-serra-verde');
    expect(country.deposits.edges.every((e) => e.node.country.iso2 === 'BR')).toBe(true);
  });

  test('country → companies ↔ company → country', async () => {
    const { country } = await data<{ country: { companies: { edges: Array<{ node: { id: string; country: { iso2: string } } }> } } }>('{ country(code: "JP") { companies(first: 100) { edges { node { id country { iso2 } } } } } }');
    expect(country.companies.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(['co-jogmec', 'co-sojitz']));
  });

  test('agreement → parties ↔ company → agreements', async () => {
    const { agreement } = await data<{ agreement: { parties: Array<{ role: string; party: { id?: string; iso2?: string } }> } }>(
      '{ agreement(id: "agr-2010-sojitz-lynas-strategic-alliance") { parties { role party { ... on Company { id } ... on Country { iso2 } } } } }',
    );
    const partyIds = agreement.parties.map((p) => p.party.id ?? p.party.iso2);
    expect(partyIds).toEqual(expect.arrayContaining(['co-sojitz', 'co-lynas']));
    const { company } = await data<{ company: { agreements: Array<{ agreement: { id: string } }> } }>('{ company(id: "co-sojitz") { agreements { role agreement { id } } } }');
    expect(company.agreements.map((a) => a.agreement.id)).toContain('agr-2010-sojitz-lynas-strategic-alliance');
  });

  test('agreement → covers ↔ element → agreements', async () => {
    const { agreement } = await data<{ agreement: { elements: Array<{ symbol: string }> } }>('{ agreement(id: "agr-2025-dod-mp-ndpr-price-floor") { elements { symbol } } }');
    const symbols = agreement.elements.map((e) => e.symbol);
    expect(symbols.length).toBeGreaterThan(0);
    const { element } = await data<{ element: { agreements: { edges: Array<{ node: { id: string } }> } } }>(`{ element(symbol: "${symbols[0]}") { agreements(first: 100) { edges { node { id } } } } }`);
    expect(element.agreements.edges.map((e) => e.node.id)).toContain('agr-2025-dod-mp-ndpr-price-floor');
  });

  test('deposit → elements ↔ element → deposits', async () => {
    const { deposit } = await data<{ deposit: { contents: Array<{ role: string; element: { symbol: string } }> } }>('{ deposit(id: "dep-browns-range") { contents { role element { symbol } } } }');
    expect(deposit.contents.map((c) => c.element.symbol)).toContain('Dy');
    const { element } = await data<{ element: { deposits: { edges: Array<{ node: { id: string } }> } } }>('{ element(symbol: "Dy") { deposits(first: 100) { edges { node { id } } } } }');
    expect(element.deposits.edges.map((e) => e.node.id)).toContain('dep-browns-range');
  });

  test('facility → processes ↔ element → facilities', async () => {
    const { facility } = await data<{ facility: { processes: Array<{ status: string; element: { symbol: string } }> } }>('{ facility(id: "fac-lynas-malaysia") { processes { status element { symbol } } } }');
    expect(facility.processes.map((p) => p.element.symbol)).toEqual(expect.arrayContaining(['Dy', 'Tb']));
    const { element } = await data<{ element: { facilities: { edges: Array<{ node: { id: string } }> } } }>('{ element(symbol: "Tb") { facilities(first: 100) { edges { node { id } } } } }');
    expect(element.facilities.edges.map((e) => e.node.id)).toContain('fac-lynas-malaysia');
  });

  test('site → suppliesTo ↔ facility → suppliedBy (Mount Weld to Kalgoorlie)', async () => {
    const { deposit } = await data<{ deposit: { suppliesTo: Array<{ to: { id: string } }> } }>('{ deposit(id: "dep-mount-weld") { suppliesTo { product to { ... on Facility { id } ... on Company { id } } } } }');
    expect(deposit.suppliesTo.map((s) => s.to.id)).toContain('fac-lynas-kalgoorlie');
    const { facility } = await data<{ facility: { suppliedBy: Array<{ from: { id: string } }> } }>('{ facility(id: "fac-lynas-kalgoorlie") { suppliedBy { from { ... on Deposit { id } ... on Facility { id } } } } }');
    expect(facility.suppliedBy.map((s) => s.from.id)).toContain('dep-mount-weld');
  });

  test('country → importDependence ↔ trade figure → importer and exporter', async () => {
    const { country } = await data<{ country: { importDependence: { edges: Array<{ node: { importer: { iso2: string }; exporter: { iso2: string } | null } }> } } }>(
      '{ country(code: "US") { importDependence(first: 100) { totalCount edges { node { importer { iso2 } exporter { iso2 } } } } } }',
    );
    expect(country.importDependence.edges.every((e) => e.node.importer.iso2 === 'US')).toBe(true);
    const { china } = await data<{ china: { supplierIn: { edges: Array<{ node: { exporter: { iso2: string } } }> } } }>('{ china: country(code: "CN") { supplierIn(first: 100) { edges { node { exporter { iso2 } } } } } }');
    expect(china.supplierIn.edges.length).toBeGreaterThan(10);
    expect(china.supplierIn.edges.every((e) => e.node.exporter.iso2 === 'CN')).toBe(true);
  });

  test('export control → elements, imposer and suspension, both ways', async () => {
    const { exportControl } = await data<{ exportControl: { country: { iso2: string }; elements: Array<{ symbol: string }>; suspendedBy: Array<{ id: string }> } }>(
      '{ exportControl(id: "ec-2025-mofcom-gac-no-57") { country { iso2 } elements { symbol } suspendedBy { id suspends { id } } } }',
    );
    expect(exportControl.country.iso2).toBe('CN');
    expect(exportControl.suspendedBy.map((c) => c.id)).toContain('ec-2025-mofcom-gac-no-70');
    const { country } = await data<{ country: { exportControlsImposed: Array<{ id: string }> } }>('{ country(code: "CN") { exportControlsImposed { id } } }');
    expect(country.exportControlsImposed.map((c) => c.id)).toContain('ec-2025-mofcom-gac-no-57');
  });

  test('claim → subject ↔ deposit → claims (the article on Tomtor)', async () => {
    const { deposit } = await data<{ deposit: { claims: Array<{ id: string; verdict: string; subject: { id: string } }> } }>('{ deposit(id: "Tomtor") { claims { id verdict subject { ... on Deposit { id } } } } }');
    expect(deposit.claims.length).toBeGreaterThan(0);
    expect(deposit.claims.every((c) => c.subject.id === 'dep-tomtor')).toBe(true);
  });

  test('every object exposes its sources, relationships included', async () => {
    const { deposit } = await data<{ deposit: { sources: unknown[]; owners: Array<{ sources: unknown[] }>; contents: Array<{ sources: unknown[] }> } }>('{ deposit(id: "dep-ngualla") { sources { id } owners { sources { id url } } contents { sources { id } } } }');
    expect(deposit.sources.length).toBeGreaterThan(0);
    expect(deposit.owners.every((o) => o.sources.length > 0)).toBe(true);
    expect(deposit.contents.every((c) => c.sources.length > 0)).toBe(true);
  });
});
