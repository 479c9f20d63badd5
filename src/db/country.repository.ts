import neo4j from 'neo4j-driver';
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
    const rows = await this.executor.read('queries/country/country-figure', { countryIds: [...new Set(countryIds)], measure, year: year === null ? null : neo4j.int(year) });
    const byId = new Map(rows.map((row) => [row.countryId as string, row as unknown as CountryFigure]));
    return countryIds.map((id) => byId.get(id) ?? { tonnesREO: null, year: null, edition: null, status: null });
  }
}
