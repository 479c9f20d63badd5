import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

export const CYPHER_ROOT = path.join(PROJECT_ROOT, 'cypher');

/** A named query file under cypher/, e.g. `queries/element/get-element` for cypher/queries/element/get-element.cypher. */
export interface CypherQuery {
  name: string;
  text: string;
  /** The `//` header: what the query answers, its parameters and columns. */
  header: string;
}

/**
 * Reads every .cypher file once and serves them by name. Queries are parameterised text; nothing
 * is ever concatenated from input. A missing name fails fast at the call site.
 */
export class CypherLibrary {
  private readonly queries = new Map<string, CypherQuery>();

  constructor(root = CYPHER_ROOT) {
    for (const file of walk(root)) {
      // Fragments are pieces copied into queries (src/db/fragments.ts), not queries.
      if (!file.endsWith('.cypher') || path.relative(root, file).startsWith('fragments')) continue;
      const name = path.relative(root, file).replace(/\\/g, '/').replace(/\.cypher$/, '');
      const text = fs.readFileSync(file, 'utf8');
      this.queries.set(name, { name, text, header: headerOf(text) });
    }
  }

  get(name: string): CypherQuery {
    const query = this.queries.get(name);
    if (!query) throw new Error(`no Cypher file cypher/${name}.cypher`);
    return query;
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }
}

function headerOf(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('//')) break;
    lines.push(line.replace(/^\/\/ ?/, ''));
  }
  return lines.join('\n');
}

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

/**
 * Splits a multi-statement file (cypher/schema.cypher) into statements: `;` at the end of a
 * line ends a statement; `//` comment lines are dropped.
 */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('//') || line.trim() === '') continue;
    current.push(line);
    if (line.trimEnd().endsWith(';')) {
      statements.push(current.join('\n').trim().replace(/;$/, ''));
      current = [];
    }
  }
  if (current.join('').trim()) statements.push(current.join('\n').trim());
  return statements;
}

let shared: CypherLibrary | undefined;

/** The process-wide library (files are immutable while the service runs). */
export function cypherLibrary(): CypherLibrary {
  shared ??= new CypherLibrary();
  return shared;
}
