/**
 * `npm run seed [-- --reset] [-- --check] [-- --dir <folder>]`
 * Validates every seed file (problems as `file:line: message`, exit 1, nothing written), then loads
 * the dataset into Neo4j in one transaction and prints counts, provenance and the graph checksum.
 * --check validates only; --reset deletes the graph first (in the same transaction).
 */
import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { connectNeo4j } from '../src/db/connect';
import { createLogger } from '../src/logger';
import { formatSummary, runSeed, SEED_DIRECTORY, SeedValidationError } from '../src/seed/run-seed';
import { formatProblem, validateSeed } from '../src/seed/validate';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const dirIndex = args.indexOf('--dir');
  const directory = dirIndex >= 0 ? path.resolve(args[dirIndex + 1] ?? '') : SEED_DIRECTORY;
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, format: config.logFormat });
  if (args.includes('--check')) {
    const seed = validateSeed(directory);
    for (const problem of seed.problems) console.error(formatProblem(problem));
    for (const warning of seed.warnings) console.error(`warning: ${formatProblem(warning)}`);
    console.log(`${Object.values(seed.rowCounts).reduce((a, b) => a + b, 0)} rows in ${Object.keys(seed.rowCounts).length} files: ${seed.problems.length} problem(s)`);
    return seed.problems.length ? 1 : 0;
  }
  // Validate before touching (or even starting) the database.
  const preflight = validateSeed(directory);
  if (preflight.problems.length) throw new SeedValidationError(preflight.problems);
  const neo4j = await connectNeo4j(config, logger);
  try {
    const summary = await runSeed(neo4j.executor, logger, { reset: args.includes('--reset'), directory });
    console.log(formatSummary(summary));
    return summary.unsourcedNodes || summary.unsourcedRelationships ? 1 : 0;
  } finally {
    await neo4j.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    if (error instanceof SeedValidationError) {
      for (const problem of error.problems) console.error(formatProblem(problem));
      console.error(`seed: ${error.problems.length} problem(s); the database was not changed.`);
    } else {
      console.error(`seed: ${error.message}`);
    }
    process.exit(1);
  });
