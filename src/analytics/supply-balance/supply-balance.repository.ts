import type { ParamsOf } from '../../db/query';
import type { Neo4jExecutor } from '../../db/run';
import { supplyBalanceQuery } from './supply-balance.query';
import type { SupplyYear, VolumeFigure } from './supply-balance.types';

type VolumeRow = { low: number; high: number; measure: string; basis: VolumeFigure['basis']; confidence: VolumeFigure['confidence']; method?: string | null; area?: string; sourceIds: string[] };

const toVolume = (row: VolumeRow): VolumeFigure => ({ tonnes: { low: row.low, high: row.high }, measure: row.measure, basis: row.basis, confidence: row.confidence, method: row.method ?? null, areaId: row.area ?? null, sourceIds: row.sourceIds });

export class SupplyBalanceRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async years(params: ParamsOf<typeof supplyBalanceQuery>): Promise<SupplyYear[]> {
    const rows = await this.executor.query(supplyBalanceQuery, params);
    return rows.map((row) => {
      const countryOutput = row.countryOutput && toVolume(row.countryOutput);
      const insideFromSites = row.countrySites.count > 0 ? { low: row.countrySites.low, high: row.countrySites.high } : null;
      return {
        year: row.year,
        supply: row.supply,
        countryOutput,
        insideCountry: countryOutput?.tonnes ?? insideFromSites,
        insideCountryIs: countryOutput ? `recorded ${countryOutput.measure.toLowerCase().replace(/_/g, ' ')}` : insideFromSites ? `the graph's ${row.countrySites.count} site(s) in or controlled from the country (not its whole output)` : null,
        worldDemand: row.worldDemand && toVolume(row.worldDemand),
        demand: row.worldDemand ? { low: row.worldDemand.low, high: row.worldDemand.high } : null,
        demandByArea: row.areaDemand.map(toVolume),
        sites: row.sites
          .map((site) => ({ siteId: site.siteId, siteName: site.siteName, countryId: site.country, tonnes: { low: site.low, high: site.high }, basis: site.basis, confidence: site.confidence, derivation: site.derivation, split: site.split, route: site.route, sourceIds: site.sourceIds }))
          .sort((a, b) => b.tonnes.high - a.tonnes.high || a.siteId.localeCompare(b.siteId)),
        excluded: row.excluded.map((site) => ({ siteId: site.siteId, siteName: site.siteName, countryId: site.country, tonnes: { low: site.low, high: site.high }, reason: site.reason })),
      };
    });
  }
}
