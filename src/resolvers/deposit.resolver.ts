import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import type { GraphNode } from '../db/graph.repository';
import { Agreement } from '../schema/agreement.type';
import { Claim } from '../schema/claim.type';
import { Source } from '../schema/common/source.type';
import { DepositConnection } from '../schema/connections';
import { Country } from '../schema/country.type';
import { Deposit } from '../schema/deposit.type';
import { Element } from '../schema/element.type';
import { DepositListArgs } from '../schema/list.args';
import { DepositContent, Operation, Stake, SupplyLink } from '../schema/relations.type';
import { depositConnection } from './lists';
import { siteFields } from './site-fields';
import { related, sourcesOf, withEnds } from './support';

@Resolver(() => Deposit)
export class DepositResolver {
  @Query(() => Deposit, { nullable: true, description: 'A deposit by id, name or alias ("dep-mount-weld", "Mount Weld", "Nantori Island").' })
  deposit(@Arg('id') id: string, @Ctx() context: RequestContext): Promise<GraphNode> {
    return context.identifiers.resolve('Deposit', id, 'id');
  }

  @Query(() => DepositConnection, { description: 'Deposits by country, element, status, type, heavy rare earths, or within a distance of a point.' })
  deposits(@Args() args: DepositListArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    return depositConnection(context, args, undefined, info);
  }

  @FieldResolver(() => Country, { nullable: true })
  country(@Root() deposit: GraphNode, @Ctx() context: RequestContext) {
    return siteFields.country(deposit, context);
  }

  @FieldResolver(() => [Element], { description: 'Elements the deposit contains (see contents for shares).' })
  async elements(@Root() deposit: GraphNode, @Ctx() context: RequestContext): Promise<GraphNode[]> {
    return (await related(context, deposit.id, 'CONTAINS', 'OUT')).map((item) => item.node);
  }

  @FieldResolver(() => [DepositContent], { description: 'Elements with their role and published content or share.' })
  async contents(@Root() deposit: GraphNode, @Ctx() context: RequestContext): Promise<DepositContent[]> {
    return (await related(context, deposit.id, 'CONTAINS', 'OUT')).map((item) => withEnds<DepositContent>(item, deposit.id, 'OUT', { from: 'depositId', to: 'elementId' }));
  }

  @FieldResolver(() => [Operation], { description: 'Who runs the site.' })
  operators(@Root() deposit: GraphNode, @Ctx() context: RequestContext) {
    return siteFields.operators(deposit, context);
  }

  @FieldResolver(() => [Stake], { description: 'Direct owners with stakes (see controlChain for ultimate controllers).' })
  owners(@Root() deposit: GraphNode, @Ctx() context: RequestContext) {
    return siteFields.owners(deposit, context);
  }

  @FieldResolver(() => [SupplyLink], { description: 'Where its material goes.' })
  suppliesTo(@Root() deposit: GraphNode, @Ctx() context: RequestContext) {
    return siteFields.suppliesTo(deposit, context);
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements that cover the deposit.' })
  agreements(@Root() deposit: GraphNode, @Ctx() context: RequestContext) {
    return siteFields.agreements(deposit, context);
  }

  @FieldResolver(() => [Claim], { description: 'Claims about the deposit, with verdicts (e.g. the 2020 article on Tomtor).' })
  claims(@Root() deposit: GraphNode, @Ctx() context: RequestContext) {
    return siteFields.claims(deposit, context);
  }

  @FieldResolver(() => [Source])
  sources(@Root() deposit: GraphNode, @Ctx() context: RequestContext) {
    return sourcesOf(deposit, context);
  }
}
