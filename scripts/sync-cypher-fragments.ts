/**
 * `npm run cypher:sync`: copies cypher/fragments/*.cypher into every query that marks where the
 * fragment goes (`// <name>` … `// </name>`). Cypher has no functions, so analytics queries that
 * must all trace control the same way carry the same text; a test fails when a copy drifts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_ROOT } from '../src/db/cypher';
import { expandFragments, FRAGMENTS_DIRECTORY } from '../src/db/fragments';

let changed = 0;
for (const file of fs.readdirSync(path.join(CYPHER_ROOT, 'queries'), { recursive: true }) as string[]) {
  if (!file.endsWith('.cypher')) continue;
  const full = path.join(CYPHER_ROOT, 'queries', file);
  const text = fs.readFileSync(full, 'utf8');
  const expanded = expandFragments(text, FRAGMENTS_DIRECTORY);
  if (expanded !== text) {
    fs.writeFileSync(full, expanded);
    changed += 1;
    console.log(`updated cypher/queries/${file}`);
  }
}
console.log(`${changed} file(s) updated`);
