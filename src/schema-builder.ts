import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ElementResolver } from './resolvers/element.resolver';
import { HealthResolver } from './resolvers/health.resolver';

export const RESOLVERS = [ElementResolver, HealthResolver] as const;

/** The GraphQL schema from the type-graphql classes; `schema.graphql` is its committed SDL. */
export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...RESOLVERS], validate: true });
}
