import { startTestApi, type TestApi } from '../helpers/api';

/**
 * The tricky parts of the analytics on small fixture graphs (ids fx-…, countries XA/XB/XC, which
 * ISO reserves for private use), created and removed by this file so the real dataset is untouched.
 *
 *   fx-a (XA) --60%--> fx-b (XB) --50%--> fx-site (XC) <--50%-- fx-c (XA);  fx-d (XB) --40%--> fx-b
 *   fx-e (XA) --50%--> fx-f (XB) --100%--> fx-site2;  fx-f --50%--> fx-e          (a cycle)
 *   fx-g (XA) --25%--> fx-site3 <--75%-- fx-h (XB)                               (threshold boundary)
 *   fx-i (XA) --100% from 2024-01-01 until 2025-01-01--> fx-site4                (dated stake)
 *   fx-j (XB) operates fx-plant (XC), no recorded owner                          (operator stands in)
 *   XA imposes fx-ec1 on Tb: effective 2025-04-04, suspended 2025-11-07 … 2026-11-10; fx-ec2 lifted 2026-01-01
 */
const FIXTURE = `
CREATE (xa:Entity:Country {id: 'XA', iso2: 'XA', iso3: 'XAA', name: 'Fixtureland A', kind: 'COUNTRY', aliases: [], sourceIds: ['src-usgs-mcs2026-data-release-copy']})
CREATE (xb:Entity:Country {id: 'XB', iso2: 'XB', iso3: 'XBB', name: 'Fixtureland B', kind: 'COUNTRY', aliases: [], sourceIds: ['src-usgs-mcs2026-data-release-copy']})
CREATE (xc:Entity:Country {id: 'XC', iso2: 'XC', iso3: 'XCC', name: 'Fixtureland C', kind: 'COUNTRY', aliases: [], sourceIds: ['src-usgs-mcs2026-data-release-copy']})
WITH xa, xb, xc
MATCH (tb:Element {id: 'Tb'})
UNWIND [['fx-a', xa], ['fx-b', xb], ['fx-c', xa], ['fx-d', xb], ['fx-e', xa], ['fx-f', xb], ['fx-g', xa], ['fx-h', xb], ['fx-i', xa], ['fx-j', xb]] AS company
WITH xc, tb, company[0] AS companyId, company[1] AS headquarters
CREATE (c:Entity:Company {id: companyId, name: 'Fixture ' + companyId, aliases: [], sourceIds: ['src-usgs-mcs2026-data-release-copy']})-[:HEADQUARTERED_IN]->(headquarters)
WITH DISTINCT xc, tb
UNWIND ['fx-site', 'fx-site2', 'fx-site3', 'fx-site4'] AS siteId
CREATE (site:Entity:Deposit {id: siteId, name: 'Fixture ' + siteId, aliases: [], status: 'PRODUCING', depositType: 'OTHER', heavyRareEarthNotable: true, sourceIds: ['src-usgs-mcs2026-data-release-copy']})-[:LOCATED_IN]->(xc)
CREATE (site)-[:CONTAINS {role: 'MAIN', sourceIds: ['src-usgs-mcs2026-data-release-copy']}]->(tb)
WITH DISTINCT xc, tb
CREATE (plant:Entity:Facility {id: 'fx-plant', name: 'Fixture plant', aliases: [], stages: ['SEPARATION_REFINING'], status: 'OPERATING', sourceIds: ['src-usgs-mcs2026-data-release-copy']})-[:LOCATED_IN]->(xc)
CREATE (plant)-[:PROCESSES {role: 'SEPARATES', status: 'COMMERCIAL', sourceIds: ['src-usgs-mcs2026-data-release-copy']}]->(tb)
WITH plant
MATCH (j:Company {id: 'fx-j'}) CREATE (j)-[:OPERATES {sourceIds: ['src-usgs-mcs2026-data-release-copy']}]->(plant)
WITH count(*) AS done
UNWIND [['fx-a', 'fx-b', 60.0, null, null], ['fx-b', 'fx-site', 50.0, null, null], ['fx-c', 'fx-site', 50.0, null, null], ['fx-d', 'fx-b', 40.0, null, null],
        ['fx-e', 'fx-f', 50.0, null, null], ['fx-f', 'fx-site2', 100.0, null, null], ['fx-f', 'fx-e', 50.0, null, null],
        ['fx-g', 'fx-site3', 25.0, null, null], ['fx-h', 'fx-site3', 75.0, null, null], ['fx-i', 'fx-site4', 100.0, '2024-01-01', '2025-01-01']] AS stake
MATCH (owner:Entity {id: stake[0]}), (owned:Entity {id: stake[1]})
CREATE (owner)-[:OWNS {stakePct: stake[2], basis: 'EQUITY', status: CASE WHEN stake[4] IS NULL THEN 'CURRENT' ELSE 'HISTORICAL' END, asOf: coalesce(stake[3], '2020'), until: stake[4], sourceIds: ['src-usgs-mcs2026-data-release-copy']}]->(owned)
WITH count(*) AS done
MATCH (xa:Country {id: 'XA'}), (tb:Element {id: 'Tb'})
CREATE (xa)-[:IMPOSES {sourceIds: ['src-usgs-mcs2026-data-release-copy']}]->(ec1:Entity:ExportControl {id: 'fx-ec1', title: 'Fixture measure 1', kind: 'EXPORT_LICENSING', announced: '2025-04-04', effective: '2025-04-04', suspendedFrom: '2025-11-07', suspendedUntil: '2026-11-10', sourceIds: ['src-usgs-mcs2026-data-release-copy']})-[:CONTROLS {sourceIds: ['src-usgs-mcs2026-data-release-copy']}]->(tb)
CREATE (xa)-[:IMPOSES {sourceIds: ['src-usgs-mcs2026-data-release-copy']}]->(ec2:Entity:ExportControl {id: 'fx-ec2', title: 'Fixture measure 2', kind: 'EXPORT_BAN', announced: '2025-01-01', effective: '2025-02-01', liftedOn: '2026-01-01', sourceIds: ['src-usgs-mcs2026-data-release-copy']})-[:CONTROLS {sourceIds: ['src-usgs-mcs2026-data-release-copy']}]->(tb)
`;

const CLEANUP = "MATCH (n:Entity) WHERE n.id STARTS WITH 'fx-' OR n.id IN ['XA', 'XB', 'XC'] DETACH DELETE n";

type Chain = { controllers: Array<{ id: string; effectivePct: number }>; controlByCountry: Array<{ name: string; effectivePct: number }>; controlAttributedPct: number };

describe('analytics logic on fixture graphs', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await api.executor.runText(CLEANUP);
    await api.executor.runText(FIXTURE);
  });
  afterAll(async () => {
    await api.executor.runText(CLEANUP);
    await api.close();
  });

  const chain = async (id: string, asOf = '2026-01-01'): Promise<Chain> => {
    const response = await api.graphql<{ controlChain: Chain }>('query($id: String!, $asOf: String) { controlChain(id: $id, asOf: $asOf) { controllers { id effectivePct } controlByCountry { name effectivePct } controlAttributedPct } }', { id, asOf });
    expect(response.errors).toBeUndefined();
    return response.data!.controlChain;
  };

  test('when ownership runs through a chain, then stakes multiply along it (60 % of 50 % = 30 %)', async () => {
    const result = await chain('fx-site');
    expect(result.controllers).toEqual([
      { id: 'fx-c', effectivePct: 50 },
      { id: 'fx-a', effectivePct: 30 },
      { id: 'fx-d', effectivePct: 20 },
    ]);
    expect(result.controlByCountry).toEqual([
      { name: 'Fixtureland A', effectivePct: 80 },
      { name: 'Fixtureland B', effectivePct: 20 },
    ]);
    expect(result.controlAttributedPct).toBe(100);
  });

  test('when owners hold each other (a cycle), then the query ends and the circulating part is not traced', async () => {
    const result = await chain('fx-site2');
    expect(result.controllers).toEqual([
      { id: 'fx-f', effectivePct: 50 },
      { id: 'fx-e', effectivePct: 25 },
    ]);
    expect(result.controlAttributedPct).toBe(75);
  });

  test('when a site has no recorded owner, then its operator stands in as its holder', async () => {
    const result = await chain('fx-plant');
    expect(result.controllers).toEqual([{ id: 'fx-j', effectivePct: 100 }]);
  });

  test.each([
    ['2023-12-31', 0],
    ['2024-01-01', 100],
    ['2024-12-31', 100],
    ['2025-01-01', 0],
  ])('when a stake runs from 2024-01-01 until 2025-01-01, then on %s it counts for %i %%', async (asOf, pct) => {
    const result = await chain('fx-site4', asOf);
    expect(result.controlAttributedPct).toBe(pct);
  });

  const optionIds = async (basis: string, threshold: number, outside = 'XA') => {
    const response = await api.graphql<{ alternativeSources: Array<{ siteId: string; outsideControlPct: number }> }>(
      'query($basis: ControlBasis!, $t: Float!, $outside: String!) { alternativeSources(element: "Tb", outside: $outside, basis: $basis, controlThreshold: $t, asOf: "2026-01-01") { siteId outsideControlPct } }',
      { basis, t: threshold, outside },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.alternativeSources.filter((option) => option.siteId.startsWith('fx-'));
  };

  test('when a country holds exactly the threshold (25 %), then the site counts as controlled from it', async () => {
    expect((await optionIds('CONTROL', 25)).map((o) => o.siteId)).not.toContain('fx-site3');
    expect((await optionIds('CONTROL', 25.01)).map((o) => o.siteId)).toContain('fx-site3');
  });

  test('when the basis is LOCATION, then control does not matter, and sites in the country are out', async () => {
    expect((await optionIds('LOCATION', 25)).map((o) => o.siteId)).toEqual(expect.arrayContaining(['fx-site', 'fx-site3']));
    expect(await optionIds('LOCATION', 25, 'XC')).toEqual([]);
  });

  test('when the basis is BOTH, then a site must be outside and not controlled from the country', async () => {
    const ids = (await optionIds('BOTH', 25)).map((o) => o.siteId);
    expect(ids).not.toContain('fx-site'); // XA holds 80 % through fx-a and fx-c
    expect(ids).toContain('fx-plant'); // run from XB
  });

  const statusOn = async (asOf: string) => {
    const response = await api.graphql<{ exportControls: Array<{ id: string; status: string; note: string | null }> }>('query($asOf: String) { exportControls(country: "XA", asOf: $asOf) { id status note elements { symbol } } }', { asOf });
    expect(response.errors).toBeUndefined();
    return Object.fromEntries(response.data!.exportControls.map((control) => [control.id, control.status]));
  };

  test.each([
    ['2025-01-01', { 'fx-ec2': 'ANNOUNCED' }],
    ['2025-04-03', { 'fx-ec2': 'IN_FORCE' }],
    ['2025-04-04', { 'fx-ec1': 'IN_FORCE', 'fx-ec2': 'IN_FORCE' }],
    ['2025-11-06', { 'fx-ec1': 'IN_FORCE', 'fx-ec2': 'IN_FORCE' }],
    ['2025-11-07', { 'fx-ec1': 'SUSPENDED', 'fx-ec2': 'IN_FORCE' }],
    ['2025-12-31', { 'fx-ec1': 'SUSPENDED', 'fx-ec2': 'IN_FORCE' }],
    ['2026-01-01', { 'fx-ec1': 'SUSPENDED', 'fx-ec2': 'LIFTED' }],
    ['2026-11-10', { 'fx-ec1': 'SUSPENDED', 'fx-ec2': 'LIFTED' }],
    ['2026-11-11', { 'fx-ec1': 'IN_FORCE', 'fx-ec2': 'LIFTED' }],
  ])('when asked on %s, then the measures have these statuses (dates exactly at the boundaries)', async (asOf, expected) => {
    expect(await statusOn(asOf)).toEqual(expected);
  });

  test('when a suspension has run out, then the answer says the data does not tell what happened next', async () => {
    const response = await api.graphql<{ exportControls: Array<{ id: string; note: string | null }> }>('{ exportControls(country: "XA", asOf: "2026-11-11") { id note } }');
    expect(response.data!.exportControls.find((control) => control.id === 'fx-ec1')?.note).toMatch(/ran until 2026-11-10/);
  });

  test('when "which elements does the country control" is asked, then suspended and lifted measures do not count', async () => {
    const controlled = async (asOf: string) =>
      (await api.graphql<{ controlledElements: Array<{ symbol: string }> }>('query($asOf: String) { controlledElements(country: "XA", asOf: $asOf) { symbol } }', { asOf })).data!.controlledElements.map((e) => e.symbol);
    expect(await controlled('2025-06-01')).toEqual(['Tb']);
    expect(await controlled('2026-06-01')).toEqual([]);
  });
});
