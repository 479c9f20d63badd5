import type { Source } from '../schema/common/source.type';
import { getSource, getSources } from './queries/source.queries';
import type { Neo4jExecutor } from './run';

export class SourceRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Sources by id, in the order asked (missing ids give undefined). One round trip. */
  async byIds(ids: readonly string[]): Promise<Array<Source | undefined>> {
    const rows = await this.executor.query(getSources, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((row) => [row.source.id, row.source]));
    return ids.map((id) => byId.get(id));
  }

  /** What cites a source: entities with a CITES link, and how many relationships list it. */
  async citations(id: string): Promise<{ citedBy: Array<{ id: string; name: string; labels: string[] }>; relationshipCount: number }> {
    const [row] = await this.executor.query(getSource, { id });
    if (!row) return { citedBy: [], relationshipCount: 0 };
    const citedBy = row.citedBy.map((entry) => ({ id: entry.id, name: entry.name, labels: entry._labels }));
    return { citedBy, relationshipCount: row.relationshipCount };
  }
}
