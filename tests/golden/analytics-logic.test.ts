import path from 'node:path';
import { warmQueryPlans } from '../../src/db/warm-up';
import { createLogger } from '../../src/logger';
import { runSeed } from '../../src/seed/run-seed';
import { startTestApi, type TestApi } from '../helpers/api';
import { scratchNeo4j, type TestNeo4j } from '../helpers/own-neo4j';

/**
 * The analytics on a small fixture world (tests/golden/fixture: countries XA–XE, which ISO reserves
 * for private use), loaded by the real seed loader into a Neo4j of this file's own. Every expected
 * number below is worked out by hand from the fixture's rows (the arithmetic is in the comments).
 *
 * Control (companies co-fx-*, sites dep-fx-* / fac-fx-*):
 *   a (XA) --60%--> b (XB) --50%--> site (XC) <--50%-- c (XA);  d (XB) --40%--> b
 *   e (XA) --50%--> f (XB) --100%--> site2;  f --50%--> e                       (a cycle)
 *   g (XA, state) --25%--> site3 <--75%-- h (XB)                               (threshold)
 *   i (XA) --100% from 2024-01-01 until 2025-01-01--> site4                     (dated stake)
 *   j (XB) operates plant (XC), no recorded owner                               (operator stands in)
 *   k (XA, owners UNKNOWN) --100%--> site5                                     (untraced)
 *   a (XA) --40%--> jv (XC, partners PARTIAL) --100%--> site6                   (partly untraced)
 *   a (XA) --60%--> sep-ctl (XB);  d (XB) owns the mines, crack1, sep-out, sep-combo, sep-best
 * Routes (outside XA): mine1 → crack1 (XC) → sep-xa (XA); mine2 → sep-ctl (XB, 60 % from XA);
 *   mine3 → XA today, → sep-out planned from 2028; mine4: none; mine5 → XA until 2025-06-01,
 *   then → sep-out.
 * Tonnes (Tb oxide, separation): sep-out 100 from 2027 (nameplate, medium); sep-combo Dy+Tb
 *   200–300 from 2026 split by band ratio-fx (Tb 15–25 %, Dy 75–85 %); sep-best target 50–80 from
 *   2026 (low) and actual 20 in 2026 (high); sep-ctl 40 (medium); sep-xa 500 in 2026. Mines (mining
 *   stage): mine1 10, mine2 5, mine5 7 from 2026. XA's recorded production 2026: 1,000; world
 *   demand 2026: 1,500–1,700; XD demand 2027: 100–120.
 * Importers: XD (80 % from XA) and XE (60 % from XA, 30 % from XB). Offtakes of co-fx-buyer-d
 *   (XD): off-fx-1 10–12/yr 2027–2030 from sep-out (firm); off-fx-2 50 % of sep-combo's Dy+Tb from
 *   2026 (conditional); off-fx-3 5/yr from sep-ctl (firm); off-fx-4 7/yr from sep-best (non-binding).
 *   XE has a government framework with XC.
 * Export controls of XA on Tb: ec-fx-1 effective 2025-04-04, suspended 2025-11-07 … 2026-11-10;
 *   ec-fx-2 effective 2025-02-01, lifted 2026-01-01.
 */
const FIXTURE = path.join(__dirname, 'fixture');
const ASKED = '2026-06-01';

describe('analytics logic on the fixture world', () => {
  let neo4j: TestNeo4j;
  let api: TestApi;
  beforeAll(async () => {
    neo4j = await scratchNeo4j('golden');
    const logger = createLogger({ level: 'silent', format: 'json' });
    await runSeed(neo4j.executor, logger, { directory: FIXTURE, partial: true, progressBar: false });
    // As npm start does: plan the long analytics queries once, before the first question.
    await warmQueryPlans(neo4j.executor, logger);
    api = await startTestApi(neo4j.environment);
  }, 600000);
  afterAll(async () => {
    await api?.close();
    await neo4j?.stop();
  });

  async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await api.graphql<T>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  describe('effective control', () => {
    type Chain = { controllers: Array<{ id: string; effectivePct: number; attributed: boolean }>; controlByCountry: Array<{ name: string; effectivePct: number }>; controlAttributedPct: number };
    const chain = async (id: string, asOf = ASKED) =>
      (await ask<{ controlChain: Chain }>('query($id: String!, $asOf: String) { controlChain(id: $id, asOf: $asOf) { controllers { id effectivePct attributed } controlByCountry { name effectivePct } controlAttributedPct } }', { id, asOf })).controlChain;

    test('when ownership runs through a chain, then stakes multiply along it (60 % of 50 % = 30 %)', async () => {
      const result = await chain('dep-fx-site');
      // c 50; a 60 % of b's 50 % = 30; d 40 % of 50 % = 20; b is owned in full, so keeps nothing.
      expect(result.controllers).toEqual([
        { id: 'co-fx-c', effectivePct: 50, attributed: true },
        { id: 'co-fx-a', effectivePct: 30, attributed: true },
        { id: 'co-fx-d', effectivePct: 20, attributed: true },
      ]);
      expect(result.controlByCountry).toEqual([
        { name: 'Fixtureland A', effectivePct: 80 },
        { name: 'Fixtureland B', effectivePct: 20 },
      ]);
      expect(result.controlAttributedPct).toBe(100);
    });

    test('when owners hold each other (a cycle), then the walk ends and the circulating part is not traced', async () => {
      // f keeps the 50 % e does not own of it; e keeps 50 % of its 50 % = 25; the rest circulates.
      expect((await chain('dep-fx-site2')).controllers).toEqual([
        { id: 'co-fx-f', effectivePct: 50, attributed: true },
        { id: 'co-fx-e', effectivePct: 25, attributed: true },
      ]);
      expect((await chain('dep-fx-site2')).controlAttributedPct).toBe(75);
    });

    test('when a site has no recorded owner, then its operator stands in as its holder', async () => {
      expect((await chain('fac-fx-plant')).controllers).toEqual([{ id: 'co-fx-j', effectivePct: 100, attributed: true }]);
    });

    test.each([
      ['2023-12-31', 0],
      ['2024-01-01', 100],
      ['2024-12-31', 100],
      ['2025-01-01', 0],
    ])('when a stake runs from 2024-01-01 until 2025-01-01, then on %s it counts for %i %%', async (asOf, pct) => {
      expect((await chain('dep-fx-site4', asOf)).controlAttributedPct).toBe(pct);
    });

    test('when the holder’s own owners are unknown, then its share is untraced, not its headquarters country’s', async () => {
      const result = await chain('dep-fx-site5');
      expect(result.controllers).toEqual([{ id: 'co-fx-k', effectivePct: 100, attributed: false }]);
      expect(result.controlByCountry).toEqual([]);
      expect(result.controlAttributedPct).toBe(0);
    });

    test('when a joint venture’s other partners are unrecorded, then only the recorded partner’s share is traced', async () => {
      const result = await chain('dep-fx-site6');
      // a holds 40 % of jv (traced to XA); the 60 % of jv no recorded stake covers stays jv's, untraced.
      expect(result.controllers).toEqual([
        { id: 'co-fx-jv', effectivePct: 60, attributed: false },
        { id: 'co-fx-a', effectivePct: 40, attributed: true },
      ]);
      expect(result.controlByCountry).toEqual([{ name: 'Fixtureland A', effectivePct: 40 }]);
      expect(result.controlAttributedPct).toBe(40);
    });
  });

  type Option = { siteId: string; route: string; outsideControlPct: number; tonnes: { low: number; high: number } | null; why: string; routes: Array<{ planned: boolean; viaCountry: boolean; steps: Array<{ kind: string; country: { iso2: string } | null; controlledFrom: boolean }> }> };
  const options = async (args: string, variables: Record<string, unknown> = {}) =>
    (
      await ask<{ alternativeSources: Option[] }>(
        `query($asOf: String, $year: Int) { alternativeSources(element: "Tb", outside: "XA", asOf: $asOf, year: $year, ${args}) { siteId route outsideControlPct tonnes { low high } why routes { planned viaCountry steps { kind country { iso2 } controlledFrom } } } }`,
        { asOf: ASKED, year: 2026, ...variables },
      )
    ).alternativeSources;
  const ids = (found: Option[]) => found.map((option) => option.siteId);

  describe('who counts as outside', () => {
    test('when a country holds exactly the threshold (25 %), then the site counts as controlled from it', async () => {
      expect(ids(await options('basis: CONTROL, controlThreshold: 25'))).not.toContain('dep-fx-site3');
      expect(ids(await options('basis: CONTROL, controlThreshold: 25.01'))).toContain('dep-fx-site3');
    });

    test('when the basis is LOCATION, then control does not matter, and sites in the country are out', async () => {
      const located = ids(await options('basis: LOCATION'));
      expect(located).toEqual(expect.arrayContaining(['dep-fx-site', 'dep-fx-site3', 'fac-fx-sep-ctl']));
      expect(located).not.toContain('fac-fx-sep-xa');
      expect(located).not.toContain('dep-fx-mine-xa');
    });

    test('when the basis is BOTH, then exactly the twelve sites outside and not controlled (≥ 25 %) from XA are options', async () => {
      expect(ids(await options('basis: BOTH')).sort()).toEqual(
        ['dep-fx-site4', 'dep-fx-site5', 'dep-fx-mine1', 'dep-fx-mine2', 'dep-fx-mine3', 'dep-fx-mine4', 'dep-fx-mine5', 'fac-fx-plant', 'fac-fx-crack1', 'fac-fx-sep-out', 'fac-fx-sep-combo', 'fac-fx-sep-best'].sort(),
      );
    });

    test('when control is untraced, then the option says so in words and counts 0 % for the country', async () => {
      const site5 = (await options('basis: BOTH')).find((option) => option.siteId === 'dep-fx-site5')!;
      expect(site5.outsideControlPct).toBe(0);
      expect(site5.why).toMatch(/control is untraced in the graph \(the owners of Fixture co-fx-k are not recorded\)/);
    });

    test('when includePipeline is false, then only producing sites remain', async () => {
      const producing = ids(await options('basis: BOTH, includePipeline: false'));
      expect(producing.length).toBeGreaterThan(0);
      expect(producing).not.toContain('dep-fx-mine4'); // development
      expect(producing).not.toContain('fac-fx-sep-out'); // construction
    });

    test('when stages are given, then only sites of those stages are listed', async () => {
      expect(ids(await options('basis: BOTH, stages: [CRACKING_LEACHING]'))).toEqual(['fac-fx-crack1']);
    });
  });

  describe('routes', () => {
    const routeOf = async (siteId: string, basis = 'BOTH', asOf = ASKED) => (await options(`basis: ${basis}`, { asOf })).find((option) => option.siteId === siteId);

    test('when a mine feeds a plant in the country, then its route is VIA_COUNTRY and why says where it goes', async () => {
      const mine1 = await routeOf('dep-fx-mine1');
      expect(mine1?.route).toBe('VIA_COUNTRY');
      expect(mine1?.routes).toEqual([{ planned: false, viaCountry: true, steps: [
        { kind: 'Facility', country: { iso2: 'XC' }, controlledFrom: false },
        { kind: 'Facility', country: { iso2: 'XA' }, controlledFrom: false },
      ] }]);
      expect(mine1?.why).toMatch(/Route via Fixtureland A: concentrate to Fixture fac-fx-crack1 in Fixtureland C, then mixed carbonate to Fixture fac-fx-sep-xa in Fixtureland A/);
    });

    test('when a mine feeds a plant outside the country but controlled from it, then the verdict depends on the basis', async () => {
      expect((await routeOf('dep-fx-mine2', 'LOCATION'))?.route).toBe('OUTSIDE');
      expect((await routeOf('dep-fx-mine2', 'CONTROL'))?.route).toBe('VIA_COUNTRY');
      expect((await routeOf('dep-fx-mine2', 'BOTH'))?.route).toBe('VIA_COUNTRY');
    });

    test('when today’s route goes to the country and one outside is planned, then the verdict is PLANNED_OUTSIDE', async () => {
      expect((await routeOf('dep-fx-mine3'))?.route).toBe('PLANNED_OUTSIDE');
    });

    test('when a mine has no recorded downstream link, then its route is UNKNOWN', async () => {
      expect((await routeOf('dep-fx-mine4'))?.route).toBe('UNKNOWN');
    });

    test('when a route changed on a date, then the verdict follows asOf', async () => {
      expect((await routeOf('dep-fx-mine5', 'BOTH', '2025-05-31'))?.route).toBe('VIA_COUNTRY');
      expect((await routeOf('dep-fx-mine5', 'BOTH', '2025-06-01'))?.route).toBe('OUTSIDE');
    });

    test('when a plant separates itself, then it needs no route', async () => {
      expect((await routeOf('fac-fx-sep-out'))?.route).toBe('OUTSIDE');
    });

    test('when route verdicts are asked for, then only those are listed, and by default VIA_COUNTRY comes last', async () => {
      expect(ids(await options('basis: BOTH, route: [UNKNOWN]')).sort()).toEqual(['dep-fx-mine4', 'dep-fx-site4', 'dep-fx-site5']);
      const ranked = (await options('basis: BOTH')).map((option) => option.route);
      expect(ranked.length).toBe(12);
      expect(ranked.slice(-3)).toEqual(['VIA_COUNTRY', 'VIA_COUNTRY', 'VIA_COUNTRY']);
      expect(ranked[0]).toBe('OUTSIDE');
    });
  });

  describe('tonnes', () => {
    const tonnesOf = async (siteId: string, year: number, minConfidence = 'LOW') =>
      (await options(`basis: BOTH, minConfidence: ${minConfidence}`, { year })).find((option) => option.siteId === siteId)?.tonnes ?? null;

    test('when a combined Dy+Tb figure is split, then terbium gets only its band share (200–300 t × 15–25 % = 30–75 t)', async () => {
      expect(await tonnesOf('fac-fx-sep-combo', 2026)).toEqual({ low: 30, high: 75 });
    });

    test('when a plant starts in 2027, then it contributes nothing in 2026', async () => {
      expect(await tonnesOf('fac-fx-sep-out', 2026)).toBeNull();
      expect(await tonnesOf('fac-fx-sep-out', 2027)).toEqual({ low: 100, high: 100 });
    });

    test('when an actual output and a target cover the same year, then the actual wins; after it, the target', async () => {
      expect(await tonnesOf('fac-fx-sep-best', 2026)).toEqual({ low: 20, high: 20 });
      expect(await tonnesOf('fac-fx-sep-best', 2027)).toEqual({ low: 50, high: 80 });
    });

    test('when minConfidence is MEDIUM, then a low-confidence target is left out', async () => {
      expect(await tonnesOf('fac-fx-sep-best', 2027, 'MEDIUM')).toBeNull();
      expect(await tonnesOf('fac-fx-sep-best', 2026, 'MEDIUM')).toEqual({ low: 20, high: 20 });
    });
  });

  describe('supplyBalance', () => {
    type Year = { year: number; supply: { low: number; high: number }; insideCountry: { low: number; high: number } | null; insideCountryIs: string | null; demand: { low: number; high: number } | null; demandByArea: Array<{ area: { iso2: string }; tonnes: { low: number; high: number } }>; sites: Array<{ siteId: string; tonnes: { low: number; high: number } }>; excluded: Array<{ siteId: string; reason: string }> };
    const balance = async (args = '') =>
      (
        await ask<{ supplyBalance: { unit: string; years: Year[] } }>(
          `{ supplyBalance(element: "Tb", outside: "XA", asOf: "${ASKED}", fromYear: 2025, toYear: 2027 ${args}) { unit years { year supply { low high } insideCountry { low high } insideCountryIs demand { low high } demandByArea { area { iso2 } tonnes { low high } } sites { siteId tonnes { low high } } excluded { siteId reason } } } }`,
        )
      ).supplyBalance;

    test('when terbium outside XA is asked by year, then supply is the sum of the sites outside, each counted from its first year', async () => {
      const { unit, years } = await balance();
      expect(unit).toBe('t of Tb4O7 per year (REO basis)');
      expect(years.map((year) => [year.year, year.supply])).toEqual([
        [2025, { low: 0, high: 0 }],
        [2026, { low: 50, high: 95 }], // combo 30–75 + best's actual 20
        [2027, { low: 180, high: 255 }], // sep-out 100 + combo 30–75 + best's target 50–80
      ]);
      expect(years[1].sites).toEqual([
        { siteId: 'fac-fx-sep-combo', tonnes: { low: 30, high: 75 } },
        { siteId: 'fac-fx-sep-best', tonnes: { low: 20, high: 20 } },
      ]);
    });

    test('when a site lies in or is controlled from the country, then it is excluded and says why', async () => {
      const { years } = await balance();
      expect(years[1].excluded.map((site) => [site.siteId, site.reason]).sort()).toEqual([
        ['fac-fx-sep-ctl', 'controlled from XA (60.0 %)'],
        ['fac-fx-sep-xa', 'located in XA'],
      ]);
    });

    test('when the country’s output is recorded, then it is the inside figure; otherwise the graph’s sites in or controlled from it', async () => {
      const { years } = await balance();
      expect(years[1].insideCountry).toEqual({ low: 1000, high: 1000 });
      expect(years[1].insideCountryIs).toBe('recorded production');
      expect(years[2].insideCountry).toEqual({ low: 40, high: 40 }); // only sep-ctl has a 2027 figure
    });

    test('when demand is recorded, then the world figure is the year’s demand and areas are listed beside it', async () => {
      const { years } = await balance();
      expect(years[1].demand).toEqual({ low: 1500, high: 1700 });
      expect(years[2].demand).toBeNull();
      expect(years[2].demandByArea).toEqual([{ area: { iso2: 'XD' }, tonnes: { low: 100, high: 120 } }]);
    });

    test('when minConfidence is MEDIUM, then low-confidence rows drop out of the sum (2027: 100 + 30–75)', async () => {
      const { years } = await balance(', minConfidence: MEDIUM');
      expect(years[2].supply).toEqual({ low: 130, high: 175 });
    });

    test('when the basis is LOCATION, then a plant controlled from the country counts (2026: + 40)', async () => {
      const { years } = await balance(', basis: LOCATION');
      expect(years[1].supply).toEqual({ low: 90, high: 135 });
    });

    test('when the stage is MINING, then a mine counts only if its concentrate is processed outside (the route rule)', async () => {
      const both = (await balance(', stage: MINING')).years[1];
      expect(both.sites.map((site) => site.siteId)).toEqual(['dep-fx-mine5']);
      expect(both.supply).toEqual({ low: 7, high: 7 });
      // mine3's route outside is only planned (from 2028): listed, not counted.
      expect(both.excluded.map((site) => site.siteId).sort()).toEqual(['dep-fx-mine1', 'dep-fx-mine2', 'dep-fx-mine3']);
      expect(both.excluded.find((site) => site.siteId === 'dep-fx-mine3')?.reason).toBe('route PLANNED_OUTSIDE: its output is not (yet) processed outside XA');
      const located = (await balance(', stage: MINING, basis: LOCATION')).years[1];
      expect(located.supply).toEqual({ low: 12, high: 12 }); // mine2's plant lies in XB: outside by location
    });

    test('when planned routes are counted, then a mine whose route outside is only planned adds its tonnes (2026: 7 + 3)', async () => {
      const planned = (await balance(', stage: MINING, countPlannedRoutes: true')).years[1];
      expect(planned.sites.map((site) => site.siteId).sort()).toEqual(['dep-fx-mine3', 'dep-fx-mine5']);
      expect(planned.supply).toEqual({ low: 10, high: 10 });
      expect(planned.excluded.map((site) => site.siteId).sort()).toEqual(['dep-fx-mine1', 'dep-fx-mine2']);
    });

    test('when the year range is too long or reversed, then it is refused with the argument named', async () => {
      const reversed = await api.graphql('{ supplyBalance(element: "Tb", outside: "XA", fromYear: 2030, toYear: 2029) { unit } }');
      expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toYear' });
      const accepted = await api.graphql('{ supplyBalance(element: "Tb", outside: "XA", fromYear: 2001, toYear: 2030) { unit } }');
      expect(accepted.errors).toBeUndefined();
      const tooLong = await api.graphql('{ supplyBalance(element: "Tb", outside: "XA", fromYear: 2000, toYear: 2030) { unit } }');
      expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toYear' });
    });
  });

  describe('importerAlternatives', () => {
    type Importer = {
      importer: { iso2: string };
      demand: { low: number; high: number } | null;
      contracted: { low: number; high: number } | null;
      c2026: { low: number; high: number } | null;
      offtakes: Array<{ id: string; notCountedBecause: string | null }>;
      options: Array<{ siteId: string; reachedThroughAgreement: boolean }>;
      optionCount: number;
    };
    const importers = async (args = '') =>
      (
        await ask<{ importerAlternatives: Importer[] }>(
          `{ importerAlternatives(element: "Tb", outside: "XA", asOf: "${ASKED}", year: 2027 ${args}) { importer { iso2 } demand { low high } contracted { low high } c2026: contracted(year: 2026) { low high } offtakes { id notCountedBecause } options { siteId reachedThroughAgreement } optionCount } }`,
        )
      ).importerAlternatives;

    test('when importers depend on XA, then each is listed, highest dependence first', async () => {
      expect((await importers()).map((entry) => entry.importer.iso2)).toEqual(['XD', 'XE']);
    });

    test('when an importer’s companies hold offtakes, then contracted tonnes count for its country only', async () => {
      const [xd, xe] = await importers();
      // 2027: off-fx-1 10–12 + off-fx-2 50 % of combo's 30–75 = 15–37.5 → 25–49.5; 2026: off-fx-2 only.
      expect(xd.contracted).toEqual({ low: 25, high: 49.5 });
      expect(xd.c2026).toEqual({ low: 15, high: 37.5 });
      expect(xe.contracted).toEqual({ low: 0, high: 0 });
      expect(xd.demand).toEqual({ low: 100, high: 120 });
      expect(xe.demand).toBeNull();
    });

    test('when an offtake is not binding or its site is controlled from the country, then it is listed but not counted, with why', async () => {
      const [xd] = await importers();
      expect(Object.fromEntries(xd.offtakes.map((offtake) => [offtake.id, offtake.notCountedBecause]))).toEqual({
        'off-fx-1': null,
        'off-fx-2': null,
        'off-fx-3': 'its site is not an option outside XA on this basis',
        'off-fx-4': 'not binding (non_binding)',
      });
    });

    test('when options are ranked, then routes outside first, then those reached through an agreement, status, deliverable tonnes × confidence', async () => {
      const [xd] = await importers();
      // OUTSIDE reached: combo (30–75 × 0.6 = 31.5), best (50–80 × 0.3 = 19.5), mine5 (7 × 1); sep-out (construction);
      // OUTSIDE not reached: plant; PLANNED_OUTSIDE: mine3; UNKNOWN: mine4 (reached), site4, site5; VIA_COUNTRY: mine1 (10), mine2 (5), crack1 (0).
      expect(xd.options.map((option) => option.siteId)).toEqual([
        'fac-fx-sep-combo',
        'fac-fx-sep-best',
        'dep-fx-mine5',
        'fac-fx-sep-out',
        'fac-fx-plant',
        'dep-fx-mine3',
        'dep-fx-mine4',
        'dep-fx-site4',
        'dep-fx-site5',
        'dep-fx-mine1',
        'dep-fx-mine2',
        'fac-fx-crack1',
      ]);
      expect(xd.optionCount).toBe(12);
    });

    test('when XE has a framework with XC, then the sites in XC are reached through it', async () => {
      const xe = (await importers(', importers: ["XE"]'))[0];
      expect(xe.importer.iso2).toBe('XE');
      const reached = xe.options.filter((option) => option.reachedThroughAgreement).map((option) => option.siteId);
      expect(reached.length).toBe(12); // every option lies in XC
    });

    test('when optionsPerImporter is 3, then the best three are kept and optionCount says how many there are', async () => {
      const [xd] = await importers(', optionsPerImporter: 3');
      expect(xd.options.map((option) => option.siteId)).toEqual(['fac-fx-sep-combo', 'fac-fx-sep-best', 'dep-fx-mine5']);
      expect(xd.optionCount).toBe(12);
    });
  });

  describe('the other questions, on the same world', () => {
    test('when XA stops exporting terbium, then what remains is counted by location, by control and by both', async () => {
      const { disruptionImpact } = await ask<{ disruptionImpact: Array<{ remaining: Record<string, { sites: number; producingSites: number }>; importers: Array<{ importer: { iso2: string }; shareAtRisk: { sharePct: number }; mitigatingAgreements: Array<{ id: string }> }> }> }>(
        `{ disruptionImpact(country: "XA", elements: ["Tb"], asOf: "${ASKED}") { remaining { byLocation { sites producingSites } byControl { sites producingSites } both { sites producingSites } } importers { importer { iso2 } shareAtRisk { sharePct } mitigatingAgreements { id } } } }`,
      );
      // 19 sites with Tb: by location 17 (not mine-xa, sep-xa); by control 14 (not site, site2, site3, site6, sep-ctl); both 12.
      expect(disruptionImpact[0].remaining).toEqual({
        byLocation: { sites: 17, producingSites: 15 },
        byControl: { sites: 14, producingSites: 12 },
        both: { sites: 12, producingSites: 10 },
      });
      expect(disruptionImpact[0].importers.map((entry) => [entry.importer.iso2, entry.shareAtRisk.sharePct, entry.mitigatingAgreements.map((agreement) => agreement.id)])).toEqual([
        ['XD', 80, ['agr-fx-offtake-1']],
        ['XE', 60, ['agr-fx-framework']],
      ]);
    });

    test('when separation is measured by control, then untraced control is its own share (5 sites: XB 3, untraced 1.4, XA 0.6)', async () => {
      const { concentration } = await ask<{ concentration: { sites: { shares: Array<{ name: string; sharePct: number }>; hhi: number } } }>(
        `{ concentration(element: "Tb", stage: SEPARATION_REFINING, basis: CONTROL, year: 2025, asOf: "${ASKED}") { sites { shares { name sharePct } hhi } } }`,
      );
      expect(concentration.sites.shares).toEqual([
        { name: 'Fixtureland B', sharePct: 60 },
        { name: 'not traced', sharePct: 28 },
        { name: 'Fixtureland A', sharePct: 12 },
      ]);
      expect(concentration.sites.hhi).toBe(4528);
    });

    test('when the same stage is measured by location, then XC holds three of five sites', async () => {
      const { concentration } = await ask<{ concentration: { sites: { shares: Array<{ name: string; sharePct: number }>; hhi: number } } }>(
        `{ concentration(element: "Tb", stage: SEPARATION_REFINING, basis: LOCATION, year: 2025, asOf: "${ASKED}") { sites { shares { name sharePct } hhi } } }`,
      );
      expect(concentration.sites.shares).toEqual([
        { name: 'Fixtureland C', sharePct: 60 },
        { name: 'Fixtureland A', sharePct: 20 },
        { name: 'Fixtureland B', sharePct: 20 },
      ]);
      expect(concentration.sites.hhi).toBe(4400);
    });

    test('when XE’s dependence is asked, then the breakdown has its suppliers, HHI and top-3 share', async () => {
      const { importDependence } = await ask<{ importDependence: { breakdowns: Array<{ year: number; coveredPct: number; hhi: number; top3Pct: number; suppliers: Array<{ country: { iso2: string }; sharePct: number }> }> } }>(
        '{ importDependence(importer: "XE", element: "Tb", year: 2025) { breakdowns { year coveredPct hhi top3Pct suppliers { country { iso2 } sharePct } } } }',
      );
      expect(importDependence.breakdowns).toEqual([{ year: 2025, coveredPct: 90, hhi: 4500, top3Pct: 90, suppliers: [{ country: { iso2: 'XA' }, sharePct: 60 }, { country: { iso2: 'XB' }, sharePct: 30 }] }]);
      const otherYear = await ask<{ importDependence: { breakdowns: unknown[] } }>('{ importDependence(importer: "XE", element: "Tb", year: 2024) { breakdowns { year } } }');
      expect(otherYear.importDependence.breakdowns).toEqual([]);
    });

    test('when routes to XD are traced, then maxHops bounds their length and steps in XA are flagged', async () => {
      type Path = { hops: number; anyStepLocatedInFlaggedCountry: boolean; steps: Array<{ entity: { id: string } }> };
      const paths = async (maxHops: number) =>
        (await ask<{ supplyChains: Path[] }>(`{ supplyChains(element: "Tb", importer: "XD", maxHops: ${maxHops}, flagCountry: "XA") { hops anyStepLocatedInFlaggedCountry steps { entity { ... on Deposit { id } ... on Facility { id } ... on Company { id } } } } }`)).supplyChains;
      const long = await paths(2);
      const viaXa = long.find((path) => path.steps.map((step) => step.entity.id).join(' ') === 'dep-fx-mine1 fac-fx-crack1 fac-fx-sep-xa');
      expect(viaXa).toMatchObject({ hops: 2, anyStepLocatedInFlaggedCountry: true });
      expect((await paths(1)).every((path) => path.hops <= 1)).toBe(true);
    });

    const statusOn = async (asOf: string) =>
      Object.fromEntries((await ask<{ exportControls: Array<{ id: string; status: string }> }>('query($asOf: String) { exportControls(country: "XA", element: "Tb", asOf: $asOf) { id status } }', { asOf })).exportControls.map((control) => [control.id, control.status]));

    test.each([
      ['2025-01-01', { 'ec-fx-2': 'ANNOUNCED' }],
      ['2025-04-03', { 'ec-fx-2': 'IN_FORCE' }],
      ['2025-04-04', { 'ec-fx-1': 'IN_FORCE', 'ec-fx-2': 'IN_FORCE' }],
      ['2025-11-06', { 'ec-fx-1': 'IN_FORCE', 'ec-fx-2': 'IN_FORCE' }],
      ['2025-11-07', { 'ec-fx-1': 'SUSPENDED', 'ec-fx-2': 'IN_FORCE' }],
      ['2026-01-01', { 'ec-fx-1': 'SUSPENDED', 'ec-fx-2': 'LIFTED' }],
      ['2026-11-10', { 'ec-fx-1': 'SUSPENDED', 'ec-fx-2': 'LIFTED' }],
      ['2026-11-11', { 'ec-fx-1': 'IN_FORCE', 'ec-fx-2': 'LIFTED' }],
    ])('when export controls are asked on %s, then the measures have these statuses (dates exactly at the boundaries)', async (asOf, expected) => {
      expect(await statusOn(asOf)).toEqual(expected);
    });

    test('when "which elements does XA control" is asked, then suspended and lifted measures do not count', async () => {
      const controlled = async (asOf: string) => (await ask<{ controlledElements: Array<{ symbol: string }> }>('query($asOf: String) { controlledElements(country: "XA", asOf: $asOf) { symbol } }', { asOf })).controlledElements.map((element) => element.symbol);
      expect(await controlled('2025-06-01')).toEqual(['Tb']);
      expect(await controlled('2026-06-01')).toEqual([]);
    });
  });
});
