import { startTestApi, type TestApi } from '../helpers/api';

/**
 * Overload through HTTP on the real server: one analytical question at a time, two waiting. A
 * burst of heavy questions is partly refused with 503 + Retry-After + OVERLOADED; lookups sent
 * during the burst are all answered.
 */
describe('analytical questions past the queue', () => {
  let api: TestApi;
  beforeAll(async () => {
    // A generous transaction timeout: on a loaded machine one heavy question took over 30 s, and
    // admission, not the timeout, is what this file tests.
    api = await startTestApi({ ANALYTICS_CONCURRENCY: '1', ANALYTICS_QUEUE: '2', ANALYTICS_TIMEOUT_MS: '300000' });
  });
  afterAll(() => api?.close());

  const heavy = '{ disruptionImpact(country: "CN", elements: ["Tb", "Dy", "Nd", "Pr"]) { element { symbol } } }';

  async function post(query: string) {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string; retryAfterSeconds?: number } }> };
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
  }

  test('when 30 heavy questions arrive at once, then at least concurrency + queue are answered, the rest get HTTP 503 with Retry-After and OVERLOADED, and lookups sent meanwhile all answer', async () => {
    const burst = Array.from({ length: 30 }, () => post(heavy));
    const lookups = Array.from({ length: 10 }, (_, i) => post(i % 2 ? '{ company(id: "co-lynas") { name } }' : '{ deposits(first: 3) { totalCount } }'));
    const [answers, looked] = await Promise.all([Promise.all(burst), Promise.all(lookups)]);

    const answered = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status === 503);
    expect(answered.length + refused.length).toBe(30);
    expect(answered.length).toBeGreaterThanOrEqual(3);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const answer of answered) {
      expect(answer.body.errors).toBeUndefined();
      expect((answer.body.data as { disruptionImpact: unknown[] }).disruptionImpact.length).toBe(4);
    }
    for (const answer of refused) {
      const [error] = answer.body.errors!;
      expect(error.extensions?.code).toBe('OVERLOADED');
      expect(error.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(answer.retryAfter).toBe(String(error.extensions?.retryAfterSeconds));
      expect(error.message).toMatch(/Too many analytical questions/);
    }
    expect(looked.map((answer) => [answer.status, answer.body.errors])).toEqual(Array(10).fill([200, undefined]));
    process.stderr.write(`overload burst: ${answered.length} answered, ${refused.length} refused (503)\n`);
  }, 900000);

  test('when the burst is over, then the next question is answered', async () => {
    const answer = await post(heavy);
    expect(answer.status).toBe(200);
    expect(answer.retryAfter).toBeNull();
  }, 300000);
});
