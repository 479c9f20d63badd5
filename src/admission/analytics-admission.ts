import Bottleneck from 'bottleneck';
import type { QueryGate, RunOptions } from '../db/run';
import { OverloadedError } from '../errors';

export interface AnalyticsLimits {
  /** Analytical queries running at once. */
  concurrency: number;
  /** Analytical queries waiting for a slot; one more is refused at once. */
  queue: number;
  /** Transaction timeout of each analytical query (ms). */
  timeoutMs: number;
}

/** The analytical questions' Cypher (house style: cypher/queries/analytics/*.cypher). */
const ANALYTICS_QUERIES = 'queries/analytics/';

/**
 * Admission control for the analytical questions, applied in one place: the executor's gate, so
 * every analytical query is covered whichever resolver asks it. At most `concurrency` run at once,
 * at most `queue` wait; past that a request is refused at once with OVERLOADED (HTTP 503 and
 * Retry-After, see retry-hint.ts) instead of slowing every other request. Lookups and lists never
 * pass through the limiter, so they keep their latency while analytics queue. Each admitted query
 * runs with the configured transaction timeout (QUERY_TIMEOUT past it).
 */
export class AnalyticsAdmission implements QueryGate {
  private readonly limiter: Bottleneck;
  /** Moving average of an analytical query's run time, for the retry hint. */
  private averageMs = 500;

  constructor(private readonly limits: AnalyticsLimits) {
    // OVERFLOW: when `highWater` jobs already wait, a new job is dropped (its promise rejects).
    this.limiter = new Bottleneck({ maxConcurrent: limits.concurrency, highWater: limits.queue, strategy: Bottleneck.strategy.OVERFLOW });
  }

  async run<T>(name: string, options: RunOptions, work: (options: RunOptions) => Promise<T>): Promise<T> {
    if (!name.startsWith(ANALYTICS_QUERIES)) return work(options);
    const counts = this.limiter.counts();
    try {
      return await this.limiter.schedule(async () => {
        const started = Date.now();
        try {
          return await work({ ...options, timeoutMs: this.limits.timeoutMs });
        } finally {
          this.averageMs = 0.8 * this.averageMs + 0.2 * (Date.now() - started);
        }
      });
    } catch (error) {
      if (!(error instanceof Bottleneck.BottleneckError)) throw error;
      const retryAfterSeconds = this.retryAfterSeconds(counts.RECEIVED + counts.QUEUED + counts.RUNNING + counts.EXECUTING);
      throw new OverloadedError(
        `Too many analytical questions at once (${this.limits.concurrency} running, ${this.limits.queue} waiting). Retry in ${retryAfterSeconds} s; lookups and lists are not affected.`,
        { retryAfterSeconds },
      );
    }
  }

  /** Running and waiting analytical queries now (waiting includes those the limiter is still taking in). */
  load(): { running: number; queued: number } {
    const counts = this.limiter.counts();
    return { running: counts.RUNNING + counts.EXECUTING, queued: counts.RECEIVED + counts.QUEUED };
  }

  /** About when a slot frees for a newcomer: the work ahead of it spread over the slots. */
  private retryAfterSeconds(ahead: number): number {
    return Math.min(60, Math.max(1, Math.ceil((ahead * this.averageMs) / this.limits.concurrency / 1000)));
  }
}
