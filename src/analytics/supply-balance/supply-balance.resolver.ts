import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { oxideOf, STAGE_UNITS, unitLabel, type QuantityStage } from '../../domain/tonnes';
import { ValidationError } from '../../errors';
import { referenceResolver, SOURCES } from '../../resolvers/references';
import { defineQuestion, outsideParameters, thisYear } from '../question';
import { ControlBasis, SupplyStage } from '../shared/analytics.enums';
import { MAX_BALANCE_YEARS, SupplyBalanceArgs } from './supply-balance.args';
import { supplyBalanceQuery } from './supply-balance.query';
import { ExcludedSite, SiteTonnes, SupplyBalance, VolumeFigure } from './supply-balance.types';

/** GraphQL stages to quantity stages: a mining/concentration plant's tonnes are mining tonnes. */
const quantityStage = (stage: SupplyStage): QuantityStage => (stage === SupplyStage.MINING_CONCENTRATION ? 'MINING' : stage);

@Resolver(() => SupplyBalance)
export class SupplyBalanceResolver {
  @Query(() => SupplyBalance, {
    description:
      'How much of an element could come from outside a country, year by year: the tonnes per year the sites outside it (by location, control or both, with a route outside) can supply at a stage — a range, low to high, site by site with basis, confidence, derivation and sources — against the country’s own output and demand. Combined figures (Dy+Tb) count only the element’s share by a sourced ratio band; a plant counts nothing before its first year.',
  })
  async supplyBalance(@Args() args: SupplyBalanceArgs, @Ctx() context: RequestContext): Promise<SupplyBalance> {
    const { values } = await outsideParameters(args, context);
    const fromYear = args.fromYear ?? thisYear() - 1;
    const toYear = args.toYear ?? Math.max(2030, fromYear + 5);
    if (toYear < fromYear) throw new ValidationError(`toYear ${toYear} is before fromYear ${fromYear}`, 'toYear');
    if (toYear - fromYear + 1 > MAX_BALANCE_YEARS) throw new ValidationError(`at most ${MAX_BALANCE_YEARS} years in one answer (asked ${toYear - fromYear + 1})`, 'toYear');
    const stage = quantityStage(args.stage);
    const years = await context.analytics.supplyBalance.years({ ...values, stage, unit: STAGE_UNITS[stage], fromYear, toYear, countPlannedRoutes: args.countPlannedRoutes });
    return {
      elementId: values.element,
      outsideId: values.outside,
      basis: args.basis,
      stage,
      unit: unitLabel(stage, values.element, oxideOf(values.element)),
      asOf: values.asOf,
      minConfidence: args.minConfidence,
      years,
    };
  }
}

export const supplyBalance = defineQuestion({
  name: 'supply-balance',
  query: supplyBalanceQuery,
  example: (asOf) => ({ element: 'Tb', outside: 'CN', basis: ControlBasis.BOTH, controlThreshold: 25, asOf, stage: 'SEPARATION_REFINING' as const, unit: 'T_REO_PER_YEAR' as const, fromYear: 2025, toYear: 2030, minConfidence: 'LOW' as const, countPlannedRoutes: false }),
  resolvers: [
    SupplyBalanceResolver,
    referenceResolver(SupplyBalance, { element: (balance) => balance.elementId, outside: (balance) => balance.outsideId }),
    referenceResolver(SiteTonnes, { country: (site) => site.countryId, sources: SOURCES }),
    referenceResolver(ExcludedSite, { country: (site) => site.countryId }),
    referenceResolver(VolumeFigure, { area: (figure) => figure.areaId, sources: SOURCES }),
  ],
});

