import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Neo4j 5.26 LTS runs on Java 17 and 21, and refuses anything else. */
const SUPPORTED_JAVA = [17, 21];

export interface JavaRuntime {
  bin: string;
  major: number;
  version: string;
}

export class MissingPrerequisiteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingPrerequisiteError';
  }
}

const FIX =
  'Install a JDK 17 (e.g. `apt install openjdk-17-jdk-headless`, or Temurin 17) and set JAVA_HOME to it, ' +
  'or set NEO4J_URI to an existing Neo4j 5.x instead of the local server.';

/** Reads `java -version`; returns undefined when the binary does not run. */
export function probeJava(bin: string): JavaRuntime | undefined {
  // `java -version` writes to stderr.
  const result = spawnSync(bin, ['-version'], { encoding: 'utf8', timeout: 20000 });
  if (result.error || result.status !== 0) return undefined;
  return parseJavaVersion(bin, `${result.stderr}${result.stdout}`);
}

export function parseJavaVersion(bin: string, versionOutput: string): JavaRuntime | undefined {
  const match = /version "([^"]+)"/.exec(versionOutput);
  if (!match) return undefined;
  const version = match[1];
  const parts = version.split(/[.+-]/);
  const major = parts[0] === '1' ? Number(parts[1]) : Number(parts[0]);
  return Number.isFinite(major) ? { bin, major, version } : undefined;
}

function candidates(): string[] {
  const found: string[] = [];
  if (process.env.JAVA_HOME) found.push(path.join(process.env.JAVA_HOME, 'bin', 'java'));
  found.push('java');
  for (const root of ['/usr/lib/jvm', '/Library/Java/JavaVirtualMachines']) {
    if (!fs.existsSync(root)) continue;
    for (const entry of fs.readdirSync(root).sort()) {
      const linux = path.join(root, entry, 'bin', 'java');
      const mac = path.join(root, entry, 'Contents', 'Home', 'bin', 'java');
      if (fs.existsSync(linux)) found.push(linux);
      else if (fs.existsSync(mac)) found.push(mac);
    }
  }
  return found;
}

/**
 * Finds a Java runtime Neo4j 5.26 accepts: JAVA_HOME first, then `java` on the PATH, then the
 * usual JDK folders. Refuses with the fix when only unsupported versions (or none) are found.
 */
export function findJava(): JavaRuntime {
  const seen: JavaRuntime[] = [];
  for (const bin of candidates()) {
    const runtime = probeJava(bin);
    if (!runtime) continue;
    if (SUPPORTED_JAVA.includes(runtime.major)) return runtime;
    seen.push(runtime);
  }
  const what = seen.length
    ? `only found Java ${[...new Set(seen.map((r) => r.major))].join(', ')}`
    : 'no Java runtime was found';
  throw new MissingPrerequisiteError(`The local Neo4j 5.26 needs Java 17 or 21, but ${what}. ${FIX}`);
}

/** Checks Maven is callable (only needed the first time, to fetch the jars). */
export function findMaven(): string {
  const bin = process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
  try {
    execFileSync(bin, ['-v'], { stdio: 'ignore', timeout: 60000 });
    return bin;
  } catch {
    throw new MissingPrerequisiteError(
      'Maven (`mvn`) is needed once to fetch the Neo4j jars from Maven Central, but it was not found. ' +
        'Install Maven 3 (e.g. `apt install maven`), or set NEO4J_URI to an existing Neo4j 5.x.',
    );
  }
}
