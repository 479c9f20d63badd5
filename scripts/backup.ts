/**
 * `npm run backup [-- --to <folder>]` and `npm run restore -- --from <dump file or folder>`:
 * `neo4j-admin database dump/load` of the local Neo4j (NEO4J_HOME). A running server is stopped for
 * the dump or load and started again by the service that runs it; the command says each step.
 */
import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { LocalNeo4jServer } from '../src/local-neo4j/local-server';
import { createLogger } from '../src/logger';
import { backupLocalDatabase, restoreLocalDatabase } from '../src/operations/local-backup';

async function main(): Promise<number> {
  const command = process.argv[2];
  const { values } = parseArgs({ args: process.argv.slice(3), options: { to: { type: 'string' }, from: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help || (command !== 'backup' && command !== 'restore') || (command === 'restore' && !values.from)) {
    console.error('usage: npm run backup [-- --to <folder>]   |   npm run restore -- --from <dump file or folder>');
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  if (config.externalNeo4j) {
    console.error(`${command}: works on the local Neo4j only, and NEO4J_URI is set. Use that server's own backup (neo4j-admin database dump on it, Aura snapshots), or \`npm run export\` for the data in the seed format.`);
    return 2;
  }
  const logger = createLogger({ level: 'warn', format: config.logFormat });
  const server = new LocalNeo4jServer({ ...config.local, user: config.neo4j.user, password: config.neo4j.password, logger });
  const say = (line: string) => console.log(line);
  const started = Date.now();
  if (command === 'backup') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const folder = path.resolve(values.to ?? path.join(PROJECT_ROOT, 'backups', stamp));
    const result = await backupLocalDatabase(server, config.neo4j, folder, say);
    console.log(`Backup written: ${result.file} (${(result.bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s. Restore it with: npm run restore -- --from ${path.relative(process.cwd(), folder)}`);
  } else {
    const result = await restoreLocalDatabase(server, config.neo4j, path.resolve(values.from!), say);
    console.log(`Restored ${result.file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    console.error(`${process.argv[2] ?? 'backup'}: ${error.message}`);
    process.exit(1);
  });
