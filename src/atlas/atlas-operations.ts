import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

/** The GraphQL operations the atlas runs, one file each in src/atlas/operations/. */
export const ATLAS_OPERATION_NAMES = ['filters', 'sites', 'site', 'flows', 'importers', 'importer', 'supply-balance'] as const;
export type AtlasOperationName = (typeof ATLAS_OPERATION_NAMES)[number];

export const ATLAS_OPERATIONS_DIRECTORY = path.join(PROJECT_ROOT, 'src', 'atlas', 'operations');

/**
 * Reads every operation once; a missing file stops the service at start-up rather than at the
 * first request. The page receives the very same texts, so the page and the downloads ask the API
 * the same questions.
 */
export function loadAtlasOperations(directory = ATLAS_OPERATIONS_DIRECTORY): Record<AtlasOperationName, string> {
  const operations = {} as Record<AtlasOperationName, string>;
  for (const name of ATLAS_OPERATION_NAMES) {
    const file = path.join(directory, `${name}.graphql`);
    if (!fs.existsSync(file)) throw new Error(`Atlas operation file missing: ${file}`);
    operations[name] = fs.readFileSync(file, 'utf8');
  }
  return operations;
}
