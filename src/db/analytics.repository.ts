import neo4j, { type Integer } from 'neo4j-driver';
import type { Neo4jExecutor, Row } from './run';

/** Analytics can traverse much of the graph: more time than a lookup, still bounded. */
const ANALYTICS_TIMEOUT_MS = 30000;

const STATUS_LEVELS = ['PRODUCING', 'CONSTRUCTION', 'DEVELOPMENT', 'EXPLORATION', 'IDLE'] as const;

export interface OptionArguments {
  element: string;
  outside: string;
  basis: 'LOCATION' | 'CONTROL' | 'BOTH';
  stages: string[] | null;
  includePipeline: boolean;
  controlThreshold: number;
  asOf: string;
}

type Shares = Array<{ country: string | null; name: string; effectivePct: number }>;

export interface SupplyOptionRow {
  siteType: string;
  siteId: string;
  siteName: string;
  stages: string[];
  status: string;
  statusLevel: (typeof STATUS_LEVELS)[number];
  countryId: string;
  countryName: string;
  capacity: number | null;
  capacityUnit: string | null;
  elementRole: string | null;
  elementDetail: string | null;
  operatorIds: string[];
  controllers: Array<{ id: string; name: string; countryId: string | null; effectivePct: number }>;
  controlByCountry: Array<{ countryId: string | null; name: string; effectivePct: number }>;
  controlAttributedPct: number;
  outsideControlPct: number;
  locatedOutside: boolean;
  controlledFromOutside: boolean;
  agreementIds: string[];
  reachedThroughAgreement?: boolean;
  reachingAgreements?: Array<{ agreementId: string; via: string }>;
  sourceIds: string[];
  why: string;
}

/**
 * The relationship-intelligence questions (cypher/queries/analytics/*.cypher): each is one named,
 * parameterised query, one round trip; rows are mapped to plain objects with the ids the
 * resolvers turn into graph objects through the request's batched loaders.
 */
export class AnalyticsRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  private read(name: string, parameters: Record<string, unknown>): Promise<Row[]> {
    return this.executor.read(`queries/analytics/${name}`, parameters, { timeoutMs: ANALYTICS_TIMEOUT_MS });
  }

  async alternativeSources(args: OptionArguments, outsideName: string): Promise<SupplyOptionRow[]> {
    const rows = await this.read('alternative-sources', { ...args });
    return rows.map((row) => toOption(row, args, outsideName));
  }

  async importerAlternatives(args: OptionArguments & { importers: string[] | null; optionsPerImporter: Integer }, outsideName: string) {
    const rows = await this.read('importer-alternatives', { ...args });
    return rows.map((row) => ({
      importerId: (row.importer as Row).id as string,
      dependence: (row.dependence as Row[]).map(toFigure),
      options: (row.options as Row[]).map((option) => toOption(option, args, outsideName)),
      optionCount: row.optionCount as number,
    }));
  }

  async importDependence(importer: string, element: string | null, year: number | null) {
    const [row] = await this.read('import-dependence', { importer, element, year: year === null ? null : neo4j.int(year) });
    if (!row) return { importerId: importer, breakdowns: [] };
    return {
      importerId: importer,
      breakdowns: (row.breakdowns as Row[]).map((breakdown) => ({
        product: breakdown.product as string,
        elementIds: breakdown.elements as string[],
        year: breakdown.year as number,
        period: (breakdown.period as string | null) ?? undefined,
        metric: breakdown.metric as string,
        basis: breakdown.basis as string,
        coveredPct: breakdown.coveredPct as number,
        hhi: breakdown.hhi as number,
        top3Pct: breakdown.top3Pct as number,
        totalDependencePct: (breakdown.totalDependencePct as number | null) ?? null,
        sourceIds: breakdown.sourceIds as string[],
        suppliers: (breakdown.suppliers as Row[]).map((supplier) => ({
          countryId: (supplier.country as Row).id as string,
          sharePct: supplier.sharePct as number | null,
          valueUSD: supplier.valueUSD as number | null,
          volumeTonnes: supplier.volumeTonnes as number | null,
          sourceIds: supplier.sourceIds as string[],
          chain: (supplier.chain as Row[]).map((site) => ({
            siteId: site.siteId as string,
            status: site.status as string | undefined,
            supplierIds: (site.suppliedBy as Row[]).map((feed) => feed.id as string),
          })),
        })),
      })),
    };
  }

  async disruptionImpact(args: { country: string; elements: string[]; asOf: string; controlThreshold: number; includePipeline: boolean }) {
    const rows = await this.read('disruption-impact', { ...args, outside: args.country, stages: null });
    return rows.map((row) => {
      const remaining = row.remaining as Record<string, Row>;
      const summary = (part: Row) => ({ sites: part.sites as number, producingSites: part.producingSites as number, capacity: part.capacity as Array<{ unit: string; total: number }> });
      return {
        elementId: (row.element as Row).symbol as string,
        controls: (row.controls as Row[]).map((control) => ({ controlId: control.id as string, status: control.status as string })),
        remaining: { byLocation: summary(remaining.byLocation), byControl: summary(remaining.byControl), both: summary(remaining.both) },
        importers: (row.importers as Row[]).map((importer) => ({
          importerId: (importer.importer as Row).id as string,
          shareAtRisk: importer.shareAtRisk ? toFigure(importer.shareAtRisk as Row) : null,
          agreementIds: (importer.mitigatingAgreements as Row[]).map((agreement) => agreement.id as string),
        })),
      };
    });
  }

  async concentration(args: { element: string; stage: string; basis: 'LOCATION' | 'CONTROL'; year: number; asOf: string }) {
    const [row] = await this.read('concentration', { ...args, year: neo4j.int(args.year) });
    const published = row.published as Row | null;
    const production = row.production as Row | null;
    const sites = row.sites as Row;
    return {
      elementId: args.element,
      stage: args.stage,
      basis: args.basis,
      published: published && {
        year: published.year as number,
        scope: published.scope as string,
        metric: published.metric as string,
        total: null,
        hhi: published.hhi as number,
        top3Pct: published.top3Pct as number,
        sourceIds: published.sourceIds as string[],
        shares: (published.shares as Row[]).map((share) => ({ countryId: share.country as string, name: share.name as string, sharePct: share.sharePct as number })),
      },
      production: production && {
        year: production.year as number,
        scope: production.edition as string,
        metric: 'USGS mine production, t REO, all rare earths',
        total: production.worldTonnes as number,
        hhi: production.hhi as number,
        top3Pct: production.top3Pct as number,
        sourceIds: production.sourceIds as string[],
        shares: (production.shares as Row[]).map((share) => ({
          countryId: share.country === 'OTHER' ? null : (share.country as string),
          name: share.name as string,
          sharePct: share.sharePct as number,
          tonnesREO: share.tonnesREO as number,
        })),
      },
      sites: {
        year: null,
        scope: null,
        metric: args.basis === 'LOCATION' ? 'producing sites in the graph, by location' : 'producing sites in the graph, by effective control',
        total: sites.count as number,
        hhi: sites.hhi as number,
        top3Pct: sites.top3Pct as number,
        sourceIds: [],
        shares: (sites.shares as Row[]).map((share) => ({ countryId: share.country as string | null, name: share.name as string, sharePct: share.sharePct as number, siteIds: share.sites as string[] })),
      },
    };
  }

  async supplyChains(args: { element: string; importer: string; maxHops: number; flagCountry: string }) {
    const rows = await this.read('supply-chains', { ...args, maxHops: neo4j.int(args.maxHops) });
    return rows.map((row) => ({
      arrival: row.arrival as string,
      hops: row.hops as number,
      anyStepLocatedInFlaggedCountry: row.anyStepLocatedInFlag as boolean,
      anyStepControlledFromFlaggedCountry: row.anyStepControlledFromFlag as boolean,
      sourceIds: row.sourceIds as string[],
      steps: (row.steps as Row[]).map((step) => ({
        entityId: step.id as string,
        type: step.type as string,
        stages: (step.stages as string[] | null) ?? null,
        status: (step.status as string | null) ?? null,
        countryId: (step.country as string | null) ?? null,
        product: (step.product as string | null) ?? null,
        locatedInFlaggedCountry: Boolean(step.locatedInFlag),
        controlledFromFlaggedCountry: Boolean(step.controlledFromFlag),
      })),
    }));
  }

  async controlChain(id: string, asOf: string) {
    const [row] = await this.read('control-chain', { id, asOf });
    if (!row) return undefined;
    return {
      targetId: (row.target as Row).id as string,
      paths: (row.paths as Row[]).map((path) => ({
        holders: (path.holders as Row[]).map((holder) => ({ id: holder.id as string, name: holder.name as string, countryId: (holder.country as string | null) ?? null })),
        links: path.links as string[],
        stakePcts: path.stakePcts as Array<number | null>,
        effectivePct: (path.effectivePct as number | null) ?? null,
      })),
      controllers: toControllers(row.controllers as Row[]),
      controlByCountry: toCountryShares(row.controlByCountry as Shares),
      controlAttributedPct: row.controlAttributedPct as number,
      unknownPaths: row.unknownPaths as number,
    };
  }

  async exportControls(country: string, element: string | null, asOf: string) {
    const rows = await this.read('export-controls', { country, element, asOf });
    return rows.map((row) => ({
      id: row.id as string,
      title: row.title as string,
      instrument: (row.instrument as string | null) ?? null,
      kind: row.kind as string,
      status: row.status as string,
      announced: (row.announced as string | null) ?? null,
      effective: (row.effective as string | null) ?? null,
      suspendedFrom: (row.suspendedFrom as string | null) ?? null,
      suspendedUntil: (row.suspendedUntil as string | null) ?? null,
      liftedOn: (row.liftedOn as string | null) ?? null,
      targetId: ((row.target as Row | null)?.id as string | undefined) ?? null,
      elementIds: (row.elements as Row[]).map((element) => element.symbol as string),
      suspendedByIds: row.suspendedBy as string[],
      note: (row.note as string | null) ?? null,
      sourceIds: (row.sourceIds as string[] | null) ?? [],
    }));
  }
}

function toControllers(rows: Row[]) {
  return rows.map((controller) => ({ id: controller.id as string, name: controller.name as string, countryId: (controller.country as string | null) ?? null, effectivePct: controller.effectivePct as number }));
}

function toCountryShares(rows: Shares) {
  return rows.map((share) => ({ countryId: share.country, name: share.name, effectivePct: share.effectivePct }));
}

function toFigure(row: Row) {
  return {
    id: row.id as string | undefined,
    product: row.product as string | undefined,
    year: row.year as number | undefined,
    period: (row.period as string | null) ?? undefined,
    sharePct: (row.sharePct as number | null) ?? null,
    metric: row.metric as string | undefined,
    elementSpecific: Boolean(row.elementSpecific),
    sourceIds: (row.sourceIds as string[] | null) ?? [],
  };
}

function toOption(row: Row, args: OptionArguments, outsideName: string): SupplyOptionRow {
  const country = row.country as Row;
  const controllers = toControllers(row.controllers as Row[]);
  const controlByCountry = toCountryShares(row.controlByCountry as Shares);
  const option: SupplyOptionRow = {
    siteType: row.siteType as string,
    siteId: row.siteId as string,
    siteName: row.siteName as string,
    stages: row.stages as string[],
    status: row.status as string,
    statusLevel: STATUS_LEVELS[Math.min(Number(row.statusRank), 4)],
    countryId: country.id as string,
    countryName: country.name as string,
    capacity: (row.capacity as number | null) ?? null,
    capacityUnit: (row.capacityUnit as string | null) ?? null,
    elementRole: (row.elementRole as string | null) ?? null,
    elementDetail: (row.elementDetail as string | null) || null,
    operatorIds: (row.operators as Row[]).map((operator) => operator.id as string),
    controllers,
    controlByCountry,
    controlAttributedPct: row.controlAttributedPct as number,
    outsideControlPct: row.outsideControlPct as number,
    locatedOutside: row.locatedOutside as boolean,
    controlledFromOutside: row.controlledFromOutside as boolean,
    agreementIds: ((row.agreements as Row[] | undefined) ?? []).map((agreement) => agreement.id as string),
    sourceIds: row.sourceIds as string[],
    why: '',
  };
  if (row.reachingAgreements) {
    option.reachedThroughAgreement = Boolean(row.reachedThroughAgreement);
    option.reachingAgreements = (row.reachingAgreements as Row[]).map((agreement) => ({ agreementId: agreement.id as string, via: agreement.via as string }));
  }
  option.why = explain(option, args, outsideName);
  return option;
}

/** One sentence an analyst can read: where the site is, who controls it, how that compares with the threshold. */
export function explain(option: Pick<SupplyOptionRow, 'countryName' | 'locatedOutside' | 'controlByCountry' | 'controlAttributedPct' | 'outsideControlPct' | 'status'>, args: Pick<OptionArguments, 'controlThreshold'>, outsideName: string): string {
  const location = `${option.locatedOutside ? 'Located in' : 'Located inside'} ${option.countryName}${option.locatedOutside ? ` (outside ${outsideName})` : ''}`;
  const traced = option.controlByCountry.filter((share) => share.effectivePct > 0);
  const control =
    option.controlAttributedPct === 0
      ? 'its control is not traced in the graph'
      : `effective control ${traced.map((share) => `${share.name} ${share.effectivePct}%`).join(', ')}${option.controlAttributedPct < 100 ? ` (${round(100 - option.controlAttributedPct)}% not traced)` : ''}`;
  const verdict = `${outsideName} holds ${option.outsideControlPct}% (${option.outsideControlPct >= args.controlThreshold ? 'at or above' : 'below'} the ${args.controlThreshold}% threshold)`;
  return `${location}; ${control}; ${verdict}. Status: ${option.status}.`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
