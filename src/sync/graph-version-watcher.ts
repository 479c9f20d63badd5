import type { Neo4jExecutor } from '../db/run';
import type { Logger } from '../logger';

/**
 * Notices that the graph changed — through another service instance, a seed load, an import or
 * this instance — by polling the graph version that every write transaction bumps
 * (cypher/writes/graph-version/bump.cypher): one indexed single-node read per interval. On a change
 * it runs `onChange` (reloading what the process keeps in memory); a failed reload is retried at
 * the next poll, and so is a poll that finds Neo4j unreachable.
 */
export class GraphVersionWatcher {
  private seen?: string;
  private timer?: NodeJS.Timeout;
  private polling = false;

  constructor(
    private readonly executor: Neo4jExecutor,
    private readonly intervalMs: number,
    private readonly onChange: () => Promise<boolean>,
    private readonly logger?: Logger,
  ) {}

  /** Records the current version (the caller has just loaded what it keeps), then polls until stop(). */
  async start(): Promise<void> {
    this.seen = await this.current().catch(() => undefined);
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One check; true when the graph had changed and the reload succeeded. */
  async poll(): Promise<boolean> {
    if (this.polling) return false;
    this.polling = true;
    try {
      const version = await this.current();
      if (version === this.seen) return false;
      if (!(await this.onChange())) return false;
      this.logger?.debug({ version }, 'the graph changed: in-memory reference data reloaded');
      this.seen = version;
      return true;
    } catch {
      return false;
    } finally {
      this.polling = false;
    }
  }

  private async current(): Promise<string> {
    const [row] = await this.executor.read('queries/graph-version/current', {}, { timeoutMs: Math.max(1000, this.intervalMs) });
    return `${String(row?.version ?? 'none')}:${String(row?.changeId ?? '')}`;
  }
}
