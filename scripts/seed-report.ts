/**
 * `npm run seed:report`: the loaded dataset's coverage against the targets of the dataset issue,
 * and how many nodes and relationships lack a source (must be 0). Exit 1 when a target is missed.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { connectNeo4j } from '../src/db/connect';
import { createLogger } from '../src/logger';
import { coverage as coverageQuery, unsourced } from '../src/db/queries/admin.queries';

/** Minimums from the dataset issue. */
export const COVERAGE_TARGETS: Record<string, number> = {
  rareEarthElements: 17,
  countries: 30,
  deposits: 60,
  depositContinents: 5,
  heavyRareEarthDeposits: 20,
  companies: 60,
  ownershipStakes: 40,
  facilities: 30,
  facilityStages: 5,
  agreements2010to2025: 40,
  importersWithDependence: 8,
  citedSources: 100,
};

async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, format: config.logFormat });
  const neo4j = await connectNeo4j(config, logger);
  try {
    const [coverage] = await neo4j.executor.query(coverageQuery, {});
    const [provenance] = await neo4j.executor.query(unsourced, {});
    let missed = 0;
    console.log('Coverage (actual / target):');
    for (const [name, value] of Object.entries(coverage)) {
      const target = COVERAGE_TARGETS[name];
      const ok = target === undefined || value >= target;
      if (!ok) missed += 1;
      console.log(`  ${ok ? ' ' : '!'} ${name.padEnd(26)} ${String(value).padStart(6)}${target === undefined ? '' : ` / ${target}`}`);
    }
    console.log(`Without a source: ${provenance.unsourcedNodes} nodes, ${provenance.unsourcedRelationships} relationships (target 0)`);
    return missed || provenance.unsourcedNodes || provenance.unsourcedRelationships ? 1 : 0;
  } finally {
    await neo4j.close();
  }
}

if (require.main === module) {
  main()
    .then((code) => process.exit(code))
    .catch((error: Error) => {
      console.error(`seed:report: ${error.message}`);
      process.exit(1);
    });
}
