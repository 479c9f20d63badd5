import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import type { GraphNode } from '../db/graph.repository';
import { Source } from '../schema/common/source.type';
import { Country } from '../schema/country.type';
import { Element } from '../schema/element.type';
import { ExportControl } from '../schema/export-control.type';
import { firstRelatedNode, relatedNodes, sourcesOf } from './support';

@Resolver(() => ExportControl)
export class ExportControlResolver {
  @Query(() => ExportControl, { nullable: true, description: 'An export measure by id or exact title.' })
  exportControl(@Arg('id') id: string, @Ctx() context: RequestContext): Promise<GraphNode> {
    return context.identifiers.resolve('ExportControl', id, 'id');
  }

  @FieldResolver(() => Country, { description: 'The state imposing it.' })
  country(@Root() control: GraphNode, @Ctx() context: RequestContext) {
    return firstRelatedNode(context, control.id, 'IMPOSES', 'IN');
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The destination it targets; null when it applies to all.' })
  target(@Root() control: GraphNode, @Ctx() context: RequestContext) {
    return firstRelatedNode(context, control.id, 'TARGETS', 'OUT');
  }

  @FieldResolver(() => [Element], { description: 'Elements the measure names.' })
  elements(@Root() control: GraphNode, @Ctx() context: RequestContext) {
    return relatedNodes(context, control.id, 'CONTROLS', 'OUT');
  }

  @FieldResolver(() => [ExportControl], { description: 'Measures this one suspends.' })
  suspends(@Root() control: GraphNode, @Ctx() context: RequestContext) {
    return relatedNodes(context, control.id, 'SUSPENDS', 'OUT');
  }

  @FieldResolver(() => [ExportControl], { description: 'Measures that suspend this one.' })
  suspendedBy(@Root() control: GraphNode, @Ctx() context: RequestContext) {
    return relatedNodes(context, control.id, 'SUSPENDS', 'IN');
  }

  @FieldResolver(() => [ExportControl], { description: 'Measures this one amends, replaces or lifts.' })
  async actsOn(@Root() control: GraphNode, @Ctx() context: RequestContext) {
    const [amends, replaces, lifts] = await Promise.all([
      relatedNodes(context, control.id, 'AMENDS', 'OUT'),
      relatedNodes(context, control.id, 'REPLACES', 'OUT'),
      relatedNodes(context, control.id, 'LIFTS', 'OUT'),
    ]);
    return [...amends, ...replaces, ...lifts];
  }

  @FieldResolver(() => [Source])
  sources(@Root() control: GraphNode, @Ctx() context: RequestContext) {
    return sourcesOf(control, context);
  }
}
