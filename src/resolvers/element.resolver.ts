import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import type { GraphNode } from '../db/graph.repository';
import { Source } from '../schema/common/source.type';
import { AgreementConnection, DepositConnection, FacilityConnection } from '../schema/connections';
import { Element } from '../schema/element.type';
import { AgreementListArgs, DepositListArgs, FacilityListArgs } from '../schema/list.args';
import { agreementConnection, depositConnection, facilityConnection } from './lists';
import { sourcesOf } from './support';

@Resolver(() => Element)
export class ElementResolver {
  @Query(() => Element, { nullable: true, description: 'An element by symbol, name or alias, in any case: "Tb", "tb", "Terbium".' })
  async element(@Arg('symbol', { description: 'Symbol or name.' }) symbol: string, @Ctx() context: RequestContext): Promise<GraphNode> {
    return context.identifiers.resolve('Element', symbol, 'symbol');
  }

  @Query(() => [Element], { description: 'Every element the graph knows; rare earths first, by atomic number.' })
  elements(
    @Arg('rareEarthsOnly', { defaultValue: false, description: 'Leave out co-products such as Nb or Th.' }) rareEarthsOnly: boolean,
    @Ctx() context: RequestContext,
  ): Promise<GraphNode[]> {
    return context.repos.elements.list(rareEarthsOnly);
  }

  @FieldResolver(() => DepositConnection, { description: 'Deposits that contain this element (same filters as `deposits`).' })
  deposits(@Root() element: GraphNode, @Args() args: DepositListArgs, @Ctx() context: RequestContext) {
    return depositConnection(context, args, { element: element.id });
  }

  @FieldResolver(() => FacilityConnection, { description: 'Facilities that separate, produce or recover this element.' })
  facilities(@Root() element: GraphNode, @Args() args: FacilityListArgs, @Ctx() context: RequestContext) {
    return facilityConnection(context, args, { element: element.id });
  }

  @FieldResolver(() => AgreementConnection, { description: 'Agreements that cover this element.' })
  agreements(@Root() element: GraphNode, @Args() args: AgreementListArgs, @Ctx() context: RequestContext) {
    return agreementConnection(context, args, { element: element.id });
  }

  @FieldResolver(() => [Source], { description: 'Where these facts come from.' })
  sources(@Root() element: GraphNode, @Ctx() context: RequestContext): Promise<Source[]> {
    return sourcesOf(element, context);
  }
}
