import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import type { GraphNode } from '../db/graph.repository';
import { assertIdentifierLength } from '../domain/identifiers';
import { ValidationError } from '../errors';
import { Node } from '../schema/common/node.interface';

/** Most ids one nodes(ids:) call takes: a page, like every list of this API. */
export const MAX_NODE_IDS = 100;

/**
 * Any object by its global id. Both go through the request's node loader, so a call (or every
 * node/nodes field of one request level) is one round trip, and elements and countries come from
 * memory. An id nothing has is null, not an error: global ids are opaque to clients.
 */
@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id (null when there is none).' })
  async node(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<GraphNode | null> {
    assertIdentifierLength(id, 'id');
    return (await context.loaders.nodes.load(id)) ?? null;
  }

  @Query(() => [Node], { nullable: 'items', description: `Objects by their global ids, in the order asked (null where there is none); at most ${MAX_NODE_IDS} ids, one round trip.` })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() context: RequestContext): Promise<Array<GraphNode | null>> {
    if (ids.length > MAX_NODE_IDS) throw new ValidationError(`ids takes at most ${MAX_NODE_IDS} ids; split the list`, 'ids');
    for (const id of ids) assertIdentifierLength(id, 'ids');
    const found = await context.loaders.nodes.loadMany(ids);
    return found.map((node) => (node && !(node instanceof Error) ? node : null));
  }
}
