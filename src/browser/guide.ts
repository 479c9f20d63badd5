import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_ROOT, CypherLibrary } from '../db/cypher';

export const GUIDE_TEMPLATE = path.join(CYPHER_ROOT, 'browser', 'guide.html');
export const GRAPH_STYLE = path.join(CYPHER_ROOT, 'browser', 'style.grass');

const QUERY_BLOCK = /<pre class="code runnable" data-query="([a-z0-9/-]+)"><\/pre>/g;

/**
 * The Neo4j Browser guide, with every `<pre data-query="NAME">` filled from cypher/queries/NAME.cypher
 * (the body, run as-is; the header's first sentence as caption), so the guide and the API always run
 * the same Cypher. `apiBase` (e.g. http://localhost:4000) fills the links back to this service.
 */
export function renderBrowserGuide(apiBase: string, library = new CypherLibrary(), template = fs.readFileSync(GUIDE_TEMPLATE, 'utf8')): string {
  return template
    .replace(/<!--[\s\S]*?-->\n?/g, '') // notes for editors of the template, not for readers
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

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
