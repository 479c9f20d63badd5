/**
 * `npm run import -- <file.csv> --type <record type>`
 * Imports a CSV of one record type (an entity such as `deposits`/DEPOSIT, or a relationship such
 * as `stakes`/STAKE: the seed file's columns, see docs/seed-format.md) into the configured Neo4j:
 * every row is checked, all rows land in one transaction with their audit entries, or none — then
 * the report lists each rejected row with its reason and the exit code is 1. Runs as an admin
 * (it has the database credentials); the audit log records `cli:<user>`.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { connectNeo4j } from '../src/db/connect';
import { applySchema } from '../src/db/schema';
import { createLogger } from '../src/logger';
import { ENTITY_TYPES, LINK_TYPES, recordTypeFromName } from '../src/writes/records';
import { WriteService } from '../src/writes/write-service';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { type: { type: 'string' } } });
  const [file] = positionals;
  const type = values.type ? recordTypeFromName(values.type) : undefined;
  if (!file || !type) {
    console.error('usage: npm run import -- <file.csv> --type <type>');
    console.error(`  entity types:       ${ENTITY_TYPES.join(', ')} (or the seed file name: deposits, companies…)`);
    console.error(`  relationship types: ${LINK_TYPES.join(', ')} (or stakes, operators…)`);
    return 2;
  }
  if (!fs.existsSync(file)) {
    console.error(`import: no file ${file}`);
    return 2;
  }
  const csv = fs.readFileSync(file, 'utf8');
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, format: config.logFormat });
  const neo4j = await connectNeo4j(config, logger);
  try {
    await applySchema(neo4j.executor);
    const report = await new WriteService(neo4j.executor).importRecords({ subject: `cli:${os.userInfo().username}`, roles: ['admin'] }, type, csv);
    for (const problem of report.rejected) console.error(`${file}:${problem.line}: ${problem.field}: ${problem.message}`);
    if (report.applied) {
      console.log(`import: ${report.rows} ${type} row(s) applied in one transaction (${report.created} created, ${report.updated} updated); see auditLog.`);
      return 0;
    }
    console.log(`import: ${report.rejected.length} problem(s) in ${report.rows - report.accepted} of ${report.rows} row(s); nothing was written.`);
    return 1;
  } finally {
    await neo4j.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    console.error(`import: ${error.message}`);
    process.exit(1);
  });
