import http from 'node:http';
import { startTestApi, type TestApi } from '../helpers/api';

describe('what the service serves to Neo4j Browser', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  test('when the Browser (another origin, no-cache headers) preflights the guide, then it is allowed, read-only', async () => {
    const response = await fetch(`${api.url}/neo4j-browser/guide.html`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:7474', 'access-control-request-method': 'GET', 'access-control-request-headers': 'pragma,cache-control' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,HEAD');
  });

  test('when the guide is fetched, then it is HTML with the terbium step first and links back to this service', async () => {
    const response = await fetch(`${api.url}/neo4j-browser/guide.html`, { headers: { origin: 'http://localhost:7474' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html.indexOf('Terbium outside China')).toBeLessThan(html.indexOf('<slide', html.indexOf('<slide') + 1));
    expect(html).toContain(`:guide ${api.url}/neo4j-browser/guide.html`);
  });

  test('when the style is fetched, then it is the GraSS file', async () => {
    const response = await fetch(`${api.url}/neo4j-browser/style.grass`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^node \{/);
  });

  test('when the Host header is not a host name, then the guide links fall back to localhost and nothing is echoed', async () => {
    const html = await new Promise<string>((resolve, reject) => {
      const request = http.get(`${api.url}/neo4j-browser/guide.html`, { headers: { host: 'evil"><img src=x>' } }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve(text));
      });
      request.on('error', reject);
    });
    expect(html).not.toContain('evil');
    expect(html).toMatch(/:guide http:\/\/localhost:\d+\/neo4j-browser\/guide.html/);
  });
});
