import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startTestApi, type TestApi } from '../helpers/api';
import { describeWithChromium, launchChromium, SCREENSHOTS } from '../helpers/chromium';

describeWithChromium('the in-browser GraphQL IDE (headless Chromium)', () => {
  let api: TestApi;
  let browser: Browser;
  beforeAll(async () => {
    api = await startTestApi();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  test('when opened, then it loads from this service only, runs the preloaded terbium question (importers and their options outside China) and shows the answer', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const foreignRequests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(api.url) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
    });
    await page.goto(`${api.url}/graphql`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.graphiql-container', { timeout: 20000 });
    // The answer (about 22,000 lines) is longer than the result pane renders at once, so the whole
    // answer is read from the response and the pane is checked for its start. Timeouts are generous:
    // the question took 20 s on a shared 2-core machine under load.
    const answered = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('importerAlternatives'), { timeout: 120000 });
    await page.click('.graphiql-execute-button');
    expect(await (await answered).text()).toContain('Mount Weld');
    const result = page.locator('.result-window');
    await result.getByText('"importerAlternatives"').first().waitFor({ timeout: 60000 });
    const answer = await result.innerText();
    expect(answer).toContain('"importer"');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphql-ide.png') });
    expect(foreignRequests).toEqual([]);
  }, 240000);
});
