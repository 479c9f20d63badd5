import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { isMaterialControl } from '../../domain/export-controls';
import { referenceResolver, SOURCES } from '../../resolvers/references';
import { nodeById } from '../../resolvers/support';
import { Element } from '../../schema/element.type';
import type { GraphNode } from '../../db/graph.repository';
import { asOfOf, defineQuestion } from '../question';
import { AsOfArgs } from '../shared/analytics.args';
import { ControlStatus } from '../shared/analytics.enums';
import { ExportControlArgs } from './export-controls.args';
import { exportControlsQuery } from './export-controls.query';
import { ExportControlOnDate } from './export-controls.types';

@Resolver()
export class ExportControlsResolver {
  @Query(() => [ExportControlOnDate], { description: "A country's export measures on a date (announced, in force, suspended, lifted), with the elements they cover." })
  async exportControls(@Args() args: ExportControlArgs, @Ctx() context: RequestContext): Promise<ExportControlOnDate[]> {
    const country = await context.identifiers.country(args.country, 'country');
    const element = args.element ? await context.identifiers.element(args.element, 'element') : null;
    return context.analytics.exportControls.measures({ country, element, asOf: asOfOf(args) });
  }

  @Query(() => [Element], { description: 'The one answer to "which elements does this country control as of this date": elements named by its export measures (quotas, duties, licensing, bans, halts, extraterritorial rules, entity listings) in force on the date. Suspended measures do not count.' })
  async controlledElements(@Arg('country') countryArgument: string, @Args() args: AsOfArgs, @Ctx() context: RequestContext): Promise<GraphNode[]> {
    const country = await context.identifiers.country(countryArgument, 'country');
    const measures = await context.analytics.exportControls.measures({ country, element: null, asOf: asOfOf(args) });
    const symbols = new Set(measures.filter((measure) => measure.status === ControlStatus.IN_FORCE && isMaterialControl(measure.kind)).flatMap((measure) => measure.elementIds));
    const elements = (await Promise.all([...symbols].map((symbol) => nodeById(context, symbol)))).filter((element): element is GraphNode => Boolean(element));
    return elements.sort((a, b) => Number(a.atomicNumber) - Number(b.atomicNumber));
  }
}

export const exportControls = defineQuestion({
  name: 'export-controls',
  query: exportControlsQuery,
  example: (asOf) => ({ country: 'CN', element: null, asOf }),
  resolvers: [
    ExportControlsResolver,
    referenceResolver(ExportControlOnDate, { control: (entry) => entry.id, target: (entry) => entry.targetId, elements: { many: (entry) => entry.elementIds }, suspendedBy: { many: (entry) => entry.suspendedByIds }, sources: SOURCES }),
  ],
});
