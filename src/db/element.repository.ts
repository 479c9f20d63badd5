import type { Element } from '../schema/element.type';
import type { Neo4jExecutor } from './run';

export class ElementRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** By symbol, name or alias, in any case. */
  async find(identifier: string): Promise<Element | undefined> {
    const [row] = await this.executor.read('queries/element/find-element', { identifier });
    return row ? toElement(row.element as Record<string, unknown>) : undefined;
  }

  async list(rareEarthsOnly: boolean): Promise<Element[]> {
    const rows = await this.executor.read('queries/element/list-elements', { rareEarthsOnly });
    return rows.map((row) => toElement(row.element as Record<string, unknown>));
  }
}

export function toElement(properties: Record<string, unknown>): Element {
  return {
    symbol: properties.id,
    name: properties.name,
    atomicNumber: properties.atomicNumber,
    group: properties.group,
    groupConvention: properties.groupConvention ?? 'USGS',
    isRareEarth: properties.isRareEarth,
    aliases: properties.aliases ?? [],
    uses: properties.uses ?? [],
    sourceIds: properties.sourceIds ?? [],
  } as Element;
}
