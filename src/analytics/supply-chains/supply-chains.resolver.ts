import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { referenceResolver, SOURCES } from '../../resolvers/references';
import { defineQuestion } from '../question';
import { SupplyChainArgs } from './supply-chains.args';
import { supplyChainsQuery } from './supply-chains.query';
import { ChainStep, SupplyChainPath } from './supply-chains.types';

@Resolver()
export class SupplyChainsResolver {
  @Query(() => [SupplyChainPath], { description: 'Routes from deposits containing the element through processing facilities to an importer (directly, or to a country it depends on), with the country at each step and whether any step is located in or controlled from the flagged country.' })
  async supplyChains(@Args() args: SupplyChainArgs, @Ctx() context: RequestContext): Promise<SupplyChainPath[]> {
    const element = await context.identifiers.element(args.element, 'element');
    const importer = await context.identifiers.country(args.importer, 'importer');
    const flagCountry = await context.identifiers.country(args.flagCountry, 'flagCountry');
    return context.analytics.supplyChains.paths({ element, importer, maxHops: args.maxHops, flagCountry });
  }
}

export const supplyChains = defineQuestion({
  name: 'supply-chains',
  query: supplyChainsQuery,
  example: () => ({ element: 'Tb', importer: 'JP', maxHops: 6, flagCountry: 'CN' }),
  resolvers: [SupplyChainsResolver, referenceResolver(ChainStep, { entity: (step) => step.entityId, country: (step) => step.countryId }), referenceResolver(SupplyChainPath, { sources: SOURCES })],
});
