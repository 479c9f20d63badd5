import type { ParamsOf } from '../../db/query';
import type { Neo4jExecutor } from '../../db/run';
import { toDependenceFigure } from '../shared/dependence.types';
import { toOption } from '../shared/supply-option.rows';
import type { ImporterAlternatives } from './importer-alternatives.types';
import { importerAlternativesQuery } from './importer-alternatives.query';

export class ImporterAlternativesRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async importers(params: ParamsOf<typeof importerAlternativesQuery>, outsideName: string): Promise<ImporterAlternatives[]> {
    const rows = await this.executor.query(importerAlternativesQuery, params);
    const context = { outsideName, controlThreshold: params.controlThreshold, year: params.year };
    return rows.map((row) => ({
      importerId: row.importer.id,
      year: params.year,
      dependence: row.dependence.map(toDependenceFigure),
      demandByYear: row.demandByYear.map((demand) => ({ year: demand.year, tonnes: { low: demand.low, high: demand.high }, measure: demand.measure, basis: demand.basis, confidence: demand.confidence, method: demand.method, sourceIds: demand.sourceIds })),
      offtakes: row.offtakes.map((offtake) => ({
        id: offtake.id,
        agreementId: offtake.agreementId,
        buyerName: offtake.buyerName ?? offtake.buyerId ?? 'not recorded',
        siteId: offtake.siteId,
        tonnes: offtake.low === null || offtake.high === null ? null : { low: offtake.low, high: offtake.high },
        sharePct: offtake.sharePct,
        fromYear: offtake.fromYear,
        toYear: offtake.toYear,
        status: offtake.status,
        confidence: offtake.confidence,
        notCountedBecause: offtake.countsBecause,
        statedText: offtake.statedText,
        sourceIds: offtake.sourceIds,
      })),
      contractedByYear: row.contractedByYear.map((year) => ({
        year: year.year,
        tonnes: { low: year.low, high: year.high },
        offtakeIds: year.deals.map((deal) => deal.offtakeId),
        complete: year.deals.every((deal) => deal.tonnesKnown),
      })),
      options: row.options.map((option) => ({
        ...toOption(option, context),
        reachedThroughAgreement: option.reachedThroughAgreement,
        reachingAgreements: option.reachingAgreements.map((agreement) => ({ agreementId: agreement.id, via: agreement.via })),
      })),
      optionCount: row.optionCount,
    }));
  }
}
