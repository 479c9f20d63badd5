import fs from 'node:fs';
import type { LocalNeo4jServer } from '../../src/local-neo4j/local-server';

export default async function globalTeardown(): Promise<void> {
  const globals = globalThis as Record<string, unknown>;
  const servers = [globals.__REE_TEST_NEO4J__, globals.__REE_TEST_SCRATCH_NEO4J__].filter(Boolean) as LocalNeo4jServer[];
  await Promise.all(servers.map((server) => server.stop()));
  for (const server of servers) fs.rmSync(server.home, { recursive: true, force: true });
  if (process.env.REE_TEST_DATABASE_FILE) fs.rmSync(process.env.REE_TEST_DATABASE_FILE, { force: true });
}
