import type { ParamsOf } from '../../db/query';
import type { Neo4jExecutor } from '../../db/run';
import { disruptionImpactQuery } from './disruption-impact.query';
import type { ElementDisruption } from './disruption-impact.types';

export class DisruptionImpactRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async disruptions(params: ParamsOf<typeof disruptionImpactQuery>): Promise<ElementDisruption[]> {
    const rows = await this.executor.query(disruptionImpactQuery, params);
    return rows.map((row) => ({
      elementId: row.element.symbol,
      controls: row.controls.map((control) => ({ controlId: control.id, status: control.status })),
      remaining: row.remaining,
      importers: row.importers.map((importer) => ({
        importerId: importer.importer.id,
        shareAtRisk: importer.shareAtRisk && {
          id: importer.shareAtRisk.id,
          product: importer.shareAtRisk.product,
          year: importer.shareAtRisk.year,
          period: importer.shareAtRisk.period ?? undefined,
          sharePct: importer.shareAtRisk.sharePct,
          metric: importer.shareAtRisk.metric,
          elementSpecific: importer.shareAtRisk.elementSpecific,
          sourceIds: importer.shareAtRisk.sourceIds ?? [],
        },
        agreementIds: importer.mitigatingAgreements.map((agreement) => agreement.id),
      })),
    }));
  }
}
