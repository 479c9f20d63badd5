import { graphql, type GraphQLSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import { createRequestContext } from '../../src/context';
import { ReferenceData } from '../../src/db/reference-data';
import type { ParamsOf, QueryDefinition, RowOf } from '../../src/db/query';
import { Neo4jExecutor, type Row } from '../../src/db/run';
import { createLogger } from '../../src/logger';
import { buildGraphQLSchema } from '../../src/schema-builder';

/**
 * What each analytical GraphQL operation sends to the database, pinned without a database
 * (TCK-style, as @neo4j/graphql's tests pin their Cypher): a recording executor answers every
 * query with canned rows and keeps the query's name and the parameters as Cypher receives them
 * (integers converted). A changed argument mapping, a default or a conversion shows here first.
 */
const REFERENCE_NODES: Row[] = [
  { id: 'Tb', symbol: 'Tb', name: 'Terbium', atomicNumber: 65, _labels: ['Entity', 'Element'] },
  { id: 'Dy', symbol: 'Dy', name: 'Dysprosium', atomicNumber: 66, _labels: ['Entity', 'Element'] },
  { id: 'CN', iso2: 'CN', name: 'China', _labels: ['Entity', 'Country'] },
  { id: 'JP', iso2: 'JP', name: 'Japan', _labels: ['Entity', 'Country'] },
];

class RecordingExecutor extends Neo4jExecutor {
  readonly sent: Array<{ name: string; parameters: Record<string, unknown> }> = [];

  constructor(private readonly canned: Record<string, Row[]> = {}) {
    super(null as never, 'neo4j');
  }

  override withStats(): Neo4jExecutor {
    return this;
  }

  override async query<Q extends QueryDefinition>(query: Q, parameters: ParamsOf<Q>): Promise<Array<RowOf<Q>>> {
    const checked = query.params.parse(parameters) as Record<string, unknown>;
    const directory = this.directory(query.name, checked);
    if (directory) return directory.map((row) => query.row.parse(row) as RowOf<Q>);
    this.sent.push({ name: query.name, parameters: checked });
    return (this.canned[query.name] ?? []).map((row) => query.row.parse(row) as RowOf<Q>);
  }

  override async read(name: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    const directory = this.directory(name, parameters);
    if (directory) return directory;
    throw new Error(`the recording executor was asked for ${name}`);
  }

  /** Elements and countries by id or name, as the lookup queries would find them. */
  private directory(name: string, parameters: Record<string, unknown>): Row[] | undefined {
    const named = (label: string) => REFERENCE_NODES.filter((node) => (node._labels as string[]).includes(label) && [node.id, node.name].some((value) => String(value).toLowerCase() === String(parameters.identifier).toLowerCase()));
    if (name === 'queries/graph/reference-nodes') return REFERENCE_NODES.map((node) => ({ node }));
    if (name === 'queries/element/find-element') return named('Element').map((element) => ({ element }));
    if (name === 'queries/country/find-country') return named('Country').map((node) => ({ node }));
    return undefined;
  }
}

const EMPTY_SITES = { hhi: 0, top3Pct: 0, count: 0, shares: [] };
const CANNED: Record<string, Row[]> = {
  'queries/analytics/concentration': [{ published: null, production: null, sites: EMPTY_SITES }],
};

describe('what each analytical operation sends (no database)', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => (schema = await buildGraphQLSchema()));

  async function send(source: string) {
    const executor = new RecordingExecutor(CANNED);
    const reference = new ReferenceData(executor);
    await reference.refresh();
    const contextValue = createRequestContext({ executor, logger: createLogger({ level: 'silent', format: 'json' }), reference });
    const result = await graphql({ schema, source, contextValue });
    expect(result.errors).toBeUndefined();
    return executor.sent;
  }

  const int = (value: number) => neo4j.int(value);

  test('when alternativeSources is asked with every argument, then one query goes with each one mapped', async () => {
    expect(
      await send('{ alternativeSources(element: "terbium", outside: "China", basis: CONTROL, stages: [SEPARATION_REFINING], includePipeline: false, controlThreshold: 30, route: [OUTSIDE, UNKNOWN], year: 2028, minConfidence: MEDIUM, asOf: "2026-12-07") { siteId } }'),
    ).toEqual([
      {
        name: 'queries/analytics/alternative-sources',
        parameters: { element: 'Tb', outside: 'CN', basis: 'CONTROL', stages: ['SEPARATION_REFINING'], includePipeline: false, controlThreshold: 30, asOf: '2026-12-07', routes: ['OUTSIDE', 'UNKNOWN'], minConfidence: 'MEDIUM', year: int(2028), fromYear: int(2026), toYear: int(2037) },
      },
    ]);
  });

  test('when importerAlternatives is asked, then importers and optionsPerImporter go too, and the tonnes window follows the year', async () => {
    expect(await send('{ importerAlternatives(element: "Tb", outside: "CN", importers: ["Japan"], optionsPerImporter: 3, year: 2027, asOf: "2026-12-07") { optionCount } }')).toEqual([
      {
        name: 'queries/analytics/importer-alternatives',
        parameters: { element: 'Tb', outside: 'CN', basis: 'BOTH', stages: null, includePipeline: true, controlThreshold: 25, asOf: '2026-12-07', routes: null, minConfidence: 'LOW', year: int(2027), fromYear: int(2025), toYear: int(2036), importers: ['JP'], optionsPerImporter: int(3) },
      },
    ]);
  });

  test('when supplyBalance is asked for metal, then the stage’s unit goes with it', async () => {
    expect(await send('{ supplyBalance(element: "Dy", outside: "CN", stage: METAL_ALLOY, fromYear: 2026, toYear: 2028, asOf: "2026-12-07") { unit } }')).toEqual([
      {
        name: 'queries/analytics/supply-balance',
        parameters: { element: 'Dy', outside: 'CN', basis: 'BOTH', controlThreshold: 25, asOf: '2026-12-07', minConfidence: 'LOW', stage: 'METAL_ALLOY', unit: 'T_METAL_PER_YEAR', fromYear: int(2026), toYear: int(2028), countPlannedRoutes: false },
      },
    ]);
  });

  test('when disruptionImpact is asked for two elements named twice, then each goes once and the country is also the one to stay outside of', async () => {
    expect(await send('{ disruptionImpact(country: "China", elements: ["Tb", "terbium", "Dy"], controlThreshold: 50, includePipeline: false, asOf: "2026-12-07") { controls { status } } }')).toEqual([
      { name: 'queries/analytics/disruption-impact', parameters: { country: 'CN', outside: 'CN', elements: ['Tb', 'Dy'], asOf: '2026-12-07', controlThreshold: 50, includePipeline: false, stages: null } },
    ]);
  });

  test('when concentration, importDependence, supplyChains, controlChain and exportControls are asked, then each sends its own query with its arguments', async () => {
    expect(await send('{ concentration(element: "Tb", stage: MAGNET, basis: CONTROL, year: 2024, asOf: "2026-12-07") { stage } }')).toEqual([
      { name: 'queries/analytics/concentration', parameters: { element: 'Tb', stage: 'MAGNET', basis: 'CONTROL', year: int(2024), asOf: '2026-12-07' } },
    ]);
    expect(await send('{ importDependence(importer: "Japan", element: "Dy", year: 2024) { breakdowns { year } } }')).toEqual([
      { name: 'queries/analytics/import-dependence', parameters: { importer: 'JP', element: 'Dy', year: int(2024) } },
    ]);
    expect(await send('{ supplyChains(element: "Tb", importer: "JP", maxHops: 3, flagCountry: "China") { hops } }')).toEqual([
      { name: 'queries/analytics/supply-chains', parameters: { element: 'Tb', importer: 'JP', maxHops: int(3), flagCountry: 'CN' } },
    ]);
    expect(await send('{ exportControls(country: "China", element: "Tb", asOf: "2025-12-01") { id } }')).toEqual([
      { name: 'queries/analytics/export-controls', parameters: { country: 'CN', element: 'Tb', asOf: '2025-12-01' } },
    ]);
  });

  test('when a year range is reversed, then nothing is sent', async () => {
    const executor = new RecordingExecutor();
    const reference = new ReferenceData(executor);
    await reference.refresh();
    const result = await graphql({ schema, source: '{ supplyBalance(element: "Tb", outside: "CN", fromYear: 2030, toYear: 2029) { unit } }', contextValue: createRequestContext({ executor, logger: createLogger({ level: 'silent', format: 'json' }), reference }) });
    expect(result.errors?.[0].message).toMatch(/toYear 2029 is before fromYear 2030/);
    expect(executor.sent).toEqual([]);
  });
});
