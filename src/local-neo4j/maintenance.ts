import fs from 'node:fs';
import path from 'node:path';
import { isAlive } from './process';

/** Who holds an instance for maintenance (a backup or a restore), and since when. */
export interface MaintenanceLock {
  pid: number;
  /** What the holder does, for messages: "npm run backup". */
  activity: string;
  since: string;
}

const lockFile = (home: string) => path.join(home, 'run', 'maintenance.json');

/**
 * The maintenance lock of an instance home: while a live process holds it, the database files are
 * being dumped or replaced, so nobody may start the server on that home and the supervisor of a
 * running service waits instead of restarting the server it stopped. A lock whose holder died is
 * ignored (and replaced by the next holder).
 */
export function currentMaintenance(home: string): MaintenanceLock | undefined {
  try {
    const lock = JSON.parse(fs.readFileSync(lockFile(home), 'utf8')) as MaintenanceLock;
    return lock.pid !== process.pid && isAlive(lock.pid) ? lock : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock for this process; refuses when another live process holds it. */
export function acquireMaintenance(home: string, activity: string): () => void {
  const held = currentMaintenance(home);
  if (held) throw new Error(`${held.activity} (pid ${held.pid}) has been working on ${home} since ${held.since}; wait until it finishes.`);
  fs.mkdirSync(path.dirname(lockFile(home)), { recursive: true });
  fs.writeFileSync(lockFile(home), JSON.stringify({ pid: process.pid, activity, since: new Date().toISOString() } satisfies MaintenanceLock));
  return () => fs.rmSync(lockFile(home), { force: true });
}
