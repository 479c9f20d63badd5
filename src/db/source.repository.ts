import type { Source } from '../schema/common/source.type';
import type { Neo4jExecutor } from './run';

export class SourceRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Sources by id, in the order asked (missing ids give undefined). One round trip. */
  async byIds(ids: readonly string[]): Promise<Array<Source | undefined>> {
    const rows = await this.executor.read('queries/source/get-sources', { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((row) => [(row.source as Source).id, row.source as Source]));
    return ids.map((id) => byId.get(id));
  }
}
