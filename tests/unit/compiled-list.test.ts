import 'reflect-metadata';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileList } from '../../src/db/compiled-list';
import type { ListRequest } from '../../src/db/graph.repository';
import { selectionOf } from '../../src/resolvers/selection';
import { buildGraphQLSchema } from '../../src/schema-builder';

/** What selectionOf sees of a top-level Query field in a document: its return type, nodes and fragments. */
function infoFor(schema: GraphQLSchema, document: string) {
  const parsed = parse(document);
  const operation = parsed.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const field = operation.selectionSet.selections[0] as FieldNode;
  const fragments = Object.fromEntries(parsed.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]));
  return { returnType: schema.getQueryType()!.getFields()[field.name.value].type, fieldNodes: [field], fragments };
}

const firstPage: ListRequest<'deposits'> = {
  filters: { country: null, element: null, statuses: null, types: null, heavy: null, nameContains: null, near: null },
  sort: 'NAME',
  descending: false,
  first: 50,
  after: null,
};

describe('one statement per list selection (src/db/compiled-list.ts, src/resolvers/selection.ts)', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => (schema = await buildGraphQLSchema()));

  it('when deposits are asked with owners, their owners and their countries, then one statement reads all three levels (golden Cypher)', () => {
    const plan = selectionOf(infoFor(schema, '{ deposits(first: 50) { edges { node { id name owners { stakePct owner { id name country { iso2 name } } } } } } }'));
    expect(plan).toEqual({ totalCount: false, prefetch: [{ type: 'OWNS', direction: 'IN', next: [{ type: 'HEADQUARTERED_IN', direction: 'OUT', next: [] }] }] });
    const statement = compileList('deposits', firstPage, plan!.prefetch, plan!.totalCount);
    expect(statement?.cypher).toBe(
      [
        'CALL () {',
        '  MATCH (this0:Deposit)',
        '  WITH this0, toLower(this0.name) AS var1',
        '  ORDER BY var1 ASC, this0.id ASC',
        '  LIMIT $param0',
        '  CALL (this0) {',
        '    MATCH (this0)<-[this2:OWNS]-(this3)',
        '    CALL (this3) {',
        '      MATCH (this3)-[this4:HEADQUARTERED_IN]->(this5)',
        '      WITH this4, this5',
        "      ORDER BY coalesce(this4.asOf, this4.since, '') ASC, this5.id ASC",
        '      RETURN collect({relationship: properties(this4), node: this5 { .*, _labels: labels(this5) }, next: []}) AS var6',
        '    }',
        '    WITH this2, this3, var6',
        "    ORDER BY coalesce(this2.asOf, this2.since, '') ASC, this3.id ASC",
        '    RETURN collect({relationship: properties(this2), node: this3 { .*, _labels: labels(this3) }, next: [var6]}) AS var7',
        '  }',
        '  WITH this0, var1, var7',
        '  ORDER BY var1 ASC, this0.id ASC',
        '  RETURN collect({node: this0 { .*, _labels: labels(this0) }, sortKey: var1, related: [var7]}) AS var8',
        '}',
        'RETURN var8 AS page',
      ].join('\n'),
    );
    expect(Object.keys(statement!.params)).toEqual(['param0']);
    expect(Number(String(statement!.params.param0))).toBe(51);
  });

  it('when filters, a country sort, a cursor and totalCount are asked, then each is a parameter and the count runs apart from the page', () => {
    const after = Buffer.from(JSON.stringify(['japan', 'co-x'])).toString('base64url');
    const statement = compileList('companies', { filters: { country: 'JP', ownershipTypes: ['LISTED'], nameContains: "x' OR 1=1" }, sort: 'COUNTRY', descending: true, first: 5, after }, [], true);
    expect(statement?.cypher).toContain('EXISTS {');
    expect(statement?.cypher).toContain('OPTIONAL MATCH (this');
    expect(statement?.cypher).toContain('count(this');
    expect(statement?.cypher).not.toContain('OR 1=1');
    expect(Object.values(statement!.params)).toEqual(expect.arrayContaining(['JP', ['LISTED'], "x' OR 1=1", 'japan', 'co-x']));
  });

  it('when a list uses what is not compiled (distance, the agreements list), then no statement is built and the list file answers', () => {
    expect(compileList('deposits', { ...firstPage, filters: { ...firstPage.filters, near: { latitude: 0, longitude: 0, distanceKm: 10 } } }, [], false)).toBeUndefined();
    expect(compileList('deposits', { ...firstPage, sort: 'DISTANCE' }, [], false)).toBeUndefined();
    expect(compileList('agreements', { filters: { kinds: null, party: null, element: null, statuses: null, from: null, to: null, titleContains: null }, sort: 'DATE', descending: false, first: 5, after: null }, [], false)).toBeUndefined();
  });

  it('when fields are asked twice (aliases, fragments) or through relationship objects, then each relationship is read once per level', () => {
    const plan = selectionOf(
      infoFor(
        schema,
        `{ facilities(first: 3) { totalCount edges { node { ...F a: country { name } b: country { iso2 } operators { company { country { name } } } owners { owned { ... on Company { name } } } } } } }
         fragment F on Facility { country { kind } owners { stakePct } }`,
      ),
    );
    expect(plan).toEqual({
      totalCount: true,
      prefetch: [
        { type: 'LOCATED_IN', direction: 'OUT', next: [] },
        { type: 'OWNS', direction: 'IN', next: [] },
        { type: 'OPERATES', direction: 'IN', next: [{ type: 'HEADQUARTERED_IN', direction: 'OUT', next: [] }] },
      ],
    });
  });

  it('when a directive appears in the selection, then it is not compiled (its outcome depends on variables)', () => {
    expect(selectionOf(infoFor(schema, '{ deposits { edges { node { owners @include(if: true) { stakePct } } } } }'))).toBeUndefined();
  });
});
