import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CYPHER_ROOT } from '../../src/db/cypher';
import type { QueryDefinition } from '../../src/db/query';

/** The folders of cypher/queries/ whose files have a typed definition (src/db/queries/, src/analytics/<question>/). */
const FOLDERS = ['element', 'country', 'deposit', 'facility', 'company', 'agreement', 'trade', 'graph', 'search', 'source', 'health', 'audit', 'browser', 'admin', 'analytics'];
/** Where definitions live: src/db/queries/ for the entity side, beside the data layer's other modules (control.queries.ts). */
const ANALYTICS = path.join(__dirname, '..', '..', 'src', 'analytics');
const MODULES = [
  path.join(__dirname, '..', '..', 'src', 'db', 'queries'),
  path.join(__dirname, '..', '..', 'src', 'db'),
  // One folder per analytical question, its definition in <question>.query.ts.
  ...fs.readdirSync(ANALYTICS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(ANALYTICS, entry.name)),
];

function isDefinition(value: unknown): value is QueryDefinition {
  return typeof value === 'object' && value !== null && 'name' in value && 'params' in value && 'row' in value && value.params instanceof z.ZodType && value.row instanceof z.ZodType;
}

/** Every definition exported by a *.queries.ts module of the data layer, with the module it came from. */
function definitions(): Array<{ module: string; definition: QueryDefinition }> {
  return MODULES.flatMap((directory) =>
    fs
      .readdirSync(directory)
      .filter((file) => /\.quer(y|ies)\.ts$/.test(file))
      // The modules are listed at run time, so a static import cannot name them.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      .flatMap((file) => Object.values(require(path.join(directory, file)) as Record<string, unknown>).filter(isDefinition).map((definition) => ({ module: file, definition }))),
  );
}

/** The `$parameters` a Cypher text uses, comments (`//` to the end of the line, outside strings) left out. */
function parametersUsed(text: string): Set<string> {
  const code = text
    .split('\n')
    .map((line) => {
      let quote: string | null = null;
      for (let i = 0; i < line.length; i += 1) {
        const c = line[i];
        if (quote) {
          if (c === '\\') i += 1;
          else if (c === quote) quote = null;
        } else if (c === "'" || c === '"' || c === '`') quote = c;
        else if (c === '/' && line[i + 1] === '/') return line.slice(0, i);
      }
      return line;
    })
    .join('\n');
  return new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]));
}

function ownedFiles(): string[] {
  return FOLDERS.flatMap((folder) =>
    fs
      .readdirSync(path.join(CYPHER_ROOT, 'queries', folder))
      .filter((file) => file.endsWith('.cypher'))
      .map((file) => `queries/${folder}/${file.replace(/\.cypher$/, '')}`),
  ).sort();
}

describe('entity query definitions (src/db/queries)', () => {
  const found = definitions();
  const files = ownedFiles();

  it('when the Cypher folders are read, then there are files to check (the checks below cannot pass on nothing)', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(found.length).toBeGreaterThan(30);
  });

  it('when a comment mentions a parameter, then it is not counted as used', () => {
    expect([...parametersUsed("// Parameters: $a, $b\nMATCH (n {id: $id}) // not $c\nRETURN '//$d' AS x, $e")].sort()).toEqual(['d', 'e', 'id']);
  });

  it('when the definitions are collected, then every owned .cypher file has exactly one', () => {
    const counts = new Map<string, number>();
    for (const { definition } of found) counts.set(definition.name, (counts.get(definition.name) ?? 0) + 1);
    expect(files.filter((file) => counts.get(file) !== 1)).toEqual([]);
  });

  it('when a definition names a file, then the file exists in one of the owned folders', () => {
    expect(found.map(({ definition }) => definition.name).filter((name) => !files.includes(name))).toEqual([]);
  });

  it.each(files)('when %s runs, then every $parameter it uses is declared and every declared one is used', (name) => {
    const definition = found.find((entry) => entry.definition.name === name)?.definition;
    expect(definition?.params).toBeInstanceOf(z.ZodObject);
    const declared = definition?.params instanceof z.ZodObject ? Object.keys(definition.params.shape).sort() : [];
    const used = [...parametersUsed(fs.readFileSync(path.join(CYPHER_ROOT, `${name}.cypher`), 'utf8'))].sort();
    expect({ name, parameters: declared }).toEqual({ name, parameters: used });
  });
});
