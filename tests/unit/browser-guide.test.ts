import fs from 'node:fs';
import { GRAPH_STYLE, GUIDE_TEMPLATE, renderBrowserGuide } from '../../src/browser/guide';
import { ANALYTICS_QUESTIONS } from '../../src/analytics';
import { CypherLibrary } from '../../src/db/cypher';

describe('the Neo4j Browser guide', () => {
  const library = new CypherLibrary();
  const guide = renderBrowserGuide('http://localhost:4000', library);
  // The template as written, without its notes for editors (which mention data-query themselves).
  const template = fs.readFileSync(GUIDE_TEMPLATE, 'utf8').replace(/<!--[\s\S]*?-->/g, '');

  test('when rendered, then every query block holds the body of the named cypher file, HTML-escaped, with its question as caption', () => {
    expect(guide).not.toMatch(/data-query=/);
    const names = [...template.matchAll(/<pre class="code runnable" data-query="([^"]+)">/g)].map((match) => match[1]);
    expect(names.slice(0, 3)).toEqual(['browser/element-supply-map', 'analytics/alternative-sources', 'analytics/importer-alternatives']);
    for (const name of names) {
      const body = library.get(`queries/${name}`).text.split('\n').find((line) => line.startsWith('MATCH'))!;
      expect({ name, included: guide.includes(body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')) }).toEqual({ name, included: true });
      expect(guide).toContain(`(cypher/queries/${name}.cypher)`);
    }
    expect(guide).not.toMatch(/<pre class="code runnable">[^<]*->/); // arrows escaped, so the Browser shows them as text
  });

  test('when rendered, then links back to the service use the address it was reached by', () => {
    expect(guide).toContain(':guide http://localhost:4000/neo4j-browser/guide.html');
    expect(guide).toContain(':style http://localhost:4000/neo4j-browser/style.grass');
    expect(guide).not.toContain('{{');
  });

  const unescape = (text: string) => text.replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

  test('when the terbium step is read, then it comes first and sets every parameter its queries need', () => {
    const slides = guide.split('<slide').slice(1);
    expect(slides[0]).toMatch(/Terbium outside China/);
    expect(slides[0]).toContain(":params {element: 'Tb', outside: 'CN'}");
    expect(unescape(slides[1])).toContain(':param asOf => toString(date())');
    expect(unescape(slides[1])).toContain("optionsPerImporter: 25");
  });

  test('when the blocks of the rendered guide are run in order, then every query finds each of its parameters set by the blocks before it', () => {
    // `:params {…}` replaces all parameters, `:param name => …` adds one: follow them as Browser does.
    let set = new Set<string>();
    const missing: string[] = [];
    let queries = 0;
    for (const [, block] of guide.matchAll(/<pre class="code runnable">([\s\S]*?)<\/pre>/g)) {
      const text = unescape(block);
      if (text.startsWith(':')) {
        for (const line of text.split(/;\s*\n?/)) {
          const all = /^\s*:params\s*\{(.*)\}\s*$/s.exec(line);
          if (all) set = new Set([...all[1].matchAll(/(\w+)\s*:/g)].map((match) => match[1]));
          const one = /^\s*:param\s+(\w+)\s*=>/.exec(line);
          if (one) set.add(one[1]);
        }
        continue;
      }
      queries += 1;
      for (const [, parameter] of text.replace(/\/\/.*$/gm, '').matchAll(/\$(\w+)/g)) if (!set.has(parameter)) missing.push(`${text.slice(0, 40)}: $${parameter}`);
    }
    expect(queries).toBeGreaterThan(10);
    expect([...new Set(missing)]).toEqual([]);
  });

  test('when a question gains a parameter, then the guide sets it without an edit (parameters come from the question registry)', () => {
    for (const question of ANALYTICS_QUESTIONS) {
      if (!template.includes(`analytics/${question.name}`)) continue;
      for (const parameter of Object.keys(question.example('2026-12-07'))) {
        expect({ question: question.name, parameter, set: unescape(guide).includes(`${parameter}: `) || unescape(guide).includes(`:param ${parameter} =>`) }).toEqual({ question: question.name, parameter, set: true });
      }
    }
  });
});

describe('the graph style (cypher/browser/style.grass)', () => {
  const style = fs.readFileSync(GRAPH_STYLE, 'utf8');
  // Read like Neo4j Browser reads GraSS: braces inside double quotes belong to the value.
  const rules: Array<{ selector: string; body: string }> = [];
  let selector = '';
  let body = '';
  let inRule = false;
  let quoted = false;
  for (const character of style) {
    if (character === '"') quoted = !quoted;
    if (!quoted && character === '{') inRule = true;
    else if (!quoted && character === '}') {
      rules.push({ selector: selector.trim(), body });
      [selector, body, inRule] = ['', '', false];
    } else if (inRule) body += character;
    else selector += character;
  }

  test('when parsed the way Neo4j Browser does (no comments, selector { property: value; }), then every rule is well formed', () => {
    expect(style).not.toMatch(/\/\*|\/\//);
    expect(quoted).toBe(false);
    expect(selector.trim()).toBe('');
    for (const rule of rules) expect(rule.selector).toMatch(/^(node|relationship)(\.[A-Za-z_]+)?$/);
    for (const rule of rules) {
      for (const declaration of rule.body.split(';').map((part) => part.trim()).filter(Boolean)) {
        expect({ rule: rule.selector, declaration, parts: declaration.split(':').length }).toEqual({ rule: rule.selector, declaration, parts: 2 });
        // Inside a rule the Browser splits on ';' even within quotes: no semicolons in captions.
      }
    }
  });

  test('when a label of the model is drawn, then it has its own colour and a caption (no rule for :Entity, which every node carries)', () => {
    const labels = ['Element', 'Country', 'Deposit', 'Facility', 'Company', 'Agreement', 'ExportControl', 'TradeDependence', 'MarketShare', 'Statistic', 'Claim', 'Person', 'Source'];
    const colours = new Set<string>();
    for (const label of labels) {
      const rule = rules.find((candidate) => candidate.selector === `node.${label}`);
      expect({ label, styled: Boolean(rule && /caption:/.test(rule.body)) }).toEqual({ label, styled: true });
      colours.add(/color: (#[0-9A-F]{6})/.exec(rule!.body)![1]);
    }
    expect(colours.size).toBe(labels.length);
    expect(rules.find((rule) => rule.selector === 'node.Entity')).toBeUndefined();
    expect(rules.find((rule) => rule.selector === 'relationship.OWNS')?.body).toContain('{stakePct}');
  });
});
