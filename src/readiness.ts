import { serverComponents } from './db/queries/health.queries';
import type { Neo4jExecutor } from './db/run';

/**
 * Readiness for /ready: Neo4j answers and the schema has been applied. Liveness (/health) is
 * separate and only says the process is up.
 */
export class Readiness {
  schemaApplied = false;

  constructor(private readonly executor: Neo4jExecutor) {}

  async check(): Promise<{ ready: boolean; neo4j: boolean; schema: boolean }> {
    let neo4j = false;
    try {
      await this.executor.query(serverComponents, {});
      neo4j = true;
    } catch {
      neo4j = false;
    }
    return { ready: neo4j && this.schemaApplied, neo4j, schema: this.schemaApplied };
  }
}
