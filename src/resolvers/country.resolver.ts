import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Float, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import type { GraphNode } from '../db/graph.repository';
import { StatisticMeasure } from '../schema/common/enums';
import { Source } from '../schema/common/source.type';
import { AgreementConnection, CompanyConnection, CountryConnection, DepositConnection, FacilityConnection, TradeDependenceConnection } from '../schema/connections';
import { Country } from '../schema/country.type';
import { ExportControl } from '../schema/export-control.type';
import { AgreementListArgs, CompanyListArgs, CountryListArgs, DepositListArgs, FacilityListArgs, TradeDependenceListArgs } from '../schema/list.args';
import { Statistic } from '../schema/statistic.type';
import { agreementConnection, companyConnection, countryConnection, depositConnection, facilityConnection, tradeDependenceConnection } from './lists';
import { relatedNodes, sourcesOf } from './support';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { nullable: true, description: 'A country by ISO alpha-2, alpha-3, name or alias, in any case: "JP", "JPN", "Japan", "Burma".' })
  country(@Arg('code', { description: 'ISO code, name or alias.' }) code: string, @Ctx() context: RequestContext): Promise<GraphNode> {
    return context.identifiers.resolve('Country', code, 'code');
  }

  @Query(() => CountryConnection, { description: 'Countries, filterable and sortable (MINE_PRODUCTION / RESERVES use the newest USGS figures).' })
  countries(@Args() args: CountryListArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    return countryConnection(context, args, undefined, info);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'USGS mine production in tonnes of REO for the year, from the newest edition that gives it; null where unpublished.' })
  async mineProduction(@Root() country: GraphNode, @Arg('year', () => Int) year: number, @Ctx() context: RequestContext): Promise<number | null> {
    return (await context.loaders.countryFigure('MINE_PRODUCTION', year).load(country.id)).tonnesREO;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'USGS reserves in tonnes of REO (newest edition; for the given year, else the newest); null where unpublished.' })
  async reserves(@Root() country: GraphNode, @Arg('year', () => Int, { nullable: true }) year: number | null, @Ctx() context: RequestContext): Promise<number | null> {
    return (await context.loaders.countryFigure('RESERVES', year ?? null).load(country.id)).tonnesREO;
  }

  @FieldResolver(() => [Statistic], { description: 'Every USGS figure for the country, all editions (revisions stay visible).' })
  async statistics(
    @Root() country: GraphNode,
    @Arg('measure', () => StatisticMeasure, { nullable: true }) measure: StatisticMeasure | null,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() context: RequestContext,
  ): Promise<GraphNode[]> {
    const statistics = await relatedNodes(context, country.id, 'HAS_STATISTIC', 'OUT');
    return statistics
      .filter((s) => (!measure || s.measure === measure) && (year === null || year === undefined || s.year === year))
      .sort((a, b) => String(a.measure).localeCompare(String(b.measure)) || Number(b.year) - Number(a.year) || String(b.edition).localeCompare(String(a.edition)));
  }

  @FieldResolver(() => DepositConnection, { description: 'Deposits located in the country.' })
  deposits(@Root() country: GraphNode, @Args() args: DepositListArgs, @Ctx() context: RequestContext) {
    return depositConnection(context, args, { country: country.id });
  }

  @FieldResolver(() => FacilityConnection, { description: 'Facilities located in the country.' })
  facilities(@Root() country: GraphNode, @Args() args: FacilityListArgs, @Ctx() context: RequestContext) {
    return facilityConnection(context, args, { country: country.id });
  }

  @FieldResolver(() => CompanyConnection, { description: 'Companies and agencies headquartered in the country.' })
  companies(@Root() country: GraphNode, @Args() args: CompanyListArgs, @Ctx() context: RequestContext) {
    return companyConnection(context, args, { country: country.id });
  }

  @FieldResolver(() => AgreementConnection, { description: 'Agreements the state itself is a party to.' })
  agreements(@Root() country: GraphNode, @Args() args: AgreementListArgs, @Ctx() context: RequestContext) {
    return agreementConnection(context, args, { party: country.id });
  }

  @FieldResolver(() => TradeDependenceConnection, { description: "The country's import dependence figures (as importer)." })
  importDependence(@Root() country: GraphNode, @Args() args: TradeDependenceListArgs, @Ctx() context: RequestContext) {
    return tradeDependenceConnection(context, args, { importer: country.id });
  }

  @FieldResolver(() => TradeDependenceConnection, { description: 'Dependence figures naming the country as the supplier.' })
  supplierIn(@Root() country: GraphNode, @Args() args: TradeDependenceListArgs, @Ctx() context: RequestContext) {
    return tradeDependenceConnection(context, args, { exporter: country.id });
  }

  @FieldResolver(() => [ExportControl], { description: 'Export measures the country imposed (all dates; see exportControls(asOf) for what is in force).' })
  exportControlsImposed(@Root() country: GraphNode, @Ctx() context: RequestContext): Promise<GraphNode[]> {
    return relatedNodes(context, country.id, 'IMPOSES', 'OUT');
  }

  @FieldResolver(() => [ExportControl], { description: 'Export measures of other states aimed at this country.' })
  exportControlsTargeting(@Root() country: GraphNode, @Ctx() context: RequestContext): Promise<GraphNode[]> {
    return relatedNodes(context, country.id, 'TARGETS', 'IN');
  }

  @FieldResolver(() => [Source])
  sources(@Root() country: GraphNode, @Ctx() context: RequestContext) {
    return sourcesOf(country, context);
  }
}

