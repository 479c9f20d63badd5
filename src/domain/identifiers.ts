import type { ElementRepository } from '../db/element.repository';
import type { GraphNode, GraphRepository } from '../db/graph.repository';
import { REFERENCE_LABELS, type ReferenceData, type ReferenceLabel } from '../db/reference-data';
import type { SuggestionRepository } from '../db/suggestion.repository';
import { UnknownIdentifierError, ValidationError } from '../errors';
import type { EntityLabel } from './vocabulary';

const WORDS: Record<EntityLabel, string> = {
  Element: 'element',
  Country: 'country',
  Statistic: 'statistic',
  Deposit: 'deposit',
  Company: 'company',
  Person: 'person',
  Facility: 'facility',
  TradeDependence: 'trade-dependence figure',
  Agreement: 'agreement',
  ExportControl: 'export control',
  Claim: 'claim',
  MarketShare: 'market share',
  Quantity: 'quantity',
  RatioShare: 'ratio share',
  Milestone: 'milestone',
  Offtake: 'offtake',
  ElementVolume: 'element volume',
};

/** Longest identifier looked up: ids, names and aliases are short; a megabyte one is an attack. */
export const MAX_IDENTIFIER_LENGTH = 200;

/**
 * Turns what a user typed ("tb", "Japan", "JPN", "Mount Weld") into graph ids, or a BAD_USER_INPUT
 * naming the value and the argument, with close matches. Results are cached for the request.
 */
export class Identifiers {
  private readonly cache = new Map<string, Promise<GraphNode>>();

  constructor(
    private readonly elements: ElementRepository,
    private readonly graph: GraphRepository,
    private readonly suggestions: SuggestionRepository,
    private readonly reference?: ReferenceData,
  ) {}

  async element(identifier: string, field: string): Promise<string> {
    return (await this.resolve('Element', identifier, field)).id;
  }

  async country(identifier: string, field: string): Promise<string> {
    return (await this.resolve('Country', identifier, field)).id;
  }

  /** A company id, or a country's ISO code, for arguments that accept either (agreement parties). */
  async party(identifier: string, field: string): Promise<string> {
    assertIdentifierLength(identifier, field);
    const company = await this.graph.find('Company', identifier);
    if (company) return company.id;
    const country = await this.graph.findCountry(identifier);
    if (country) return country.id;
    throw new UnknownIdentifierError('party (company or country)', identifier, field, await this.suggestions.similar('Company', identifier));
  }

  resolve(label: EntityLabel, identifier: string, field: string): Promise<GraphNode> {
    const key = `${label}:${identifier}`;
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.lookup(label, identifier, field);
      this.cache.set(key, pending);
    }
    return pending;
  }

  private async lookup(label: EntityLabel, identifier: string, field: string): Promise<GraphNode> {
    assertIdentifierLength(identifier, field);
    const referenceLabel = (REFERENCE_LABELS as readonly string[]).includes(label) ? (label as ReferenceLabel) : undefined;
    const known = referenceLabel && this.reference?.recall(referenceLabel, identifier);
    if (known) return known;
    const found =
      label === 'Element'
        ? await this.elements.findNode(identifier)
        : label === 'Country'
          ? await this.graph.findCountry(identifier)
          : await this.graph.find(label, identifier);
    if (found) {
      if (referenceLabel) this.reference?.remember(referenceLabel, identifier, found);
      return found;
    }
    throw new UnknownIdentifierError(WORDS[label], identifier, field, await this.suggestions.similar(label, identifier));
  }
}

/** Refused before any query: an overlong value would only cost the full-text index (and echo back in the error). */
export function assertIdentifierLength(identifier: string, field: string): void {
  if (identifier.length > MAX_IDENTIFIER_LENGTH) throw new ValidationError(`${field} is longer than ${MAX_IDENTIFIER_LENGTH} characters.`, field);
}
