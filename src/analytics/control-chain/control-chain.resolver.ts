import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertIdentifierLength } from '../../domain/identifiers';
import { referenceResolver } from '../../resolvers/references';
import { asOfOf, defineQuestion } from '../question';
import { AsOfArgs } from '../shared/analytics.args';
import { controlChainQuery } from './control-chain.query';
import { ControlChain, PathHolder } from './control-chain.types';

@Resolver()
export class ControlChainResolver {
  @Query(() => ControlChain, { nullable: true, description: 'Ownership paths from a deposit, facility or company up to its ultimate controllers, with effective stakes (stakes multiplied along each path); the share whose owners are unknown or unrecorded is untraced.' })
  async controlChain(@Arg('id', { description: 'Deposit, facility or company: id, name or alias.' }) id: string, @Args() args: AsOfArgs, @Ctx() context: RequestContext): Promise<ControlChain | undefined> {
    const asOf = asOfOf(args);
    // Usually an id: ask at once (one round trip); only a name or alias needs resolving first.
    const direct = await context.analytics.controlChain.chain({ id, asOf });
    if (direct) return direct;
    const target = await resolveOwned(id, context);
    return target === id ? undefined : context.analytics.controlChain.chain({ id: target, asOf });
  }
}

async function resolveOwned(id: string, context: RequestContext): Promise<string> {
  assertIdentifierLength(id, 'id');
  for (const label of ['Deposit', 'Facility', 'Company'] as const) {
    const found = await context.repos.graph.find(label, id);
    if (found) return found.id;
  }
  return (await context.identifiers.resolve('Company', id, 'id')).id;
}

export const controlChain = defineQuestion({
  name: 'control-chain',
  query: controlChainQuery,
  example: (asOf) => ({ id: 'dep-mount-weld', asOf }),
  resolvers: [ControlChainResolver, referenceResolver(ControlChain, { target: (chain) => chain.targetId }), referenceResolver(PathHolder, { country: (holder) => holder.countryId })],
});
