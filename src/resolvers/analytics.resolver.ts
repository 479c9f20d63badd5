import neo4j from 'neo4j-driver';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { AnalyticsRepository } from '../db/analytics.repository';
import { assertIdentifierLength } from '../domain/identifiers';
import { isValidIsoDate } from '../domain/records/columns';
import { ValidationError } from '../errors';
import {
  ChainSite,
  Concentration,
  ControlChain,
  ControlOnDate,
  Controller,
  CountryShare,
  DependenceBreakdown,
  DependenceFigure,
  ElementDisruption,
  ExportControlOnDate,
  ImportDependence,
  ImporterAlternatives,
  ImporterRisk,
  OwnershipPath,
  PathHolder,
  ReachingAgreement,
  ShareDistribution,
  ShareRow,
  SupplierShare,
  SupplyChainPath,
  SupplyOption,
  ChainStep,
  ControlBasis,
} from '../schema/analytics.type';
import { AsOfArgs, ConcentrationArgs, DisruptionArgs, ExportControlArgs, ImportDependenceArgs, ImporterAlternativesArgs, OptionArgs, SupplyChainArgs } from '../schema/analytics.args';
import { Element } from '../schema/element.type';
import { nodeById, sourcesOf } from './support';

const today = () => new Date().toISOString().slice(0, 10);

function asOfOf(args: AsOfArgs): string {
  const asOf = args.asOf ?? today();
  if (!isValidIsoDate(asOf)) throw new ValidationError(`asOf "${asOf}" is not a real date`, 'asOf');
  return asOf;
}

/** Kinds that restrict the export of the elements themselves (not technologies, not general rules). */
const MATERIAL_CONTROL_KINDS = ['EXPORT_QUOTA', 'EXPORT_DUTY', 'EXPORT_LICENSING', 'EXPORT_BAN', 'INFORMAL_HALT', 'EXTRATERRITORIAL_RULE', 'ENTITY_LISTING'];

const nodes = (context: RequestContext, ids: readonly string[]) => Promise.all(ids.map((id) => nodeById(context, id))).then((found) => found.filter(Boolean));

/**
 * The questions users come for. Each query is one named Cypher file (cypher/queries/analytics) and
 * one round trip; the graph objects in the answers come through the request's batched loaders.
 */
@Resolver()
export class AnalyticsResolver {
  private async optionArguments(args: OptionArgs, context: RequestContext) {
    const element = await context.identifiers.element(args.element, 'element');
    const outside = await context.identifiers.resolve('Country', args.outside, 'outside');
    return {
      outsideName: String(outside.name),
      values: { element, outside: outside.id, basis: args.basis, stages: args.stages?.length ? args.stages : null, includePipeline: args.includePipeline, controlThreshold: args.controlThreshold, asOf: asOfOf(args) },
    };
  }

  @Query(() => [SupplyOption], {
    description:
      'Deposits and facilities able to supply an element that are not located in (LOCATION), not controlled from (CONTROL: effective ownership ≥ controlThreshold, traced through ownership chains, state ownership included), or neither (BOTH) a country. Ranked producing > construction > development > exploration, then by capacity; each option explains why it qualifies and cites its sources.',
  })
  async alternativeSources(@Args() args: OptionArgs, @Ctx() context: RequestContext) {
    const { values, outsideName } = await this.optionArguments(args, context);
    return new AnalyticsRepository(context.executor).alternativeSources(values, outsideName);
  }

  @Query(() => [ImporterAlternatives], {
    description:
      'The headline question: for each importer that depends on a country for an element, its dependence (share, year, source) and its alternative options; options its government or companies already reach through an agreement come first, with the agreement.',
  })
  async importerAlternatives(@Args() args: ImporterAlternativesArgs, @Ctx() context: RequestContext) {
    const { values, outsideName } = await this.optionArguments(args, context);
    const importers = args.importers?.length ? await Promise.all(args.importers.map((importer) => context.identifiers.country(importer, 'importers'))) : null;
    return new AnalyticsRepository(context.executor).importerAlternatives({ ...values, importers, optionsPerImporter: neo4j.int(args.optionsPerImporter) }, outsideName);
  }

  @Query(() => ImportDependence, { description: "An importer's dependence on its suppliers for an element: each published breakdown with shares, HHI and top-3 share, and the chain behind each supplier where the graph knows it." })
  async importDependence(@Args() args: ImportDependenceArgs, @Ctx() context: RequestContext) {
    const importer = await context.identifiers.country(args.importer, 'importer');
    const element = args.element ? await context.identifiers.element(args.element, 'element') : null;
    return new AnalyticsRepository(context.executor).importDependence(importer, element, args.year ?? null);
  }

  @Query(() => [ElementDisruption], { description: 'If a country stops or controls exports of these elements: per element its measures on the date and the sources remaining outside it (by location, by control, both, with capacity); per importer the share at risk and the agreements that mitigate.' })
  async disruptionImpact(@Args() args: DisruptionArgs, @Ctx() context: RequestContext) {
    if (!args.elements.length) throw new ValidationError('elements needs at least one element', 'elements');
    const country = await context.identifiers.country(args.country, 'country');
    const elements = await Promise.all(args.elements.map((element) => context.identifiers.element(element, 'elements')));
    return new AnalyticsRepository(context.executor).disruptionImpact({ country, elements: [...new Set(elements)], asOf: asOfOf(args), controlThreshold: args.controlThreshold, includePipeline: args.includePipeline });
  }

  @Query(() => Concentration, { description: 'How concentrated a stage is for an element, by country (location or control): published shares, USGS production (mining), and the graph’s producing sites — each with HHI and top-3 share.' })
  async concentration(@Args() args: ConcentrationArgs, @Ctx() context: RequestContext) {
    if (args.basis === ControlBasis.BOTH) throw new ValidationError('concentration is measured by LOCATION or by CONTROL, not BOTH', 'basis');
    if (args.stage === 'MINING_CONCENTRATION' || args.stage === 'CRACKING_LEACHING') throw new ValidationError('stage must be MINING, SEPARATION_REFINING, METAL_ALLOY, MAGNET or RECYCLING', 'stage');
    const element = await context.identifiers.element(args.element, 'element');
    const year = args.year ?? new Date().getUTCFullYear() - 1;
    return new AnalyticsRepository(context.executor).concentration({ element, stage: args.stage, basis: args.basis as 'LOCATION' | 'CONTROL', year, asOf: asOfOf(args) });
  }

  @Query(() => [SupplyChainPath], { description: 'Routes from deposits containing the element through processing facilities to an importer (directly, or to a country it depends on), with the country at each step and whether any step is located in or controlled from the flagged country.' })
  async supplyChains(@Args() args: SupplyChainArgs, @Ctx() context: RequestContext) {
    const element = await context.identifiers.element(args.element, 'element');
    const importer = await context.identifiers.country(args.importer, 'importer');
    const flagCountry = await context.identifiers.country(args.flagCountry, 'flagCountry');
    return new AnalyticsRepository(context.executor).supplyChains({ element, importer, maxHops: args.maxHops, flagCountry });
  }

  @Query(() => ControlChain, { nullable: true, description: 'Ownership paths from a deposit, facility or company up to its ultimate controllers, with effective stakes (stakes multiplied along each path).' })
  async controlChain(@Arg('id', { description: 'Deposit, facility or company: id, name or alias.' }) id: string, @Args() args: AsOfArgs, @Ctx() context: RequestContext) {
    const asOf = asOfOf(args);
    const repository = new AnalyticsRepository(context.executor);
    // Usually an id: ask at once (one round trip); only a name or alias needs resolving first.
    const direct = await repository.controlChain(id, asOf);
    if (direct) return direct;
    const target = await resolveOwned(id, context);
    return target === id ? undefined : repository.controlChain(target, asOf);
  }

  @Query(() => [ExportControlOnDate], { description: "A country's export measures on a date (announced, in force, suspended, lifted), with the elements they cover." })
  async exportControls(@Args() args: ExportControlArgs, @Ctx() context: RequestContext) {
    const country = await context.identifiers.country(args.country, 'country');
    const element = args.element ? await context.identifiers.element(args.element, 'element') : null;
    return new AnalyticsRepository(context.executor).exportControls(country, element, asOfOf(args));
  }

  @Query(() => [Element], { description: 'The one answer to "which elements does this country control as of this date": elements named by its export measures (quotas, duties, licensing, bans, halts, extraterritorial rules, entity listings) in force on the date. Suspended measures do not count.' })
  async controlledElements(@Arg('country') countryArgument: string, @Args() args: AsOfArgs, @Ctx() context: RequestContext) {
    const country = await context.identifiers.country(countryArgument, 'country');
    const measures = await new AnalyticsRepository(context.executor).exportControls(country, null, asOfOf(args));
    const symbols = new Set(measures.filter((measure) => measure.status === 'IN_FORCE' && MATERIAL_CONTROL_KINDS.includes(measure.kind)).flatMap((measure) => measure.elementIds));
    const elements = await nodes(context, [...symbols]);
    return elements.sort((a, b) => Number(a!.atomicNumber) - Number(b!.atomicNumber));
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

// ---- references inside the answers, resolved through the batched loaders ----

@Resolver(() => SupplyOption)
export class SupplyOptionResolver {
  @FieldResolver()
  site(@Root() option: SupplyOption, @Ctx() context: RequestContext) {
    return nodeById(context, option.siteId);
  }

  @FieldResolver()
  country(@Root() option: SupplyOption, @Ctx() context: RequestContext) {
    return nodeById(context, option.countryId);
  }

  @FieldResolver()
  operators(@Root() option: SupplyOption, @Ctx() context: RequestContext) {
    return nodes(context, option.operatorIds);
  }

  @FieldResolver()
  agreements(@Root() option: SupplyOption, @Ctx() context: RequestContext) {
    return nodes(context, option.agreementIds);
  }

  @FieldResolver()
  sources(@Root() option: SupplyOption, @Ctx() context: RequestContext) {
    return sourcesOf(option, context);
  }
}

@Resolver(() => Controller)
export class ControllerResolver {
  @FieldResolver()
  company(@Root() controller: Controller, @Ctx() context: RequestContext) {
    return nodeById(context, controller.id);
  }

  @FieldResolver()
  country(@Root() controller: Controller, @Ctx() context: RequestContext) {
    return controller.countryId ? nodeById(context, controller.countryId) : null;
  }
}

@Resolver(() => CountryShare)
export class CountryShareResolver {
  @FieldResolver()
  country(@Root() share: CountryShare, @Ctx() context: RequestContext) {
    return share.countryId ? nodeById(context, share.countryId) : null;
  }
}

@Resolver(() => PathHolder)
export class PathHolderResolver {
  @FieldResolver()
  country(@Root() holder: PathHolder, @Ctx() context: RequestContext) {
    return holder.countryId ? nodeById(context, holder.countryId) : null;
  }
}

@Resolver(() => ReachingAgreement)
export class ReachingAgreementResolver {
  @FieldResolver()
  agreement(@Root() reaching: ReachingAgreement, @Ctx() context: RequestContext) {
    return nodeById(context, reaching.agreementId);
  }
}

@Resolver(() => DependenceFigure)
export class DependenceFigureResolver {
  @FieldResolver()
  figure(@Root() figure: DependenceFigure, @Ctx() context: RequestContext) {
    return figure.id ? nodeById(context, figure.id) : null;
  }

  @FieldResolver()
  sources(@Root() figure: DependenceFigure, @Ctx() context: RequestContext) {
    return sourcesOf(figure, context);
  }
}

@Resolver(() => ImporterAlternatives)
export class ImporterAlternativesResolver {
  @FieldResolver()
  importer(@Root() entry: ImporterAlternatives, @Ctx() context: RequestContext) {
    return nodeById(context, entry.importerId);
  }
}

@Resolver(() => ImportDependence)
export class ImportDependenceResolver {
  @FieldResolver()
  importer(@Root() entry: ImportDependence, @Ctx() context: RequestContext) {
    return nodeById(context, entry.importerId);
  }
}

@Resolver(() => DependenceBreakdown)
export class DependenceBreakdownResolver {
  @FieldResolver()
  elements(@Root() breakdown: DependenceBreakdown, @Ctx() context: RequestContext) {
    return nodes(context, breakdown.elementIds);
  }

  @FieldResolver()
  sources(@Root() breakdown: DependenceBreakdown, @Ctx() context: RequestContext) {
    return sourcesOf(breakdown, context);
  }
}

@Resolver(() => SupplierShare)
export class SupplierShareResolver {
  @FieldResolver()
  country(@Root() share: SupplierShare, @Ctx() context: RequestContext) {
    return nodeById(context, share.countryId);
  }

  @FieldResolver()
  sources(@Root() share: SupplierShare, @Ctx() context: RequestContext) {
    return sourcesOf(share, context);
  }
}

@Resolver(() => ChainSite)
export class ChainSiteResolver {
  @FieldResolver()
  site(@Root() chainSite: ChainSite, @Ctx() context: RequestContext) {
    return nodeById(context, chainSite.siteId);
  }

  @FieldResolver()
  suppliedBy(@Root() chainSite: ChainSite, @Ctx() context: RequestContext) {
    return nodes(context, chainSite.supplierIds);
  }
}

@Resolver(() => ControlOnDate)
export class ControlOnDateResolver {
  @FieldResolver()
  control(@Root() entry: ControlOnDate, @Ctx() context: RequestContext) {
    return nodeById(context, entry.controlId);
  }
}

@Resolver(() => ImporterRisk)
export class ImporterRiskResolver {
  @FieldResolver()
  importer(@Root() risk: ImporterRisk, @Ctx() context: RequestContext) {
    return nodeById(context, risk.importerId);
  }

  @FieldResolver()
  mitigatingAgreements(@Root() risk: ImporterRisk, @Ctx() context: RequestContext) {
    return nodes(context, risk.agreementIds);
  }
}

@Resolver(() => ElementDisruption)
export class ElementDisruptionResolver {
  @FieldResolver()
  element(@Root() disruption: ElementDisruption, @Ctx() context: RequestContext) {
    return nodeById(context, disruption.elementId);
  }
}

@Resolver(() => ShareRow)
export class ShareRowResolver {
  @FieldResolver()
  country(@Root() row: ShareRow, @Ctx() context: RequestContext) {
    return row.countryId ? nodeById(context, row.countryId) : null;
  }

  @FieldResolver()
  sites(@Root() row: ShareRow, @Ctx() context: RequestContext) {
    return row.siteIds ? nodes(context, row.siteIds) : null;
  }
}

@Resolver(() => ShareDistribution)
export class ShareDistributionResolver {
  @FieldResolver()
  sources(@Root() distribution: ShareDistribution, @Ctx() context: RequestContext) {
    return sourcesOf(distribution, context);
  }
}

@Resolver(() => Concentration)
export class ConcentrationResolver {
  @FieldResolver()
  element(@Root() concentration: Concentration, @Ctx() context: RequestContext) {
    return nodeById(context, concentration.elementId);
  }
}

@Resolver(() => ChainStep)
export class ChainStepResolver {
  @FieldResolver()
  entity(@Root() step: ChainStep, @Ctx() context: RequestContext) {
    return nodeById(context, step.entityId);
  }

  @FieldResolver()
  country(@Root() step: ChainStep, @Ctx() context: RequestContext) {
    return step.countryId ? nodeById(context, step.countryId) : null;
  }
}

@Resolver(() => SupplyChainPath)
export class SupplyChainPathResolver {
  @FieldResolver()
  sources(@Root() path: SupplyChainPath, @Ctx() context: RequestContext) {
    return sourcesOf(path, context);
  }
}

@Resolver(() => ControlChain)
export class ControlChainResolver {
  @FieldResolver()
  target(@Root() chain: ControlChain, @Ctx() context: RequestContext) {
    return nodeById(context, chain.targetId);
  }
}

@Resolver(() => ExportControlOnDate)
export class ExportControlOnDateResolver {
  @FieldResolver()
  control(@Root() entry: ExportControlOnDate, @Ctx() context: RequestContext) {
    return nodeById(context, entry.id);
  }

  @FieldResolver()
  target(@Root() entry: ExportControlOnDate, @Ctx() context: RequestContext) {
    return entry.targetId ? nodeById(context, entry.targetId) : null;
  }

  @FieldResolver()
  elements(@Root() entry: ExportControlOnDate, @Ctx() context: RequestContext) {
    return nodes(context, entry.elementIds);
  }

  @FieldResolver()
  suspendedBy(@Root() entry: ExportControlOnDate, @Ctx() context: RequestContext) {
    return nodes(context, entry.suspendedByIds);
  }

  @FieldResolver()
  sources(@Root() entry: ExportControlOnDate, @Ctx() context: RequestContext) {
    return sourcesOf(entry, context);
  }
}

export const ANALYTICS_RESOLVERS = [
  AnalyticsResolver,
  SupplyOptionResolver,
  ControllerResolver,
  CountryShareResolver,
  PathHolderResolver,
  ReachingAgreementResolver,
  DependenceFigureResolver,
  ImporterAlternativesResolver,
  ImportDependenceResolver,
  DependenceBreakdownResolver,
  SupplierShareResolver,
  ChainSiteResolver,
  ControlOnDateResolver,
  ImporterRiskResolver,
  ElementDisruptionResolver,
  ShareRowResolver,
  ShareDistributionResolver,
  ConcentrationResolver,
  ChainStepResolver,
  SupplyChainPathResolver,
  ControlChainResolver,
  ExportControlOnDateResolver,
] as const;
