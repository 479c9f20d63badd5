import { relationshipKey, SEED_FILES, type GraphRelationship } from '../../src/domain/records';
import { SEED_DIRECTORY } from '../../src/seed/run-seed';
import { validateSeed } from '../../src/seed/validate';
import { entityRow, relationshipRow } from '../../src/operations/seed-export';
import { seedFileShape } from '../../src/operations/seed-shape';

/**
 * The exporter learns each seed file's columns from the file's own definition; these tests hold
 * it to every file and every row of the real dataset, without a database: a row turned into graph
 * parts as the loader stores them, exported back and parsed again gives the same graph parts.
 */
describe('the export shape of the seed files', () => {
  const shapes = SEED_FILES.map((spec) => ({ spec, shape: seedFileShape(spec) }));

  test('when the shapes are learnt, then every seed file has one, and every column has a place in the graph', () => {
    expect(shapes.length).toBe(SEED_FILES.length);
    expect(shapes.length).toBeGreaterThan(0);
    const unplaced = shapes.flatMap(({ shape }) => shape.columns.filter((column) => shape.places[column].kind === 'none').map((column) => `${shape.file}:${column}`));
    expect(unplaced).toEqual([]);
  });

  test('when the shapes are learnt, then a few known columns land where the loader puts them', () => {
    const byFile = Object.fromEntries(shapes.map(({ shape }) => [shape.file, shape]));
    expect(byFile['deposits.csv'].places).toMatchObject({ id: { kind: 'id' }, countryId: { kind: 'related', many: false }, latitude: { kind: 'location', axis: 'latitude' }, sourceIds: { kind: 'sources' }, name: { kind: 'property', name: 'name' } });
    expect(byFile['stakes.csv'].places).toMatchObject({ ownerId: { kind: 'end', side: 'from' }, ownedId: { kind: 'end', side: 'to' }, stakePct: { kind: 'property', name: 'stakePct' } });
    expect(byFile['export_control_links.csv'].places.type).toEqual({ kind: 'type' });
    expect(byFile['export_control_links.csv'].relationships[0].type).toBeNull();
    expect(byFile['trade_dependence.csv'].places.importerId).toEqual({ kind: 'related', relationship: 0, many: false });
  });

  test('when every row of the real dataset is stored as the loader stores it and exported back, then it parses into the same graph', () => {
    const seed = validateSeed(SEED_DIRECTORY);
    expect(seed.problems).toEqual([]);
    let rows = 0;
    const differences: string[] = [];
    for (const { spec, shape } of shapes) {
      const nodes = seed.nodes.filter((node) => node.file === spec.file);
      const relationships = seed.relationships.filter((rel) => rel.file === spec.file);
      const rowGraphs = shape.label
        ? nodes.map((node) => {
            const own = relationships.filter((rel) => rel.line === node.line);
            const stored = {
              id: node.id,
              properties: { ...node.properties, id: node.id, ...(node.label === 'Source' ? {} : { sourceIds: node.sourceIds }), origin: 'seed', version: 1, location: node.location ?? null },
              owned: own.map((rel) => ({ type: rel.type, outgoing: rel.from === node.id, other: rel.from === node.id ? rel.to : rel.from, key: rel.key })),
            };
            return { line: node.line, expected: { node: { ...node.properties, sourceIds: node.sourceIds, location: node.location }, relationships: own.map(relationshipKey).sort() }, row: entityRow(shape, stored) };
          })
        : relationships.map((rel) => {
            const stored = { type: rel.type, from: rel.from, fromLabels: [...rel.fromLabels], to: rel.to, toLabels: [...rel.toLabels], properties: { ...rel.properties, key: rel.key, seedKey: relationshipKey(rel), sourceIds: rel.sourceIds, origin: 'seed' } };
            return { line: rel.line, expected: { relationship: relationshipKey(rel), properties: rel.properties, sourceIds: rel.sourceIds }, row: relationshipRow(shape, stored) };
          });
      for (const { line, expected, row } of rowGraphs) {
        rows += 1;
        const parsed = spec.schema.safeParse(Object.fromEntries(shape.columns.map((column, index) => [column, row[index]])));
        if (!parsed.success) {
          differences.push(`${spec.file}:${line}: exported row does not parse: ${parsed.error.issues[0].path.join('.')} ${parsed.error.issues[0].message}`);
          continue;
        }
        const graph = spec.toGraph(parsed.data);
        const sourceIds = (parsed.data as { sourceIds?: string[] }).sourceIds ?? [];
        const actual = shape.label
          ? { node: { ...graph.nodes[0].properties, sourceIds: graph.nodes[0].label === 'Source' ? [] : sourceIds, location: graph.nodes[0].location }, relationships: graph.relationships.map(relationshipKey).sort() }
          : { relationship: relationshipKey(graph.relationships[0] as GraphRelationship), properties: graph.relationships[0].properties, sourceIds };
        if (JSON.stringify(actual) !== JSON.stringify(expected)) differences.push(`${spec.file}:${line}: ${JSON.stringify(expected).slice(0, 300)} became ${JSON.stringify(actual).slice(0, 300)}`);
      }
    }
    expect(differences.slice(0, 20)).toEqual([]);
    expect(rows).toBe(Object.values(seed.rowCounts).reduce((a, b) => a + b, 0));
  });
});
