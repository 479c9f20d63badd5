import { createLogger } from '../../src/logger';
import { graphChecksum, graphCounts, loadSeed } from '../../src/seed/load';
import { runSeed, SEED_DIRECTORY, SeedValidationError } from '../../src/seed/run-seed';
import { validateSeed } from '../../src/seed/validate';
import { testExecutor } from '../helpers/api';
import { copyOfSeed } from '../helpers/seed-fixture';
import { readTestDatabase } from '../helpers/test-database';

describe('loading the seed into Neo4j', () => {
  const { driver, executor } = testExecutor();
  const logger = createLogger({ level: 'silent', format: 'json' });
  afterAll(() => driver.close());

  test('when the seed is loaded again, then counts and the graph checksum are identical', async () => {
    const before = await graphCounts(executor);
    const summary = await runSeed(executor, logger, { progressBar: false });
    expect(summary.checksum).toBe(readTestDatabase().seedChecksum);
    expect({ labels: summary.labels, relationshipTypes: summary.relationshipTypes }).toEqual(before);
    expect(summary.load.removedNodes + summary.load.removedRelationships).toBe(0);
  }, 120000);

  test('when a seed file has a broken row, then the loader names file:line and the database is unchanged', async () => {
    const fixture = copyOfSeed();
    try {
      const line = fixture.append('stakes.csv', 'co-lynas,dep-mount-weld,150,,EQUITY,2024,,CURRENT,,src-usgs-mcs2026-data-release-copy');
      const before = await graphChecksum(executor);
      await expect(runSeed(executor, logger, { directory: fixture.directory, progressBar: false })).rejects.toThrow(SeedValidationError);
      await expect(runSeed(executor, logger, { directory: fixture.directory, progressBar: false })).rejects.toThrow(`stakes.csv:${line}: stakePct: must be at most 100`);
      expect(await graphChecksum(executor)).toBe(before);
    } finally {
      fixture.remove();
    }
  }, 120000);

  test('when a write fails half-way through the load, then the transaction rolls back and nothing changes', async () => {
    const seed = validateSeed(SEED_DIRECTORY);
    // Neo4j refuses map-valued properties: the last batch fails after the node batches were written.
    seed.relationships.push({ ...seed.relationships[0], key: 'broken', properties: { nested: { not: 'allowed' } } });
    const before = await graphChecksum(executor);
    await expect(loadSeed(executor, seed, { reset: true })).rejects.toThrow();
    expect(await graphChecksum(executor)).toBe(before);
  }, 120000);
});
