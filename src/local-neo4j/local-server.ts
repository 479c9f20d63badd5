import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import type { Logger } from '../logger';
import { splitCommandLine } from './command-line';
import { writeInstanceConfiguration, type InstanceSettings } from './configuration';
import { ensureDistribution, type Neo4jDistribution } from './distribution';
import { findJava, type JavaRuntime } from './java';
import { currentMaintenance } from './maintenance';
import { assertPortFree } from './ports';
import { isAlive, isJvmOfHome } from './process';

export { isAlive } from './process';

const execFileAsync = promisify(execFile);

export interface LocalServerOptions extends InstanceSettings {
  user: string;
  password: string;
  /** Names the variables to change when a port is taken (the dev server's differ from the test's). */
  portVariables?: { bolt: string; http: string };
  startTimeoutMs?: number;
  logger: Logger;
}

export class LocalServerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalServerError';
  }
}

interface PidFile {
  java: number;
  watchdog?: number;
  /** The Node process that started the JVM (and supervises it). */
  owner?: number;
}

/** How a server that was serving went away without being asked to stop (a crash, the OOM killer, kill -9). */
export interface UnexpectedExit {
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  uptimeSeconds: number;
  /** The last lines of logs/neo4j.log, where Neo4j says why it stopped (when it could). */
  logTail: string;
  logFile: string;
}

/**
 * A real Neo4j Community server run from the Maven jars: one JVM child per instance home,
 * started the way `bin/neo4j console` starts it (the official launcher prints the exact server
 * command with `console --dry-run`, as the Docker image does, and we run that command as our own
 * child). A watchdog shell stops the JVM if this Node process dies without stopping it.
 */
export class LocalNeo4jServer {
  private child?: ChildProcess;
  private watchdog?: ChildProcess;
  private exited?: Promise<number | null>;
  private java?: JavaRuntime;
  /** The launcher's server command line, valid while neo4j.conf stays the same. */
  private command?: { conf: string; argv: string[] };
  /** Set by stop(): an exit after it is expected. */
  private stopping = false;
  private readySince?: number;
  private readonly exitListeners = new Set<(exit: UnexpectedExit) => void>();

  constructor(private readonly options: LocalServerOptions) {}

  get boltUri(): string {
    return `bolt://127.0.0.1:${this.options.boltPort}`;
  }

  get browserUrl(): string {
    return `http://localhost:${this.options.httpPort}/browser/`;
  }

  get home(): string {
    return this.options.home;
  }

  get consoleLog(): string {
    return path.join(this.options.home, 'logs', 'console.log');
  }

  get userLog(): string {
    return path.join(this.options.home, 'logs', 'neo4j.log');
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * Called when the JVM exits after it was ready without stop() having been called; the
   * supervisor (src/local-neo4j/supervisor.ts) restarts it from there.
   */
  onUnexpectedExit(listener: (exit: UnexpectedExit) => void): () => void {
    this.exitListeners.add(listener);
    return () => this.exitListeners.delete(listener);
  }

  async start(): Promise<void> {
    const { logger } = this.options;
    const started = Date.now();
    const maintenance = currentMaintenance(this.options.home);
    if (maintenance) throw new LocalServerError(`${maintenance.activity} (pid ${maintenance.pid}) is working on the database files in ${this.options.home}; start Neo4j when it has finished.`);
    this.stopping = false;
    this.readySince = undefined;
    // A restart (src/local-neo4j/supervisor.ts) reuses what the first start found: a JVM fewer to wait for.
    this.java ??= findJava();
    const dist = await ensureDistribution(logger);
    await this.stopLeftover();
    const ports = this.options.portVariables ?? { bolt: 'NEO4J_BOLT_PORT', http: 'NEO4J_HTTP_PORT' };
    await assertPortFree(this.options.boltPort, ports.bolt, 'Neo4j Bolt');
    await assertPortFree(this.options.httpPort, ports.http, 'Neo4j HTTP / Browser');
    const conf = writeInstanceConfiguration(this.options, dist);
    const firstStart = !fs.existsSync(path.join(this.options.home, 'data', 'databases', 'system'));
    if (firstStart) await this.setInitialPassword(dist);
    const argv = this.command?.conf === conf ? this.command.argv : await this.serverCommand(dist);
    this.command = { conf, argv };
    // stop() while starting (a shutdown during a supervised restart): launch nothing.
    if (this.stopping) throw new LocalServerError('Neo4j was stopped while it was starting');
    logger.info({ home: this.options.home, bolt: this.boltUri, java: this.java.version }, firstStart ? 'starting local Neo4j (first start creates the databases)' : 'starting local Neo4j');
    this.launch(argv);
    await this.waitUntilReady();
    this.readySince = Date.now();
    logger.info({ seconds: Number(((Date.now() - started) / 1000).toFixed(1)), pid: this.child?.pid }, 'local Neo4j is ready');
  }

  /** Runs the official `neo4j-admin dbms set-initial-password`; only effective before the first start. */
  private async setInitialPassword(dist: Neo4jDistribution): Promise<void> {
    try {
      await execFileAsync(
        this.java!.bin,
        ['-cp', path.join(dist.lib, '*'), `-Dbasedir=${this.options.home}`, 'org.neo4j.server.startup.Neo4jAdminCommand', 'dbms', 'set-initial-password', this.options.password],
        { env: this.launcherEnvironment(), timeout: 180000 },
      );
    } catch (error) {
      throw new LocalServerError(`neo4j-admin set-initial-password failed: ${(error as { stderr?: string }).stderr ?? String(error)}`);
    }
  }

  /**
   * Runs the official `neo4j-admin` on this home (e.g. `database dump neo4j --to-path=…`): the
   * same jars and configuration as the server. Dump and load need the server stopped.
   */
  async admin(args: string[], timeoutMs = 30 * 60 * 1000): Promise<string> {
    this.java ??= findJava();
    const dist = await ensureDistribution(this.options.logger);
    if (!fs.existsSync(path.join(this.options.home, 'conf', 'neo4j.conf'))) writeInstanceConfiguration(this.options, dist);
    try {
      const { stdout, stderr } = await execFileAsync(
        this.java.bin,
        ['-cp', path.join(dist.lib, '*'), `-Dbasedir=${this.options.home}`, 'org.neo4j.server.startup.Neo4jAdminCommand', ...args],
        { env: this.launcherEnvironment(), timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      );
      return `${stdout}${stderr}`;
    } catch (error) {
      const failure = error as { stdout?: string; stderr?: string; message?: string };
      const output = `${failure.stdout ?? ''}${failure.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
      throw new LocalServerError(`neo4j-admin ${args.join(' ')} failed: ${output || failure.message}`);
    }
  }

  /** Asks the official launcher for the exact server command line (it also validates neo4j.conf). */
  private async serverCommand(dist: Neo4jDistribution): Promise<string[]> {
    let stdout: string;
    try {
      ({ stdout } = await execFileAsync(
        this.java!.bin,
        ['-cp', path.join(dist.lib, '*'), `-Dbasedir=${this.options.home}`, 'org.neo4j.server.startup.Neo4jCommand', 'console', '--dry-run'],
        { env: this.launcherEnvironment(), timeout: 180000 },
      ));
    } catch (error) {
      const failure = error as { stdout?: string; stderr?: string };
      throw new LocalServerError(`the Neo4j launcher rejected the configuration: ${[failure.stdout, failure.stderr].filter(Boolean).join('\n') || String(error)}`);
    }
    const line = stdout.trim().split('\n').filter(Boolean).pop() ?? '';
    const argv = splitCommandLine(line);
    if (!argv.some((arg) => arg.startsWith('--home-dir'))) throw new LocalServerError(`unexpected launcher output: ${stdout}`);
    return argv;
  }

  /** The launcher honours these; JAVA_OPTS and HEAP_SIZE would silently replace our JVM flags. */
  private launcherEnvironment(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_HOME: this.options.home, NEO4J_CONF: path.join(this.options.home, 'conf') };
    delete env.JAVA_OPTS;
    delete env.HEAP_SIZE;
    env.JAVA_HOME = path.dirname(path.dirname(fs.realpathSync(resolveOnPath(this.java!.bin))));
    return env;
  }

  private launch(argv: string[]): void {
    const consoleFd = fs.openSync(this.consoleLog, 'a');
    fs.writeSync(consoleFd, `\n---- ${new Date().toISOString()} start ----\n`);
    // Own process group: Ctrl-C in the terminal reaches Node only, which drains HTTP first and then stops Neo4j.
    const child = spawn(argv[0], argv.slice(1), { cwd: this.options.home, env: this.launcherEnvironment(), stdio: ['ignore', consoleFd, consoleFd], detached: true });
    fs.closeSync(consoleFd);
    this.child = child;
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        resolve(code);
        if (!this.stopping && this.readySince !== undefined && this.child === child) this.exitedUnexpectedly(child.pid!, code, signal);
      }),
    );
    const pid = child.pid!;
    // The watchdog reads its stdin until EOF, which happens when this process ends for any reason
    // (even SIGKILL); then it stops the JVM, and kills it if it has not stopped within 60 s.
    const watchdog = spawn(
      'sh',
      ['-c', 'while read -r _; do :; done; kill -TERM "$1" 2>/dev/null || exit 0; i=0; while kill -0 "$1" 2>/dev/null && [ $i -lt 60 ]; do sleep 1; i=$((i+1)); done; kill -KILL "$1" 2>/dev/null', 'neo4j-watchdog', String(pid)],
      { stdio: ['pipe', 'ignore', 'ignore'], detached: true },
    );
    watchdog.unref();
    this.watchdog = watchdog;
    this.writePidFile({ java: pid, watchdog: watchdog.pid, owner: process.pid });
  }

  private exitedUnexpectedly(pid: number, code: number | null, signal: NodeJS.Signals | null): void {
    // The watchdog would signal the dead JVM's pid when this process ends, and the pid may be reused by then.
    this.disarmWatchdog();
    this.removePidFile();
    const exit: UnexpectedExit = { pid, code, signal, uptimeSeconds: Math.round((Date.now() - (this.readySince ?? Date.now())) / 1000), logTail: tail(this.userLog, 20), logFile: this.userLog };
    this.readySince = undefined;
    for (const listener of this.exitListeners) listener(exit);
  }

  private async waitUntilReady(): Promise<void> {
    const timeoutMs = this.options.startTimeoutMs ?? 180000;
    const deadline = Date.now() + timeoutMs;
    const driver = neo4j.driver(this.boltUri, neo4j.auth.basic(this.options.user, this.options.password), { connectionTimeout: 2000, maxConnectionPoolSize: 1, logging: undefined });
    let exitCode: number | null | undefined;
    void this.exited?.then((code) => (exitCode = code));
    try {
      for (;;) {
        if (exitCode !== undefined) throw new LocalServerError(`Neo4j exited during start-up (code ${exitCode}). Last lines of ${this.consoleLog}:\n${tail(this.consoleLog, 25)}`);
        try {
          // `RETURN 1` on the default database: it only answers once that database is online.
          await driver.executeQuery('RETURN 1');
          return;
        } catch (error) {
          const code = (error as { code?: string }).code ?? '';
          if (code === 'Neo.ClientError.Security.Unauthorized') {
            throw new LocalServerError(
              `The local Neo4j in ${this.options.home} rejects NEO4J_USER/NEO4J_PASSWORD: its password was fixed when the database was first created. ` +
                'Use that password, or delete that folder (`npm run neo4j -- reset`) to recreate it with the current one.',
            );
          }
          if (Date.now() > deadline) throw new LocalServerError(`Neo4j did not answer on ${this.boltUri} within ${timeoutMs / 1000} s. See ${this.consoleLog} and ${path.join(this.options.home, 'logs', 'debug.log')}.`);
        }
        await sleep(250);
      }
    } catch (error) {
      await this.stop();
      throw error;
    } finally {
      await driver.close();
    }
  }

  /** Stops the JVM cleanly (SIGTERM, then SIGKILL after the grace period). Safe to call twice. */
  async stop(graceMs = 60000): Promise<void> {
    this.stopping = true;
    this.readySince = undefined;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      this.disarmWatchdog();
      this.removePidFile();
      return;
    }
    const { logger } = this.options;
    const started = Date.now();
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const stopped = await Promise.race([this.exited!.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)))]);
    clearTimeout(timer);
    if (!stopped) {
      logger.warn({ pid: child.pid }, 'Neo4j did not stop in time; killing it');
      child.kill('SIGKILL');
      await this.exited;
    }
    this.disarmWatchdog();
    this.removePidFile();
    logger.info({ seconds: Number(((Date.now() - started) / 1000).toFixed(1)) }, 'local Neo4j stopped');
  }

  /** Last resort for synchronous exit paths: ask the JVM to stop without waiting. */
  signalStop(): void {
    this.stopping = true;
    if (this.child && this.child.exitCode === null) this.child.kill('SIGTERM');
  }

  private disarmWatchdog(): void {
    if (this.watchdog && this.watchdog.exitCode === null) this.watchdog.kill('SIGKILL');
    this.watchdog?.stdin?.destroy();
    this.watchdog = undefined;
  }

  private get pidFile(): string {
    return path.join(this.options.home, 'run', 'reegraph.pid');
  }

  private writePidFile(pids: PidFile): void {
    fs.writeFileSync(this.pidFile, JSON.stringify(pids));
  }

  private removePidFile(): void {
    fs.rmSync(this.pidFile, { force: true });
  }

  /** The pid of a server already running on this home (started by another process), if any. */
  runningPid(): number | undefined {
    return this.running()?.java;
  }

  /** The JVM running on this home and the process that owns it, from the pid file. */
  running(): { java: number; owner?: number } | undefined {
    try {
      const pids = JSON.parse(fs.readFileSync(this.pidFile, 'utf8')) as PidFile;
      return isJvmOfHome(pids.java, this.options.home) ? { java: pids.java, owner: pids.owner } : undefined;
    } catch {
      return undefined;
    }
  }

  /** A JVM left by a crashed earlier run on this home would hold the ports and the store lock. */
  private async stopLeftover(): Promise<void> {
    if (!fs.existsSync(this.pidFile)) return;
    let pids: PidFile | undefined;
    try {
      pids = JSON.parse(fs.readFileSync(this.pidFile, 'utf8')) as PidFile;
    } catch {
      pids = undefined;
    }
    this.removePidFile();
    if (!pids || !isJvmOfHome(pids.java, this.options.home)) return;
    this.options.logger.warn({ pid: pids.java }, 'stopping a Neo4j left running by an earlier run');
    process.kill(pids.java, 'SIGTERM');
    for (let waited = 0; waited < 60000 && isAlive(pids.java); waited += 250) await sleep(250);
    if (isAlive(pids.java)) process.kill(pids.java, 'SIGKILL');
  }
}

function resolveOnPath(bin: string): string {
  if (bin.includes(path.sep)) return bin;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, bin);
    if (fs.existsSync(candidate)) return candidate;
  }
  return bin;
}

export function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
