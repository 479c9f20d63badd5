import { LIMITS } from '../../src/server';
import { startTestApi, type TestApi } from '../helpers/api';

describe('protection of the GraphQL endpoint', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  const post = (body: string | FormData, headers: Record<string, string> = { 'content-type': 'application/json' }) => fetch(`${api.url}/graphql`, { method: 'POST', headers, body });
  const get = (document: string, headers: Record<string, string> = {}) => fetch(`${api.url}/graphql?query=${encodeURIComponent(document)}`, { headers });

  /** A 4xx whose body is a GraphQL error with a code, and nothing of the server's insides. */
  async function expectRefused(response: Response, status?: number): Promise<{ message: string; extensions: { code: string } }> {
    const text = await response.text();
    if (status) expect(response.status).toBe(status);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const error = (JSON.parse(text) as { errors: Array<{ message: string; extensions: { code: string } }> }).errors[0];
    expect(typeof error.extensions.code).toBe('string');
    expect(text).not.toMatch(/stacktrace|\bat .+:\d+:\d+|node_modules/);
    return error;
  }

  test('when a query is 20 levels deep, then it is refused quickly with a clear error', async () => {
    let selection = 'id';
    for (let level = 0; level < 10; level += 1) selection = `owners { owner { ${selection} } }`;
    const started = Date.now();
    const response = await api.graphql(`{ company(id: "co-lynas") { ${selection} } }`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(response.errors?.some((error) => /depth/i.test(error.message))).toBe(true);
    expect(response.data).toBeUndefined();
  });

  test('when a query has 1,000 aliases, then it is refused quickly with a clear error', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: elements { symbol }`).join(' ');
    const started = Date.now();
    const response = await api.graphql(`{ ${aliases} }`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(response.errors?.some((error) => /alias/i.test(error.message))).toBe(true);
    expect(response.data).toBeUndefined();
  });

  test(`when a query asks for too much (cost over ${LIMITS.maxCost}), then it is refused`, async () => {
    const wide = Array.from({ length: 25 }, (_, i) => `d${i}: deposits(first: 100) { edges { node { owners { owner { stakesHeld { owned { __typename } } } } } } }`).join(' ');
    const response = await api.graphql(`{ ${wide} }`);
    expect(response.errors?.[0].message).toMatch(/cost|token|alias/i);
  });

  test('when a body is larger than the limit, then 413', async () => {
    const response = await post(JSON.stringify({ query: `{ __typename } #${'x'.repeat(api.config.maxBodyBytes)}` }));
    expect(response.status).toBe(413);
  });

  test('when the JSON is malformed, then 400 with a GraphQL-shaped error', async () => {
    const response = await post('{"query": "{ __typename }"');
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].message).toMatch(/Malformed JSON/);
  });

  test.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])('when a simple cross-site POST arrives (%s), then CSRF prevention blocks it', async (contentType) => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': contentType });
    expect((await expectRefused(response, 400)).message).toMatch(/Cross-Site Request Forgery/);
  });

  test('when a browser form posts multipart data, then CSRF prevention blocks it, and with a preflight header it is still not GraphQL', async () => {
    const form = new FormData();
    form.append('query', '{ __typename }');
    expect((await expectRefused(await post(form, {}), 400)).message).toMatch(/Cross-Site Request Forgery/);
    expect((await expectRefused(await post(form, { 'apollo-require-preflight': 'true' }), 400)).extensions.code).toBe('BAD_REQUEST');
  });

  test('when a POST has no content type, then CSRF prevention blocks it', async () => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', body: new Blob([JSON.stringify({ query: '{ __typename }' })]) });
    expect((await expectRefused(response, 400)).message).toMatch(/Cross-Site Request Forgery/);
  });

  test('when a GET query has no preflight header, then CSRF prevention blocks it; with one, it is answered', async () => {
    expect((await expectRefused(await get('{ __typename }', { accept: 'application/json' }), 400)).message).toMatch(/Cross-Site Request Forgery/);
    const allowed = await get('{ __typename }', { 'apollo-require-preflight': 'true' });
    expect(allowed.status).toBe(200);
    expect((await allowed.json()).data).toEqual({ __typename: 'Query' });
  });

  test('when a mutation comes by GET, then it is refused, with or without a preflight header', async () => {
    expect((await expectRefused(await get('mutation { __typename }', { 'apollo-require-preflight': 'true' }))).message).toMatch(/GET requests only support query operations/);
    await expectRefused(await get('mutation { __typename }'), 400);
  });

  test.each([
    ['a query that is not a string', '{"query": 42}'],
    ['variables as a JSON string', '{"query": "{ __typename }", "variables": "{}"}'],
    ['no query at all', '{}'],
    ['an empty body', ''],
    ['JSON null', 'null'],
    ['a bare JSON string', '"{ __typename }"'],
  ])('when the body is %s, then 400 BAD_REQUEST', async (_name, body) => {
    expect((await expectRefused(await post(body), 400)).extensions.code).toBe('BAD_REQUEST');
  });

  test.each([
    ['a typo', '{ __typename'],
    ['a NUL character', '{ __typename \u0000 }'],
    [`more than ${LIMITS.maxTokens} tokens`, `{ ${'__typename '.repeat(LIMITS.maxTokens + 10)} }`],
  ])('when the document has %s, then 400 GRAPHQL_PARSE_FAILED (a client error, not a 500)', async (_name, query) => {
    expect((await expectRefused(await post(JSON.stringify({ query })), 400)).extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  test.each([
    ['3,000 nested selection sets', `${'{ a '.repeat(3000)}${'}'.repeat(3000)}`],
    ['a list literal nested 4,000 deep', `{ search(text: ${'['.repeat(4000)}"x"${']'.repeat(4000)}) { id } }`],
  ])('when the document has %s (under the token limit), then it is refused with 400, whether the parser or the depth limit stops it', async (_name, query) => {
    expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain((await expectRefused(await post(JSON.stringify({ query })), 400)).extensions.code);
  });

  test('when a field carries 100 directives, then the directive limit refuses it', async () => {
    const error = await expectRefused(await post(JSON.stringify({ query: `{ __typename ${'@include(if: true) '.repeat(100)}}` })), 400);
    expect(error.message).toMatch(/Directives limit of 30/);
  });

  test('when a selection repeats one field 9,000 times, then it is refused', async () => {
    const error = await expectRefused(await post(JSON.stringify({ query: `{ element(symbol: "Tb") { ${'symbol '.repeat(9000)}} }` })), 400);
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('when fragments double each other 40 times (2^40 fields), then the cost limit refuses it', async () => {
    const fragments = Array.from({ length: 40 }, (_, i) => (i === 0 ? 'fragment F0 on Query { elements { symbol } }' : `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`)).join(' ');
    const error = await expectRefused(await post(JSON.stringify({ query: `{ ...F39 } ${fragments}` })), 400);
    expect(error.message).toMatch(/Cost limit/);
  });

  test('when variables nest 100,000 arrays deep, then the request is answered or refused, never a server error', async () => {
    const response = await post(`{"query":"{ __typename }","variables":{"a":${'['.repeat(100000)}${']'.repeat(100000)}}}`);
    expect(response.status).toBeLessThan(500);
  });

  test('when requests are batched in an array, then they are refused', async () => {
    const response = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(response.status).toBe(400);
  });

  test('when the service stays up after all this, then it still answers, lookups included', async () => {
    expect((await api.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    expect((await api.graphql('{ element(symbol: "terbium") { symbol name } }')).data).toEqual({ element: { symbol: 'Tb', name: 'Terbium' } });
  });
});
