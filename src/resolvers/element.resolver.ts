import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { UnknownIdentifierError } from '../errors';
import { Source } from '../schema/common/source.type';
import { Element } from '../schema/element.type';
import { sourcesOf } from './sources';

@Resolver(() => Element)
export class ElementResolver {
  @Query(() => Element, { description: 'An element by symbol, name or alias, in any case: "Tb", "tb", "Terbium".' })
  async element(@Arg('symbol', { description: 'Symbol or name.' }) symbol: string, @Ctx() context: RequestContext): Promise<Element> {
    const element = await context.repos.elements.find(symbol.trim());
    if (element) return element;
    throw new UnknownIdentifierError('element', symbol, 'symbol', await context.repos.suggestions.similar('Element', symbol));
  }

  @Query(() => [Element], { description: 'Every element the graph knows; rare earths first, by atomic number.' })
  elements(
    @Arg('rareEarthsOnly', { defaultValue: false, description: 'Leave out co-products such as Nb or Th.' }) rareEarthsOnly: boolean,
    @Ctx() context: RequestContext,
  ): Promise<Element[]> {
    return context.repos.elements.list(rareEarthsOnly);
  }

  @FieldResolver(() => [Source], { description: 'Where these facts come from.' })
  sources(@Root() element: Element, @Ctx() context: RequestContext): Promise<Source[]> {
    return sourcesOf(element, context);
  }
}
