import type { CONFIDENCES, QUANTITY_STAGES, QUANTITY_UNITS } from './vocabulary';

/**
 * Tonnes: the rules that turn quantity rows into an answer (docs/decisions/003-quantities.md).
 * Cypher applies them to the stored rows; these are the numbers and words it stores or is given.
 */

export type Confidence = (typeof CONFIDENCES)[number];
export type QuantityStage = (typeof QUANTITY_STAGES)[number];
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

/**
 * How much a tonne counts when options are ranked by deliverable tonnes × confidence: a reported or
 * built figure outranks a target of the same size. Stored on each quantity (confidenceWeight).
 */
export const CONFIDENCE_WEIGHTS: Record<Confidence, number> = { HIGH: 1, MEDIUM: 0.6, LOW: 0.3 };

/** The unit a stage's tonnes are counted in: oxide for separation and recycling, metal, or the product itself. */
export const STAGE_UNITS: Record<QuantityStage, QuantityUnit> = {
  MINING: 'T_REO_PER_YEAR',
  CRACKING_LEACHING: 'T_REO_PER_YEAR',
  SEPARATION_REFINING: 'T_REO_PER_YEAR',
  METAL_ALLOY: 'T_METAL_PER_YEAR',
  MAGNET: 'T_PRODUCT_PER_YEAR',
  RECYCLING: 'T_REO_PER_YEAR',
};

/** What a stage's tonnes measure, in words for an answer's `unit`. */
export function unitLabel(stage: QuantityStage, element: string, oxide: string | undefined): string {
  switch (STAGE_UNITS[stage]) {
    case 'T_METAL_PER_YEAR':
      return `t of ${element} metal per year`;
    case 'T_PRODUCT_PER_YEAR':
      return `t of product per year (magnets; their ${element} content is not stated)`;
    default:
      return `t of ${oxide ?? `${element} oxide`} per year (REO basis)`;
  }
}

/** The oxide a rare earth is counted as (REO basis): Tb4O7, Pr6O11, CeO2, the rest R2O3. */
export function oxideOf(element: string): string {
  return ({ Tb: 'Tb4O7', Pr: 'Pr6O11', Ce: 'CeO2' } as Record<string, string>)[element] ?? `${element}2O3`;
}

/** Years a tonnage answer covers at most, and the window option tonnes are computed for. */
export const TONNES_YEARS = { first: 2000, last: 2050, optionWindow: 12 } as const;

export interface TonnesRange {
  low: number;
  high: number;
}

/** Sums of ranges: lows add up, highs add up. */
export function addRanges(ranges: readonly TonnesRange[]): TonnesRange {
  return ranges.reduce((sum, range) => ({ low: round3(sum.low + range.low), high: round3(sum.high + range.high) }), { low: 0, high: 0 });
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;
