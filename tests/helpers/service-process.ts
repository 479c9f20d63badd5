import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { PROJECT_ROOT } from '../../src/config';
import { isAlive } from '../../src/local-neo4j/local-server';
import { freePort } from '../../src/local-neo4j/ports';

export const ENTRY = path.join(PROJECT_ROOT, 'dist', 'src', 'index.js');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface LogLine {
  msg?: string;
  level?: number;
  time?: number;
  [key: string]: unknown;
}

/** The real `npm start` entry point (dist/src/index.js) as a child process. */
export interface ServiceProcess {
  child: ChildProcess;
  origin: string;
  url: string;
  port: number;
  /** The local Neo4j's home (unset when the service uses NEO4J_URI). */
  home?: string;
  /** The variables it was started with beyond the inherited ones (NEO4J_HOME, ports, password…). */
  environment: Record<string, string>;
  boltPort?: number;
  /** Its JSON log lines, as they come. */
  logs: LogLine[];
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The pids of the JVM and the service from the instance's pid file. */
  pids(): { java?: number; owner?: number; watchdog?: number };
  /** Waits for /ready 200 (recording every status seen, 0 = connection refused). */
  waitReady(timeoutMs: number): Promise<number[]>;
  /** Waits for a log line with this message. */
  waitForLog(message: string | RegExp, timeoutMs: number, after?: number): Promise<LogLine>;
  /** SIGTERM (then SIGKILL after the grace), and the JVM too if it is still there; for afterAll. */
  kill(): Promise<void>;
}

/**
 * Spawns the built service. `local` (the default): its own local Neo4j under
 * .neo4j/instances/test-own-<name>-<pid> on free ports, exactly as `npm start` runs it (global
 * setup removes the folder of a dead run). Otherwise `environment` must point it at a Neo4j.
 */
export async function spawnService(name: string, environment: Record<string, string> = {}, options: { local?: boolean } = {}): Promise<ServiceProcess> {
  if (!fs.existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: npm test builds it first (pretest), or run npm run build`);
  const local = options.local ?? true;
  const port = await freePort();
  const { NEO4J_URI: _external, ...inherited } = process.env;
  // Planning every analytical question costs each started service ~30 s of CPU the suite's other
  // work then waits for; tests about warm-up turn it back on through `environment`.
  const env: Record<string, string | undefined> = { ...inherited, PORT: String(port), LOG_FORMAT: 'json', LOG_LEVEL: 'info', NODE_ENV: 'test', WARM_QUERY_PLANS: 'false' };
  let home: string | undefined;
  let boltPort: number | undefined;
  if (local) {
    home = path.join(PROJECT_ROOT, '.neo4j', 'instances', `test-own-${name}-${process.pid}`);
    fs.rmSync(home, { recursive: true, force: true });
    boltPort = await freePort();
    Object.assign(env, { NEO4J_HOME: home, NEO4J_PASSWORD: 'reegraph-service-test', NEO4J_BOLT_PORT: String(boltPort), NEO4J_HTTP_PORT: String(await freePort()), NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m' });
  }
  Object.assign(env, environment);
  const own = Object.fromEntries(Object.entries(env).filter(([key, value]) => value !== undefined && inherited[key] !== value)) as Record<string, string>;
  const child = spawn(process.execPath, [ENTRY], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: LogLine[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      logs.push(JSON.parse(line) as LogLine);
    } catch {
      logs.push({ msg: line });
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let done = false;
  void exited.then(() => (done = true));
  const origin = `http://127.0.0.1:${port}`;
  const pidFile = home ? path.join(home, 'run', 'reegraph.pid') : undefined;
  const service: ServiceProcess = {
    child,
    origin,
    url: `${origin}/graphql`,
    port,
    home,
    environment: own,
    boltPort,
    logs,
    stderr: () => stderr,
    exited,
    pids() {
      try {
        return JSON.parse(fs.readFileSync(pidFile!, 'utf8')) as { java?: number; owner?: number; watchdog?: number };
      } catch {
        return {};
      }
    },
    async waitReady(timeoutMs) {
      const statuses: number[] = [];
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (done) throw new Error(`the service exited before it was ready:\n${stderr}\n${logs.slice(-20).map((line) => JSON.stringify(line)).join('\n')}`);
        const status = await fetch(`${origin}/ready`, { signal: AbortSignal.timeout(5000) }).then(
          (response) => response.status,
          () => 0,
        );
        if (statuses[statuses.length - 1] !== status) statuses.push(status);
        if (status === 200) return statuses;
        if (Date.now() > deadline) throw new Error(`not ready within ${timeoutMs / 1000} s (statuses ${statuses.join(' → ')}):\n${logs.slice(-20).map((line) => JSON.stringify(line)).join('\n')}`);
        await sleep(250);
      }
    },
    async waitForLog(message, timeoutMs, after = 0) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = logs.slice(after).find((line) => (typeof message === 'string' ? line.msg === message : message.test(String(line.msg ?? ''))));
        if (found) return found;
        if (done || Date.now() > deadline) throw new Error(`no log line ${String(message)} within ${timeoutMs / 1000} s:\n${logs.slice(-15).map((line) => JSON.stringify(line)).join('\n')}`);
        await sleep(100);
      }
    },
    async kill() {
      const { java } = service.pids();
      if (!done) {
        child.kill('SIGTERM');
        await Promise.race([exited, sleep(60000)]);
        if (!done) child.kill('SIGKILL');
      }
      if (java && isAlive(java)) process.kill(java, 'SIGKILL');
      if (home) fs.rmSync(home, { recursive: true, force: true });
    },
  };
  return service;
}

/** JVMs whose command line names this instance home (what `pgrep -f <home>` finds). */
export function jvmsOf(home: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(`--home-dir=${home}`)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}
