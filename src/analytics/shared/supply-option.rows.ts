import { z } from 'zod';
import { statusLevel } from '../../domain/status';
import { StatusLevel, RouteVerdict, QuantityBasis, Confidence } from './analytics.enums';
import type { SupplyOption, SupplyRoute, YearTonnes } from './supply-option.types';

/**
 * The rows the supply-option fragments yield (cypher/fragments/supply-options, control-on-date,
 * route-on-date, option-tonnes), as zod schemas shared by the questions that list options, and
 * their mapping to the GraphQL answer with its explanation in words.
 */

const controllerRow = z.object({ id: z.string(), name: z.string(), country: z.string().nullable(), effectivePct: z.number(), attributed: z.boolean() });
const countryShareRow = z.object({ country: z.string(), name: z.string().nullable(), effectivePct: z.number() });

export const routeStepRow = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  country: z.string().nullable(),
  countryName: z.string().nullable(),
  product: z.string().nullable(),
  since: z.string().nullable(),
  until: z.string().nullable(),
  status: z.string(),
  outsideControlPct: z.number(),
  locatedIn: z.boolean(),
  controlledFrom: z.boolean(),
  via: z.boolean(),
});
export const routeRow = z.object({ planned: z.boolean(), via: z.boolean(), steps: z.array(routeStepRow) });

export const yearTonnesRow = z.object({
  year: z.number().int(),
  low: z.number(),
  high: z.number(),
  basis: z.enum(QuantityBasis),
  confidence: z.enum(Confidence),
  weight: z.number(),
  quantityId: z.string(),
  derivation: z.string(),
  split: z.boolean(),
  sourceIds: z.array(z.string()),
});

export const optionRow = z.object({
  siteType: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  stages: z.array(z.string()),
  status: z.string(),
  statusRank: z.number(),
  country: z.object({ id: z.string(), name: z.string() }),
  capacity: z.number().nullable(),
  capacityUnit: z.string().nullable(),
  elementRole: z.string().nullable(),
  elementDetail: z.string().nullable(),
  operators: z.array(z.object({ id: z.string() })),
  controllers: z.array(controllerRow),
  controlByCountry: z.array(countryShareRow),
  controlAttributedPct: z.number(),
  unknownPaths: z.number(),
  outsideControlPct: z.number(),
  locatedOutside: z.boolean(),
  controlledFromOutside: z.boolean(),
  routes: z.array(routeRow),
  routeVerdict: z.enum(RouteVerdict),
  tonnesStage: z.string(),
  tonnesUnit: z.string(),
  tonnesByYear: z.array(yearTonnesRow),
  agreements: z.array(z.object({ id: z.string() })).optional(),
  sourceIds: z.array(z.string()),
});
export type OptionRow = z.infer<typeof optionRow>;

/** What an explanation needs to know of the question. */
export interface OptionContext {
  outsideName: string;
  controlThreshold: number;
  year: number;
}

export function toYearTonnes(row: z.infer<typeof yearTonnesRow>): YearTonnes {
  return { year: row.year, tonnes: { low: row.low, high: row.high }, basis: row.basis, confidence: row.confidence, derivation: row.derivation, split: row.split, quantityId: row.quantityId, sourceIds: row.sourceIds };
}

export function toRoutes(rows: z.infer<typeof routeRow>[]): SupplyRoute[] {
  return rows.map((route) => ({
    planned: route.planned,
    viaCountry: route.via,
    steps: route.steps.map((step) => ({
      entityId: step.id,
      entityName: step.name,
      kind: step.kind,
      countryId: step.country,
      countryName: step.countryName,
      product: step.product,
      since: step.since,
      until: step.until,
      status: step.status,
      outsideControlPct: step.outsideControlPct,
      locatedIn: step.locatedIn,
      controlledFrom: step.controlledFrom,
    })),
  }));
}

export function toOption(row: OptionRow, context: OptionContext): SupplyOption {
  const option: SupplyOption = {
    siteType: row.siteType,
    siteId: row.siteId,
    siteName: row.siteName,
    stages: row.stages,
    status: row.status,
    statusLevel: statusLevel(row.statusRank) as StatusLevel,
    countryId: row.country.id,
    countryName: row.country.name,
    capacity: row.capacity,
    capacityUnit: row.capacityUnit,
    elementRole: row.elementRole,
    elementDetail: row.elementDetail || null,
    operatorIds: row.operators.map((operator) => operator.id),
    controllers: row.controllers.map((controller) => ({ id: controller.id, name: controller.name, countryId: controller.country, effectivePct: controller.effectivePct, attributed: controller.attributed })),
    controlByCountry: row.controlByCountry.map((share) => ({ countryId: share.country, name: share.name ?? share.country, effectivePct: share.effectivePct })),
    controlAttributedPct: row.controlAttributedPct,
    outsideControlPct: row.outsideControlPct,
    locatedOutside: row.locatedOutside,
    controlledFromOutside: row.controlledFromOutside,
    route: row.routeVerdict,
    routes: toRoutes(row.routes),
    tonnesStage: row.tonnesStage,
    tonnesUnit: row.tonnesUnit,
    tonnesByYear: row.tonnesByYear.map(toYearTonnes),
    agreementIds: (row.agreements ?? []).map((agreement) => agreement.id),
    sourceIds: row.sourceIds,
    year: context.year,
    why: '',
  };
  option.why = explainOption(option, row, context);
  return option;
}

const round = (value: number) => Math.round(value * 100) / 100;
const tonnes = (low: number, high: number) => (low === high ? `${round(low)} t` : `${round(low)}–${round(high)} t`);

/**
 * One paragraph an analyst can act on: where the site lies, who controls it (and how much is
 * untraced), how that compares with the threshold, where its output goes, and how much it can
 * supply in the year asked.
 */
export function explainOption(option: SupplyOption, row: Pick<OptionRow, 'unknownPaths'>, context: OptionContext): string {
  const { outsideName, controlThreshold, year } = context;
  const location = `${option.locatedOutside ? 'Located in' : 'Located inside'} ${option.countryName}${option.locatedOutside ? ` (outside ${outsideName})` : ''}`;
  const untraced = round(100 - option.controlAttributedPct);
  const unowned = option.controllers.filter((controller) => !controller.attributed).map((controller) => controller.name);
  const control =
    option.controlAttributedPct === 0
      ? `its control is untraced in the graph${unowned.length ? ` (the owners of ${unowned.join(', ')} are not recorded)` : row.unknownPaths ? ' (stakes of unknown size)' : ' (no owner or operator recorded)'}`
      : `effective control ${option.controlByCountry.map((share) => `${share.name} ${share.effectivePct}%`).join(', ')}${
          untraced > 0 ? ` (${untraced}% untraced${unowned.length ? `: owners of ${unowned.join(', ')} not recorded` : ''})` : ''
        }`;
  const verdict = `${outsideName} holds ${option.outsideControlPct}% (${option.outsideControlPct >= controlThreshold ? 'at or above' : 'below'} the ${controlThreshold}% threshold)`;
  const route = describeRoute(option, outsideName);
  const yearTonnes = option.tonnesByYear.find((entry) => entry.year === year);
  const amount = yearTonnes
    ? `${year}: ${tonnes(yearTonnes.tonnes.low, yearTonnes.tonnes.high)} (${yearTonnes.basis.toLowerCase().replace(/_/g, ' ')}, ${yearTonnes.confidence.toLowerCase()} confidence)`
    : `no tonnage for ${year} in the graph${option.tonnesByYear.length ? ` (figures for ${option.tonnesByYear.map((entry) => entry.year).join(', ')})` : ''}`;
  return `${location}; ${control}; ${verdict}. ${route} ${amount}. Status: ${option.status}.`;
}

function describeRoute(option: SupplyOption, outsideName: string): string {
  const describe = (route: SupplyRoute) =>
    route.steps
      .map((step) => `${step.product ? `${step.product} to ` : 'to '}${step.entityName}${step.countryName ? ` in ${step.countryName}` : ''}${step.locatedIn ? '' : step.controlledFrom ? ` (controlled from ${outsideName})` : ''}`)
      .join(', then ');
  const current = option.routes.filter((route) => !route.planned);
  const planned = option.routes.filter((route) => route.planned);
  switch (option.route) {
    case RouteVerdict.OUTSIDE:
      return option.routes.length ? `Route outside ${outsideName}: ${describe(current.find((route) => !route.viaCountry) ?? current[0])}.` : `It processes the element itself (no route needed).`;
    case RouteVerdict.PLANNED_OUTSIDE:
      return `Route: ${current.length ? `today via ${outsideName} (${describe(current[0])}); ` : 'none recorded today; '}planned outside: ${describe(planned.find((route) => !route.viaCountry) ?? planned[0])}.`;
    case RouteVerdict.VIA_COUNTRY:
      return `Route via ${outsideName}: ${describe(current[0] ?? planned[0])}${current.length ? '' : ' (planned)'} — not an alternative to ${outsideName} as it stands.`;
    default:
      return `Route unknown: no downstream link recorded (where its output is processed is not in the graph).`;
  }
}
