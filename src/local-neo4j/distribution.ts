import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { SingleBar } from 'cli-progress';
import { PROJECT_ROOT } from '../config';
import type { Logger } from '../logger';
import { findMaven } from './java';

/** Version pinned in db/pom.xml; the dist folder is keyed by it so an upgrade fetches anew. */
export const NEO4J_VERSION = readPomProperty('neo4j.version');

/** Jars the first fetch brings (server, Browser, APOC and their dependencies), for the progress bar. */
const EXPECTED_JARS = 222;

export interface Neo4jDistribution {
  version: string;
  root: string;
  lib: string;
  plugins: string;
}

function readPomProperty(name: string): string {
  const pom = fs.readFileSync(path.join(PROJECT_ROOT, 'db', 'pom.xml'), 'utf8');
  const match = new RegExp(`<${name.replace('.', '\\.')}>([^<]+)</`).exec(pom);
  if (!match) throw new Error(`db/pom.xml has no <${name}> property`);
  return match[1].trim();
}

export function distributionPaths(version = NEO4J_VERSION): Neo4jDistribution {
  const root = path.join(PROJECT_ROOT, '.neo4j', 'dist', version);
  return { version, root, lib: path.join(root, 'lib'), plugins: path.join(root, 'plugins') };
}

const MARKER = '.complete';

/** Changes when db/pom.xml or db/apoc-pom.xml change, so an edited artifact list is fetched anew. */
function pomFingerprint(): string {
  const hash = createHash('sha256');
  for (const pom of ['pom.xml', 'apoc-pom.xml']) hash.update(fs.readFileSync(path.join(PROJECT_ROOT, 'db', pom)));
  return `poms ${hash.digest('hex')}`;
}

/** True when a previous fetch of the same poms finished and every jar it recorded is still there. */
export function isComplete(dist: Neo4jDistribution): boolean {
  const marker = path.join(dist.root, MARKER);
  if (!fs.existsSync(marker)) return false;
  const [fingerprint, ...files] = fs.readFileSync(marker, 'utf8').split('\n').filter(Boolean);
  return fingerprint === pomFingerprint() && files.length > 0 && files.every((file) => fs.existsSync(path.join(dist.root, file)));
}

let fetching: Promise<Neo4jDistribution> | undefined;

/**
 * Makes sure the Neo4j jars are on disk. The first time, Maven copies them from Maven Central
 * (through ~/.m2, which it reuses); afterwards nothing touches the network. Servers started at
 * once (the test suite starts two) share one fetch: two Mavens copying into one folder broke a
 * clean-clone run ("Failed to copy full contents").
 */
export function ensureDistribution(logger: Logger): Promise<Neo4jDistribution> {
  const dist = distributionPaths();
  if (isComplete(dist)) return Promise.resolve(dist);
  fetching ??= fetchDistribution(logger, dist).finally(() => (fetching = undefined));
  return fetching;
}

/**
 * Fetches into a folder of this process's own and moves it into place when complete, so another
 * process fetching at the same time (a second `npm start`) never sees, or spoils, a half-copied one.
 */
async function fetchDistribution(logger: Logger, dist: Neo4jDistribution): Promise<Neo4jDistribution> {
  const mvn = findMaven();
  logger.info({ version: dist.version, target: path.relative(PROJECT_ROOT, dist.root) }, 'fetching Neo4j Community from Maven Central (first run only)');
  const staging = `${dist.root}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const target: Neo4jDistribution = { version: dist.version, root: staging, lib: path.join(staging, 'lib'), plugins: path.join(staging, 'plugins') };
  const bar = new SingleBar({
    format: 'Neo4j jars from Maven Central |{bar}| {value}/{total} jars, {megabytes} MB downloaded',
    noTTYOutput: true,
    notTTYSchedule: 5000,
    hideCursor: true,
  });
  bar.start(EXPECTED_JARS, 0, { megabytes: '0.0' });
  const progress = { jars: 0, bytes: 0 };
  const started = Date.now();
  try {
    for (const pom of ['pom.xml', 'apoc-pom.xml']) {
      await runMaven(mvn, pom, target, (line) => {
        const downloaded = /Downloaded from [^:]+: (\S+) \(([\d.]+) ([kMG]?B)/.exec(line);
        if (!downloaded) return;
        const size = Number(downloaded[2]) * ({ B: 1, kB: 1e3, MB: 1e6, GB: 1e9 } as Record<string, number>)[downloaded[3]];
        progress.bytes += size;
        if (downloaded[1].endsWith('.jar')) progress.jars += 1;
        bar.update(Math.min(progress.jars, EXPECTED_JARS - 1), { megabytes: (progress.bytes / 1e6).toFixed(1) });
      });
    }
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    bar.update(EXPECTED_JARS, { megabytes: (progress.bytes / 1e6).toFixed(1) });
    bar.stop();
  }
  const files = [
    ...fs.readdirSync(target.lib).map((file) => path.join('lib', file)),
    ...fs.readdirSync(target.plugins).map((file) => path.join('plugins', file)),
  ];
  fs.writeFileSync(path.join(staging, MARKER), `${[pomFingerprint(), ...files].join('\n')}\n`);
  if (isComplete(dist)) {
    fs.rmSync(staging, { recursive: true, force: true });
  } else {
    fs.rmSync(dist.root, { recursive: true, force: true });
    fs.renameSync(staging, dist.root);
  }
  logger.info(
    { jars: files.length, downloadedMB: Number((progress.bytes / 1e6).toFixed(1)), seconds: Math.round((Date.now() - started) / 1000) },
    'Neo4j jars ready',
  );
  return dist;
}

function runMaven(mvn: string, pom: string, dist: Neo4jDistribution, onLine: (line: string) => void): Promise<void> {
  const args = ['-B', '-f', path.join(PROJECT_ROOT, 'db', pom), `-Dneo4j.dist=${dist.root}`, 'dependency:copy-dependencies'];
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MAVEN_OPTS: process.env.MAVEN_OPTS ?? '' } });
    const tail: string[] = [];
    const collect = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      onLine(line);
    };
    readline.createInterface({ input: child.stdout }).on('line', collect);
    readline.createInterface({ input: child.stderr }).on('line', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`mvn ${args.join(' ')} failed (exit ${code}). Is Maven Central reachable? Last output:\n${tail.join('\n')}`));
    });
  });
}
