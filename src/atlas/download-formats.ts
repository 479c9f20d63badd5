import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { PROJECT_ROOT } from '../config';

/** The answers of src/atlas/operations/*.graphql, as far as the downloads read them. */
export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  published: string | null;
}

export interface CountryRef {
  iso2: string;
  name: string;
}

export interface AtlasOption {
  siteId: string;
  siteName: string;
  siteType: string;
  stages: string[];
  status: string;
  statusLevel: string;
  country: CountryRef;
  capacity: number | null;
  capacityUnit: string | null;
  locatedOutside: boolean;
  controlledFromOutside: boolean;
  outsideControlPct: number;
  controlAttributedPct: number;
  controllers: Array<{ name: string; effectivePct: number; country: CountryRef | null }>;
  why: string;
  site: { location: { latitude: number; longitude: number } | null; locationPrecision: string | null } | null;
  sources: SourceRef[];
  reachedThroughAgreement?: boolean | null;
  reachingAgreements?: Array<{ via: string; agreement: { id: string; title: string } }> | null;
  route?: string;
  routes?: Array<{ planned: boolean; viaCountry: boolean; steps: Array<{ kind: string; entity: { id?: string; iso2?: string; name?: string } }> }>;
  tonnes?: Range | null;
  tonnesUnit?: string;
  tonnesStage?: string;
}

export interface ChainPath {
  hops: number;
  arrival: string;
  anyStepLocatedInFlaggedCountry: boolean;
  anyStepControlledFromFlaggedCountry: boolean;
  steps: Array<{
    type: string;
    product: string | null;
    status: string | null;
    stages: string[] | null;
    country: CountryRef | null;
    locatedInFlaggedCountry: boolean;
    controlledFromFlaggedCountry: boolean;
    entity: { id?: string; name?: string };
  }>;
  sources: SourceRef[];
}

export interface Range {
  low: number;
  high: number;
}

export interface SupplyBalanceAnswer {
  unit: string;
  stage: string;
  asOf: string;
  basis: string;
  outside: CountryRef;
  years: Array<{
    year: number;
    supply: Range;
    insideCountry: Range | null;
    insideCountryIs: string | null;
    demand: Range | null;
    sites: Array<{ siteId: string; siteName: string; country: CountryRef; tonnes: Range; basis: string; confidence: string; route: string; split: boolean; derivation: string; sources: SourceRef[] }>;
  }>;
}

export interface ImporterAnswer {
  importer: CountryRef;
  optionCount: number;
  demand?: Range | null;
  contracted?: Range | null;
  dependence: Array<{ product: string | null; year: number | null; period: string | null; sharePct: number | null; metric: string | null; elementSpecific: boolean; sources: SourceRef[] }>;
  options: AtlasOption[];
}

/** The page's own model (stage, control class), shared so downloads and map agree. */
interface AtlasModel {
  leadStage(stages: string[]): string;
  controlClass(option: { controlledFromOutside: boolean; controlAttributedPct: number }, threshold: number): 'OUTSIDE' | 'CONTROLLED' | 'UNTRACED';
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const model = require(path.join(PROJECT_ROOT, 'src', 'atlas', 'page', 'atlas-model.js')) as AtlasModel;

/** Filters that describe a download; written into every row so a file still says what it is. */
export interface SiteFilters {
  element: string;
  outside: string;
  basis: string;
  asOf: string;
  controlThreshold: number;
}

const urls = (sources: SourceRef[]) => sources.map((source) => source.url ?? source.id).join(' ');

function siteProperties(option: AtlasOption, filters: SiteFilters) {
  const location = option.site?.location ?? null;
  return {
    siteId: option.siteId,
    siteName: option.siteName,
    siteType: option.siteType,
    stages: option.stages.join(';'),
    leadStage: model.leadStage(option.stages),
    status: option.status,
    statusLevel: option.statusLevel,
    countryIso2: option.country.iso2,
    country: option.country.name,
    latitude: location?.latitude ?? null,
    longitude: location?.longitude ?? null,
    locationPrecision: option.site?.locationPrecision ?? null,
    control: model.controlClass(option, filters.controlThreshold),
    locatedOutside: option.locatedOutside,
    controlledFromOutside: option.controlledFromOutside,
    outsideControlPct: option.outsideControlPct,
    controlAttributedPct: option.controlAttributedPct,
    controllers: option.controllers.map((controller) => `${controller.name} (${controller.country?.iso2 ?? 'headquarters not recorded'}) ${controller.effectivePct} %`).join('; '),
    capacity: option.capacity,
    capacityUnit: option.capacityUnit,
    route: option.route ?? null,
    tonnesLow: option.tonnes?.low ?? null,
    tonnesHigh: option.tonnes?.high ?? null,
    tonnesUnit: option.tonnesUnit ?? null,
    tonnesStage: option.tonnesStage ?? null,
    why: option.why,
    sourceUrls: urls(option.sources),
    element: filters.element,
    outside: filters.outside,
    basis: filters.basis,
    asOf: filters.asOf,
  };
}

/**
 * GeoJSON (RFC 7946) of the sites: Points in WGS 84 longitude/latitude. A site whose coordinates
 * the graph does not record keeps its row with a null geometry (the page draws those at their
 * country's centre, an approximation that has no place in a GIS file).
 */
export function sitesGeoJson(options: AtlasOption[], filters: SiteFilters) {
  return {
    type: 'FeatureCollection' as const,
    features: options.map((option) => {
      const location = option.site?.location;
      return {
        type: 'Feature' as const,
        id: option.siteId,
        geometry: location ? { type: 'Point' as const, coordinates: [location.longitude, location.latitude] } : null,
        properties: siteProperties(option, filters),
      };
    }),
  };
}

export function sitesCsv(options: AtlasOption[], filters: SiteFilters, extra?: (option: AtlasOption) => Record<string, unknown>): string {
  return csv(options.map((option) => ({ ...siteProperties(option, filters), ...(extra ? extra(option) : {}) })));
}

/** One row per step of every route: spreadsheet-friendly, and the route number ties steps together. */
export function flowsCsv(paths: ChainPath[], filters: { element: string; importer: string; flagCountry: string }): string {
  const rows = paths.flatMap((route, routeIndex) =>
    route.steps.map((step, stepIndex) => ({
      route: routeIndex + 1,
      step: stepIndex + 1,
      hops: route.hops,
      arrival: route.arrival,
      entityType: step.type,
      entityId: step.entity.id ?? '',
      entityName: step.entity.name ?? '',
      countryIso2: step.country?.iso2 ?? '',
      country: step.country?.name ?? '',
      product: step.product,
      status: step.status,
      stages: (step.stages ?? []).join(';'),
      locatedInFlaggedCountry: step.locatedInFlaggedCountry,
      controlledFromFlaggedCountry: step.controlledFromFlaggedCountry,
      routeTouchesFlaggedCountry: route.anyStepLocatedInFlaggedCountry || route.anyStepControlledFromFlaggedCountry,
      routeSourceUrls: urls(route.sources),
      element: filters.element,
      importer: filters.importer,
      flagCountry: filters.flagCountry,
    })),
  );
  return csv(rows);
}

export function importerDependenceCsv(answer: ImporterAnswer, filters: { element: string; outside: string }): string {
  return csv(
    answer.dependence.map((figure) => ({
      importerIso2: answer.importer.iso2,
      importer: answer.importer.name,
      supplier: filters.outside,
      element: filters.element,
      product: figure.product,
      year: figure.year,
      period: figure.period,
      sharePct: figure.sharePct,
      elementSpecific: figure.elementSpecific,
      metric: figure.metric,
      sourceUrls: urls(figure.sources),
    })),
  );
}

export function importerOptionsCsv(answer: ImporterAnswer, filters: SiteFilters): string {
  return sitesCsv(answer.options, filters, (option) => ({
    importerIso2: answer.importer.iso2,
    reachedThroughAgreement: option.reachedThroughAgreement ?? false,
    reachingAgreements: (option.reachingAgreements ?? []).map((reach) => `${reach.agreement.title} [${reach.agreement.id}] (${reach.via})`).join('; '),
    downstreamRoutes: (option.routes ?? []).map((route) => `${route.steps.map((step) => step.entity.name ?? step.entity.id ?? step.entity.iso2 ?? step.kind).join(' > ')}${route.planned ? ' (planned)' : ''}${route.viaCountry ? ' (via ' + filters.outside + ')' : ''}`).join('; '),
  }));
}

const low = (range: Range | null | undefined) => (range ? range.low : null);
const high = (range: Range | null | undefined) => (range ? range.high : null);

/** One row per year: the supply range outside the country (and its part by confidence), the country's own output, demand. */
export function supplyBalanceCsv(answer: SupplyBalanceAnswer, element: string): string {
  return csv(
    answer.years.map((year) => {
      const byConfidence = (confidence: string) => year.sites.filter((site) => site.confidence === confidence).reduce((sum, site) => sum + site.tonnes.low, 0);
      return {
        year: year.year,
        unit: answer.unit,
        supplyLow: year.supply.low,
        supplyHigh: year.supply.high,
        supplyLowHighConfidence: round(byConfidence('HIGH')),
        supplyLowMediumConfidence: round(byConfidence('MEDIUM')),
        supplyLowLowConfidence: round(byConfidence('LOW')),
        sites: year.sites.length,
        insideCountryLow: low(year.insideCountry),
        insideCountryHigh: high(year.insideCountry),
        insideCountryIs: year.insideCountryIs,
        demandLow: low(year.demand),
        demandHigh: high(year.demand),
        element,
        outside: answer.outside.iso2,
        basis: answer.basis,
        stage: answer.stage,
        asOf: answer.asOf,
      };
    }),
  );
}

/** One row per year and site counted in the supply, with how its figure was obtained and its sources. */
export function supplyBalanceSitesCsv(answer: SupplyBalanceAnswer, element: string): string {
  return csv(
    answer.years.flatMap((year) =>
      year.sites.map((site) => ({
        year: year.year,
        siteId: site.siteId,
        siteName: site.siteName,
        countryIso2: site.country.iso2,
        country: site.country.name,
        tonnesLow: site.tonnes.low,
        tonnesHigh: site.tonnes.high,
        unit: answer.unit,
        basis: site.basis,
        confidence: site.confidence,
        route: site.route,
        splitOfCombinedFigure: site.split,
        derivation: site.derivation,
        sourceUrls: urls(site.sources),
        element,
        outside: answer.outside.iso2,
        stage: answer.stage,
        asOf: answer.asOf,
      })),
    ),
  );
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * CSV with a header from the first row's keys. Text that a spreadsheet would run as a formula
 * (starting with = + - @ or a control character) gets a leading apostrophe (OWASP's advice for
 * CSV injection); numbers are written as numbers.
 */
export function csv(rows: Array<Record<string, unknown>>): string {
  if (!rows.length) return '';
  const columns = Object.keys(rows[0]);
  return stringify(
    rows.map((row) => columns.map((column) => cell(row[column]))),
    // Booleans as words: csv-stringify's default writes true as 1 and false as an empty cell.
    { header: true, columns, record_delimiter: '\r\n', cast: { boolean: (value) => (value ? 'true' : 'false') } },
  );
}

function cell(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
