import type { Neo4jExecutor } from '../db/run';
import { AlternativeSourcesRepository } from './alternative-sources/alternative-sources.repository';
import { alternativeSources } from './alternative-sources/alternative-sources.resolver';
import { ConcentrationRepository } from './concentration/concentration.repository';
import { concentration } from './concentration/concentration.resolver';
import { ControlChainRepository } from './control-chain/control-chain.repository';
import { controlChain } from './control-chain/control-chain.resolver';
import { DisruptionImpactRepository } from './disruption-impact/disruption-impact.repository';
import { disruptionImpact } from './disruption-impact/disruption-impact.resolver';
import { ExportControlsRepository } from './export-controls/export-controls.repository';
import { exportControls } from './export-controls/export-controls.resolver';
import { ImportDependenceRepository } from './import-dependence/import-dependence.repository';
import { importDependence } from './import-dependence/import-dependence.resolver';
import { ImporterAlternativesRepository } from './importer-alternatives/importer-alternatives.repository';
import { importerAlternatives } from './importer-alternatives/importer-alternatives.resolver';
import type { AnalyticsQuestion } from './question';
import { DependenceFigureReferences } from './shared/dependence.types';
import { SUPPLY_OPTION_RESOLVERS } from './shared/supply-option.resolver';
import { SupplyBalanceRepository } from './supply-balance/supply-balance.repository';
import { supplyBalance } from './supply-balance/supply-balance.resolver';
import { SupplyChainsRepository } from './supply-chains/supply-chains.repository';
import { supplyChains } from './supply-chains/supply-chains.resolver';

/**
 * Every analytical question, once: the schema builds its resolvers from this list, and the plan
 * warm-up, the golden EXPLAIN tests, the bench and the Neo4j Browser guide take their queries and
 * example parameters from it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ANALYTICS_QUESTIONS: ReadonlyArray<AnalyticsQuestion<any>> = [
  importerAlternatives,
  supplyBalance,
  alternativeSources,
  disruptionImpact,
  importDependence,
  concentration,
  supplyChains,
  controlChain,
  exportControls,
];

/** The resolvers of every question, and of the answer types several share. */
export const ANALYTICS_RESOLVERS = [...ANALYTICS_QUESTIONS.flatMap((question) => question.resolvers), ...SUPPLY_OPTION_RESOLVERS, DependenceFigureReferences];

/** Each question's repository, built per request on the request's executor (round trips counted). */
export function analyticsRepositories(executor: Neo4jExecutor) {
  return {
    alternativeSources: new AlternativeSourcesRepository(executor),
    importerAlternatives: new ImporterAlternativesRepository(executor),
    supplyBalance: new SupplyBalanceRepository(executor),
    disruptionImpact: new DisruptionImpactRepository(executor),
    importDependence: new ImportDependenceRepository(executor),
    concentration: new ConcentrationRepository(executor),
    supplyChains: new SupplyChainsRepository(executor),
    controlChain: new ControlChainRepository(executor),
    exportControls: new ExportControlsRepository(executor),
  };
}
export type AnalyticsRepositories = ReturnType<typeof analyticsRepositories>;
