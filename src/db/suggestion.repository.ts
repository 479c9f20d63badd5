import { fuzzyQuery } from './lucene';
import type { Neo4jExecutor } from './run';

/** Close matches for unknown identifiers, for BAD_USER_INPUT messages. */
export class SuggestionRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async similar(label: string, text: string, limit = 3): Promise<string[]> {
    const query = fuzzyQuery(text);
    if (!query) return [];
    const rows = await this.executor.read('queries/health/similar-names', { query, label, limit });
    return rows.map((row) => (row.id === row.name ? String(row.id) : `${row.id} (${row.name})`));
  }
}
