import neo4j from 'neo4j-driver';
import type { Logger } from '../logger';
import type { Neo4jExecutor } from './run';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * One run of each analytical question with typical arguments (parameter types as the API sends
 * them), so Cypher's plan cache holds their plans before the first user asks: cold, planning
 * these long queries takes 2–5 s each; warm, they answer in ~0.1–0.2 s on the real dataset.
 */
function warmUps(): Array<{ name: string; parameters: Record<string, unknown> }> {
  const options = { element: 'Tb', outside: 'CN', basis: 'BOTH', stages: null, includePipeline: true, controlThreshold: 25.0, asOf: today() };
  return [
    { name: 'importer-alternatives', parameters: { ...options, importers: null, optionsPerImporter: neo4j.int(25) } },
    { name: 'alternative-sources', parameters: options },
    { name: 'disruption-impact', parameters: { country: 'CN', outside: 'CN', elements: ['Tb'], asOf: today(), controlThreshold: 25.0, includePipeline: true, stages: null } },
    { name: 'import-dependence', parameters: { importer: 'JP', element: null, year: null } },
    { name: 'concentration', parameters: { element: 'Tb', stage: 'MINING', basis: 'LOCATION', year: neo4j.int(new Date().getUTCFullYear() - 1), asOf: today() } },
    { name: 'supply-chains', parameters: { element: 'Tb', importer: 'JP', maxHops: neo4j.int(6), flagCountry: 'CN' } },
    { name: 'control-chain', parameters: { id: 'dep-mount-weld', asOf: today() } },
    { name: 'export-controls', parameters: { country: 'CN', element: null, asOf: today() } },
  ];
}

/**
 * Fire-and-forget at start-up, after the schema is applied: warms the plans one query at a time
 * (not to load a small server), logs what it did, and never fails the service.
 */
export async function warmQueryPlans(executor: Neo4jExecutor, logger: Logger): Promise<void> {
  const started = Date.now();
  const timings: Record<string, number> = {};
  for (const { name, parameters } of warmUps()) {
    const begun = Date.now();
    try {
      await executor.read(`queries/analytics/${name}`, parameters, { timeoutMs: 60000 });
      timings[name] = Date.now() - begun;
    } catch (error) {
      logger.warn({ err: error, query: name }, 'query plan warm-up failed (the first real request will plan it)');
    }
  }
  logger.info({ ms: Date.now() - started, perQueryMs: timings }, 'analytics query plans warmed');
}
