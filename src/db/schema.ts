import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_ROOT, splitStatements } from './cypher';
import type { Neo4jExecutor } from './run';

/** Applies cypher/schema.cypher (idempotent) and waits until every index is online. */
export async function applySchema(executor: Neo4jExecutor): Promise<number> {
  const statements = splitStatements(fs.readFileSync(path.join(CYPHER_ROOT, 'schema.cypher'), 'utf8'));
  for (const statement of statements) await executor.runText(statement);
  await executor.runText('CALL db.awaitIndexes(120)');
  return statements.length;
}
