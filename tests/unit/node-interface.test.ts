import { graphql, isObjectType, type GraphQLInterfaceType, type GraphQLSchema } from 'graphql';
import { ENTITY_LABELS } from '../../src/domain/vocabulary';
import { buildGraphQLSchema } from '../../src/schema-builder';
import { NODE_LABELS, nodeTypeName } from '../../src/schema/common/node.interface';

describe('the Node interface', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphQLSchema();
  });

  test('when the schema is built, then every node label of the graph, sources included, has an object type of its name implementing Node', () => {
    expect(NODE_LABELS).toEqual([...ENTITY_LABELS, 'Source']);
    const implementing = schema.getPossibleTypes(schema.getType('Node') as GraphQLInterfaceType).map((type) => type.name);
    expect(implementing.sort()).toEqual([...NODE_LABELS].sort());
    for (const label of NODE_LABELS) {
      const type = schema.getType(label);
      expect(isObjectType(type) && String(type.getFields().id.type)).toBe('ID!');
    }
  });

  test('when a node carries the :Entity label beside its own, then its type is its own label', () => {
    expect(nodeTypeName({ _labels: ['Entity', 'Deposit'] })).toBe('Deposit');
    expect(nodeTypeName({ _labels: ['Source'] })).toBe('Source');
    expect(nodeTypeName({ _labels: ['Entity'] })).toBeUndefined();
    expect(nodeTypeName({})).toBeUndefined();
  });

  test('when nodes is asked for ids, then the request loader is asked once for all of them, unknown ones are null, and over 100 ids are refused before it', async () => {
    const loadMany = jest.fn(async (ids: readonly string[]) => ids.map((id) => (id === 'dep-a' ? { id, _labels: ['Entity', 'Deposit'], name: 'A', aliases: [] } : id === 'Tb' ? { id, _labels: ['Entity', 'Element'] } : undefined)));
    const contextValue = { loaders: { nodes: { loadMany } } };
    const result = await graphql({ schema, source: '{ nodes(ids: ["dep-a", "x-none", "Tb"]) { __typename id } }', contextValue });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ nodes: [{ __typename: 'Deposit', id: 'dep-a' }, null, { __typename: 'Element', id: 'Tb' }] });
    expect(loadMany).toHaveBeenCalledTimes(1);
    const tooMany = await graphql({ schema, source: `{ nodes(ids: ${JSON.stringify(Array.from({ length: 101 }, (_, i) => `co-${i}`))}) { id } }`, contextValue });
    expect(tooMany.errors?.[0].originalError).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'ids' } });
    expect(loadMany).toHaveBeenCalledTimes(1);
  });
});
