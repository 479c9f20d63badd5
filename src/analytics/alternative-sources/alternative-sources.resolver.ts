import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { defineQuestion, optionParameters, optionYears } from '../question';
import { OptionArgs } from '../shared/analytics.args';
import { SupplyOption } from '../shared/supply-option.types';
import { alternativeSourcesQuery } from './alternative-sources.query';

@Resolver()
export class AlternativeSourcesResolver {
  @Query(() => [SupplyOption], {
    description:
      'Deposits and facilities able to supply an element that are not located in (LOCATION), not controlled from (CONTROL: effective ownership ≥ controlThreshold, traced through ownership chains, state ownership included), or neither (BOTH) a country — each with where its output goes (route), its tonnes per year, why it qualifies and its sources. Ranked: routes outside first (VIA_COUNTRY last), then producing > construction > development > exploration, then deliverable tonnes × confidence in `year`.',
  })
  async alternativeSources(@Args() args: OptionArgs, @Ctx() context: RequestContext): Promise<SupplyOption[]> {
    const { values, outsideName } = await optionParameters(args, context);
    return context.analytics.alternativeSources.options(values, outsideName);
  }
}

export const alternativeSources = defineQuestion({
  name: 'alternative-sources',
  query: alternativeSourcesQuery,
  example: (asOf) => ({ element: 'Tb', outside: 'CN', basis: 'BOTH' as const, stages: null, includePipeline: true, controlThreshold: 25, asOf, routes: null, minConfidence: 'LOW' as const, year: Number(asOf.slice(0, 4)), ...optionYears(Number(asOf.slice(0, 4))) }),
  resolvers: [AlternativeSourcesResolver],
});
