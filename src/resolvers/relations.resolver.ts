import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { Agreement } from '../schema/agreement.type';
import { Source } from '../schema/common/source.type';
import { Company } from '../schema/company.type';
import { Deposit } from '../schema/deposit.type';
import { Element } from '../schema/element.type';
import { Facility } from '../schema/facility.type';
import { AgreementParty, DepositContent, Operation, OwnedEntity, Party, Processing, Site, Stake, SupplyLink, SupplyTarget } from '../schema/relations.type';
import { nodeById, sourcesOf } from './support';

@Resolver(() => Stake)
export class StakeResolver {
  @FieldResolver(() => Company)
  owner(@Root() stake: Stake, @Ctx() context: RequestContext) {
    return nodeById(context, stake.ownerId);
  }

  @FieldResolver(() => OwnedEntity)
  owned(@Root() stake: Stake, @Ctx() context: RequestContext) {
    return nodeById(context, stake.ownedId);
  }

  @FieldResolver(() => [Source])
  sources(@Root() stake: Stake, @Ctx() context: RequestContext) {
    return sourcesOf(stake, context);
  }
}

@Resolver(() => Operation)
export class OperationResolver {
  @FieldResolver(() => Company)
  company(@Root() operation: Operation, @Ctx() context: RequestContext) {
    return nodeById(context, operation.companyId);
  }

  @FieldResolver(() => Site)
  site(@Root() operation: Operation, @Ctx() context: RequestContext) {
    return nodeById(context, operation.siteId);
  }

  @FieldResolver(() => [Source])
  sources(@Root() operation: Operation, @Ctx() context: RequestContext) {
    return sourcesOf(operation, context);
  }
}

@Resolver(() => DepositContent)
export class DepositContentResolver {
  @FieldResolver(() => Element)
  element(@Root() content: DepositContent, @Ctx() context: RequestContext) {
    return nodeById(context, content.elementId);
  }

  @FieldResolver(() => Deposit)
  deposit(@Root() content: DepositContent, @Ctx() context: RequestContext) {
    return nodeById(context, content.depositId);
  }

  @FieldResolver(() => [Source])
  sources(@Root() content: DepositContent, @Ctx() context: RequestContext) {
    return sourcesOf(content, context);
  }
}

@Resolver(() => Processing)
export class ProcessingResolver {
  @FieldResolver(() => Element)
  element(@Root() processing: Processing, @Ctx() context: RequestContext) {
    return nodeById(context, processing.elementId);
  }

  @FieldResolver(() => Facility)
  facility(@Root() processing: Processing, @Ctx() context: RequestContext) {
    return nodeById(context, processing.facilityId);
  }

  @FieldResolver(() => [Source])
  sources(@Root() processing: Processing, @Ctx() context: RequestContext) {
    return sourcesOf(processing, context);
  }
}

@Resolver(() => SupplyLink)
export class SupplyLinkResolver {
  @FieldResolver(() => Site)
  from(@Root() link: SupplyLink, @Ctx() context: RequestContext) {
    return nodeById(context, link.fromId);
  }

  @FieldResolver(() => SupplyTarget)
  to(@Root() link: SupplyLink, @Ctx() context: RequestContext) {
    return nodeById(context, link.toId);
  }

  @FieldResolver(() => [Source])
  sources(@Root() link: SupplyLink, @Ctx() context: RequestContext) {
    return sourcesOf(link, context);
  }
}

@Resolver(() => AgreementParty)
export class AgreementPartyResolver {
  @FieldResolver(() => Party)
  party(@Root() party: AgreementParty, @Ctx() context: RequestContext) {
    return nodeById(context, party.partyId);
  }

  @FieldResolver(() => Agreement)
  agreement(@Root() party: AgreementParty, @Ctx() context: RequestContext) {
    return nodeById(context, party.agreementId);
  }

  @FieldResolver(() => [Source])
  sources(@Root() party: AgreementParty, @Ctx() context: RequestContext) {
    return sourcesOf(party, context);
  }
}
