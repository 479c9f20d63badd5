import { ANALYTICS_QUESTIONS } from '../analytics';
import { today } from '../analytics/question';
import type { Logger } from '../logger';
import type { Neo4jExecutor } from './run';

/**
 * One run of each analytical question with its example parameters (typed as the API sends them),
 * so Cypher's plan cache holds their plans before the first user asks: cold, planning these long
 * queries takes seconds each; warm, they answer in a fraction of that.
 * Fire-and-forget at start-up, after the schema is applied: one query at a time (not to load a
 * small server); logs what it did and never fails the service.
 */
export async function warmQueryPlans(executor: Neo4jExecutor, logger: Logger): Promise<void> {
  const started = Date.now();
  const timings: Record<string, number> = {};
  for (const question of ANALYTICS_QUESTIONS) {
    const begun = Date.now();
    try {
      await executor.query(question.query, question.example(today()));
      timings[question.name] = Date.now() - begun;
    } catch (error) {
      logger.warn({ err: error, query: question.name }, 'query plan warm-up failed (the first real request will plan it)');
    }
  }
  logger.info({ ms: Date.now() - started, perQueryMs: timings }, 'analytics query plans warmed');
}
