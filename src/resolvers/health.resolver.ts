import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { serverComponents } from '../db/queries/health.queries';
import { Health } from '../schema/health.type';

@Resolver()
export class HealthResolver {
  @Query(() => Health, { description: 'Whether the service can reach the graph, and which Neo4j it runs on.' })
  async health(@Ctx() context: RequestContext): Promise<Health> {
    try {
      const [row] = await context.executor.query(serverComponents, {});
      return { status: 'ok', neo4jReachable: true, neo4jVersion: row?.version ?? '', neo4jEdition: row?.edition ?? '' };
    } catch {
      return { status: 'degraded', neo4jReachable: false };
    }
  }
}
