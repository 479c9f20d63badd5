import { countryFigure } from './queries/country.queries';
import type { Neo4jExecutor } from './run';

export interface CountryFigure {
  tonnesREO: number | null;
  year: number | null;
  edition: string | null;
  status: string | null;
}

export class CountryRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Newest-edition USGS figure per country (batched). */
  async figures(countryIds: readonly string[], measure: 'MINE_PRODUCTION' | 'RESERVES', year: number | null): Promise<CountryFigure[]> {
    const rows = await this.executor.query(countryFigure, { countryIds: [...new Set(countryIds)], measure, year });
    const byId = new Map(rows.map(({ countryId, ...figure }) => [countryId, figure]));
    return countryIds.map((id) => byId.get(id) ?? { tonnesREO: null, year: null, edition: null, status: null });
  }
}
