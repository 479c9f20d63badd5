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
  });
});
