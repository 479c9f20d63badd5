import { SEED_DIRECTORY } from '../../src/seed/run-seed';
import { formatProblem, validateSeed } from '../../src/seed/validate';
import { copyOfSeed } from '../helpers/seed-fixture';

describe('validateSeed', () => {
  test('when the committed dataset is validated, then it has no problems', () => {
    const seed = validateSeed(SEED_DIRECTORY);
    expect(seed.problems.map(formatProblem)).toEqual([]);
    expect(seed.nodes.length).toBeGreaterThan(1000);
  });

  describe('when a row is broken', () => {
    let fixture: ReturnType<typeof copyOfSeed>;
    beforeEach(() => (fixture = copyOfSeed()));
    afterEach(() => fixture.remove());

    const problemsFor = () => validateSeed(fixture.directory).problems.map(formatProblem);

    test('a stake above 100 % is reported at its file:line', () => {
      const line = fixture.append('stakes.csv', 'co-lynas,dep-mount-weld,150,,EQUITY,2024,,CURRENT,,src-usgs-mcs2026-data-release-copy');
      expect(problemsFor()).toContain(`stakes.csv:${line}: stakePct: must be at most 100`);
    });

    test('an unknown element symbol is reported', () => {
      const line = fixture.append('deposit_elements.csv', 'dep-mount-weld,Xx,MAIN,,,src-usgs-mcs2026-data-release-copy');
      expect(problemsFor()).toContain(`deposit_elements.csv:${line}: element: unknown element "Xx"`);
    });

    test('a dangling id is reported', () => {
      const line = fixture.append('operators.csv', 'co-lynas,dep-atlantis,,,,src-usgs-mcs2026-data-release-copy');
      expect(problemsFor()).toContain(`operators.csv:${line}: siteId: unknown deposit or facility "dep-atlantis"`);
    });

    test('a row without a source is reported', () => {
      const line = fixture.append('operators.csv', 'co-lynas,dep-mount-weld,2030,,,');
      expect(problemsFor()).toContain(`operators.csv:${line}: sourceIds: needs at least one source id (sourceIds)`);
    });

    test('a source id that does not exist is reported', () => {
      const line = fixture.append('operators.csv', 'co-lynas,dep-mount-weld,2030,,,src-made-up');
      expect(problemsFor()).toContain(`operators.csv:${line}: sourceIds: unknown source "src-made-up"`);
    });

    test('an impossible date is reported', () => {
      const line = fixture.append('operators.csv', 'co-lynas,dep-mount-weld,2024-02-30,,,src-usgs-mcs2026-data-release-copy');
      expect(problemsFor()).toContain(`operators.csv:${line}: since: must be a date YYYY-MM-DD (or YYYY-MM, YYYY)`);
    });

    test('stakes that add up to more than 100 % are reported', () => {
      fixture.append('stakes.csv', 'co-sojitz,co-lynas-malaysia,60,,EQUITY,2024,,CURRENT,,src-usgs-mcs2026-data-release-copy');
      fixture.append('stakes.csv', 'co-jogmec,co-lynas-malaysia,60,,EQUITY,2024,,CURRENT,,src-usgs-mcs2026-data-release-copy');
      expect(problemsFor().some((problem) => /current EQUITY stakes in "co-lynas-malaysia" add up to/.test(problem))).toBe(true);
    });

    test('a wrong header is reported on line 1', () => {
      fixture.replaceLine('operators.csv', 1, 'company,site,since,until,note,sourceIds');
      expect(problemsFor()).toContain('operators.csv:1: header must be exactly: companyId,siteId,since,until,note,sourceIds');
    });

    test('a cell that is not in the vocabulary is reported', () => {
      const line = fixture.append('facility_elements.csv', 'fac-lynas-malaysia,Dy,MAKES,Dy oxide,,COMMERCIAL,,src-usgs-mcs2026-data-release-copy');
      expect(problemsFor()).toContain(`facility_elements.csv:${line}: role: must be one of SEPARATES, PRODUCES, RECOVERS`);
    });

    // quantities.csv: id,siteId,elements,stage,product,unit,low,high,basis,confidence,fromYear,toYear,period,splitId,asOf,statedText,derivation,sourceIds
    const SRC = 'src-usgs-mcs2026-data-release-copy';
    test('a quantity whose low exceeds its high is reported', () => {
      const line = fixture.append('quantities.csv', `qty-test-low-high,fac-lynas-malaysia,Tb,SEPARATION_REFINING,Tb4O7,T_REO_PER_YEAR,20,10,NAMEPLATE,MEDIUM,2026,,,,,,stated,${SRC}`);
      expect(problemsFor()).toContain(`quantities.csv:${line}: low must not exceed high`);
    });

    test('a combined quantity without a ratio band is reported', () => {
      const line = fixture.append('quantities.csv', `qty-test-combined,fac-lynas-malaysia,Dy;Tb,SEPARATION_REFINING,Dy2O3 + Tb4O7,T_REO_PER_YEAR,100,100,TARGET,LOW,2027,,,,,,stated,${SRC}`);
      expect(problemsFor()).toContain(`quantities.csv:${line}: a combined figure (several elements) needs splitId: the ratio band that splits it`);
    });

    test('a combined quantity naming a band without that element is reported', () => {
      fixture.append('ratio_bands.csv', `ratio-test-band,Dy,78,89,Dy:Tb 3.6 to 7.4,${SRC}`);
      fixture.append('ratio_bands.csv', `ratio-test-band,Tb,11,22,Dy:Tb 3.6 to 7.4,${SRC}`);
      const line = fixture.append('quantities.csv', `qty-test-band,fac-lynas-malaysia,Dy;Tb;Ho,SEPARATION_REFINING,HREO,T_REO_PER_YEAR,100,100,TARGET,LOW,2027,,,ratio-test-band,,,stated,${SRC}`);
      expect(problemsFor()).toContain(`quantities.csv:${line}: splitId: unknown ratio share "ratio-test-band/Ho"`);
    });

    test('a ratio band whose shares cannot make up 100 % is reported, one that can is accepted', () => {
      fixture.append('ratio_bands.csv', `ratio-test-good,Dy,78,89,Dy:Tb,${SRC}`);
      fixture.append('ratio_bands.csv', `ratio-test-good,Tb,11,22,Dy:Tb,${SRC}`);
      fixture.append('ratio_bands.csv', `ratio-test-short,Dy,70,80,Dy:Tb,${SRC}`);
      const line = fixture.append('ratio_bands.csv', `ratio-test-short,Tb,10,19.9,Dy:Tb,${SRC}`);
      const problems = problemsFor();
      expect(problems).toContain(`ratio_bands.csv:${line}: ratio band "ratio-test-short": low shares add up to 80.00 % and high shares to 99.90 %; they must bracket 100 %`);
      expect(problems.filter((problem) => problem.includes('ratio-test-good'))).toEqual([]);
    });

    test('a model estimate that claims more than LOW confidence is reported', () => {
      const line = fixture.append('quantities.csv', `qty-test-model,fac-lynas-malaysia,Tb,SEPARATION_REFINING,Tb4O7,T_REO_PER_YEAR,5,8,MODEL_ESTIMATE,MEDIUM,2026,,,,,,feed x share,${SRC}`);
      expect(problemsFor()).toContain(`quantities.csv:${line}: a MODEL_ESTIMATE is LOW confidence`);
    });

    test('a quantity without a first year or a derivation is reported', () => {
      const line = fixture.append('quantities.csv', `qty-test-bare,fac-lynas-malaysia,Tb,SEPARATION_REFINING,Tb4O7,T_REO_PER_YEAR,5,8,NAMEPLATE,MEDIUM,,,,,,,,${SRC}`);
      const problems = problemsFor();
      expect(problems).toContain(`quantities.csv:${line}: fromYear: is required: the first year the figure applies`);
      expect(problems).toContain(`quantities.csv:${line}: derivation: is required`);
    });

    test('an offtake with neither tonnes nor a share, and one with a share but no site, are reported', () => {
      const agreement = 'agr-2010-sojitz-lynas-strategic-alliance';
      const none = fixture.append('offtakes.csv', `off-test-none,${agreement},co-sojitz,,Tb,Tb4O7,T_REO_PER_YEAR,,,,2027,,FIRM,MEDIUM,,,${SRC}`);
      const shareOnly = fixture.append('offtakes.csv', `off-test-share,${agreement},co-sojitz,,Tb,Tb4O7,T_REO_PER_YEAR,,,65,2027,,FIRM,MEDIUM,,,${SRC}`);
      const problems = problemsFor();
      expect(problems).toContain(`offtakes.csv:${none}: needs tonnes (low, high) or sharePct`);
      expect(problems).toContain(`offtakes.csv:${shareOnly}: sharePct is a share of a site: name it in siteId`);
    });

    test('a demand model estimate without a method is reported', () => {
      const line = fixture.append('element_volumes.csv', `vol-test-jp,JP,Tb,DEMAND,,2025,T_REO_PER_YEAR,100,200,MODEL_ESTIMATE,LOW,,,,${SRC}`);
      expect(problemsFor()).toContain(`element_volumes.csv:${line}: a MODEL_ESTIMATE needs method: how it was computed, from which cited inputs`);
    });

    test('a company without an ownership record is reported', () => {
      const line = fixture.append('companies.csv', `co-test-owner,Test Owner,,JP,PRIVATE,,,,${SRC}`);
      expect(problemsFor()).toContain(`companies.csv:${line}: ownershipRecord: must be one of WIDELY_HELD, STATE, INDEPENDENT, COMPLETE, PARTIAL, MULTILATERAL, UNKNOWN`);
    });

    test('a supply link may end in a country (the destination the sources name)', () => {
      const line = fixture.append('supply_links.csv', `dep-mount-weld,CN,rare earth concentrate,2010,2011,ENDED,test,${SRC}`);
      expect(problemsFor().filter((problem) => problem.startsWith(`supply_links.csv:${line}:`))).toEqual([]);
    });
  });
});
