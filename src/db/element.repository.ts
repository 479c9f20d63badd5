import { asEntity, type GraphNode } from './graph.repository';
import { findElement, listElements } from './queries/element.queries';
import type { Neo4jExecutor } from './run';

/** Elements are few and looked up by symbol, name or alias (any case). */
export class ElementRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async findNode(identifier: string): Promise<GraphNode | undefined> {
    const [row] = await this.executor.query(findElement, { identifier: identifier.trim() });
    return row ? asEntity(row.element) : undefined;
  }

  async list(rareEarthsOnly: boolean): Promise<GraphNode[]> {
    const rows = await this.executor.query(listElements, { rareEarthsOnly });
    return rows.map((row) => asEntity(row.element));
  }
}
