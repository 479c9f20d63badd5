import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { ValidationError } from '../../errors';
import { referenceResolver } from '../../resolvers/references';
import { asOfOf, defineQuestion } from '../question';
import { DisruptionArgs } from './disruption-impact.args';
import { disruptionImpactQuery } from './disruption-impact.query';
import { ControlOnDate, ElementDisruption, ImporterRisk } from './disruption-impact.types';

@Resolver()
export class DisruptionImpactResolver {
  @Query(() => [ElementDisruption], { description: 'If a country stops or controls exports of these elements: per element its measures on the date and the sources remaining outside it (by location, by control, both, with capacity); per importer the share at risk and the agreements that mitigate.' })
  async disruptionImpact(@Args() args: DisruptionArgs, @Ctx() context: RequestContext): Promise<ElementDisruption[]> {
    if (!args.elements.length) throw new ValidationError('elements needs at least one element', 'elements');
    const country = await context.identifiers.country(args.country, 'country');
    const elements = await Promise.all(args.elements.map((element) => context.identifiers.element(element, 'elements')));
    return context.analytics.disruptionImpact.disruptions({ country, outside: country, elements: [...new Set(elements)], asOf: asOfOf(args), controlThreshold: args.controlThreshold, includePipeline: args.includePipeline, stages: null });
  }
}

export const disruptionImpact = defineQuestion({
  name: 'disruption-impact',
  query: disruptionImpactQuery,
  example: (asOf) => ({ country: 'CN', outside: 'CN', elements: ['Tb'], asOf, controlThreshold: 25, includePipeline: true, stages: null }),
  resolvers: [
    DisruptionImpactResolver,
    referenceResolver(ElementDisruption, { element: (disruption) => disruption.elementId }),
    referenceResolver(ControlOnDate, { control: (entry) => entry.controlId }),
    referenceResolver(ImporterRisk, { importer: (risk) => risk.importerId, mitigatingAgreements: { many: (risk) => risk.agreementIds } }),
  ],
});
