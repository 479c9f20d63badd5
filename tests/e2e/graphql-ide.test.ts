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
    // The result pane is a virtualised editor: only the lines in view exist in the page, so the
    // answer itself is read from the response the IDE received, and the pane is checked for its start.
    const answered = page.waitForResponse(
      (response) => response.url() === `${api.url}/graphql` && response.request().method() === 'POST',
      { timeout: 30000 },
    );
    await page.click('.graphiql-execute-button');
    const body = (await (await answered).json()) as { data?: { importerAlternatives?: Array<{ importer?: { name?: string } }> } };
    const answer = JSON.stringify(body);
    expect(answer).toContain('Mount Weld');
    // The pane shows the answer the IDE received, from its start: the first importer is in view.
    const firstImporter = body.data?.importerAlternatives?.[0]?.importer?.name;
    expect(typeof firstImporter).toBe('string');
    expect(answer).not.toContain('"errors"');
    const result = page.locator('.result-window');
    await result.getByText('"importerAlternatives"').first().waitFor({ timeout: 30000 });
    expect(await result.innerText()).toContain(`"${firstImporter}"`);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphql-ide.png') });
    expect(foreignRequests).toEqual([]);
  });
});
