import { Arg, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { referenceResolver, SOURCES } from '../../resolvers/references';
import { Controller, CountryShare, ReachingAgreement, RouteStep, SupplyOption, TonnesRange, YearTonnes } from './supply-option.types';

/** An option's tonnes in one year (default: the year the answer was ranked for); null when the graph has no figure for it. */
@Resolver(() => SupplyOption)
export class SupplyOptionTonnesResolver {
  @FieldResolver(() => TonnesRange, { nullable: true, description: 'Tonnes per year it can supply in `year` (default: the year asked), in tonnesUnit; null when no figure covers that year — `why` says so.' })
  tonnes(@Root() option: SupplyOption, @Arg('year', () => Int, { nullable: true }) year?: number | null): TonnesRange | null {
    return option.tonnesByYear.find((entry) => entry.year === (year ?? option.year))?.tonnes ?? null;
  }
}

export const SUPPLY_OPTION_RESOLVERS = [
  SupplyOptionTonnesResolver,
  referenceResolver(SupplyOption, { site: (option) => option.siteId, country: (option) => option.countryId, operators: { many: (option) => option.operatorIds }, agreements: { many: (option) => option.agreementIds }, sources: SOURCES }),
  referenceResolver(Controller, { company: (controller) => controller.id, country: (controller) => controller.countryId }),
  referenceResolver(CountryShare, { country: (share) => share.countryId }),
  referenceResolver(ReachingAgreement, { agreement: (reaching) => reaching.agreementId }),
  referenceResolver(RouteStep, { entity: (step) => step.entityId, country: (step) => step.countryId }),
  referenceResolver(YearTonnes, { sources: SOURCES }),
];
