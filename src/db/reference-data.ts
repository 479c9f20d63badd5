import type { Logger } from '../logger';
import { asEntity, type GraphNode } from './graph.repository';
import { referenceNodes } from './queries/graph.queries';
import type { Neo4jExecutor } from './run';

/** Labels whose nodes are reference data: few, and changed only by a seed load. */
export const REFERENCE_LABELS = ['Element', 'Country'] as const;
export type ReferenceLabel = (typeof REFERENCE_LABELS)[number];

/**
 * Elements and countries held in memory for the whole process: almost every question names one
 * (an element, the country to source outside of, an importer), and answers reference them by id.
 * Loaded at start-up and reloaded in the background whenever the graph version changes
 * (src/sync/graph-version-watcher.ts: another instance's write, a seed load or an import shows
 * within about a second) — never inside a request, so a request's round trips do not depend on
 * timing. Until the first load succeeds (or after a failed refresh), callers fall back to the database.
 */
export class ReferenceData {
  private byId = new Map<string, GraphNode>();
  /** What users typed ("terbium", "Japan") → the id it resolved to, per label. */
  private readonly resolved = new Map<string, string>();

  constructor(
    private readonly executor: Neo4jExecutor,
    private readonly logger?: Logger,
  ) {}

  /** Loads now. Never throws: a failure is logged, and the next refresh tries again. */
  async start(): Promise<void> {
    await this.refresh();
  }

  /** Reloads; false (logged) when the database could not be read. */
  async refresh(): Promise<boolean> {
    try {
      const rows = await this.executor.query(referenceNodes, {});
      this.byId = new Map(rows.map((row) => asEntity(row.node)).map((node) => [node.id, node]));
      this.resolved.clear();
      return true;
    } catch (error) {
      this.logger?.warn({ err: error }, 'could not load reference data (elements, countries); lookups go to the database');
      return false;
    }
  }

  /** An element or country by exact id, if loaded. */
  node(id: string): GraphNode | undefined {
    return this.byId.get(id);
  }

  /**
   * The node an identifier names: its exact id (which the lookup queries rank first anyway), or
   * what it resolved to before (only successful resolutions are remembered).
   */
  recall(label: ReferenceLabel, identifier: string): GraphNode | undefined {
    const exact = this.byId.get(identifier);
    if (exact?._labels.includes(label)) return exact;
    const id = this.resolved.get(`${label}:${identifier}`);
    return id === undefined ? undefined : this.byId.get(id);
  }

  remember(label: ReferenceLabel, identifier: string, node: GraphNode): void {
    if (this.byId.has(node.id)) this.resolved.set(`${label}:${identifier}`, node.id);
  }
}
