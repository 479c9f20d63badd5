import type { ParamsOf } from '../../db/query';
import type { Neo4jExecutor } from '../../db/run';
import { controlChainQuery } from './control-chain.query';
import type { ControlChain } from './control-chain.types';

export class ControlChainRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Undefined when the id is not a deposit, facility or company. */
  async chain(params: ParamsOf<typeof controlChainQuery>): Promise<ControlChain | undefined> {
    const [row] = await this.executor.query(controlChainQuery, params);
    if (!row) return undefined;
    return {
      targetId: row.target.id,
      paths: row.paths.map((path) => ({
        holders: path.holders.map((holder) => ({ id: holder.id, name: holder.name, countryId: holder.country })),
        links: path.links,
        stakePcts: path.stakePcts,
        effectivePct: path.effectivePct,
      })),
      controllers: row.controllers.map((controller) => ({ id: controller.id, name: controller.name, countryId: controller.country, effectivePct: controller.effectivePct, attributed: controller.attributed })),
      controlByCountry: row.controlByCountry.map((share) => ({ countryId: share.country, name: share.name, effectivePct: share.effectivePct })),
      controlAttributedPct: row.controlAttributedPct,
      unknownPaths: row.unknownPaths,
    };
  }
}
