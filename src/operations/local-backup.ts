import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Neo4jConnection } from '../config';
import { createDriver, waitForNeo4j } from '../db/driver';
import type { LocalNeo4jServer } from '../local-neo4j/local-server';
import { acquireMaintenance } from '../local-neo4j/maintenance';
import { isAlive, isJvmOfHome } from '../local-neo4j/process';

export interface OfflineRun {
  /** Whether a running server was stopped for the work (and started again by its owner). */
  stopped: boolean;
  /** Seconds the database was offline (0 when it was not running). */
  offlineSeconds: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` with the local server's database files at rest: Neo4j Community cannot stop one
 * database (STOP DATABASE is Enterprise-only), so a running server is stopped. Under the instance's
 * maintenance lock, so the supervisor of the service that runs it (npm start, npm run neo4j) waits
 * instead of restarting it, and nothing else starts it meanwhile; when the work is done the lock
 * goes and that supervisor starts Neo4j again — this waits until it answers. Every step is said
 * through `say`.
 */
export async function withDatabaseOffline(server: LocalNeo4jServer, connection: Neo4jConnection, activity: string, say: (line: string) => void, work: () => Promise<void>): Promise<OfflineRun> {
  const release = acquireMaintenance(server.home, activity);
  let running: { java: number; owner?: number } | undefined;
  const started = Date.now();
  try {
    running = server.running();
    if (running) {
      const owner = running.owner && running.owner !== process.pid && isAlive(running.owner) ? running.owner : undefined;
      say(
        owner
          ? `Stopping the local Neo4j (pid ${running.java}) for the ${activity}: the service that runs it (pid ${owner}) answers SERVICE_UNAVAILABLE until it is done, then starts Neo4j again by itself.`
          : `Stopping the local Neo4j (pid ${running.java}) for the ${activity}.`,
      );
      process.kill(running.java, 'SIGTERM');
      for (let waited = 0; isJvmOfHome(running.java, server.home); waited += 250) {
        if (waited === 120000) process.kill(running.java, 'SIGKILL');
        await sleep(250);
      }
      say('Neo4j stopped.');
    }
    await work();
  } finally {
    release();
  }
  if (!running) return { stopped: false, offlineSeconds: 0 };
  const owner = running.owner && running.owner !== process.pid && isAlive(running.owner);
  if (!owner) {
    say('Nothing supervises that server any more: start it again with `npm start` or `npm run neo4j -- start`.');
    return { stopped: true, offlineSeconds: 0 };
  }
  say('Waiting for the service to start Neo4j again…');
  const driver = createDriver(connection);
  try {
    await waitForNeo4j(driver, connection.database, 15 * 60 * 1000);
  } finally {
    await driver.close();
  }
  const offlineSeconds = Number(((Date.now() - started) / 1000).toFixed(1));
  say(`Neo4j is back (offline for ${offlineSeconds} s).`);
  return { stopped: true, offlineSeconds };
}

/** `npm run backup`: `neo4j-admin database dump` of the local server's database into `folder`. */
export async function backupLocalDatabase(server: LocalNeo4jServer, connection: Neo4jConnection, folder: string, say: (line: string) => void): Promise<{ file: string; bytes: number } & OfflineRun> {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${connection.database}.dump`);
  if (fs.existsSync(file)) throw new Error(`${file} exists already; choose another folder`);
  const run = await withDatabaseOffline(server, connection, 'npm run backup', say, async () => {
    say(`Dumping database "${connection.database}" with neo4j-admin…`);
    await server.admin(['database', 'dump', connection.database, `--to-path=${folder}`]);
  });
  return { file, bytes: fs.statSync(file).size, ...run };
}

/**
 * `npm run restore`: `neo4j-admin database load` of a dump over the local server's database. The
 * dump is a `.dump` file or a folder holding `<database>.dump` (what `npm run backup` writes).
 */
export async function restoreLocalDatabase(server: LocalNeo4jServer, connection: Neo4jConnection, from: string, say: (line: string) => void): Promise<{ file: string } & OfflineRun> {
  const expected = `${connection.database}.dump`;
  const file = fs.existsSync(from) && fs.statSync(from).isDirectory() ? path.join(from, expected) : from;
  if (!fs.existsSync(file)) throw new Error(`no dump at ${file}`);
  // neo4j-admin loads `<database>.dump` from a folder: give it one when the file has another name.
  let folder = path.dirname(file);
  let temporary: string | undefined;
  if (path.basename(file) !== expected) {
    temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'ree-restore-'));
    fs.symlinkSync(path.resolve(file), path.join(temporary, expected));
    folder = temporary;
  }
  try {
    const run = await withDatabaseOffline(server, connection, 'npm run restore', say, async () => {
      say(`Loading ${file} over database "${connection.database}" with neo4j-admin (the current graph is replaced)…`);
      await server.admin(['database', 'load', connection.database, `--from-path=${folder}`, '--overwrite-destination=true']);
    });
    return { file, ...run };
  } finally {
    if (temporary) fs.rmSync(temporary, { recursive: true, force: true });
  }
}
