import { LIMITS } from '../../src/server';
import { startTestApi, type TestApi } from '../helpers/api';

describe('protection of the GraphQL endpoint', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) => fetch(`${api.url}/graphql`, { method: 'POST', headers, body });

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

  test('when a simple cross-site POST arrives (text/plain), then CSRF prevention blocks it', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' });
    expect(response.status).toBe(400);
  });

  test('when a GET query has no preflight header, then CSRF prevention blocks it', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });

  test('when requests are batched in an array, then they are refused', async () => {
    const response = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(response.status).toBe(400);
  });

  test('when the service stays up after all this, then it still answers', async () => {
    expect((await api.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
