import { startTestApi, type TestApi } from '../helpers/api';

type Hit = { type: string; id: string; name: string; score: number };

describe('search', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  const search = async (text: string, first = 5): Promise<Hit[]> => {
    const response = await api.graphql<{ search: Hit[] }>('query($t: String!, $f: Int) { search(text: $t, first: $f) { type id name score } }', { t: text, f: first });
    expect(response.errors).toBeUndefined();
    return response.data!.search;
  };

  test.each([
    ['Mount Weld', 'dep-mount-weld'],
    ['Mount Wled', 'dep-mount-weld'],
    ['terbum', 'Tb'],
    ['Lynas', 'co-lynas'],
    ['Nantori Island', 'dep-minamitorishima'],
    ['PocTex', 'co-rostec'],
    ['Burma', 'MM'],
    ['Kvanefjeld', 'dep-kvanefjeld'],
    ['Kuannersuit', 'dep-kvanefjeld'],
  ])('"%s" finds %s among the first hits', async (text, id) => {
    const hits = await search(text);
    expect(hits.map((hit) => hit.id)).toContain(id);
  });

  test('hits are ranked by score and carry type, id and name', async () => {
    const hits = await search('rare earth', 10);
    expect(hits.length).toBe(10);
    const scores = hits.map((hit) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(hits[0]).toEqual({ type: expect.any(String), id: expect.any(String), name: expect.any(String), score: expect.any(Number) });
  });

  test('text with no words gives no hits instead of an error', async () => {
    expect(await search('*** ~~ ""')).toEqual([]);
  });
});
