import { loadExamples } from '../../src/server';
import { startTestApi, type TestApi } from '../helpers/api';

describe('examples/*.graphql (also the IDE tabs)', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  const examples = loadExamples();

  test('there are examples for the main questions', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });

  test.each(examples.map((example) => [example.file, example] as const))('%s runs without errors and returns data', async (_file, example) => {
    const response = await api.graphql(example.query, example.variables ? JSON.parse(example.variables) : {});
    expect(response.errors).toBeUndefined();
    expect(Object.values(response.data ?? {}).every((value) => value !== null)).toBe(true);
  });
});
