import { controlAt, controlPeriods, OwnershipGraph, type Holder, type OwnershipLink } from '../../src/domain/control';

/** The control rules of docs/decisions/001-effective-control.md, without a database. */
const company = (id: string, countryId: string | null, ownershipRecord: Holder['ownershipRecord'] = 'WIDELY_HELD'): Holder => ({ id, name: id, isCompany: true, countryId, ownershipRecord, sourceIds: [`src-${id}`] });
const site = (id: string): Holder => ({ id, name: id, isCompany: false, countryId: 'XC' });
const owns = (from: string, to: string, stakePct: number | null, extra: Partial<OwnershipLink> = {}): OwnershipLink => ({ type: 'OWNS', from, to, stakePct, basis: 'EQUITY', status: 'CURRENT', asOf: '2020', sourceIds: [`src-${from}-${to}`], ...extra });

describe('effective control (src/domain/control.ts)', () => {
  test('when stakes run through a chain, then they multiply (60 % of 50 % = 30 %) and each holder keeps what is not owned of it', () => {
    const graph = new OwnershipGraph([company('a', 'XA'), company('b', 'XB', 'COMPLETE'), company('c', 'XA'), company('d', 'XB'), site('s')], [owns('a', 'b', 60), owns('d', 'b', 40), owns('b', 's', 50), owns('c', 's', 50)]);
    const view = controlAt(graph, 's', '2026-01-01');
    expect(view.controllers.map((controller) => [controller.id, controller.effectivePct])).toEqual([
      ['c', 50],
      ['a', 30],
      ['d', 20],
    ]);
    expect(view.byCountry).toEqual([
      { countryId: 'XA', effectivePct: 80 },
      { countryId: 'XB', effectivePct: 20 },
    ]);
    expect(view.attributedPct).toBe(100);
    expect(view.sourceIds).toEqual(expect.arrayContaining(['src-a-b', 'src-b-s', 'src-c-s', 'src-d-b']));
  });

  test.each([
    ['WIDELY_HELD', 100, true],
    ['STATE', 100, true],
    ['INDEPENDENT', 100, true],
    ['COMPLETE', 0, false],
    ['PARTIAL', 0, false],
    ['MULTILATERAL', 0, false],
    ['UNKNOWN', 0, false],
  ] as const)('when the only holder’s ownership record is %s, then %i %% counts for its country', (record, pct, attributed) => {
    const graph = new OwnershipGraph([company('k', 'XA', record), site('s')], [owns('k', 's', 100)]);
    const view = controlAt(graph, 's', '2026-01-01');
    expect(view.controllers).toEqual([{ id: 'k', name: 'k', countryId: 'XA', effectivePct: 100, attributed }]);
    expect(view.attributedPct).toBe(pct);
  });

  test('when a holder has no headquarters recorded, then its share is untraced whatever its record', () => {
    const graph = new OwnershipGraph([company('k', null, 'STATE'), site('s')], [owns('k', 's', 100)]);
    expect(controlAt(graph, 's', '2026-01-01').attributedPct).toBe(0);
  });

  test('when stakes add up to exactly 100 % in awkward decimals, then no rounding crumb is left as a controller', () => {
    const graph = new OwnershipGraph(
      [company('group', 'XA', 'STATE'), company('s1', 'XA', 'STATE'), company('s2', 'XA'), company('s3', 'XA'), company('s4', 'XA'), company('s5', 'XA'), company('s6', 'XA')],
      [owns('s1', 'group', 31.21), owns('s2', 'group', 20.33), owns('s3', 'group', 20.33), owns('s4', 'group', 20.33), owns('s5', 'group', 3.9), owns('s6', 'group', 3.9)],
    );
    expect(controlAt(graph, 'group', '2026-01-01').controllers.map((controller) => controller.id)).not.toContain('group');
  });

  test('when two owners hold an entity and one stake has no percentage, then that path is unknown and nothing is invented', () => {
    const graph = new OwnershipGraph([company('a', 'XA'), company('b', 'XB'), site('s')], [owns('a', 's', null), owns('b', 's', 40)]);
    const view = controlAt(graph, 's', '2026-01-01');
    expect(view.controllers.map((controller) => [controller.id, controller.effectivePct])).toEqual([['b', 40]]);
    expect(view.unknownPaths).toBe(1);
    expect(view.attributedPct).toBe(40);
  });

  test('when a site has no owner, then its single operator stands in; with owners, operating does not count', () => {
    const operates = (from: string, to: string): OwnershipLink => ({ type: 'OPERATES', from, to, since: '2015', sourceIds: [] });
    const operated = new OwnershipGraph([company('op', 'XB'), site('s')], [operates('op', 's')]);
    expect(controlAt(operated, 's', '2026-01-01').controllers.map((controller) => controller.id)).toEqual(['op']);
    const owned = new OwnershipGraph([company('op', 'XB'), company('owner', 'XA'), site('s')], [operates('op', 's'), owns('owner', 's', 100)]);
    expect(controlAt(owned, 's', '2026-01-01').controllers.map((controller) => controller.id)).toEqual(['owner']);
  });

  test('when a stake held from 2024-01-01 until 2025-01-01, then the periods split at those dates and merge where nothing changes', () => {
    const graph = new OwnershipGraph([company('i', 'XA'), site('s')], [owns('i', 's', 100, { asOf: '2024-01-01', until: '2025-01-01', status: 'HISTORICAL' })]);
    const periods = controlPeriods(graph, 's');
    expect(periods.map((period) => [period.from, period.until, period.attributedPct])).toEqual([
      ['', '2024-01-01', 0],
      ['2024-01-01', '2025-01-01', 100],
      ['2025-01-01', null, 0],
    ]);
    // Any date inside a period gives the period's answer (dates compare as text).
    expect(controlAt(graph, 's', '2024-12-31').attributedPct).toBe(100);
    expect(controlAt(graph, 's', '2025-01-01').attributedPct).toBe(0);
  });

  test('when owners hold each other, then the walk stops at the cycle and the circulating part is untraced', () => {
    const graph = new OwnershipGraph([company('e', 'XA'), company('f', 'XB'), site('s')], [owns('e', 'f', 50), owns('f', 's', 100), owns('f', 'e', 50)]);
    const view = controlAt(graph, 's', '2026-01-01');
    expect(view.controllers.map((controller) => [controller.id, controller.effectivePct])).toEqual([
      ['f', 50],
      ['e', 25],
    ]);
    expect(view.attributedPct).toBe(75);
  });
});
