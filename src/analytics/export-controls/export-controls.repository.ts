import type { ParamsOf } from '../../db/query';
import type { Neo4jExecutor } from '../../db/run';
import { exportControlsQuery } from './export-controls.query';
import type { ExportControlOnDate } from './export-controls.types';

export class ExportControlsRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async measures(params: ParamsOf<typeof exportControlsQuery>): Promise<ExportControlOnDate[]> {
    const rows = await this.executor.query(exportControlsQuery, params);
    return rows.map((row) => ({
      ...row,
      targetId: row.target?.id ?? null,
      elementIds: row.elements.map((element) => element.symbol),
      suspendedByIds: row.suspendedBy,
      sourceIds: row.sourceIds ?? [],
      target: undefined,
      elements: undefined,
      suspendedBy: undefined,
    }));
  }
}
