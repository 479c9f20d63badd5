import fs from 'node:fs';
import path from 'node:path';
import { ANALYTICS_QUESTIONS } from '../analytics';
import { CYPHER_ROOT, CypherLibrary } from '../db/cypher';

export const GUIDE_TEMPLATE = path.join(CYPHER_ROOT, 'browser', 'guide.html');
export const GRAPH_STYLE = path.join(CYPHER_ROOT, 'browser', 'style.grass');

const QUERY_BLOCK = /<pre class="code runnable" data-query="([a-z0-9/-]+)"><\/pre>/g;
const PARAMS_BLOCK = /<pre class="code runnable" data-params="([a-z0-9/ -]+)"(?: data-set='([^']*)')?><\/pre>/g;
/** The guide renders examples on a fixed date; asOf is then set to the day the reader runs it. */
const EXAMPLE_DATE = '2026-12-07';

/**
 * The Neo4j Browser guide: every `<pre data-query="NAME">` is filled from cypher/queries/NAME.cypher
 * (the body, run as-is; the header's first sentence as caption), and every
 * `<pre data-params="analytics/NAME …" data-set='{"element": "Dy"}'>` with the `:params` of those
 * questions' example parameters (the ones the API's plan warm-up and the bench use), overridden by
 * data-set, and `asOf` set to today — so the guide and the API always run the same Cypher with the
 * same parameters, and a new parameter reaches the guide with no edit to it. `apiBase` (e.g.
 * http://localhost:4000) fills the links back to this service.
 */
export function renderBrowserGuide(apiBase: string, library = new CypherLibrary(), template = fs.readFileSync(GUIDE_TEMPLATE, 'utf8')): string {
  return template
    .replace(/<!--[\s\S]*?-->\n?/g, '') // notes for editors of the template, not for readers
    .replace(PARAMS_BLOCK, (_block, names: string, overrides?: string) => `<pre class="code runnable">${escapeHtml(exampleParams(names.split(/\s+/), overrides ? (JSON.parse(overrides) as Record<string, unknown>) : {}))}</pre>`)
    .replace(QUERY_BLOCK, (_block, name: string) => {
      const { text, header } = library.get(`queries/${name}`);
      const body = text
        .split('\n')
        .filter((line, index, lines) => !(line.startsWith('//') && lines.slice(0, index).every((previous) => previous.startsWith('//'))))
        .join('\n')
        .trim();
      const question = header.split(/(?<=\?)\s|\n/)[0];
      return `<figure><pre class="code runnable">${escapeHtml(body)}</pre><figcaption>${escapeHtml(question)} <small>(cypher/queries/${name}.cypher)</small></figcaption></figure>`;
    })
    .replace(/\{\{apiBase\}\}/g, apiBase);
}

/** `:params {…}` for these questions' examples, then `:param asOf => toString(date())` unless asOf is given. */
export function exampleParams(names: string[], overrides: Record<string, unknown> = {}): string {
  const merged: Record<string, unknown> = {};
  for (const name of names) {
    const question = ANALYTICS_QUESTIONS.find((candidate) => `analytics/${candidate.name}` === name);
    if (!question) throw new Error(`the guide names no analytics question ${name}`);
    Object.assign(merged, question.example(EXAMPLE_DATE));
  }
  Object.assign(merged, overrides);
  const today = !('asOf' in overrides) && 'asOf' in merged;
  if (today) delete merged.asOf;
  const entries = Object.entries(merged).map(([key, value]) => `${key}: ${cypherLiteral(value)}`);
  return `:params {${entries.join(', ')}}${today ? ';\n:param asOf => toString(date())' : ''}`;
}

function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return String(value);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
