import fs from 'node:fs';

/** Whether a process with this pid exists (signal 0 tests without signalling). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether the pid is a Neo4j JVM serving this instance home (and not a process that reused the pid). */
export function isJvmOfHome(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--home-dir=${home}`);
  } catch {
    return false;
  }
}
