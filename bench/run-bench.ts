/**
 * `npm run bench`: speed at scale, against raw Cypher and against @neo4j/graphql (issue #8).
 * Starts a Neo4j of its own, loads scale S (the real dataset, through the seed loader), then M and
 * L (the real dataset plus a synthetic world, bench/synthetic), and at each scale times every
 * benchmark question three ways, counts round trips and measures throughput. Prints a table and
 * writes bench/results/<date>.json. Options: see `npm run bench -- --help`.
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config';
import { applySchema } from '../src/db/schema';
import { NEO4J_VERSION } from '../src/local-neo4j/distribution';
import { createLogger } from '../src/logger';
import { runSeed, SEED_DIRECTORY } from '../src/seed/run-seed';
import { validateSeed } from '../src/seed/validate';
import { startApiServer } from './api-server';
import { startBenchDatabase, type BenchDatabase } from './bench-database';
import { measureQueries, round, type QueryResult } from './measure';
import { measureOverhead, type OverheadResult } from './overhead';
import { startPeerServer } from './neo4j-graphql/peer-server';
import { refreshControl } from '../src/db/control-store';
import type { Neo4jExecutor } from '../src/db/run';
import { BENCH_QUERIES } from './queries';
import { checkTargets, formatReport, formatTargets, type TargetCheck } from './report';
import { GENERATED_KINDS, SyntheticWorld, type Counts } from './synthetic/generator';
import { loadRound } from './synthetic/load-world';
import { MIXES, measureThroughput, type ThroughputResult } from './throughput';

/** Scale factors (docs/decisions/002-synthetic-scale.md): S is the real dataset alone. */
export const SCALE_FACTORS: Record<string, number> = { S: 1, M: 230, L: 1600 };

export interface ScaleResult {
  scale: string;
  factor: number;
  nodes: number;
  relationships: number;
  generated: Counts | null;
  loadSeconds: number;
  loadRelsPerSec: number;
  queries: QueryResult[];
  /** The fixed cost of a request: `{ __typename }` p50 through our server minus a bare Express JSON answer. */
  overheadMs: number | null;
  overhead: OverheadResult;
}

const USAGE = `npm run bench -- [options]
  --scales S,M,L          scales to run, in this order (default S,M,L)
  --iterations N          timed iterations per query and way (default 30)
  --warmup N              untimed runs per query and way first (default 5)
  --budget-seconds N      time per query for its iterations, all ways together (default 25):
                          slow questions get fewer samples, never fewer than 5
  --throughput-seconds N  autocannon duration per mix (default 10; 0 skips throughput)
  --connections N         autocannon connections (default 16)
  --heap SIZE             bench Neo4j heap (default 4g)
  --pagecache SIZE        bench Neo4j page cache (default 6g)
  --out FILE              result file (default bench/results/<date>.json)
  --readme                also put the tables into README.md (Performance section)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: 'S,M,L' },
      iterations: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '5' },
      'budget-seconds': { type: 'string', default: '25' },
      'throughput-seconds': { type: 'string', default: '10' },
      connections: { type: 'string', default: '16' },
      heap: { type: 'string', default: '4g' },
      pagecache: { type: 'string', default: '6g' },
      out: { type: 'string' },
      readme: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const scales = values.scales.split(',').map((scale) => scale.trim().toUpperCase());
  for (const scale of scales) if (!(scale in SCALE_FACTORS)) throw new Error(`unknown scale "${scale}" (use S, M or L)`);
  const iterations = Number(values.iterations);
  const warmup = Number(values.warmup);
  const budgetSeconds = Number(values['budget-seconds']);
  const throughputSeconds = Number(values['throughput-seconds']);
  const connections = Number(values.connections);
  const logger = createLogger({ level: 'info', format: process.stdout.isTTY ? 'pretty' : 'json' });
  const started = Date.now();
  const seed = validateSeed(SEED_DIRECTORY);
  const world = new SyntheticWorld(seed);

  const db = await startBenchDatabase({ heap: values.heap, pageCache: values.pagecache, logger });
  const results: ScaleResult[] = [];
  const throughput: ThroughputResult[] = [];
  const file = values.out ?? path.join(PROJECT_ROOT, 'bench', 'results', `${new Date().toISOString().slice(0, 10)}.json`);
  // Written after every scale, so a run cut short keeps what it measured.
  const write = () => {
    const output = {
      date: new Date().toISOString(),
      machine: machine(db),
      options: { scales, iterations, warmup, budgetSeconds, throughputSeconds, connections, scaleFactors: SCALE_FACTORS, generatedKinds: GENERATED_KINDS },
      wallSeconds: round((Date.now() - started) / 1000, 1),
      complete: results.length === scales.length,
      scales: results,
      throughput,
      targets: checkTargets(results, BENCH_QUERIES.filter((query) => query.lookupById).map((query) => query.name)),
    };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`);
    return output;
  };
  try {
    const seedSummary = await runSeed(db.executor, logger, { reset: true, progressBar: false });
    let loaded: Counts | undefined;
    let loadedFactor = 1;
    for (const scale of scales) {
      const factor = SCALE_FACTORS[scale];
      let loadSeconds = seedSummary.seconds;
      let generated: Counts | null = null;
      const before = factor > 1 ? await graphSize(db) : { nodes: 0, relationships: 0 };
      if (factor > 1) {
        // A world is grown through every smaller scale in turn, so L is the same graph whether M ran or not.
        const loadStarted = Date.now();
        for (const step of Object.values(SCALE_FACTORS).filter((f) => f > 1 && f <= factor && f > loadedFactor)) {
          generated = world.counts(step);
          const report = await loadRound(db.benchExecutor, world, generated, loaded, `scale ${scale} (k = ${step})`);
          logger.info({ scale, factor: step, nodes: report.nodes, relationships: report.relationships, seconds: round(report.seconds, 1) }, 'synthetic world loaded');
          loaded = generated;
          loadedFactor = step;
        }
        // Analytics read control from the stored control periods: derive them for the grown world, as the
        // seed loader does — but in one transaction per batch of targets: at M the whole world's
        // periods in one transaction pass Neo4j's transaction memory limit (2.8 GiB of a 4 GiB heap).
        const control = await deriveControlInBatches(db.executor);
        logger.info({ scale, controlPeriods: control.periods, targets: control.targets }, 'control periods derived');
        loadSeconds = (Date.now() - loadStarted) / 1000;
        // Indexes built on a bigger graph: wait until they are online before timing anything.
        await applySchema(db.executor);
      }
      const { nodes, relationships } = await graphSize(db);
      const loadedRelationships = relationships - before.relationships;
      const { queries, overhead } = await measureScale(db, { iterations, warmup, budgetSeconds }, scale, logger);
      results.push({ scale, factor, nodes, relationships, generated, loadSeconds: round(loadSeconds, 1), loadRelsPerSec: Math.round(loadedRelationships / Math.max(0.001, loadSeconds)), queries, overheadMs: overhead.overheadMs, overhead });
      // At L an analytical answer takes seconds and weighs megabytes: requests/s would measure
      // little but memory pressure, so L runs the lookup and nested-list mixes only.
      const mixes = Object.keys(MIXES).filter((mix) => scale !== 'L' || mix !== 'analytics');
      if (throughputSeconds > 0) throughput.push(...(await throughputAt(db, scale, { connections, seconds: throughputSeconds, mixes })));
      console.log(formatReport(results.slice(-1), throughput.filter((t) => t.scale === scale)));
      write();
    }
  } finally {
    await db.stop();
  }
  const output = write();
  console.log(formatReport(results, throughput));
  console.log(formatTargets(output.targets));
  console.log(`\nWall time ${output.wallSeconds} s. Results: ${path.relative(PROJECT_ROOT, file)}`);
  const disagreements = results.flatMap((result) => result.queries.filter((query) => !query.answersAgree).map((query) => `${result.scale} ${query.name}: ${Object.values(query.errors).filter(Boolean).join('; ')}`));
  if (disagreements.length) {
    console.error(`\nTHE WAYS DISAGREE — these were not timed as equals:\n${disagreements.join('\n')}`);
    process.exitCode = 1;
  }
  if (values.readme) updateReadme(output, path.relative(PROJECT_ROOT, file));
}

/** Replaces the README's results block (between its markers) with this run's tables and machine. */
function updateReadme(output: { date: string; machine: ReturnType<typeof machine>; wallSeconds: number; scales: ScaleResult[]; throughput: ThroughputResult[]; targets: TargetCheck[] }, file: string): void {
  const readme = path.join(PROJECT_ROOT, 'README.md');
  const text = fs.readFileSync(readme, 'utf8');
  const { machine: m } = output;
  const block = [
    '<!-- bench-results:start -->',
    `Latest full run (${output.date.slice(0, 10)}, \`${file}\`, ${Math.round(output.wallSeconds / 60)} min wall time) on ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB RAM, ${m.os};`,
    `Node ${m.node}, ${m.java}, Neo4j ${m.neo4j}, heap ${m.neo4jHeap}, page cache ${m.neo4jPageCache}. ${m.note}`,
    'Times in ms as API / raw Cypher / @neo4j/graphql.',
    formatReport(output.scales, output.throughput),
    formatTargets(output.targets),
    '<!-- bench-results:end -->',
  ].join('\n');
  fs.writeFileSync(readme, text.replace(/<!-- bench-results:start -->[\s\S]*<!-- bench-results:end -->/, block));
}

async function graphSize(db: BenchDatabase): Promise<{ nodes: number; relationships: number }> {
  const [size] = await db.benchExecutor.read('count-graph');
  return { nodes: Number(size.nodes), relationships: Number(size.relationships) };
}

async function measureScale(
  db: BenchDatabase,
  options: { iterations: number; warmup: number; budgetSeconds: number },
  scale: string,
  logger: ReturnType<typeof createLogger>,
): Promise<{ queries: QueryResult[]; overhead: OverheadResult }> {
  const api = await startApiServer(db);
  const peer = await startPeerServer(db.driver, db.database);
  try {
    logger.info({ scale, ...options }, 'comparing the answers, then timing queries: our API, raw Cypher, @neo4j/graphql');
    const queries = await measureQueries(BENCH_QUERIES, { api: api.url, peer: peer.url, driver: db.driver, database: db.database }, options);
    const overhead = await measureOverhead(api.url);
    logger.info({ scale, ...overhead }, '{ __typename } overhead measured');
    return { queries, overhead };
  } finally {
    await api.close();
    await peer.close();
  }
}

async function throughputAt(db: BenchDatabase, scale: string, options: { connections: number; seconds: number; mixes: string[] }): Promise<ThroughputResult[]> {
  const api = await startApiServer(db);
  try {
    return await measureThroughput(api.url, scale, options);
  } finally {
    await api.close();
  }
}

function machine(db: BenchDatabase) {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: javaVersion(),
    neo4j: `${NEO4J_VERSION} Community`,
    neo4jHeap: db.settings.heap,
    neo4jPageCache: db.settings.pageCache,
    note: 'Shared 2-core machine: other engineers run servers and test suites on it, so timings are noisy.',
  };
}

function javaVersion(): string {
  // `java -version` writes to stderr.
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return `${result.stderr ?? ''}`.split('\n')[0] || 'unknown';
}

main().catch((error: Error) => {
  console.error(`bench: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});

const CONTROL_TARGETS_PER_TRANSACTION = 20000;

/** refreshControl over every deposit, facility and company, a batch of targets per transaction. */
async function deriveControlInBatches(executor: Neo4jExecutor): Promise<{ targets: number; periods: number }> {
  const [row] = await executor.runText('MATCH (target) WHERE target:Deposit OR target:Facility OR target:Company RETURN collect(target.id) AS ids', {}, 'READ');
  const ids = (row?.ids as string[]) ?? [];
  let periods = 0;
  for (let start = 0; start < ids.length; start += CONTROL_TARGETS_PER_TRANSACTION) {
    const batch = ids.slice(start, start + CONTROL_TARGETS_PER_TRANSACTION);
    periods += (await executor.writeTransaction((run) => refreshControl(run, batch), { timeoutMs: 1800000 })).periods;
  }
  return { targets: ids.length, periods };
}
