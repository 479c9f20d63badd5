import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import type { GraphNode } from '../db/graph.repository';
import { Agreement } from '../schema/agreement.type';
import { Source } from '../schema/common/source.type';
import { FacilityConnection } from '../schema/connections';
import { Country } from '../schema/country.type';
import { Element } from '../schema/element.type';
import { Facility } from '../schema/facility.type';
import { FacilityListArgs } from '../schema/list.args';
import { Operation, Processing, Stake, SupplyLink } from '../schema/relations.type';
import { facilityConnection } from './lists';
import { siteFields } from './site-fields';
import { related, sourcesOf, withEnds } from './support';

@Resolver(() => Facility)
export class FacilityResolver {
  @Query(() => Facility, { nullable: true, description: 'A facility by id, name or alias.' })
  facility(@Arg('id') id: string, @Ctx() context: RequestContext): Promise<GraphNode> {
    return context.identifiers.resolve('Facility', id, 'id');
  }

  @Query(() => FacilityConnection, { description: 'Facilities by stage, country, element, status, or within a distance of a point.' })
  facilities(@Args() args: FacilityListArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    return facilityConnection(context, args, undefined, info);
  }

  @FieldResolver(() => Country, { nullable: true })
  country(@Root() facility: GraphNode, @Ctx() context: RequestContext) {
    return siteFields.country(facility, context);
  }

  @FieldResolver(() => [Processing], { description: 'What it separates, produces or recovers, per element, with capacity and status.' })
  async processes(@Root() facility: GraphNode, @Ctx() context: RequestContext): Promise<Processing[]> {
    return (await related(context, facility.id, 'PROCESSES', 'OUT')).map((item) => withEnds<Processing>(item, facility.id, 'OUT', { from: 'facilityId', to: 'elementId' }));
  }

  @FieldResolver(() => [Element], { description: 'Elements it separates, produces or recovers.' })
  async elements(@Root() facility: GraphNode, @Ctx() context: RequestContext): Promise<GraphNode[]> {
    const nodes = (await related(context, facility.id, 'PROCESSES', 'OUT')).map((item) => item.node);
    return [...new Map(nodes.map((node) => [node.id, node])).values()];
  }

  @FieldResolver(() => [Operation])
  operators(@Root() facility: GraphNode, @Ctx() context: RequestContext) {
    return siteFields.operators(facility, context);
  }

  @FieldResolver(() => [Stake], { description: 'Direct owners with stakes, where a stake in the plant itself is published.' })
  owners(@Root() facility: GraphNode, @Ctx() context: RequestContext) {
    return siteFields.owners(facility, context);
  }

  @FieldResolver(() => [SupplyLink], { description: 'Material it receives.' })
  suppliedBy(@Root() facility: GraphNode, @Ctx() context: RequestContext) {
    return siteFields.suppliedBy(facility, context);
  }

  @FieldResolver(() => [SupplyLink], { description: 'Where its products go.' })
  suppliesTo(@Root() facility: GraphNode, @Ctx() context: RequestContext) {
    return siteFields.suppliesTo(facility, context);
  }

  @FieldResolver(() => [Agreement])
  agreements(@Root() facility: GraphNode, @Ctx() context: RequestContext) {
    return siteFields.agreements(facility, context);
  }

  @FieldResolver(() => [Source])
  sources(@Root() facility: GraphNode, @Ctx() context: RequestContext) {
    return sourcesOf(facility, context);
  }
}
