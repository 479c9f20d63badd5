import type { DEPOSIT_STATUSES, FACILITY_STATUSES, PROCESSING_STATUSES } from './vocabulary';

/**
 * The status ladder: how far a site is from supplying, 0 (producing) to 4 (stalled), 9 (never an
 * option: closed, cancelled). The one place it is written: record files store `statusRank` on
 * every deposit, facility and processing circuit, and Cypher reads that number.
 */
export const STATUS_LEVELS = ['PRODUCING', 'CONSTRUCTION', 'DEVELOPMENT', 'EXPLORATION', 'IDLE'] as const;
export type StatusLevel = (typeof STATUS_LEVELS)[number];

/** Ranks above this are never options. */
export const WORST_OPTION_RANK = 4;

export const DEPOSIT_STATUS_RANK: Record<(typeof DEPOSIT_STATUSES)[number], number> = {
  PRODUCING: 0,
  CONSTRUCTION: 1,
  DEVELOPMENT: 2,
  EXPLORATION: 3,
  CARE_AND_MAINTENANCE: 4,
  SUSPENDED: 4,
  CLOSED: 9,
};

export const FACILITY_STATUS_RANK: Record<(typeof FACILITY_STATUSES)[number], number> = {
  OPERATING: 0,
  COMMISSIONING: 0,
  CONSTRUCTION: 1,
  PILOT: 2,
  PLANNED: 2,
  SUSPENDED: 4,
  CLOSED: 9,
  CANCELLED: 9,
};

/** A plant's circuit for one element: a pilot or planned circuit in an operating plant is not production. */
export const CIRCUIT_STATUS_RANK: Record<(typeof PROCESSING_STATUSES)[number], number> = {
  COMMERCIAL: 0,
  PILOT: 2,
  PLANNED: 2,
};

/** The level a rank stands for (ranks 4 and above read IDLE). */
export function statusLevel(rank: number): StatusLevel {
  return STATUS_LEVELS[Math.min(Math.max(Math.trunc(rank), 0), STATUS_LEVELS.length - 1)];
}
