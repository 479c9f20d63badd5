import { controlPeriods, OwnershipGraph, type Holder, type OwnershipLink } from '../domain/control';
import type { Row } from './run';

/** A statement runner bound to an open write transaction (Neo4jExecutor.writeTransaction). */
export type TransactionRun = (name: string, parameters?: Record<string, unknown>) => Promise<Row[]>;

const TARGETS_PER_BATCH = 2000;

/**
 * Effective control kept in the graph (issue #15): recomputes the control periods of `targetIds`
 * (null: every deposit, facility and company) from the ownership graph, inside the caller's
 * transaction, so the stored control never disagrees with the stakes it comes from.
 */
export async function refreshControl(run: TransactionRun, targetIds: string[] | null): Promise<{ targets: number; periods: number }> {
  if (targetIds && targetIds.length === 0) return { targets: 0, periods: 0 };
  const [row] = await run('writes/control/ownership-graph', { targetIds });
  const targets = (row?.targets as string[]) ?? [];
  const graph = new OwnershipGraph((row?.holders as Holder[]) ?? [], (row?.links as OwnershipLink[]) ?? []);
  if (targetIds === null) await run('writes/control/clear-all');
  let written = 0;
  for (let start = 0; start < Math.max(targets.length, targetIds?.length ? 1 : 0); start += TARGETS_PER_BATCH) {
    const batch = targets.slice(start, start + TARGETS_PER_BATCH);
    const periods = batch.flatMap((targetId) =>
      controlPeriods(graph, targetId)
        // Nothing known is stored as nothing: no period means no recorded control on that date.
        .filter((period) => period.controllers.length > 0 || period.unknownPaths > 0)
        .map((period) => ({
          targetId,
          from: period.from,
          until: period.until,
          attributedPct: period.attributedPct,
          unknownPaths: period.unknownPaths,
          controllerIds: period.controllers.map((controller) => controller.id),
          controllerNames: period.controllers.map((controller) => controller.name),
          controllerCountryIds: period.controllers.map((controller) => controller.countryId ?? ''),
          controllerPcts: period.controllers.map((controller) => controller.effectivePct),
          controllerAttributed: period.controllers.map((controller) => controller.attributed),
          countryIds: period.byCountry.map((entry) => entry.countryId),
          countryPcts: period.byCountry.map((entry) => entry.effectivePct),
          sourceIds: period.sourceIds,
          // Computed, not loaded: never edited, never exported; recomputed from the stakes.
          origin: 'derived',
        })),
    );
    // A target list given by the caller may name ids that are gone (deleted): their periods go too.
    const cleared = targetIds === null ? batch : start === 0 ? [...new Set([...batch, ...targetIds])] : batch;
    const [result] = await run('writes/control/replace-periods', { targetIds: cleared, periods });
    written += Number(result?.written ?? 0);
  }
  return { targets: targets.length, periods: written };
}

/** The deposits, facilities and companies whose control a change of `ids` can affect. */
export async function affectedTargets(run: TransactionRun, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const [row] = await run('writes/control/affected-targets', { ids });
  return (row?.targetIds as string[]) ?? [];
}
