import type { ParamsOf } from '../../db/query';
import type { Neo4jExecutor } from '../../db/run';
import { toOption } from '../shared/supply-option.rows';
import type { SupplyOption } from '../shared/supply-option.types';
import { alternativeSourcesQuery } from './alternative-sources.query';

export class AlternativeSourcesRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async options(params: ParamsOf<typeof alternativeSourcesQuery>, outsideName: string): Promise<SupplyOption[]> {
    const rows = await this.executor.query(alternativeSourcesQuery, params);
    return rows.map((row) => toOption(row, { outsideName, controlThreshold: params.controlThreshold, year: params.year }));
  }
}
