import type { ParamsOf } from '../../db/query';
import type { Neo4jExecutor } from '../../db/run';
import { importDependenceQuery } from './import-dependence.query';
import type { ImportDependence } from './import-dependence.types';

export class ImportDependenceRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async dependence(params: ParamsOf<typeof importDependenceQuery>): Promise<ImportDependence> {
    const [row] = await this.executor.query(importDependenceQuery, params);
    if (!row) return { importerId: params.importer, breakdowns: [] };
    return {
      importerId: row.importer.id,
      breakdowns: row.breakdowns.map((breakdown) => ({
        product: breakdown.product,
        elementIds: breakdown.elements,
        year: breakdown.year,
        period: breakdown.period ?? undefined,
        metric: breakdown.metric,
        basis: breakdown.basis,
        coveredPct: breakdown.coveredPct,
        hhi: breakdown.hhi,
        top3Pct: breakdown.top3Pct,
        totalDependencePct: breakdown.totalDependencePct,
        sourceIds: breakdown.sourceIds,
        suppliers: breakdown.suppliers.map((supplier) => ({
          countryId: supplier.country.id,
          sharePct: supplier.sharePct,
          valueUSD: supplier.valueUSD,
          volumeTonnes: supplier.volumeTonnes,
          sourceIds: supplier.sourceIds,
          chain: supplier.chain.map((site) => ({ siteId: site.siteId, status: site.status ?? undefined, supplierIds: site.suppliedBy.map((feed) => feed.id) })),
        })),
      })),
    };
  }
}
