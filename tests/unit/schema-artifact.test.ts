import fs from 'node:fs';
import path from 'node:path';
import type { GraphQLObjectType } from 'graphql';
import { renderSchema } from '../../scripts/emit-schema';
import { PROJECT_ROOT } from '../../src/config';
import { buildGraphQLSchema } from '../../src/schema-builder';

describe('schema.graphql', () => {
  test('when the schema is built from the classes, then it equals the committed schema.graphql (run `npm run schema:emit` after changing the API)', async () => {
    const committed = fs.readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8');
    expect(await renderSchema()).toBe(committed);
  });

  test('when the contract fields are looked up, then they have the agreed signatures', async () => {
    const schema = await buildGraphQLSchema();
    const signature = (typeName: string, fieldName: string) => {
      const field = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName];
      return `${fieldName}(${field.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(', ')}): ${String(field.type)}`;
    };
    expect(signature('Query', 'element')).toBe('element(symbol: String!): Element');
    expect(signature('Query', 'country')).toBe('country(code: String!): Country');
    expect(signature('Query', 'search')).toBe('search(text: String!, first: Int): [SearchHit!]!');
    expect(signature('Query', 'deposits')).toBe('deposits(first: Int, after: String, where: DepositWhere, orderBy: DepositOrder): DepositConnection!');
    expect(signature('Country', 'mineProduction')).toBe('mineProduction(year: Int!): Float');
    expect(signature('Country', 'reserves')).toBe('reserves(year: Int): Float');
    const fieldsOf = (typeName: string) => Object.keys((schema.getType(typeName) as GraphQLObjectType).getFields());
    expect(fieldsOf('Element')).toEqual(expect.arrayContaining(['symbol', 'name', 'atomicNumber', 'group']));
    expect(fieldsOf('Country')).toEqual(expect.arrayContaining(['iso2', 'iso3', 'name']));
    expect(fieldsOf('SearchHit')).toEqual(expect.arrayContaining(['type', 'id', 'name', 'score']));
    expect(fieldsOf('Deposit')).toEqual(expect.arrayContaining(['id', 'name', 'status', 'country', 'elements']));
  });
});
