import fs from 'node:fs';
import type { LocalNeo4jServer } from '../../src/local-neo4j/local-server';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as Record<string, unknown>).__REE_TEST_NEO4J__ as LocalNeo4jServer | undefined;
  await server?.stop();
  if (server) fs.rmSync(server.home, { recursive: true, force: true });
  if (process.env.REE_TEST_DATABASE_FILE) fs.rmSync(process.env.REE_TEST_DATABASE_FILE, { force: true });
}
