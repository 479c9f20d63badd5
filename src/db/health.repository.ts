import type { Neo4jExecutor } from './run';

/** Which Neo4j the service talks to, asked quickly (health and readiness must answer fast). */
export class HealthRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async serverComponents(): Promise<{ version: string; edition: string }> {
    const [row] = await this.executor.read('queries/health/server-components', {}, { timeoutMs: 1500 });
    return { version: String(row?.version ?? ''), edition: String(row?.edition ?? '') };
  }
}
