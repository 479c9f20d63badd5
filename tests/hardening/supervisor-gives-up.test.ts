import net from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { Neo4jSupervisor } from '../../src/local-neo4j/supervisor';
import { startOwnNeo4j, type OwnNeo4j } from '../helpers/own-neo4j';
import { readTestDatabase } from '../helpers/test-database';

/**
 * The supervisor's limits, on a real local server: its JVM is killed and its Bolt port taken,
 * so every restart fails; the supervisor retries with doubling waits and then gives up once, with
 * a message that says why and where the logs are.
 */
const describeWithLocalNeo4j = readTestDatabase().local ? describe : describe.skip;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithLocalNeo4j('a supervisor whose restarts keep failing', () => {
  let neo4j: OwnNeo4j | undefined;
  let blocker: net.Server | undefined;
  beforeAll(async () => {
    neo4j = await startOwnNeo4j('giveup');
  }, 600000);
  afterAll(async () => {
    blocker?.close();
    await neo4j?.stop();
  }, 120000);

  test('when every restart fails, then it retries NEO4J_RESTART_ATTEMPTS times with doubling waits and gives up once, naming the cause and the logs', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) }));
    const givenUp: string[] = [];
    const supervisor = new Neo4jSupervisor(neo4j!.server, { logger, maxAttempts: 3, backoffMs: 300, onGiveUp: (message) => givenUp.push(message) });
    const boltPort = Number(new URL(neo4j!.uri).port);
    const pid = neo4j!.server.pid!;
    process.kill(pid, 'SIGKILL');
    // Take the Bolt port as soon as the dead JVM frees it: every restart now fails on it.
    for (;;) {
      const server = net.createServer();
      const bound = await new Promise<boolean>((resolve) => {
        server.once('error', () => resolve(false));
        server.listen(boltPort, '127.0.0.1', () => resolve(true));
      });
      if (bound) {
        blocker = server;
        break;
      }
      await sleep(20);
    }
    for (let waited = 0; !givenUp.length && waited < 120000; waited += 100) await sleep(100);
    expect(supervisor.state).toBe('failed');
    expect(givenUp).toHaveLength(1);
    expect(givenUp[0]).toMatch(/^the local Neo4j stopped \(signal SIGKILL\) and 3 restarts in a row failed; the last failure: Port \d+ \(Neo4j Bolt\) is already in use/);
    expect(givenUp[0]).toContain(`${neo4j!.server.home}/logs/neo4j.log`);
    expect(lines.find((line) => /exited unexpectedly/.test(String(line.msg)))).toMatchObject({ signal: 'SIGKILL', pid, level: 50 });
    // Waits of 300, 600 and 1,200 ms before the three attempts.
    expect(lines.filter((line) => line.msg === 'restarting the local Neo4j').map((line) => line.inMs)).toEqual([300, 600, 1200]);
    expect(lines.filter((line) => line.msg === 'restarting the local Neo4j failed')).toHaveLength(3);
    // Nothing more happens after giving up.
    await sleep(2500);
    expect(givenUp).toHaveLength(1);
    expect(lines.filter((line) => line.msg === 'restarting the local Neo4j')).toHaveLength(3);
  }, 180000);
});
