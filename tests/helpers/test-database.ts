import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

/**
 * Where global setup records the database the suite uses (read by every test file): one file per
 * run (global setup names it in REE_TEST_DATABASE_FILE), so two runs on one machine never mix.
 */
export const stateFile = () => process.env.REE_TEST_DATABASE_FILE ?? path.join(PROJECT_ROOT, 'test-output', 'test-database.json');

export interface TestDatabase {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True when the suite started its own local server (so version checks can be exact). */
  local: boolean;
  httpPort?: number;
  home?: string;
  seedChecksum: string;
  /**
   * A second local server, started beside the shared one, that writing test files take turns on
   * (each gets it reset to what it asks for): one start for the run instead of one per file.
   */
  scratch?: { uri: string; user: string; password: string; database: string };
}

export function readTestDatabase(): TestDatabase {
  return JSON.parse(fs.readFileSync(stateFile(), 'utf8')) as TestDatabase;
}

export function writeTestDatabase(state: TestDatabase): void {
  fs.mkdirSync(path.dirname(stateFile()), { recursive: true });
  fs.writeFileSync(stateFile(), JSON.stringify(state, null, 2));
}
