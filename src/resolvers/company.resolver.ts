import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import type { GraphNode } from '../db/graph.repository';
import { Claim } from '../schema/claim.type';
import { Source } from '../schema/common/source.type';
import { Company } from '../schema/company.type';
import { CompanyConnection } from '../schema/connections';
import { Country } from '../schema/country.type';
import { CompanyListArgs } from '../schema/list.args';
import { Person } from '../schema/person.type';
import { AgreementParty, Operation, Stake } from '../schema/relations.type';
import { companyConnection } from './lists';
import { firstRelatedNode, related, relatedNodes, sourcesOf, withEnds } from './support';

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => Company, { nullable: true, description: 'A company or agency by id, name or alias ("co-lynas", "Lynas Rare Earths", "PocTex").' })
  company(@Arg('id') id: string, @Ctx() context: RequestContext): Promise<GraphNode> {
    return context.identifiers.resolve('Company', id, 'id');
  }

  @Query(() => CompanyConnection, { description: 'Companies and agencies by headquarters country and ownership type.' })
  companies(@Args() args: CompanyListArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    return companyConnection(context, args, undefined, info);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Headquarters country.' })
  country(@Root() company: GraphNode, @Ctx() context: RequestContext) {
    return firstRelatedNode(context, company.id, 'HEADQUARTERED_IN', 'OUT');
  }

  @FieldResolver(() => [Stake], { description: 'Who owns this company (direct stakes).' })
  async owners(@Root() company: GraphNode, @Ctx() context: RequestContext): Promise<Stake[]> {
    return (await related(context, company.id, 'OWNS', 'IN')).map((item) => withEnds<Stake>(item, company.id, 'IN', { from: 'ownerId', to: 'ownedId' }));
  }

  @FieldResolver(() => [Stake], { description: 'Stakes it holds in companies, deposits and facilities.' })
  async stakesHeld(@Root() company: GraphNode, @Ctx() context: RequestContext): Promise<Stake[]> {
    return (await related(context, company.id, 'OWNS', 'OUT')).map((item) => withEnds<Stake>(item, company.id, 'OUT', { from: 'ownerId', to: 'ownedId' }));
  }

  @FieldResolver(() => [Operation], { description: 'Sites (deposits, facilities) it operates.' })
  async operates(@Root() company: GraphNode, @Ctx() context: RequestContext): Promise<Operation[]> {
    return (await related(context, company.id, 'OPERATES', 'OUT')).map((item) => withEnds<Operation>(item, company.id, 'OUT', { from: 'companyId', to: 'siteId' }));
  }

  @FieldResolver(() => [AgreementParty], { description: 'Agreements it is a party to, with its role.' })
  async agreements(@Root() company: GraphNode, @Ctx() context: RequestContext): Promise<AgreementParty[]> {
    return (await related(context, company.id, 'PARTY_TO', 'OUT')).map((item) => withEnds<AgreementParty>(item, company.id, 'OUT', { from: 'partyId', to: 'agreementId' }));
  }

  @FieldResolver(() => [Person], { description: 'People the sources name as affiliated.' })
  persons(@Root() company: GraphNode, @Ctx() context: RequestContext) {
    return relatedNodes(context, company.id, 'AFFILIATED_WITH', 'IN');
  }

  @FieldResolver(() => [Claim])
  claims(@Root() company: GraphNode, @Ctx() context: RequestContext) {
    return relatedNodes(context, company.id, 'ABOUT', 'IN');
  }

  @FieldResolver(() => [Source])
  sources(@Root() company: GraphNode, @Ctx() context: RequestContext) {
    return sourcesOf(company, context);
  }
}
