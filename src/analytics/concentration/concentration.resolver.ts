import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { ValidationError } from '../../errors';
import { referenceResolver, SOURCES } from '../../resolvers/references';
import { asOfOf, defineQuestion, thisYear } from '../question';
import { ControlBasis } from '../shared/analytics.enums';
import { ConcentrationArgs } from './concentration.args';
import { concentrationQuery } from './concentration.query';
import { Concentration, ShareDistribution, ShareRow } from './concentration.types';

const STAGES = ['MINING', 'SEPARATION_REFINING', 'METAL_ALLOY', 'MAGNET', 'RECYCLING'] as const;

@Resolver()
export class ConcentrationResolver {
  @Query(() => Concentration, { description: 'How concentrated a stage is for an element, by country (location or control): published shares, USGS production (mining), and the graph’s producing sites — each with HHI and top-3 share.' })
  async concentration(@Args() args: ConcentrationArgs, @Ctx() context: RequestContext): Promise<Concentration> {
    if (args.basis === ControlBasis.BOTH) throw new ValidationError('concentration is measured by LOCATION or by CONTROL, not BOTH', 'basis');
    const stage = STAGES.find((candidate) => candidate === args.stage);
    if (!stage) throw new ValidationError('stage must be MINING, SEPARATION_REFINING, METAL_ALLOY, MAGNET or RECYCLING', 'stage');
    const element = await context.identifiers.element(args.element, 'element');
    return context.analytics.concentration.concentration({ element, stage, basis: args.basis, year: args.year ?? thisYear() - 1, asOf: asOfOf(args) });
  }
}

export const concentration = defineQuestion({
  name: 'concentration',
  query: concentrationQuery,
  example: (asOf) => ({ element: 'Tb', stage: 'MINING' as const, basis: 'LOCATION' as const, year: Number(asOf.slice(0, 4)) - 1, asOf }),
  resolvers: [
    ConcentrationResolver,
    referenceResolver(Concentration, { element: (entry) => entry.elementId }),
    referenceResolver(ShareRow, { country: (row) => row.countryId, sites: { many: (row) => row.siteIds } }),
    referenceResolver(ShareDistribution, { sources: SOURCES }),
  ],
});
