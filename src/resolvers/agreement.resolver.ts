import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import type { GraphNode } from '../db/graph.repository';
import { Agreement } from '../schema/agreement.type';
import { Source } from '../schema/common/source.type';
import { AgreementConnection } from '../schema/connections';
import { Deposit } from '../schema/deposit.type';
import { Element } from '../schema/element.type';
import { Facility } from '../schema/facility.type';
import { AgreementListArgs } from '../schema/list.args';
import { AgreementParty, CoveredEntity } from '../schema/relations.type';
import { agreementConnection } from './lists';
import { related, relatedNodes, sourcesOf, withEnds } from './support';

const covered = async (agreement: GraphNode, context: RequestContext, label?: string) =>
  (await relatedNodes(context, agreement.id, 'COVERS', 'OUT')).filter((node) => !label || node._labels.includes(label));

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, { nullable: true, description: 'An agreement by id or exact title.' })
  agreement(@Arg('id') id: string, @Ctx() context: RequestContext): Promise<GraphNode> {
    return context.identifiers.resolve('Agreement', id, 'id');
  }

  @Query(() => AgreementConnection, { description: 'Agreements by kind, party, element, status and date range.' })
  agreements(@Args() args: AgreementListArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    return agreementConnection(context, args, undefined, info);
  }

  @FieldResolver(() => [AgreementParty], { description: 'Parties (companies, agencies, states) and their roles.' })
  async parties(@Root() agreement: GraphNode, @Ctx() context: RequestContext): Promise<AgreementParty[]> {
    return (await related(context, agreement.id, 'PARTY_TO', 'IN')).map((item) => withEnds<AgreementParty>(item, agreement.id, 'IN', { from: 'partyId', to: 'agreementId' }));
  }

  @FieldResolver(() => [CoveredEntity], { description: 'Everything the agreement covers.' })
  covers(@Root() agreement: GraphNode, @Ctx() context: RequestContext) {
    return covered(agreement, context);
  }

  @FieldResolver(() => [Element])
  elements(@Root() agreement: GraphNode, @Ctx() context: RequestContext) {
    return covered(agreement, context, 'Element');
  }

  @FieldResolver(() => [Deposit])
  deposits(@Root() agreement: GraphNode, @Ctx() context: RequestContext) {
    return covered(agreement, context, 'Deposit');
  }

  @FieldResolver(() => [Facility])
  facilities(@Root() agreement: GraphNode, @Ctx() context: RequestContext) {
    return covered(agreement, context, 'Facility');
  }

  @FieldResolver(() => [Source])
  sources(@Root() agreement: GraphNode, @Ctx() context: RequestContext) {
    return sourcesOf(agreement, context);
  }
}
