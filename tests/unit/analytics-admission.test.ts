import { AnalyticsAdmission } from '../../src/admission/analytics-admission';
import type { RunOptions } from '../../src/db/run';
import { OverloadedError } from '../../src/errors';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Until the limiter has taken in what was scheduled (it hands jobs on asynchronously). */
async function settledAt(admission: AnalyticsAdmission, expected: { running: number; queued: number }): Promise<void> {
  for (let waited = 0; JSON.stringify(admission.load()) !== JSON.stringify(expected); waited += 10) {
    if (waited > 5000) throw new Error(`the limiter holds ${JSON.stringify(admission.load())}, expected ${JSON.stringify(expected)}`);
    await sleep(10);
  }
}

/** A unit of work that runs until released, recording the options it ran with. */
function blocker() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const seen: RunOptions[] = [];
  let running = 0;
  let peak = 0;
  const work = async (options: RunOptions) => {
    seen.push(options);
    running += 1;
    peak = Math.max(peak, running);
    await released;
    running -= 1;
    return 'answer';
  };
  return { work, release, seen, peak: () => peak };
}

describe('admission of analytical questions', () => {
  const limits = { concurrency: 2, queue: 3, timeoutMs: 1234 };

  test('when concurrency + queue questions are in, then the next one is refused at once with OVERLOADED and a retry hint; the admitted ones all answer', async () => {
    const admission = new AnalyticsAdmission(limits);
    const held = blocker();
    const admitted = Array.from({ length: limits.concurrency + limits.queue }, () => admission.run('queries/analytics/disruption-impact', {}, held.work));
    await settledAt(admission, { running: 2, queued: 3 });

    const refused = admission.run('queries/analytics/concentration', {}, held.work);
    await expect(refused).rejects.toBeInstanceOf(OverloadedError);
    const error = (await refused.catch((e: OverloadedError) => e)) as OverloadedError;
    expect(error.code).toBe('OVERLOADED');
    expect(error.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);

    held.release();
    await expect(Promise.all(admitted)).resolves.toEqual(Array(5).fill('answer'));
    expect(held.peak()).toBe(2);
    // Only the admitted ones ran, each with the configured transaction timeout.
    expect(held.seen).toHaveLength(5);
    expect(held.seen.every((options) => options.timeoutMs === 1234)).toBe(true);
  });

  test('when the queue is full, then other queries pass without waiting and keep their own timeout', async () => {
    const admission = new AnalyticsAdmission(limits);
    const held = blocker();
    const admitted = Array.from({ length: 5 }, () => admission.run('queries/analytics/supply-chains', {}, held.work));
    await settledAt(admission, { running: 2, queued: 3 });
    const lookup = await admission.run('queries/company/get-company', { timeoutMs: 777 }, async (options) => options.timeoutMs);
    expect(lookup).toBe(777);
    held.release();
    await Promise.all(admitted);
  });

  test('when a slot frees, then a question refused a moment ago is admitted', async () => {
    const admission = new AnalyticsAdmission({ concurrency: 1, queue: 0, timeoutMs: 1000 });
    const first = blocker();
    const running = admission.run('queries/analytics/export-controls', {}, first.work);
    await settledAt(admission, { running: 1, queued: 0 });
    await expect(admission.run('queries/analytics/export-controls', {}, async () => 'second')).rejects.toBeInstanceOf(OverloadedError);
    first.release();
    await running;
    await expect(admission.run('queries/analytics/export-controls', {}, async () => 'third')).resolves.toBe('third');
  });

  test('when an admitted question fails, then its own error comes back (not OVERLOADED) and its slot is freed', async () => {
    const admission = new AnalyticsAdmission({ concurrency: 1, queue: 0, timeoutMs: 1000 });
    await expect(admission.run('queries/analytics/concentration', {}, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(admission.run('queries/analytics/concentration', {}, async () => 'next')).resolves.toBe('next');
  });
});

describe('the default admission limits', () => {
  test('when the service runs with the defaults, then one request with as many analytical aliases as the alias limit allows fits (running + waiting), so it is never refused on an idle service', async () => {
    const { loadConfig } = await import('../../src/config');
    const { LIMITS } = await import('../../src/server');
    const { analytics } = loadConfig({}, false);
    expect(analytics.concurrency + analytics.queue).toBeGreaterThanOrEqual(LIMITS.maxAliases);
    const admission = new AnalyticsAdmission(analytics);
    const held = blocker();
    const all = Array.from({ length: LIMITS.maxAliases }, () => admission.run('queries/analytics/control-chain', {}, held.work));
    await settledAt(admission, { running: analytics.concurrency, queued: LIMITS.maxAliases - analytics.concurrency });
    held.release();
    await expect(Promise.all(all)).resolves.toHaveLength(LIMITS.maxAliases);
  });
});
