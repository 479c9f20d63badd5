import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import type { GraphNode } from '../db/graph.repository';
import { Source } from '../schema/common/source.type';
import { TradeDependenceConnection } from '../schema/connections';
import { Country } from '../schema/country.type';
import { Element } from '../schema/element.type';
import { TradeDependenceListArgs } from '../schema/list.args';
import { TradeDependence } from '../schema/trade-dependence.type';
import { tradeDependenceConnection } from './lists';
import { firstRelatedNode, relatedNodes, sourcesOf } from './support';

@Resolver(() => TradeDependence)
export class TradeDependenceResolver {
  @Query(() => TradeDependenceConnection, { description: 'Import-dependence figures by importer, supplier, product, element and year (newest first by default).' })
  tradeDependence(@Args() args: TradeDependenceListArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    return tradeDependenceConnection(context, args, undefined, info);
  }

  @FieldResolver(() => Country)
  importer(@Root() figure: GraphNode, @Ctx() context: RequestContext) {
    return firstRelatedNode(context, figure.id, 'IMPORT_DEPENDENCE', 'IN');
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The supplier; null for a total dependence not tied to one supplier (e.g. net import reliance).' })
  exporter(@Root() figure: GraphNode, @Ctx() context: RequestContext) {
    return firstRelatedNode(context, figure.id, 'SUPPLIED_BY', 'OUT');
  }

  @FieldResolver(() => [Element], { description: 'Elements the figure is stated for (empty: the product group in general).' })
  elements(@Root() figure: GraphNode, @Ctx() context: RequestContext) {
    return relatedNodes(context, figure.id, 'COVERS', 'OUT');
  }

  @FieldResolver(() => [Source])
  sources(@Root() figure: GraphNode, @Ctx() context: RequestContext) {
    return sourcesOf(figure, context);
  }
}
