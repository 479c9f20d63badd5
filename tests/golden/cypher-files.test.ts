import fs from 'node:fs';
import path from 'node:path';
import { ANALYTICS_QUESTIONS } from '../../src/analytics';
import { CYPHER_ROOT, CypherLibrary } from '../../src/db/cypher';
import { expandFragments } from '../../src/db/fragments';
import { testExecutor } from '../helpers/api';

/** Each analytical question's own example parameters (the registry's), as Cypher receives them. */
const ANALYTICS_PARAMETERS: Record<string, Record<string, unknown>> = Object.fromEntries(
  ANALYTICS_QUESTIONS.map((question) => [question.query.name, question.query.params.parse(question.example('2026-11-27')) as Record<string, unknown>]),
);

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  dbHits?: number;
  children: PlanNode[];
}

const operators = (plan: PlanNode): PlanNode[] => [plan, ...plan.children.flatMap(operators)];

describe('the Cypher files', () => {
  const { driver } = testExecutor();
  const library = new CypherLibrary();
  const profileReport = path.join(CYPHER_ROOT, '..', 'test-output', 'profile.txt');
  beforeAll(() => fs.rmSync(profileReport, { force: true }));
  afterAll(() => driver.close());

  test('every query file opens with a header comment saying what it answers and its parameters', () => {
    for (const name of library.names()) {
      const { header } = library.get(name);
      expect({ name, hasHeader: header.length > 20 }).toEqual({ name, hasHeader: true });
      if (!name.startsWith('writes/seed') && name !== 'schema') expect({ name, mentionsParameters: /Parameters:/.test(header) }).toEqual({ name, mentionsParameters: true });
    }
  });

  test('copies of the shared fragments match cypher/fragments (run `npm run cypher:sync` after editing one)', () => {
    for (const name of library.names()) {
      const text = fs.readFileSync(path.join(CYPHER_ROOT, `${name}.cypher`), 'utf8');
      expect({ name, text }).toEqual({ name, text: expandFragments(text) });
    }
  });

  // schema.cypher is a list of DDL statements, which EXPLAIN does not take; the test set-up applies it
  // to the test database before any test runs, so it is exercised there.
  test.each(new CypherLibrary().names().filter((name) => name !== 'schema'))('EXPLAIN %s plans without error', async (name) => {
    const session = driver.session({ database: 'neo4j' });
    try {
      await session.run(`EXPLAIN ${library.get(name).text}`, ANALYTICS_PARAMETERS[name] ?? {});
    } finally {
      await session.close();
    }
  });

  test.each(Object.keys(ANALYTICS_PARAMETERS))('PROFILE %s anchors on an index (no label scan of the anchor)', async (name) => {
    const session = driver.session({ database: 'neo4j' });
    try {
      const result = await session.run(`PROFILE ${library.get(name).text}`, ANALYTICS_PARAMETERS[name]);
      const plan = result.summary.profile as unknown as PlanNode;
      const all = operators(plan);
      const seeks = all.filter((operator) => /IndexSeek|NodeByIdSeek|UniqueIndexSeek/.test(operator.operatorType));
      expect({ name, seeks: seeks.length > 0 }).toEqual({ name, seeks: true });
      const dbHits = all.reduce((total, operator) => total + Number(operator.dbHits ?? 0), 0);
      fs.mkdirSync(path.dirname(profileReport), { recursive: true });
      fs.appendFileSync(profileReport, `${name}\t${dbHits} db hits\t${[...new Set(seeks.map((s) => s.operatorType))].join(',')}\n`);
    } finally {
      await session.close();
    }
  });
});
