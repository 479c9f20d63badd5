import { similarNames } from './queries/health.queries';
import { similarSources } from './queries/source.queries';
import { fuzzyQuery } from './lucene';
import type { Neo4jExecutor } from './run';

/** Close matches for unknown identifiers, for BAD_USER_INPUT messages. */
export class SuggestionRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async similar(label: string, text: string, limit = 3): Promise<string[]> {
    const query = fuzzyQuery(text);
    if (!query) return [];
    const rows = await this.executor.query(similarNames, { query, label, limit });
    return rows.map((row) => (row.id === row.name || row.name === null ? row.id : `${row.id} (${row.name})`));
  }

  /** Sources are not in the full-text index: suggest ids sharing the unknown id's longest word. */
  async similarSources(text: string, limit = 3): Promise<string[]> {
    const word = text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((part) => part.length >= 3 && part !== 'src')
      .sort((a, b) => b.length - a.length)[0];
    if (!word) return [];
    const rows = await this.executor.query(similarSources, { word, limit });
    return rows.map((row) => row.id);
  }
}
