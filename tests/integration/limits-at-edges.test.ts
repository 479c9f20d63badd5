import { getMetadataStorage } from 'class-validator';
import { Lexer, Source, TokenKind } from 'graphql';
import { PageArgs } from '../../src/schema/list.args';
import { LIMITS } from '../../src/server';
import { startTestApi, type TestApi } from '../helpers/api';

/**
 * The README's limits, literally: for each, a request exactly at the limit is accepted and one
 * past it is refused. The numbers come from the code under test (LIMITS, the configured body
 * limit, the page-size rule on PageArgs), and each document is built to sit exactly on them.
 */
interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }> };
}

/** The page-size bounds as class-validator enforces them on PageArgs.first. */
function pageBounds(): { min: number; max: number } {
  const rules = getMetadataStorage().getTargetValidationMetadatas(PageArgs, '', true, false).filter((rule) => rule.propertyName === 'first');
  const bound = (name: string) => Number(rules.find((rule) => rule.name === name)?.constraints?.[0]);
  return { min: bound('min'), max: bound('max') };
}

function tokens(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

describe('limits at their edges', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  async function post(body: string): Promise<Answer> {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await response.text();
    return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : {} };
  }
  const ask = (query: string) => post(JSON.stringify({ query }));
  const accepted = (answer: Answer) => {
    expect(answer.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
  };
  const refused = (answer: Answer, code: string, message: RegExp) => {
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions?.code).toBe(code);
    expect(answer.body.errors?.[0].message).toMatch(message);
  };

  /** Company → owners → owner … : each owners { owner { … } } adds two levels; depth counts field levels. */
  function ofDepth(depth: number): string {
    let selection = depth % 2 === 0 ? 'id' : 'owners { stakePct }';
    let levels = depth % 2 === 0 ? 2 : 3;
    while (levels < depth) {
      selection = `owners { owner { ${selection} } }`;
      levels += 2;
    }
    return `{ company(id: "co-lynas") { ${selection} } }`;
  }

  test(`depth: ${LIMITS.maxDepth} levels are answered, ${LIMITS.maxDepth + 1} are refused`, async () => {
    accepted(await ask(ofDepth(LIMITS.maxDepth)));
    refused(await ask(ofDepth(LIMITS.maxDepth + 1)), 'GRAPHQL_VALIDATION_FAILED', new RegExp(`depth limit of ${LIMITS.maxDepth} exceeded, found ${LIMITS.maxDepth + 1}`));
  });

  test(`aliases: ${LIMITS.maxAliases} are answered, ${LIMITS.maxAliases + 1} are refused`, async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: element(symbol: "Tb") { symbol }`).join(' ')} }`;
    const answer = await ask(aliased(LIMITS.maxAliases));
    accepted(answer);
    expect(Object.keys(answer.body.data!)).toHaveLength(LIMITS.maxAliases);
    refused(await ask(aliased(LIMITS.maxAliases + 1)), 'GRAPHQL_VALIDATION_FAILED', new RegExp(`Aliases limit of ${LIMITS.maxAliases} exceeded, found ${LIMITS.maxAliases + 1}`));
  });

  test(`directives: ${LIMITS.maxDirectives} are answered, ${LIMITS.maxDirectives + 1} are refused`, async () => {
    const directed = (n: number) => `{ ${'__typename @include(if: true) '.repeat(n)}}`;
    accepted(await ask(directed(LIMITS.maxDirectives)));
    refused(await ask(directed(LIMITS.maxDirectives + 1)), 'GRAPHQL_VALIDATION_FAILED', new RegExp(`Directives limit of ${LIMITS.maxDirectives} exceeded, found ${LIMITS.maxDirectives + 1}`));
  });

  test(`cost: a document costing exactly ${LIMITS.maxCost} is answered, ${LIMITS.maxCost + 1} is refused`, async () => {
    // GraphQL Armor's cost: a list field with first: 100 and two scalar children costs (2 + 1.5 + 1.5) × 100 = 500; a root scalar 1.
    const page = 'deposits(first: 100) { totalCount totalCount } ';
    const atLimit = `{ ${page.repeat(LIMITS.maxCost / 500)}}`;
    accepted(await ask(atLimit));
    refused(await ask(`{ ${page.repeat(LIMITS.maxCost / 500)}__typename }`), 'GRAPHQL_VALIDATION_FAILED', new RegExp(`Cost limit of ${LIMITS.maxCost} exceeded, found ${LIMITS.maxCost + 1}`));
  });

  test(`tokens: a document of exactly ${LIMITS.maxTokens} tokens is parsed, ${LIMITS.maxTokens + 1} are refused by the parser`, async () => {
    // Every list of the schema is capped (stages at 10), so a document this long can only be made of
    // list items: the parser takes it and the argument check refuses it by name; one token more and
    // the parser stops first.
    const document = (n: number) => {
      const head = '{ alternativeSources(element: "Tb", outside: "CN", stages: [';
      const tail = ']) { siteId } }';
      return `${head}${'MINING '.repeat(n - tokens(`${head}${tail}`))}${tail}`;
    };
    expect(tokens(document(LIMITS.maxTokens))).toBe(LIMITS.maxTokens);
    const parsed = await ask(document(LIMITS.maxTokens));
    expect(parsed.status).toBe(200);
    expect(parsed.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stages' });
    refused(await ask(document(LIMITS.maxTokens + 1)), 'GRAPHQL_PARSE_FAILED', new RegExp(`more that ${LIMITS.maxTokens} tokens`));
  });

  test('body size: a body of exactly MAX_BODY_BYTES is answered, one byte more is 413', async () => {
    const limit = api.config.maxBodyBytes;
    const body = (bytes: number) => {
      const head = '{"query":"{ __typename } #';
      const tail = '"}';
      return `${head}${'x'.repeat(bytes - head.length - tail.length)}${tail}`;
    };
    expect(Buffer.byteLength(body(limit))).toBe(limit);
    const answer = await post(body(limit));
    accepted(answer);
    expect(answer.body.data).toEqual({ __typename: 'Query' });
    const tooLarge = await post(body(limit + 1));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('page size: first at the bounds is answered, one outside either bound is refused naming first', async () => {
    const { min, max } = pageBounds();
    expect({ min, max }).toEqual({ min: 1, max: 100 });
    const page = (first: number) => ask(`{ companies(first: ${first}) { edges { cursor } } }`);
    for (const first of [min, max]) {
      const answer = await page(first);
      accepted(answer);
      expect((answer.body.data!.companies as { edges: unknown[] }).edges).toHaveLength(first);
    }
    for (const first of [min - 1, max + 1]) {
      const answer = await page(first);
      expect(answer.status).toBe(200);
      expect(answer.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(answer.body.data).toBeNull();
    }
  });
});
