import { serverComponents } from './queries/health.queries';
import type { Neo4jExecutor } from './run';

/** Which Neo4j the service talks to, asked quickly (health and readiness must answer fast). */
export class HealthRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async serverComponents(): Promise<{ version: string; edition: string }> {
    const [row] = await this.executor.query(serverComponents, {});
    return { version: row?.version ?? '', edition: row?.edition ?? '' };
  }
}
