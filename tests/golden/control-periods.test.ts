import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import prand from 'pure-rand';
import { controlReferenceQuery } from '../../src/db/control.queries';
import type { RowOf } from '../../src/db/query';
import type { Neo4jExecutor } from '../../src/db/run';
import { createLogger } from '../../src/logger';
import { runSeed } from '../../src/seed/run-seed';
import { testExecutor } from '../helpers/api';
import { scratchNeo4j, type TestNeo4j } from '../helpers/own-neo4j';

/**
 * Effective control is computed ahead (src/domain/control.ts) and stored as control periods by the
 * seed loader and every write. These tests hold the stored answer to the per-request Cypher
 * computation it replaced (cypher/fragments/effective-control.cypher), on every deposit, plant and
 * company: over the real dataset on dates around its stakes, and over a randomised synthetic world
 * (chains, cycles, unknown stakes, dated stakes, operators, every kind of ownership record).
 */
async function disagreements(executor: Neo4jExecutor, dates: string[]): Promise<{ compared: number; differing: string[] }> {
  let compared = 0;
  const differing: string[] = [];
  for (const asOf of dates) {
    const rows = await executor.query(controlReferenceQuery, { asOf, ids: null });
    compared += rows.length;
    for (const row of rows) if (!sameControl(row.computed, row.stored)) differing.push(`${row.id} on ${asOf}`);
  }
  return { compared, differing };
}

type View = RowOf<typeof controlReferenceQuery>['computed'];

/**
 * Equal up to the last rounded digit: the stored periods round in JavaScript, the reference in
 * Cypher, and a product such as 2.19375 can land on either side of the half (2.1937 / 2.1938).
 */
function sameControl(a: View, b: View): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 0.0002;
  const byId = <T extends { id?: string; country?: string }>(items: T[]) => [...items].sort((p, q) => String(p.id ?? p.country).localeCompare(String(q.id ?? q.country)));
  const [ca, cb] = [byId(a.controllers), byId(b.controllers)];
  const [ka, kb] = [byId(a.controlByCountry), byId(b.controlByCountry)];
  return (
    a.unknownPaths === b.unknownPaths &&
    close(a.controlAttributedPct, b.controlAttributedPct) &&
    ca.length === cb.length &&
    ca.every((controller, i) => controller.id === cb[i].id && controller.attributed === cb[i].attributed && close(controller.effectivePct, cb[i].effectivePct)) &&
    ka.length === kb.length &&
    ka.every((share, i) => share.country === kb[i].country && close(share.effectivePct, kb[i].effectivePct))
  );
}

describe('stored effective control equals the per-request computation', () => {
  test('when every deposit, plant and company of the real dataset is compared on twelve dates, then they all agree', async () => {
    const { driver, executor } = testExecutor();
    try {
      const dates = ['2000-01-01', '2012-06-30', '2014-01-01', '2018-06-30', '2020-03-15', '2021-12-23', '2023-01-01', '2024-06-30', '2025-05-20', '2025-05-21', '2026-01-01', '2026-12-07'];
      const { compared, differing } = await disagreements(executor, dates);
      expect(compared).toBeGreaterThan(12 * 400);
      expect(differing).toEqual([]);
    } finally {
      await driver.close();
    }
  }, 300000);

  describe('on a randomised synthetic world', () => {
    let neo4j: TestNeo4j;
    let directory: string;
    const seed = 20261207;
    beforeAll(async () => {
      neo4j = await scratchNeo4j('control');
      directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ree-control-'));
      writeSyntheticWorld(directory, seed);
      await runSeed(neo4j.executor, createLogger({ level: 'silent', format: 'json' }), { directory, partial: true, progressBar: false });
    }, 600000);
    afterAll(async () => {
      await neo4j?.stop();
      if (directory) fs.rmSync(directory, { recursive: true, force: true });
    });

    test(`when the world of seed ${seed} is compared on its stake dates and between them, then stored and computed control agree`, async () => {
      const dates = ['2009-12-31', '2010-01-01', '2013-07-01', '2015-01-01', '2016-06-15', '2018-01-01', '2019-12-31', '2020-01-01', '2022-02-02', '2024-12-31', '2025-01-01', '2030-01-01'];
      const { compared, differing } = await disagreements(neo4j.executor, dates);
      expect(compared).toBe(dates.length * (COMPANIES + SITES));
      expect(differing).toEqual([]);
      // The world is not trivial: some control is traced, some untraced, some paths unknown.
      const [row] = await neo4j.executor.runText('MATCH (p:ControlPeriod) RETURN count(p) AS periods, sum(p.unknownPaths) AS unknown, sum(CASE WHEN p.attributedPct < 100 THEN 1 ELSE 0 END) AS partial');
      expect(Number(row.periods)).toBeGreaterThan(SITES);
      expect(Number(row.unknown)).toBeGreaterThan(0);
      expect(Number(row.partial)).toBeGreaterThan(0);
    }, 300000);
  });
});

const COMPANIES = 60;
const SITES = 40;
const COUNTRIES = ['XA', 'XB', 'XC', 'XD'];
const RECORDS = ['WIDELY_HELD', 'STATE', 'INDEPENDENT', 'COMPLETE', 'PARTIAL', 'MULTILATERAL', 'UNKNOWN'];
const YEARS = ['2010-01-01', '2015', '2018-06', '2020-01-01', '2025'];

/** A seeded world in the seed format: companies owning companies and sites, with every rule's corner. */
export function writeSyntheticWorld(directory: string, seed: number): void {
  let rng = prand.xoroshiro128plus(seed);
  const next = (max: number) => {
    const [value, rest] = prand.uniformIntDistribution(0, max - 1, rng);
    rng = rest;
    return value;
  };
  const pick = <T>(items: readonly T[]) => items[next(items.length)];
  const source = 'src-synthetic';
  const csv = (file: string, header: string, rows: string[][]) => fs.writeFileSync(path.join(directory, file), [header, ...rows.map((row) => row.join(','))].join('\n') + '\n');
  csv('sources.csv', 'id,title,publisher,url,published,accessed,kind,class,readVia,note', [[source, 'Synthetic ownership world (tests only)', 'REE Graph tests', 'https://example.org/ree-graph/synthetic', '2026-12-07', '2026-12-07', 'PRIMARY', 'OFFICIAL', '', '']]);
  csv('countries.csv', 'id,iso3,name,aliases,continent,kind,sourceIds', COUNTRIES.map((id) => [id, `${id}X`, `Synthetic ${id}`, '', 'ASIA', 'COUNTRY', source]));
  const companies = Array.from({ length: COMPANIES }, (_, i) => `co-syn-${i}`);
  // Every fifth company has no headquarters recorded.
  csv('companies.csv', 'id,name,aliases,countryId,ownershipType,ownershipRecord,listing,description,sourceIds', companies.map((id, i) => [id, `Synthetic ${i}`, '', i % 5 === 4 ? '' : pick(COUNTRIES), 'PRIVATE', pick(RECORDS), '', '', source]));
  const sites = Array.from({ length: SITES }, (_, i) => (i % 2 ? `dep-syn-${i}` : `fac-syn-${i}`));
  csv('deposits.csv', 'id,name,aliases,countryId,region,latitude,longitude,locationPrecision,locationSourceIds,depositType,depositTypeText,status,statusYear,statusNote,lastVerified,resourceText,resourceMt,gradePctTREO,containedTREOt,resourceYear,heavyRareEarthNotable,description,sourceIds',
    sites.filter((id) => id.startsWith('dep-')).map((id) => [id, id, '', pick(COUNTRIES), '', '', '', '', '', 'OTHER', '', 'PRODUCING', '', '', '', '', '', '', '', '', 'false', '', source]));
  csv('facilities.csv', 'id,name,aliases,countryId,region,latitude,longitude,locationPrecision,locationSourceIds,stages,status,statusYear,statusNote,lastVerified,capacityTonnesPerYear,capacityProduct,capacityText,description,sourceIds',
    sites.filter((id) => id.startsWith('fac-')).map((id) => [id, id, '', pick(COUNTRIES), '', '', '', '', '', 'SEPARATION_REFINING', 'OPERATING', '', '', '', '', '', '', '', source]));
  const stakes: string[][] = [];
  const operators: string[][] = [];
  // Stakes into an entity never add up to more than 100 % at once (the validator's rule): each
  // owned entity gets up to three owners whose current shares are drawn from what is left.
  const own = (owned: string, candidates: string[]) => {
    let left = 100;
    const owners = new Set<string>();
    for (let n = next(4); n > 0; n -= 1) {
      const owner = pick(candidates);
      if (owner === owned || owners.has(owner)) continue;
      owners.add(owner);
      const dated = next(4) === 0;
      const unknown = next(6) === 0;
      const pct = unknown ? null : Math.max(1, Math.min(left, 5 * (1 + next(20))));
      if (pct !== null) left -= pct;
      const asOf = pick(YEARS);
      const later = YEARS.filter((year) => year > asOf);
      const until = dated && later.length ? pick(later) : undefined;
      stakes.push([owner, owned, pct === null ? '' : String(pct), pct === null ? 'a stake of unstated size' : '', 'EQUITY', asOf, until ?? '', until ? 'HISTORICAL' : 'CURRENT', '', source]);
      if (left <= 0) break;
    }
  };
  // Companies own companies with a lower number most of the time, and a higher one sometimes: cycles.
  companies.forEach((id, i) => own(id, next(5) === 0 ? companies : companies.slice(i + 1)));
  for (const site of sites) {
    if (next(4) === 0) operators.push([pick(companies), site, pick(['', '2015']), '', '', source]);
    else own(site, companies);
  }
  csv('stakes.csv', 'ownerId,ownedId,stakePct,stakeText,basis,asOf,until,status,note,sourceIds', stakes);
  csv('operators.csv', 'companyId,siteId,since,until,note,sourceIds', operators);
}
