/**
 * `npm run export -- --out <folder> [--order-like <folder>]`
 * Writes the whole graph — edits made through the API included — as the seed CSV files (same
 * files, same columns), which `npm run seed -- --dir <folder>` loads. Rows keep the order of the
 * files in --order-like (default: seed/), so exporting over a copy of seed/ gives a reviewable diff.
 * The files are validated like seed/ before the command says they are good.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { connectNeo4j } from '../src/db/connect';
import { createLogger } from '../src/logger';
import { exportSeed, graphFactsChecksum } from '../src/operations/seed-export';
import { SEED_DIRECTORY } from '../src/seed/run-seed';
import { formatProblem, validateSeed } from '../src/seed/validate';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, 'order-like': { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help || !values.out) {
    console.error('usage: npm run export -- --out <folder> [--order-like <folder, default seed/>]');
    return values.help ? 0 : 2;
  }
  const out = path.resolve(values.out);
  const orderLike = path.resolve(values['order-like'] ?? SEED_DIRECTORY);
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, format: config.logFormat });
  const neo4j = await connectNeo4j(config, logger);
  try {
    const started = Date.now();
    const summary = await exportSeed(neo4j.executor, out, { orderLike: fs.existsSync(orderLike) ? orderLike : undefined });
    const rows = summary.files.reduce((total, file) => total + file.rows, 0);
    console.log(`Exported ${rows} rows in ${summary.files.length} files to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s (graph version ${summary.graphVersion ?? 'none'})`);
    for (const file of summary.files) console.log(`  ${file.file.padEnd(28)} ${String(file.rows).padStart(6)}`);
    if (summary.unexportedRelationships) console.log(`${summary.unexportedRelationships} relationships fit no seed file and were left out`);
    console.log(`Graph facts checksum: ${await graphFactsChecksum(neo4j.executor)}`);
    const check = validateSeed(out);
    for (const problem of check.problems) console.error(formatProblem(problem));
    if (check.problems.length) {
      console.error(`export: the files have ${check.problems.length} problem(s) the seed loader would refuse`);
      return 1;
    }
    console.log(`The seed validator accepts the files: npm run seed -- --dir ${path.relative(process.cwd(), out) || '.'}`);
    return 0;
  } finally {
    await neo4j.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    console.error(`export: ${error.message}`);
    process.exit(1);
  });
