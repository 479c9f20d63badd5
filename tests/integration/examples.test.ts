import { loadExamples } from '../../src/server';
import { startTestApi, type TestApi } from '../helpers/api';

describe('examples/*.graphql (also the IDE tabs)', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  const examples = loadExamples();

  test('the IDE opens on the headline question (terbium outside China), then the other analytics', () => {
    expect(examples[0].file).toBe('01-terbium-outside-china.graphql');
    const operations = examples.map((example) => example.query).join('\n');
    for (const field of ['importerAlternatives', 'supplyBalance', 'alternativeSources', 'importDependence', 'exportControls', 'disruptionImpact', 'concentration', 'supplyChains', 'controlChain']) {
      expect({ field, shown: operations.includes(`${field}(`) }).toEqual({ field, shown: true });
    }
  });

  test.each(examples.map((example) => [example.file, example] as const))('%s runs without errors and returns data', async (_file, example) => {
    const response = await api.graphql(example.query, example.variables ? JSON.parse(example.variables) : {});
    expect(response.errors).toBeUndefined();
    expect(Object.values(response.data ?? {}).every((value) => value !== null)).toBe(true);
  });
});
