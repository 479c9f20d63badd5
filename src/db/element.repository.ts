import { asEntity, type GraphNode } from './graph.repository';
import type { Neo4jExecutor, Row } from './run';

/** Elements are few and looked up by symbol, name or alias (any case). */
export class ElementRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async findNode(identifier: string): Promise<GraphNode | undefined> {
    const [row] = await this.executor.read('queries/element/find-element', { identifier: identifier.trim() });
    return row ? asEntity(row.element as Row) : undefined;
  }

  async list(rareEarthsOnly: boolean): Promise<GraphNode[]> {
    const rows = await this.executor.read('queries/element/list-elements', { rareEarthsOnly });
    return rows.map((row) => asEntity(row.element as Row));
  }
}
