import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { referenceResolver, SOURCES } from '../../resolvers/references';
import { defineQuestion, optionParameters, optionYears } from '../question';
import { TonnesRange } from '../shared/supply-option.types';
import { ImporterAlternativesArgs } from './importer-alternatives.args';
import { importerAlternativesQuery } from './importer-alternatives.query';
import { DemandFigure, ImporterAlternatives, OfftakeTonnes } from './importer-alternatives.types';

@Resolver(() => ImporterAlternatives)
export class ImporterAlternativesResolver {
  @Query(() => [ImporterAlternatives], {
    description:
      'The headline question: for each importer that depends on a country for an element, its dependence (share, year, source), its demand and contracted tonnes per year, and its alternative options with where their output goes and how many tonnes they can supply; options with a route outside the country come first (VIA_COUNTRY last, marked), then those it already reaches through an agreement.',
  })
  async importerAlternatives(@Args() args: ImporterAlternativesArgs, @Ctx() context: RequestContext): Promise<ImporterAlternatives[]> {
    const { values, outsideName } = await optionParameters(args, context);
    const importers = args.importers?.length ? await Promise.all(args.importers.map((importer) => context.identifiers.country(importer, 'importers'))) : null;
    return context.analytics.importerAlternatives.importers({ ...values, importers, optionsPerImporter: args.optionsPerImporter }, outsideName);
  }

  @FieldResolver(() => TonnesRange, { nullable: true, description: 'Its demand for the element in `year` (default: the year asked); null when the graph has no figure for that year.' })
  demand(@Root() entry: ImporterAlternatives, @Arg('year', () => Int, { nullable: true }) year?: number | null): TonnesRange | null {
    return entry.demandByYear.find((figure) => figure.year === (year ?? entry.year))?.tonnes ?? null;
  }

  @FieldResolver(() => TonnesRange, { nullable: true, description: 'Tonnes contracted to it outside the country in `year` (default: the year asked): FIRM and CONDITIONAL offtakes in force whose site is an option with a route outside; null outside the answer’s window.' })
  contracted(@Root() entry: ImporterAlternatives, @Arg('year', () => Int, { nullable: true }) year?: number | null): TonnesRange | null {
    return entry.contractedByYear.find((contracted) => contracted.year === (year ?? entry.year))?.tonnes ?? null;
  }
}

export const importerAlternatives = defineQuestion({
  name: 'importer-alternatives',
  query: importerAlternativesQuery,
  example: (asOf) => {
    const year = Number(asOf.slice(0, 4));
    return { element: 'Tb', outside: 'CN', basis: 'BOTH' as const, stages: null, includePipeline: true, controlThreshold: 25, asOf, routes: null, minConfidence: 'LOW' as const, year, ...optionYears(year), importers: null, optionsPerImporter: 25 };
  },
  resolvers: [
    ImporterAlternativesResolver,
    referenceResolver(ImporterAlternatives, { importer: (entry) => entry.importerId }),
    referenceResolver(DemandFigure, { sources: SOURCES }),
    referenceResolver(OfftakeTonnes, { agreement: (offtake) => offtake.agreementId, site: (offtake) => offtake.siteId, sources: SOURCES }),
  ],
});
