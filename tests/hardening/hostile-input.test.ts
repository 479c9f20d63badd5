import fs from 'node:fs';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from '../../src/config';
import { buildGraphQLSchema } from '../../src/schema-builder';
import { graphChecksum } from '../../src/seed/load';
import { startTestApi, testExecutor, type GraphQLResponse, type TestApi } from '../helpers/api';
import { bearerFor, TEST_JWT_SECRET } from '../helpers/auth';
import { writableDatabase } from '../helpers/own-neo4j';
import { FREE_TEXT_ARGUMENTS, HOSTILE_VALUES, hostileRequest, isEmptyResult, MEGABYTE_VALUE, resultOf, stringSlots, type HostileValue, type StringSlot } from '../helpers/hostile-input';

/** Codes a hostile argument may earn; anything else (INTERNAL_SERVER_ERROR, QUERY_TIMEOUT…) is a bug. */
const CLEAN_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN']);
/** What must never reach a client: stack frames, driver error codes, Cypher, source paths. */
const LEAK = /\n\s+at |\bat .+:\d+:\d+|Neo\.(Client|Transient|Database)Error|Neo4jError|\bcypher\b|MATCH \(|RETURN \w|\.cypher|node_modules|\/src\/|\.ts:\d+/i;

/** Far above any answer of the corpus's aliases, far below an echo of the megabyte value. */
const MAX_ANSWER_CHARACTERS = 300_000;

/** The argument as errors name it: `where.country`, `elements` (list positions left out). */
const argumentPath = (slot: StringSlot) => slot.path.filter((part) => part !== '[]').join('.');

interface Outcome {
  cases: number;
  problems: string[];
}

describe('hostile input in every string argument', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  const { driver, executor } = testExecutor();

  beforeAll(async () => {
    // A body limit above 1 MiB so the megabyte value reaches argument handling (the 413 at the
    // default limit is tested in api-protection).
    api = await startTestApi({ MAX_BODY_BYTES: String(4 * 1024 * 1024) });
    schema = await buildGraphQLSchema();
  });
  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  async function send(slot: StringSlot, values: HostileValue[], token: string | undefined, target: TestApi = api): Promise<Outcome> {
    const request = hostileRequest(slot, values);
    const response = await target.graphql<Record<string, unknown>>(request.document, request.variables, token ? { authorization: `Bearer ${token}` } : {});
    if (values.length > 1 && response.errors?.some((error) => /Cost limit|tokens\. Parsing aborted/i.test(error.message) && !error.path)) {
      // Too many aliases of a costly (or wide) field for one document: ask in halves.
      const half = Math.ceil(values.length / 2);
      const [first, second] = await Promise.all([send(slot, values.slice(0, half), token, target), send(slot, values.slice(half), token, target)]);
      return { cases: first.cases + second.cases, problems: [...first.problems, ...second.problems] };
    }
    const problems: string[] = [];
    const say = (hostile: HostileValue | undefined, text: string) => problems.push(`${slot.label} ← ${hostile ? hostile.name : 'whole request'}: ${text}`);
    if (response.status !== 200) say(undefined, `HTTP ${response.status}`);
    const size = JSON.stringify(response).length;
    if (size > MAX_ANSWER_CHARACTERS) say(values.length === 1 ? values[0] : undefined, `answer of ${size} characters (hostile text echoed back?)`);
    const errorsByAlias = new Map<string, Array<NonNullable<GraphQLResponse['errors']>[number]>>();
    for (const error of response.errors ?? []) {
      const alias = typeof error.path?.[0] === 'string' ? error.path[0] : undefined;
      const hostile = alias ? request.aliases.get(alias) : undefined;
      if (!hostile) {
        say(undefined, `${String(error.extensions?.code)}: ${error.message.slice(0, 300)}`);
        continue;
      }
      errorsByAlias.set(alias!, [...(errorsByAlias.get(alias!) ?? []), error]);
      const code = String(error.extensions?.code);
      if (!CLEAN_CODES.has(code)) say(hostile, `${code}: ${error.message.slice(0, 300)}`);
      // A refusal names the argument it refused: the hostile one, not a neighbour given a default.
      // (Queries only: a write's other arguments can never all be valid, or the corpus would change the graph.)
      if (slot.operation === 'query' && code === 'BAD_USER_INPUT' && error.extensions?.field !== argumentPath(slot)) say(hostile, `refused naming ${String(error.extensions?.field)} instead of ${argumentPath(slot)}: ${error.message.slice(0, 200)}`);
      const exposed = `${error.message} ${JSON.stringify(error.extensions ?? {})}`.split(hostile.value).join('').split(hostile.value.trim()).join('');
      if (error.extensions && ('stacktrace' in error.extensions || 'exception' in error.extensions)) say(hostile, 'stack trace in extensions');
      if (LEAK.test(exposed)) say(hostile, `internals in the error: ${exposed.slice(0, 300)}`);
    }
    for (const [alias, hostile] of request.aliases) {
      if (errorsByAlias.has(alias)) continue;
      if (response.data === null || response.data === undefined) {
        // Another alias's error nulled the whole result (and a mutation's later fields never ran):
        // ask this one alone to see its own answer.
        if (values.length > 1) problems.push(...(await send(slot, [hostile], token, target)).problems);
        continue;
      }
      if (slot.operation === 'mutation' && !token) {
        say(hostile, 'a write without a token was not refused');
        continue;
      }
      if (slot.operation === 'mutation' || !hostile.matchesNothing || FREE_TEXT_ARGUMENTS.has(slot.path[0])) continue;
      const result = resultOf(slot, response.data, alias);
      if (!isEmptyResult(result)) say(hostile, `matched something: ${JSON.stringify(result).slice(0, 300)}`);
    }
    return { cases: values.length, problems };
  }

  /** Every slot with the whole corpus (one request each), then each slot with the megabyte value. */
  async function runCorpus(slots: StringSlot[], token: string | undefined, target: TestApi = api): Promise<Outcome> {
    const outcome: Outcome = { cases: 0, problems: [] };
    const jobs = [...slots.map((slot) => () => send(slot, HOSTILE_VALUES, token, target)), ...slots.map((slot) => () => send(slot, [MEGABYTE_VALUE], token, target))];
    // Two requests at a time: the machine is small and shared; this is a correctness test.
    const workers = Array.from({ length: 2 }, async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const result = await job();
        outcome.cases += result.cases;
        outcome.problems.push(...result.problems);
      }
    });
    await Promise.all(workers);
    return outcome;
  }

  /** One line per run on stderr; the full list of problems (Jest's diff cuts it short) in test-output/. */
  function report(kind: string, slots: StringSlot[], outcome: Outcome, started: number): void {
    if (outcome.problems.length) fs.writeFileSync(path.join(PROJECT_ROOT, 'test-output', `hostile-input-${kind.split(',')[0]}.txt`), `${outcome.problems.join('\n')}\n`);
    process.stderr.write(`hostile input (${kind}): ${outcome.cases} cases over ${slots.length} string arguments in ${((Date.now() - started) / 1000).toFixed(1)} s, ${outcome.problems.length} problem(s)\n`);
  }

  test('when the schema is walked, then string arguments are found and every type that has some is reachable from a lookup', () => {
    const { slots, unreachable } = stringSlots(schema, 'query');
    expect(unreachable).toEqual([]);
    // Canaries for the walk itself: a plain argument, one inside an input object, one in a list, one on a nested field.
    expect(slots.map((slot) => slot.label)).toEqual(
      expect.arrayContaining(['Query.element(symbol)', 'Query.deposits(where.country)', 'Query.disruptionImpact(elements.[])', 'Country.deposits(where.nameContains)']),
    );
  });

  test('when every string argument of every query field receives each hostile value, then each answer is a clean error or an empty or normal result, and the graph is unchanged', async () => {
    const before = await graphChecksum(executor);
    const started = Date.now();
    const { slots } = stringSlots(schema, 'query');
    const outcome = await runCorpus(slots, undefined);
    report('queries', slots, outcome, started);
    expect(outcome.problems).toEqual([]);
    expect(outcome.cases).toBe(slots.length * (HOSTILE_VALUES.length + 1));
    expect(await graphChecksum(executor)).toBe(before);
  }, 300000);

  test('when every string argument of every mutation receives each hostile value, with and without an admin token, then each answer is clean and the graph is unchanged', async () => {
    // Writes go to a seeded Neo4j of this test's own, so suites reading the shared one never see them.
    const database = await writableDatabase('hostile');
    const writable = await startTestApi({ ...database.environment, JWT_SECRET: TEST_JWT_SECRET, MAX_BODY_BYTES: String(4 * 1024 * 1024) });
    try {
      const before = await graphChecksum(database.executor);
      const { slots } = stringSlots(schema, 'mutation');
      for (const token of [undefined, await bearerFor('admin')]) {
        const started = Date.now();
        const outcome = await runCorpus(slots, token, writable);
        report(token ? 'mutations, admin token' : 'mutations, no token', slots, outcome, started);
        expect(outcome.problems).toEqual([]);
        expect(outcome.cases).toBe(slots.length * (HOSTILE_VALUES.length + 1));
        // No hostile string makes a valid record, so even an admin's requests must change nothing
        // (a refused write leaves no audit entry either: it is one transaction).
        expect(await graphChecksum(database.executor)).toBe(before);
      }
    } finally {
      await writable.close();
      await database.release();
    }
  }, 600000);
});
