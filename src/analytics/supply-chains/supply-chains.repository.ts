import type { ParamsOf } from '../../db/query';
import type { Neo4jExecutor } from '../../db/run';
import { supplyChainsQuery } from './supply-chains.query';
import type { SupplyChainPath } from './supply-chains.types';

export class SupplyChainsRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async paths(params: ParamsOf<typeof supplyChainsQuery>): Promise<SupplyChainPath[]> {
    const rows = await this.executor.query(supplyChainsQuery, params);
    return rows.map((row) => ({
      arrival: row.arrival,
      hops: row.hops,
      anyStepLocatedInFlaggedCountry: row.anyStepLocatedInFlag,
      anyStepControlledFromFlaggedCountry: row.anyStepControlledFromFlag,
      sourceIds: row.sourceIds,
      steps: row.steps.map((step) => ({
        entityId: step.id,
        type: step.type,
        stages: step.stages,
        status: step.status,
        countryId: step.country,
        product: step.product,
        locatedInFlaggedCountry: Boolean(step.locatedInFlag),
        controlledFromFlaggedCountry: Boolean(step.controlledFromFlag),
      })),
    }));
  }
}
