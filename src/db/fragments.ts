import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_ROOT } from './cypher';

export const FRAGMENTS_DIRECTORY = path.join(CYPHER_ROOT, 'fragments');

const BLOCK = /^([ \t]*)\/\/ <([a-z-]+)>\n[\s\S]*?^[ \t]*\/\/ <\/\2>\n/gm;

/**
 * Fills every `// <name>` … `// </name>` block of a query with cypher/fragments/<name>.cypher,
 * itself expanded first (fragments may hold other fragments' markers). Cypher has no functions:
 * analytics queries that must trace control the same way carry the same text. Used by
 * `npm run cypher:sync`; a test checks committed queries equal their expansion.
 */
export function expandFragments(text: string, directory = FRAGMENTS_DIRECTORY, within: string[] = []): string {
  return text.replace(BLOCK, (_block, indent: string, name: string) => {
    if (within.includes(name)) throw new Error(`fragment ${name} includes itself`);
    const file = path.join(directory, `${name}.cypher`);
    if (!fs.existsSync(file)) throw new Error(`no fragment cypher/fragments/${name}.cypher`);
    const body = expandFragments(fs.readFileSync(file, 'utf8'), directory, [...within, name]);
    return `${indent}// <${name}>\n${body.endsWith('\n') ? body : `${body}\n`}${indent}// </${name}>\n`;
  });
}
