import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';
import { freePort } from '../../src/local-neo4j/ports';
import { describeWithChromium, launchChromium, SCREENSHOTS } from '../helpers/chromium';

const PASSWORD = 'reegraph-e2e-browser';
const HOME = path.join(PROJECT_ROOT, '.neo4j', 'instances', 'e2e-browser');
// An error frame in Neo4j Browser names the error class.
const ERROR_FRAME = /Neo\.(ClientError|DatabaseError|TransientError)|UnknownCommandError|Remote guide error/;

interface RunningService {
  process: ChildProcess;
  browserUrl: string;
  stopped: Promise<number | null>;
}

/**
 * The whole product as a newcomer gets it: the compiled `npm start` entry point with its own local
 * Neo4j (fresh home, free ports), dataset loaded, GraphQL up — so the Browser's post-connect
 * commands, allow-list and the guide's links are exactly what `npm start` configures.
 */
async function startService(): Promise<RunningService> {
  fs.rmSync(HOME, { recursive: true, force: true });
  const [port, boltPort, httpPort] = [await freePort(), await freePort(), await freePort()];
  // The local server, whatever the suite itself runs against.
  const { NEO4J_URI: _external, ...environment } = process.env;
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'src', 'index.js')], {
    cwd: PROJECT_ROOT,
    env: {
      ...environment,
      NEO4J_HOME: HOME,
      NEO4J_PASSWORD: PASSWORD,
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_HTTP_PORT: String(httpPort),
      PORT: String(port),
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopped = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const output: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const browserUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service not ready after 150 s:\n${output.join('')}`)), 150000);
    void stopped.then((code) => reject(new Error(`service exited with ${code}:\n${output.join('')}`)));
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      const entry = JSON.parse(line.startsWith('{') ? line : '{}') as { msg?: string; browser?: string };
      if (entry.msg === 'Neo4j Browser' && entry.browser) {
        clearTimeout(timer);
        resolve(entry.browser);
      }
    });
  });
  return { process: child, browserUrl, stopped };
}

async function runBlock(page: Page, index: number): Promise<void> {
  // Each runnable block gets a play icon from the Browser: clicking it runs the block as written.
  await page.locator('pre.runnable').nth(index).locator('i.fa-play-circle-o').click();
}

async function errorFrames(page: Page): Promise<number> {
  return page.locator('[data-testid=frame]', { hasText: ERROR_FRAME }).count();
}

describeWithChromium('Neo4j Browser on the local server (headless Chromium)', () => {
  let service: RunningService | undefined;
  let browser: Browser | undefined;
  const requestsToService: string[] = [];

  beforeAll(async () => {
    service = await startService();
    browser = await launchChromium();
  }, 200000);

  afterAll(async () => {
    await browser?.close();
    if (service) {
      service.process.kill('SIGTERM');
      await service.stopped;
    }
  }, 60000);

  test('when a newcomer opens the printed URL and connects, then the style is applied, the guide opens, and its first three steps run without edits', async () => {
    const page = await browser!.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('request', (request) => {
      if (request.url().includes('/neo4j-browser/')) requestsToService.push(new URL(request.url()).pathname);
    });
    await page.goto(service!.browserUrl, { waitUntil: 'domcontentloaded' });
    await page.fill('[data-testid=username]', 'neo4j');
    await page.fill('[data-testid=password]', PASSWORD);
    await page.click('[data-testid=connect]');

    // Post-connect: `:style` and `:guide` fetched from the service, the guide in the drawer.
    await page.locator('[data-testid=guidesDrawer] pre.runnable').first().waitFor({ timeout: 60000 });
    expect(await page.locator('[data-testid=guidesDrawer]').innerText()).toContain('Terbium outside China');
    expect(requestsToService).toEqual(expect.arrayContaining(['/neo4j-browser/style.grass', '/neo4j-browser/guide.html']));

    // Step 1: parameters, then the map — a graph with the REE Graph colours and captions.
    await runBlock(page, 0);
    await page.getByText('Successfully set your parameters').first().waitFor({ timeout: 20000 });
    await runBlock(page, 1);
    await page.locator('svg g.node').first().waitFor({ timeout: 60000 });
    expect(await page.locator('svg g.node').count()).toBeGreaterThan(20);
    const fills = await page.$$eval('svg g.node circle', (circles) => circles.map((circle) => circle.getAttribute('fill')));
    expect(fills).toEqual(expect.arrayContaining(['#7B3FA0', '#2F6FB3', '#C9772B'])); // Element, Country, Deposit
    const captions = await page.$$eval('svg g.node text', (texts) => texts.map((text) => (text.textContent ?? '').trim()));
    expect(captions).toEqual(expect.arrayContaining(['Tb', 'AU']));
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'neo4j-browser-terbium-map.png') });
    expect(await errorFrames(page)).toBe(0);

    // Step 2: its parameters (incl. today's date), then the ranked answer as a table.
    await page.locator('[data-testid=guideNextSlide]').click();
    await page.locator('[data-testid=guidesDrawer]').getByText('ranked and explained').waitFor();
    await runBlock(page, 0);
    await page.waitForTimeout(1000);
    await runBlock(page, 1);
    await page.locator('[data-testid=frame]').first().getByText('Mount Weld').first().waitFor({ timeout: 60000 });
    expect(await errorFrames(page)).toBe(0);

    // Step 3: importers and their options, with the parameters of step 2.
    await page.locator('[data-testid=guideNextSlide]').click();
    await page.locator('[data-testid=guidesDrawer]').getByText('Who depends on China for terbium').waitFor();
    await runBlock(page, 0);
    await page.locator('[data-testid=frame]').first().getByText('United States').first().waitFor({ timeout: 60000 });
    expect(await errorFrames(page)).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'neo4j-browser-importers.png') });
  }, 240000);

  test('when every other step of the guide is run as written, then none fails', async () => {
    const page = (browser!.contexts()[0]?.pages() ?? [])[0];
    expect(page).toBeDefined();
    for (let slide = 4; slide <= 10; slide++) {
      await page.locator('[data-testid=guideNextSlide]').click();
      await page.locator('[data-testid=guidesDrawer]').getByText(new RegExp(`^${slide}\\. `)).waitFor();
      const blocks = page.locator('[data-testid=guidesDrawer] pre.runnable');
      for (let index = 0; index < (await blocks.count()); index++) {
        const command = (await blocks.nth(index).innerText()).trim();
        // `:guide` reopens the guide in the drawer instead of adding a frame; run it last and stop.
        if (command.startsWith(':guide')) {
          await runBlock(page, index);
          await page.locator('[data-testid=guidesDrawer]').getByText('1. Terbium outside China').waitFor();
          break;
        }
        const previousTop = await page.locator('[data-testid=frame]').first().elementHandle();
        await runBlock(page, index);
        await page.waitForFunction((old) => document.querySelector('[data-testid=frame]') !== old, previousTop, { timeout: 30000 });
        if (command.includes(';')) {
          // Several commands (parameters) run as one multi-statement frame, listing each with its status;
          // a missing parameter would make the next block's frame an error, which is checked below.
          await page.waitForTimeout(2000);
          continue;
        }
        // Finished when the new frame shows a result, a confirmation or an error.
        await page.waitForFunction(
          () => /Started streaming|Displaying \d+ nodes|Successfully set|node \{|Error|ERROR/.test(document.querySelector('[data-testid=frame]')?.textContent ?? ''),
          undefined,
          { timeout: 60000 },
        ).catch(async (error: Error) => {
          throw new Error(`${error.message}\nblock: ${command.slice(0, 80)}\ntop frame: ${(await page.locator('[data-testid=frame]').first().innerText()).slice(0, 500)}`);
        });
      }
      expect({ slide, errors: await errorFrames(page) }).toEqual({ slide, errors: 0 });
    }
  }, 300000);
});
