import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';

/** Debian's Chromium (never a downloaded browser); CI installs it (.ci/run). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => fs.existsSync(candidate));

export const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-output', 'screenshots');

/** Headless Chromium with the flags that keep it off the network (this machine's network is closed). */
export function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('no Chromium');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/**
 * describe that skips, saying why, when no Chromium is installed — except where REQUIRE_CHROMIUM=1
 * (CI), where a missing browser is a failure, so CI never skips.
 */
if (!CHROMIUM && process.env.REQUIRE_CHROMIUM === '1') throw new Error('REQUIRE_CHROMIUM=1 but no Chromium at /usr/bin/chromium (apt install chromium)');

export const describeWithChromium: jest.Describe = CHROMIUM
  ? describe
  : ((name: string, fn: () => void) => {
      describe(name, () => {
        test.skip('skipped: no Chromium installed (apt install chromium; .ci/run installs it)', fn);
      });
    }) as unknown as jest.Describe;
