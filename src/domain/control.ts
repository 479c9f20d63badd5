import { RESIDUAL_TO_HEADQUARTERS, type OWNERSHIP_RECORDS } from './vocabulary';

/**
 * Effective control: who ultimately controls a deposit, plant or company on a date, and from which
 * countries — stakes multiplied along every ownership path, the rules of
 * docs/decisions/001-effective-control.md. This is the one implementation the graph stores
 * (ControlPeriod nodes, kept by the seed loader and every write); cypher/fragments/effective-control.cypher
 * computes the same for one date per request and a test holds the two equal.
 *
 * Dates are compared as text, exactly as the Cypher does: a stake's `asOf` may be `2014`,
 * `2014-05` or `2014-05-20`, and `'2014' <= '2014-05-20'`.
 */

/** Stake bases that confer control (an economic interest does not). */
export const CONTROL_BASES = ['EQUITY', 'AS_CONVERTED', 'VOTING'] as const;
/** Below this, what recorded stakes leave of a holder is rounding, not a share (the Cypher reference uses the same). */
export const RESIDUAL_EPSILON = 1e-9;
/** Longest ownership path followed, in links. */
export const MAX_CHAIN_LINKS = 8;

export type OwnershipRecord = (typeof OWNERSHIP_RECORDS)[number];

export interface OwnershipLink {
  type: 'OWNS' | 'OPERATES';
  from: string;
  to: string;
  stakePct?: number | null;
  basis?: string | null;
  status?: string | null;
  asOf?: string | null;
  until?: string | null;
  since?: string | null;
  sourceIds?: string[] | null;
}

export interface Holder {
  id: string;
  name: string;
  /** Only companies hold stakes; a deposit or plant is a target, never a holder. */
  isCompany: boolean;
  countryId: string | null;
  ownershipRecord?: OwnershipRecord | null;
  /** The sources of the holder's own record (its headquarters and what is known of its owners). */
  sourceIds?: string[] | null;
}

export interface ControllerShare {
  id: string;
  name: string;
  countryId: string | null;
  effectivePct: number;
  /** True when this share counts for the controller's headquarters country; false: untraced. */
  attributed: boolean;
}

export interface CountryControl {
  countryId: string;
  effectivePct: number;
}

export interface ControlView {
  controllers: ControllerShare[];
  byCountry: CountryControl[];
  /** Share of the target the graph traces to a country (the sum of byCountry). */
  attributedPct: number;
  /** Paths whose stakes are not all known (a share could not be computed). */
  unknownPaths: number;
  /** Sources of the stakes and operations on the paths that carry a share. */
  sourceIds: string[];
}

export interface ControlPeriod extends ControlView {
  /** First date (as text; '' = since ever) and the date it ends (null = still). */
  from: string;
  until: string | null;
}

/** The ownership graph: nodes by id and the OWNS/OPERATES links into each node. */
export class OwnershipGraph {
  private readonly into = new Map<string, OwnershipLink[]>();
  private readonly holders = new Map<string, Holder>();

  constructor(holders: Iterable<Holder>, links: Iterable<OwnershipLink>) {
    for (const holder of holders) this.holders.set(holder.id, holder);
    for (const link of links) this.into.set(link.to, [...(this.into.get(link.to) ?? []), link]);
  }

  holder(id: string): Holder | undefined {
    return this.holders.get(id);
  }

  linksInto(id: string): OwnershipLink[] {
    return this.into.get(id) ?? [];
  }

  /** Every date text on the links above `target` (within the chain limit, plus the owners of the last holders). */
  datesAbove(target: string): string[] {
    const dates = new Set<string>();
    const seen = new Set<string>([target]);
    let frontier = [target];
    for (let depth = 0; depth <= MAX_CHAIN_LINKS && frontier.length; depth += 1) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const link of this.linksInto(id)) {
          for (const date of [link.asOf, link.until, link.since]) if (date) dates.add(date);
          if (!seen.has(link.from)) {
            seen.add(link.from);
            next.push(link.from);
          }
        }
      }
      frontier = next;
    }
    return [...dates].sort();
  }
}

const isControllingStake = (link: OwnershipLink, date: string) =>
  link.type === 'OWNS' &&
  (CONTROL_BASES as readonly string[]).includes(link.basis ?? 'EQUITY') &&
  (link.status === 'CURRENT' || link.status === 'HISTORICAL') &&
  (link.asOf ?? '') <= date &&
  (link.until == null || link.until > date) &&
  (link.status === 'CURRENT' || link.until != null);

const isOperation = (link: OwnershipLink, date: string) => link.type === 'OPERATES' && (link.since ?? '') <= date && (link.until == null || link.until > date);

const round4 = (value: number) => Math.round(value * 10000) / 10000;

/**
 * Control of `target` on `date`. Every path from a holder down to the target counts: its weight is
 * the product of its stakes (an unknown stake is 100 % when the holder is the only owner, else the
 * path's share is unknown); each holder keeps the part of itself no recorded stake covers (its
 * residual). A residual counts for the holder's headquarters country when the holder is widely
 * held, the state, or answers to no owner; otherwise it is untraced.
 */
export function controlAt(graph: OwnershipGraph, target: string, date: string): ControlView {
  const owners = (id: string) => graph.linksInto(id).filter((link) => isControllingStake(link, date));
  const targetHolder = graph.holder(target);
  const targetOwners = owners(target);
  // A plant or deposit without owners on the date is controlled by its operator(s).
  const operators = targetHolder?.isCompany || targetOwners.length ? [] : graph.linksInto(target).filter((link) => isOperation(link, date));

  const shares = new Map<string, { holder: Holder; share: number }>();
  const sources = new Set<string>();
  let unknownPaths = 0;

  const residualOf = (holder: Holder): number => {
    const stakes = owners(holder.id);
    if (stakes.length === 0) return 1;
    const known = stakes.filter((stake) => stake.stakePct != null);
    if (stakes.length === 1 && known.length === 0) return 0;
    const owned = known.reduce((sum, stake) => sum + Number(stake.stakePct), 0);
    // Stakes that add up to 100 % leave nothing, not a rounding crumb (31.21 + 3 × 20.33 + 2 × 3.9).
    const residual = 1 - owned / 100;
    return residual < RESIDUAL_EPSILON ? 0 : residual;
  };

  // Walk up from the target; `weight` is the product of the stakes below the current holder
  // (null once a stake is unknown), `onPath` the nodes already on this path (no cycles).
  const visit = (holderId: string, weight: number | null, onPath: Set<string>, linkSources: string[], links: number) => {
    const holder = graph.holder(holderId);
    if (!holder?.isCompany) return;
    if (weight === null) {
      unknownPaths += 1;
      for (const id of linkSources) sources.add(id);
    } else {
      const share = weight * residualOf(holder);
      if (share > 0) {
        const entry = shares.get(holder.id) ?? { holder, share: 0 };
        entry.share += share;
        shares.set(holder.id, entry);
        for (const id of [...linkSources, ...(holder.sourceIds ?? [])]) sources.add(id);
      }
    }
    if (links === MAX_CHAIN_LINKS) return;
    const stakes = owners(holderId);
    for (const stake of stakes) step(stake, stakes.length, weight, onPath, linkSources, links);
  };

  const step = (link: OwnershipLink, ownerCount: number, weight: number | null, onPath: Set<string>, linkSources: string[], links: number) => {
    if (onPath.has(link.from)) return;
    const pct = link.type === 'OWNS' ? (link.stakePct ?? (ownerCount === 1 ? 100 : null)) : ownerCount === 1 ? 100 : null;
    const next = weight === null || pct === null ? null : (weight * pct) / 100;
    visit(link.from, next, new Set([...onPath, link.from]), [...linkSources, ...(link.sourceIds ?? [])], links + 1);
  };

  if (targetHolder?.isCompany) visit(target, 1, new Set([target]), [], 0);
  else {
    const into = targetOwners.length ? targetOwners : operators;
    for (const link of into) step(link, into.length, 1, new Set([target]), [], 0);
  }

  const controllers = [...shares.values()]
    .map(({ holder, share }) => ({
      id: holder.id,
      name: holder.name,
      countryId: holder.countryId,
      effectivePct: round4(share * 100),
      attributed: holder.countryId != null && RESIDUAL_TO_HEADQUARTERS.includes(holder.ownershipRecord ?? 'UNKNOWN'),
      share,
    }))
    .sort((a, b) => b.share - a.share || a.id.localeCompare(b.id));
  const byCountryShare = new Map<string, number>();
  for (const controller of controllers) if (controller.attributed) byCountryShare.set(controller.countryId!, (byCountryShare.get(controller.countryId!) ?? 0) + controller.share);
  const byCountry = [...byCountryShare.entries()].map(([countryId, share]) => ({ countryId, share })).sort((a, b) => b.share - a.share || a.countryId.localeCompare(b.countryId));
  return {
    controllers: controllers.map(({ share: _share, ...controller }) => controller),
    byCountry: byCountry.map(({ countryId, share }) => ({ countryId, effectivePct: round4(share * 100) })),
    attributedPct: round4(byCountry.reduce((sum, entry) => sum + entry.share, 0) * 100),
    unknownPaths,
    sourceIds: [...sources].sort(),
  };
}

/**
 * Control of `target` over all time, as periods between the dates where any link above it starts
 * or ends; neighbouring periods with the same answer are merged.
 */
export function controlPeriods(graph: OwnershipGraph, target: string): ControlPeriod[] {
  const starts = ['', ...graph.datesAbove(target)];
  const periods: ControlPeriod[] = [];
  for (const from of starts) {
    const view = controlAt(graph, target, from);
    const previous = periods[periods.length - 1];
    if (previous && sameControl(previous, view)) continue;
    if (previous) previous.until = from;
    periods.push({ ...view, from, until: null });
  }
  return periods;
}

function sameControl(a: ControlView, b: ControlView): boolean {
  return JSON.stringify([a.controllers, a.byCountry, a.unknownPaths, a.sourceIds]) === JSON.stringify([b.controllers, b.byCountry, b.unknownPaths, b.sourceIds]);
}

/** The share of `target` controlled from `countryId` in a view (0 when none). */
export const controlledFrom = (view: ControlView, countryId: string) => view.byCountry.find((entry) => entry.countryId === countryId)?.effectivePct ?? 0;
