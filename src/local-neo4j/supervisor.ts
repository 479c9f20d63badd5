import type { Logger } from '../logger';
import type { LocalNeo4jServer, UnexpectedExit } from './local-server';
import { currentMaintenance } from './maintenance';

export interface SupervisorOptions {
  logger: Logger;
  /** Restarts tried in a row before giving up (a crash soon after a restart counts as a failure). */
  maxAttempts: number;
  /** Wait before the first restart; doubled for each failure in a row, up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs?: number;
  /** A server that has run this long since its last restart is stable again: the count starts over. */
  stableAfterMs?: number;
  /** Called once when the supervisor gives up, with a message for the user. */
  onGiveUp(message: string): void;
}

export type SupervisorState = 'running' | 'restarting' | 'maintenance' | 'stopped' | 'failed';

/**
 * Keeps the local Neo4j that this process started running: when its JVM exits without being
 * asked to (a crash, the OOM killer, kill -9), logs the exit and the tail of neo4j.log, restarts
 * it with exponential backoff and, after `maxAttempts` failures in a row, gives up with a message
 * saying why. While a backup or restore holds the instance (src/local-neo4j/maintenance.ts) it
 * waits for it instead. The driver reconnects by itself once the server is back.
 */
export class Neo4jSupervisor {
  private currentState: SupervisorState = 'running';
  private failures = 0;
  private restartCount = 0;
  private lastStart = Date.now();
  private restarting?: Promise<void>;
  private wake?: () => void;
  private readonly detach: () => void;

  constructor(
    private readonly server: LocalNeo4jServer,
    private readonly options: SupervisorOptions,
  ) {
    this.detach = server.onUnexpectedExit((exit) => this.exited(exit));
  }

  get state(): SupervisorState {
    return this.currentState;
  }

  /** Restarts that brought the server back since this process started. */
  get restarts(): number {
    return this.restartCount;
  }

  /**
   * Stops supervising, before the owner stops the server on purpose. A restart in progress ends at
   * its next step (stopping the server aborts a start); `settled()` waits for that.
   */
  stop(): void {
    this.currentState = 'stopped';
    this.detach();
    this.wake?.();
  }

  async settled(): Promise<void> {
    await this.restarting?.catch(() => undefined);
  }

  private exited(exit: UnexpectedExit): void {
    if (this.currentState === 'stopped' || this.currentState === 'failed') return;
    const { logger } = this.options;
    const maintenance = currentMaintenance(this.server.home);
    if (maintenance) {
      logger.warn({ pid: exit.pid, by: maintenance.activity, byPid: maintenance.pid }, `the local Neo4j was stopped by ${maintenance.activity}; it is restarted when that finishes`);
    } else {
      logger.error(
        { pid: exit.pid, exitCode: exit.code, signal: exit.signal, uptimeSeconds: exit.uptimeSeconds, log: exit.logFile, logTail: exit.logTail },
        `the local Neo4j exited unexpectedly (${exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`}); restarting it`,
      );
      // Crashing again soon after a restart is a failed restart, not a fresh start.
      if (Date.now() - this.lastStart >= (this.options.stableAfterMs ?? 60000)) this.failures = 0;
    }
    this.restarting = this.restart(exit, Date.now());
  }

  private async restart(exit: UnexpectedExit, downSince: number): Promise<void> {
    const { logger, maxAttempts, backoffMs } = this.options;
    let lastError = exit.signal ? `it was killed by ${exit.signal}` : `it exited with code ${exit.code}`;
    for (;;) {
      if (this.stopped) return;
      const maintenance = currentMaintenance(this.server.home);
      if (maintenance) {
        this.currentState = 'maintenance';
        await this.sleep(500);
        continue;
      }
      this.currentState = 'restarting';
      if (this.failures >= maxAttempts) {
        this.currentState = 'failed';
        this.detach();
        const message =
          `the local Neo4j stopped (${exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`}) and ${maxAttempts} restart${maxAttempts === 1 ? '' : 's'} in a row failed; ` +
          `the last failure: ${lastError}. See ${this.server.userLog} and ${this.server.consoleLog}.`;
        logger.fatal({ attempts: maxAttempts }, message);
        this.options.onGiveUp(message);
        return;
      }
      const delay = Math.min(backoffMs * 2 ** this.failures, this.options.maxBackoffMs ?? 30000);
      this.failures += 1;
      logger.info({ attempt: this.failures, of: maxAttempts, inMs: delay }, 'restarting the local Neo4j');
      await this.sleep(delay);
      if (this.stopped) return;
      try {
        await this.server.start();
        this.lastStart = Date.now();
        this.restartCount += 1;
        this.currentState = 'running';
        logger.info({ attempt: this.failures, downSeconds: Number(((Date.now() - downSince) / 1000).toFixed(1)), restarts: this.restartCount }, 'the local Neo4j is back');
        return;
      } catch (error) {
        lastError = (error as Error).message.split('\n')[0];
        logger.warn({ attempt: this.failures, of: maxAttempts, err: lastError }, 'restarting the local Neo4j failed');
      }
    }
  }

  private get stopped(): boolean {
    return this.currentState === 'stopped';
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
