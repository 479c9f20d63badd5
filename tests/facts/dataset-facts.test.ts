import { testExecutor } from '../helpers/api';

/**
 * Facts the loaded dataset must state, each written here by hand from its source (named in the
 * test). A failure means the dataset drifted from the source, or the source was misread.
 */
describe('the real dataset states sourced facts', () => {
  const { driver, executor } = testExecutor();
  afterAll(() => driver.close());

  const statistic = async (area: string, measure: string, year: number, edition: string) => {
    const rows = await executor.runText('MATCH (s:Statistic {area: $area, measure: $measure, year: $year, edition: $edition}) RETURN s.tonnesREO AS tonnes, s.status AS status', {
      area,
      measure,
      year,
      edition,
    });
    expect(rows).toHaveLength(1);
    return rows[0];
  };
  const stake = async (ownerId: string, ownedId: string, status = 'CURRENT') => {
    const rows = await executor.runText('MATCH (:Company {id: $ownerId})-[o:OWNS {status: $status}]->({id: $ownedId}) RETURN o.stakePct AS pct, o.asOf AS asOf, o.basis AS basis, o.until AS until ORDER BY o.asOf', {
      ownerId,
      ownedId,
      status,
    });
    expect(rows.length).toBeGreaterThan(0);
    return rows;
  };
  const controlElements = async (id: string) =>
    (await executor.runText('MATCH (:ExportControl {id: $id})-[:CONTROLS]->(e:Element) RETURN e.id AS symbol ORDER BY symbol', { id })).map((row) => row.symbol);

  describe('USGS Mineral Commodity Summaries (t REO)', () => {
    // MCS 2026 (v1.3, 2026-05-27), Rare Earths, world mine production and reserves table.
    test.each([
      ['CN', 'MINE_PRODUCTION', 2025, 'MCS 2026 v1.3', 270000],
      ['US', 'MINE_PRODUCTION', 2025, 'MCS 2026 v1.3', 51000],
      ['MM', 'MINE_PRODUCTION', 2025, 'MCS 2026 v1.3', 22000],
      ['AU', 'MINE_PRODUCTION', 2024, 'MCS 2026 v1.3', 29000],
      ['WORLD', 'MINE_PRODUCTION', 2025, 'MCS 2026 v1.3', 390000],
      ['BR', 'RESERVES', 2025, 'MCS 2026 v1.3', 11000000],
      ['CN', 'RESERVES', 2025, 'MCS 2026 v1.3', 44000000],
      ['AU', 'RESERVES', 2025, 'MCS 2026 v1.3', 6300000],
      // MCS 2025 keeps its own (since revised) values: history is not overwritten.
      ['AU', 'MINE_PRODUCTION', 2024, 'MCS 2025', 13000],
      ['CN', 'MINE_PRODUCTION', 2023, 'MCS 2025', 255000],
      ['US', 'MINE_PRODUCTION', 2023, 'MCS 2025', 41600],
      ['BR', 'RESERVES', 2024, 'MCS 2025', 21000000],
    ])('%s %s %i (%s) = %i', async (area, measure, year, edition, tonnes) => {
      expect((await statistic(area, measure, year, edition)).tonnes).toBe(tonnes);
    });

    test('China 2023 in MCS 2025 is flagged as the production quota', async () => {
      expect((await statistic('CN', 'MINE_PRODUCTION', 2023, 'MCS 2025')).status).toBe('QUOTA');
    });

    test('India has no reserve figure in MCS 2026 (withdrawn), but 6.9 Mt in MCS 2025', async () => {
      expect(await statistic('IN', 'RESERVES', 2025, 'MCS 2026 v1.3')).toEqual({ tonnes: null, status: 'NOT_AVAILABLE' });
      expect((await statistic('IN', 'RESERVES', 2024, 'MCS 2025')).tonnes).toBe(6900000);
    });
  });

  describe('ownership stakes', () => {
    // China Rare Earth Group at its founding on 2021-12-23 (CM Group release; Yicai).
    test.each([
      ['co-sasac', 31.21],
      ['co-chinalco', 20.33],
      ['co-china-minmetals', 20.33],
      ['co-ganzhou-rare-earth-group', 20.33],
      ['co-cisri', 3.9],
      ['co-grinm', 3.9],
    ])('%s holds %d %% of China Rare Earth Group', async (owner, pct) => {
      const [row] = await stake(owner, 'co-china-rare-earth-group');
      expect(row.pct).toBe(pct);
      expect(row.asOf).toBe('2021-12-23');
    });

    test('Shenghe held 8.0 % of MP Materials on 2020-12-31 (SEC Schedule 13G/A)', async () => {
      const rows = await stake('co-shenghe', 'co-mp-materials', 'HISTORICAL');
      expect(rows[0]).toMatchObject({ pct: 8, asOf: '2020-12-31' });
    });

    test('the US Department of Defense holds about 15 % of MP Materials as converted (July 2025)', async () => {
      const [row] = await stake('co-us-department-of-defense', 'co-mp-materials');
      expect(row).toMatchObject({ pct: 15, basis: 'AS_CONVERTED' });
    });

    test('Critical Metals holds 42 % of the Tanbreez licence holder since stage 1 (2024-07-23)', async () => {
      const [row] = await stake('co-critical-metals', 'co-tanbreez-mining-greenland');
      expect(row).toMatchObject({ pct: 42, asOf: '2024-07-23' });
    });

    test('SARECO is Kazatomprom 51 % / Sumitomo 49 %', async () => {
      expect((await stake('co-kazatomprom', 'co-sareco'))[0].pct).toBe(51);
      expect((await stake('co-sumitomo', 'co-sareco'))[0].pct).toBe(49);
    });

    test('Rosneft owns 100 % of Vostok Engineering, the Tomtor licence holder, since 2025-05-20', async () => {
      const [row] = await stake('co-rosneft', 'co-vostok-engineering');
      expect(row).toMatchObject({ pct: 100, asOf: '2025-05-20' });
    });

    test('Ngualla is held by Mamba Minerals: 84 % Ngualla Group UK (Peak), 16 % Government of Tanzania', async () => {
      expect((await stake('co-mamba-minerals', 'dep-ngualla'))[0].pct).toBeNull();
      expect((await stake('co-ngualla-group-uk', 'co-mamba-minerals'))[0].pct).toBe(84);
      expect((await stake('co-government-of-tanzania', 'co-mamba-minerals'))[0].pct).toBe(16);
      expect((await stake('co-peak-rare-earths', 'co-ngualla-group-uk'))[0].pct).toBe(100);
    });
  });

  describe('agreements', () => {
    const agreement = async (id: string) => {
      const [row] = await executor.runText('MATCH (a:Agreement {id: $id}) RETURN a.announced AS announced, a.signed AS signed, a.status AS status, a.kind AS kind, a.valueAmount AS value, a.valueCurrency AS currency', { id });
      return row;
    };

    test('Sojitz–Lynas strategic alliance: 2010-11-24 (Sojitz release)', async () => {
      expect(await agreement('agr-2010-sojitz-lynas-strategic-alliance')).toMatchObject({ announced: '2010-11-24', signed: '2010-11-24' });
    });

    test('DoD–MP Materials NdPr price floor: a price floor announced 2025-07-10', async () => {
      expect(await agreement('agr-2025-dod-mp-ndpr-price-floor')).toMatchObject({ announced: '2025-07-10', kind: 'PRICE_FLOOR' });
    });

    test('US–Japan critical-minerals framework: signed 2025-10-28 in Tokyo', async () => {
      expect((await agreement('agr-2025-us-japan-critical-minerals-framework')).signed).toBe('2025-10-28');
    });

    test('US–Australia framework: 2025-10-20, non-binding', async () => {
      expect(await agreement('agr-2025-us-australia-critical-minerals-framework')).toMatchObject({ signed: '2025-10-20', status: 'NON_BINDING' });
    });

    test('JARE–Lynas financing of March 2011: US$250 million', async () => {
      expect(await agreement('agr-2011-jare-lynas-financing')).toMatchObject({ value: 250000000, currency: 'USD' });
    });
  });

  describe('China’s export controls', () => {
    test('MOFCOM/GAC 2025 No. 18 covers Sm, Gd, Tb, Dy, Lu, Sc and Y, effective 2025-04-04', async () => {
      expect(await controlElements('ec-2025-mofcom-gac-no-18')).toEqual(['Dy', 'Gd', 'Lu', 'Sc', 'Sm', 'Tb', 'Y']);
      const [row] = await executor.runText("MATCH (x:ExportControl {id: 'ec-2025-mofcom-gac-no-18'}) RETURN x.effective AS effective");
      expect(row.effective).toBe('2025-04-04');
    });

    test('No. 57 adds Ho, Er, Tm, Eu and Yb from 2025-11-08 but No. 70 suspended it on 2025-11-07 until 2026-11-10', async () => {
      expect(await controlElements('ec-2025-mofcom-gac-no-57')).toEqual(['Er', 'Eu', 'Ho', 'Tm', 'Yb']);
      const [row] = await executor.runText(
        "MATCH (x:ExportControl {id: 'ec-2025-mofcom-gac-no-57'}) OPTIONAL MATCH (s:ExportControl)-[:SUSPENDS]->(x) RETURN x.effective AS effective, x.suspendedFrom AS from, x.suspendedUntil AS until, s.id AS by",
      );
      expect(row).toEqual({ effective: '2025-11-08', from: '2025-11-07', until: '2026-11-10', by: 'ec-2025-mofcom-gac-no-70' });
    });

    test('the 2010 halt of exports to Japan ran from 2010-09-21 to 2010-11-20', async () => {
      const [row] = await executor.runText("MATCH (x:ExportControl {id: 'ec-2010-china-informal-halt-to-japan'})-[:TARGETS]->(c:Country) RETURN x.effective AS from, x.liftedOn AS to, c.id AS target");
      expect(row).toEqual({ from: '2010-09-21', to: '2010-11-20', target: 'JP' });
    });
  });

  describe('trade dependence', () => {
    const share = async (importer: string, exporter: string | null, product: string, year: number, elements: string[] = []) => {
      const rows = await executor.runText(
        `MATCH (:Country {id: $importer})-[:IMPORT_DEPENDENCE]->(t:TradeDependence {product: $product})
         WHERE t.year = $year AND ($exporter IS NULL AND NOT (t)-[:SUPPLIED_BY]->() OR (t)-[:SUPPLIED_BY]->(:Country {id: $exporter}))
           AND coalesce(t.elements, []) = $elements
         RETURN t.sharePct AS share`,
        { importer, exporter, product, year, elements },
      );
      return rows.map((row) => row.share);
    };

    test('US compounds and metals: 71 % from China over 2021–2024 (MCS 2026)', async () => {
      expect(await share('US', 'CN', 'COMPOUNDS_AND_METALS', 2024)).toContain(71);
    });

    test('US terbium: 100 % from China over 2021–2024 (MCS 2026, Rare Earths (Heavy))', async () => {
      expect(await share('US', 'CN', 'COMPOUNDS_AND_METALS', 2024, ['Tb'])).toEqual([100]);
    });

    test('EU rare-earth metals (REE+) 2024: 46.3 % from China (Eurostat)', async () => {
      expect(await share('EU', 'CN', 'METALS', 2024)).toContain(46.3);
    });

    test('South Korea NdFeB magnets 2022: 87.9 % from China (KITA via KED Global)', async () => {
      expect(await share('KR', 'CN', 'MAGNETS', 2022)).toContain(87.9);
    });
  });

  describe('sites', () => {
    test('Iluka’s Eneabba refinery: 17,500 t/yr TREO capacity', async () => {
      const [row] = await executor.runText("MATCH (f:Facility {id: 'fac-eneabba-refinery'}) RETURN f.capacityTonnesPerYear AS capacity, f.capacityProduct AS product");
      expect(row.capacity).toBe(17500);
      expect(row.product).toMatch(/TREO/);
    });

    test('Mount Weld: 2024 resource of 106.6 Mt at 4.12 % TREO; Lynas operates it', async () => {
      const [row] = await executor.runText("MATCH (d:Deposit {id: 'dep-mount-weld'})<-[:OPERATES]-(c:Company) RETURN d.resourceMt AS mt, d.gradePctTREO AS grade, c.id AS operator");
      expect(row).toEqual({ mt: 106.6, grade: 4.12, operator: 'co-lynas' });
    });

    test('Lynas Malaysia separates dysprosium and terbium commercially', async () => {
      const rows = await executor.runText("MATCH (:Facility {id: 'fac-lynas-malaysia'})-[p:PROCESSES]->(e:Element) WHERE e.id IN ['Dy', 'Tb'] AND p.status = 'COMMERCIAL' RETURN DISTINCT e.id AS symbol ORDER BY symbol");
      expect(rows.map((row) => row.symbol)).toEqual(['Dy', 'Tb']);
    });

    test('terbium is a heavy rare earth (USGS), atomic number 65', async () => {
      const [row] = await executor.runText("MATCH (e:Element {id: 'Tb'}) RETURN e.group AS group, e.atomicNumber AS z");
      expect(row).toEqual({ group: 'HEAVY', z: 65 });
    });
  });

  describe('the 2020 source article is findable by the names it uses', () => {
    test.each([
      ['Nantori Island', 'dep-minamitorishima'],
      ['PocTex', 'co-rostec'],
      ['Tomtor', 'dep-tomtor'],
      ['ICT Group', 'co-ict-group'],
    ])('searching "%s" finds %s', async (name, id) => {
      const rows = await executor.runText("CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id LIMIT 5", { q: `"${name}"` });
      expect(rows.map((row) => row.id)).toContain(id);
    });

    test('its "154 million tons" of Tomtor reserves is kept as a claim, with a verdict and a correction', async () => {
      const rows = await executor.runText("MATCH (c:Claim)-[:ABOUT]->(:Deposit {id: 'dep-tomtor'}) WHERE c.text CONTAINS '154' RETURN c.verdict AS verdict, c.correction AS correction");
      expect(rows).toHaveLength(1);
      expect(rows[0].verdict).not.toBe('CONFIRMED');
      expect(String(rows[0].correction)).toMatch(/ore/i);
    });
  });
});
