import type { RequestContext } from '../context';
import type { GraphNode } from '../db/graph.repository';
import type { Operation, Stake, SupplyLink } from '../schema/relations.type';
import { firstRelatedNode, related, relatedNodes, withEnds } from './support';

/** Fields deposits and facilities share: where they are, who runs and owns them, where material goes. */
export const siteFields = {
  country: (site: GraphNode, context: RequestContext) => firstRelatedNode(context, site.id, 'LOCATED_IN', 'OUT'),
  operators: async (site: GraphNode, context: RequestContext): Promise<Operation[]> =>
    (await related(context, site.id, 'OPERATES', 'IN')).map((item) => withEnds<Operation>(item, site.id, 'IN', { from: 'companyId', to: 'siteId' })),
  owners: async (site: GraphNode, context: RequestContext): Promise<Stake[]> =>
    (await related(context, site.id, 'OWNS', 'IN')).map((item) => withEnds<Stake>(item, site.id, 'IN', { from: 'ownerId', to: 'ownedId' })),
  suppliesTo: async (site: GraphNode, context: RequestContext): Promise<SupplyLink[]> =>
    (await related(context, site.id, 'SUPPLIES', 'OUT')).map((item) => withEnds<SupplyLink>(item, site.id, 'OUT', { from: 'fromId', to: 'toId' })),
  suppliedBy: async (site: GraphNode, context: RequestContext): Promise<SupplyLink[]> =>
    (await related(context, site.id, 'SUPPLIES', 'IN')).map((item) => withEnds<SupplyLink>(item, site.id, 'IN', { from: 'fromId', to: 'toId' })),
  agreements: (site: GraphNode, context: RequestContext) => relatedNodes(context, site.id, 'COVERS', 'IN'),
  claims: (site: GraphNode, context: RequestContext) => relatedNodes(context, site.id, 'ABOUT', 'IN'),
};
