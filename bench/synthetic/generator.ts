import prand, { type RandomGenerator } from 'pure-rand';
import { searchText } from '../../src/domain/records';
import type { LocatedNode, LocatedRelationship, ValidatedSeed } from '../../src/seed/validate';

/**
 * Synthetic rare-earth worlds for the benchmarks — never product data (that is seed/, sourced).
 * Every generated entity copies the shape of a real one drawn at random (its template): same
 * label, properties, categorical values (status, type, stage, kind…), relationship types and
 * real targets (its country, its elements), so every query meets realistic shapes. What is made
 * up is marked: ids start with `gen-`, nodes and relationships carry `origin: 'generated'` and
 * `synthetic: true`, names end in "(synthetic)", sources point to bench.invalid.
 *
 * Growth follows how such a graph grows in practice (docs/decisions/002-synthetic-scale.md): the
 * documentary and corporate layers (sources, companies, people, claims) grow with the scale
 * factor k, deals between companies with k/4, while the physical world and the real states —
 * deposits, plants, trade figures, export measures, statistics, deals a government is party to —
 * grow with √k.
 *
 * Deterministic: entity i of a kind is made from its own seeded generator, so a world is the same
 * on every run, and a larger world contains the smaller one (M ⊂ L): a round adds entities whose
 * references reach everything that exists at the end of the round.
 */

export const GENERATED_KINDS = ['Source', 'Company', 'Person', 'Claim', 'Agreement', 'GovernmentAgreement', 'Deposit', 'Facility', 'TradeDependence', 'ExportControl', 'Statistic', 'MarketShare'] as const;
export type GeneratedKind = (typeof GENERATED_KINDS)[number];
export type Counts = Record<GeneratedKind, number>;

const GROWTH: Record<GeneratedKind, (k: number) => number> = {
  Source: (k) => k / 2,
  Company: (k) => k,
  Person: (k) => k,
  Claim: (k) => k,
  Agreement: (k) => k / 4,
  GovernmentAgreement: Math.sqrt,
  Deposit: Math.sqrt,
  Facility: Math.sqrt,
  TradeDependence: Math.sqrt,
  ExportControl: Math.sqrt,
  Statistic: Math.sqrt,
  MarketShare: Math.sqrt,
};

/** Citations per generated entity: uniform in [MIN, MAX] (a well-sourced graph cites each fact several times). */
const CITATIONS = { min: 5, max: 16 };

export const ID_PREFIX: Record<GeneratedKind, string> = {
  Source: 'gen-src',
  Company: 'gen-co',
  Person: 'gen-per',
  Claim: 'gen-claim',
  Agreement: 'gen-agr',
  GovernmentAgreement: 'gen-gagr',
  Deposit: 'gen-dep',
  Facility: 'gen-fac',
  TradeDependence: 'gen-td',
  ExportControl: 'gen-ec',
  Statistic: 'gen-stat',
  MarketShare: 'gen-ms',
};

export const generatedId = (kind: GeneratedKind, index: number) => `${ID_PREFIX[kind]}-${index}`;

export interface NodeRow {
  label: string;
  id: string;
  properties: Record<string, unknown>;
  latitude: number | null;
  longitude: number | null;
}

export interface RelationshipRow {
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

export interface CitationRow {
  from: string;
  to: string;
}

export type Batch =
  | { kind: 'sources'; rows: NodeRow[] }
  | { kind: 'nodes'; rows: NodeRow[] }
  | { kind: 'relationships'; rows: RelationshipRow[] }
  | { kind: 'citations'; rows: CitationRow[] };

interface Entity {
  node: NodeRow;
  relationships: RelationshipRow[];
  citations: CitationRow[];
}

const MARK = { origin: 'generated', synthetic: true };
const SYLLABLES = ['ka', 'lo', 'ren', 'ta', 'mir', 'vo', 'sel', 'un', 'dra', 'ke', 'bar', 'ni', 'os', 'tel', 'qua', 'rim', 'zo', 'ha', 'len', 'gor'];
const TIER_OWNERSHIP: Array<readonly string[]> = [['AGENCY', 'STATE_OWNED', 'INTERGOVERNMENTAL', 'UNIVERSITY'], ['LISTED'], ['PRIVATE', 'JOINT_VENTURE', 'ARMED_GROUP']];
const STAKE_BASES = ['EQUITY', 'EQUITY', 'EQUITY', 'EQUITY', 'VOTING', 'AS_CONVERTED'];
/** Share of minor stakes taken in real listed companies, so real anchors meet the synthetic world. */
const REAL_TARGET_RATE = 0.006;

/** Generated entities per kind at scale factor k (k = 1: the real dataset alone). */
export function countsFor(factor: number, real: Counts): Counts {
  return Object.fromEntries(GENERATED_KINDS.map((kind) => [kind, Math.max(0, Math.round(real[kind] * (Math.max(1, GROWTH[kind](factor)) - 1)))])) as Counts;
}

const zeroCounts = (): Counts => Object.fromEntries(GENERATED_KINDS.map((kind) => [kind, 0])) as Counts;

/** A small seeded stream for one entity. */
class Draw {
  private readonly rng: RandomGenerator;

  constructor(seed: number, kind: number, index: number) {
    this.rng = prand.xoroshiro128plus(mix(mix(seed, kind), index));
  }

  int(from: number, to: number): number {
    return prand.unsafeUniformIntDistribution(from, to, this.rng);
  }

  /** Uniform in [0, 1). */
  unit(): number {
    return this.int(0, 0x3fffffff) / 0x40000000;
  }

  chance(p: number): boolean {
    return this.unit() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  date(fromYear: number, toYear: number): string {
    return `${this.int(fromYear, toYear)}-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`;
  }
}

/** 32-bit integer hash mix (Murmur3 finaliser) to derive independent seeds. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

export class SyntheticWorld {
  readonly real: Counts;
  private readonly templates = new Map<string, LocatedNode[]>();
  private readonly outgoing = new Map<string, LocatedRelationship[]>();
  private readonly realCompaniesByTier: string[][];
  private readonly realListed: string[];

  constructor(
    seed: ValidatedSeed,
    private readonly baseSeed = 20261127,
  ) {
    for (const rel of seed.relationships) {
      const list = this.outgoing.get(rel.from) ?? [];
      list.push(rel);
      this.outgoing.set(rel.from, list);
    }
    const withState = new Set(seed.relationships.filter((rel) => rel.type === 'PARTY_TO' && isCountryId(rel.from)).map((rel) => rel.to));
    for (const node of seed.nodes) {
      const kind = node.label === 'Agreement' && withState.has(node.id) ? 'GovernmentAgreement' : node.label;
      const list = this.templates.get(kind) ?? [];
      list.push(node);
      this.templates.set(kind, list);
    }
    this.real = Object.fromEntries(GENERATED_KINDS.map((kind) => [kind, this.templates.get(kind)?.length ?? 0])) as Counts;
    const companies = this.templates.get('Company') ?? [];
    this.realCompaniesByTier = TIER_OWNERSHIP.map((types) => companies.filter((c) => types.includes(String(c.properties.ownershipType ?? 'PRIVATE'))).map((c) => c.id));
    this.realListed = this.realCompaniesByTier[1];
  }

  counts(factor: number): Counts {
    return countsFor(factor, this.real);
  }

  /**
   * The batches that grow the world from `from` to `to` entities per kind: sources, then every
   * other node, then relationships and citations (their ends exist by then).
   */
  *round(to: Counts, from: Counts = zeroCounts(), batchSize = 10000): Generator<Batch> {
    const others = GENERATED_KINDS.filter((kind) => kind !== 'Source');
    const each = (kinds: readonly GeneratedKind[]) => this.entities(kinds, from, to);
    yield* batches('sources', mapIterable(each(['Source']), (entity) => [entity.node]), batchSize);
    yield* batches('nodes', mapIterable(each(others), (entity) => [entity.node]), batchSize);
    yield* batches('relationships', mapIterable(each(others), (entity) => entity.relationships), batchSize);
    yield* batches('citations', mapIterable(each(others), (entity) => entity.citations), batchSize);
  }

  private *entities(kinds: readonly GeneratedKind[], from: Counts, to: Counts): Generator<Entity> {
    for (const kind of kinds) for (let i = from[kind]; i < to[kind]; i += 1) yield this.entity(kind, i, to);
  }

  /** Totals a round would write, without building the rows twice. */
  tally(to: Counts, from: Counts = zeroCounts()): { nodes: number; relationships: number } {
    let nodes = 0;
    let relationships = 0;
    for (const entity of this.entities(GENERATED_KINDS, from, to)) {
      nodes += 1;
      relationships += entity.relationships.length + entity.citations.length;
    }
    return { nodes, relationships };
  }

  /** Entity `index` of `kind`, with references into the world of size `world`. */
  entity(kind: GeneratedKind, index: number, world: Counts): Entity {
    const draw = new Draw(this.baseSeed, GENERATED_KINDS.indexOf(kind), index);
    const id = generatedId(kind, index);
    if (kind === 'Source') return { node: this.source(draw, id, index), relationships: [], citations: [] };
    // The company tier is the first draw, so any other entity can tell a company's tier from its index.
    const tier = draw.int(0, 9);
    const templates = kind === 'Company' ? this.companyTemplates(tier) : (this.templates.get(kind) ?? []);
    const template = draw.pick(templates);
    const sourceIds = Array.from({ length: draw.int(CITATIONS.min, CITATIONS.max) }, () => generatedId('Source', draw.int(0, world.Source - 1)));
    const uniqueSources = [...new Set(sourceIds)];
    const name = `${syntheticName(draw)} ${lastWord(template)} (synthetic)`;
    const properties: Record<string, unknown> = {
      ...template.properties,
      ...MARK,
      id,
      version: 1,
      sourceIds: uniqueSources,
      ...(template.properties.name !== undefined ? { name, aliases: [], searchText: searchText(name) } : {}),
      ...(template.properties.title !== undefined ? { title: name, searchText: searchText(name) } : {}),
      ...(template.properties.description !== undefined ? { description: `Synthetic ${kind.toLowerCase()} for benchmarks, shaped like a real one.` } : {}),
    };
    delete properties.listing;
    let latitude: number | null = null;
    let longitude: number | null = null;
    if (template.location) {
      latitude = clamp(template.location.latitude + (draw.unit() - 0.5) * 4, -89, 89);
      longitude = clamp(template.location.longitude + (draw.unit() - 0.5) * 4, -179, 179);
    }
    const node: NodeRow = { label: kind === 'GovernmentAgreement' ? 'Agreement' : kind, id, properties, latitude, longitude };
    const relationships: RelationshipRow[] = [];
    const link = (type: string, from: string, to: string, extra: Record<string, unknown> = {}) =>
      relationships.push({ type, from, to, properties: { ...extra, ...MARK, key: `${type.toLowerCase()}-${relationships.length}`, sourceIds: [draw.pick(uniqueSources)] } });
    const realTargets = (types: string[]) => (this.outgoing.get(template.id) ?? []).filter((rel) => types.includes(rel.type));
    const company = (tiers: number[]) => this.company(draw, tiers, world);

    switch (kind) {
      case 'Company': {
        const country = realTargets(['HEADQUARTERED_IN'])[0]?.to;
        if (country) link('HEADQUARTERED_IN', id, country);
        if (tier >= 4) {
          // Tier 2 (private, JV, SPV): one parent, or two JV partners, from the tiers above.
          const partners = draw.chance(0.2) ? 2 : 1;
          const first = partners === 1 ? (draw.chance(0.3) ? 100 : draw.int(51, 100)) : draw.int(30, 70);
          for (let p = 0; p < partners; p += 1) link('OWNS', company([0, 1]), id, this.stake(draw, p === 0 ? first : 100 - first));
        } else if (tier >= 1) {
          // Tier 1 (listed): sometimes a strategic holder (a state body or fund).
          if (draw.chance(0.4)) link('OWNS', company([0]), id, this.stake(draw, draw.int(10, 30)));
        } else {
          // Tier 0 (states, agencies, funds): minor stakes in listed companies, now and then a real one.
          for (let s = draw.int(1, 3); s > 0; s -= 1) {
            const target = draw.chance(REAL_TARGET_RATE) && this.realListed.length ? draw.pick(this.realListed) : company([1]);
            link('OWNS', id, target, this.stake(draw, Math.round(draw.int(5, 50)) / 10));
          }
        }
        break;
      }
      case 'Deposit':
      case 'Facility': {
        for (const rel of realTargets(['LOCATED_IN', 'CONTAINS', 'PROCESSES'])) link(rel.type, id, rel.to, rel.properties);
        const owners = draw.chance(0.3) ? 2 : 1;
        const first = owners === 1 ? 100 : draw.int(30, 70);
        const ownerIds = Array.from({ length: owners }, () => company(draw.chance(0.7) ? [2] : [1]));
        ownerIds.forEach((owner, o) => link('OWNS', owner, id, this.stake(draw, o === 0 ? first : 100 - first)));
        if (draw.chance(0.8)) link('OPERATES', ownerIds[0], id, { since: draw.date(1990, 2025) });
        if (kind === 'Facility' && world.Deposit > 0 && draw.chance(0.5)) {
          link('SUPPLIES', generatedId('Deposit', draw.int(0, world.Deposit - 1)), id, { product: 'concentrate', status: draw.pick(['ACTIVE', 'PLANNED', 'ENDED']) });
        }
        break;
      }
      case 'Agreement':
      case 'GovernmentAgreement': {
        properties.date = draw.date(2000, 2026);
        const parties = (this.incoming(template.id, 'PARTY_TO') ?? []).slice(0, 6);
        for (const party of parties.length ? parties : [undefined, undefined]) {
          const partyIsCountry = party && isCountryId(party.from);
          const partyId = partyIsCountry ? party.from : draw.chance(0.01) ? draw.pick(this.realCompaniesByTier.flat()) : company([0, 1, 2]);
          link('PARTY_TO', partyId, id, { role: party?.properties.role ?? 'PARTNER' });
        }
        for (const rel of realTargets(['COVERS'])) {
          const target = rel.to.startsWith('dep-') && world.Deposit > 0 ? generatedId('Deposit', draw.int(0, world.Deposit - 1)) : rel.to.startsWith('fac-') && world.Facility > 0 ? generatedId('Facility', draw.int(0, world.Facility - 1)) : rel.to;
          if (!target.startsWith('dep-') && !target.startsWith('fac-')) link('COVERS', id, target);
        }
        break;
      }
      case 'TradeDependence': {
        properties.year = draw.int(1995, 2025);
        if (typeof properties.sharePct === 'number') properties.sharePct = Math.min(100, Math.round(properties.sharePct * (0.6 + draw.unit() * 0.8) * 10) / 10);
        for (const rel of this.incoming(template.id, 'IMPORT_DEPENDENCE')) link('IMPORT_DEPENDENCE', rel.from, id);
        for (const rel of realTargets(['SUPPLIED_BY', 'COVERS'])) link(rel.type, id, rel.to);
        break;
      }
      case 'ExportControl': {
        const years = draw.int(1, 25);
        for (const field of ['announced', 'effective', 'suspendedFrom', 'suspendedUntil', 'liftedOn']) {
          if (typeof properties[field] === 'string') properties[field] = shiftYears(properties[field] as string, -years);
        }
        for (const rel of this.incoming(template.id, 'IMPOSES')) link('IMPOSES', rel.from, id);
        for (const rel of realTargets(['CONTROLS', 'TARGETS'])) link(rel.type, id, rel.to);
        break;
      }
      case 'Statistic':
      case 'MarketShare': {
        properties.year = draw.int(1990, 2025);
        const type = kind === 'Statistic' ? 'HAS_STATISTIC' : 'HAS_MARKET_SHARE';
        for (const rel of this.incoming(template.id, type)) link(type, rel.from, id);
        break;
      }
      case 'Claim': {
        const subject = draw.chance(0.5) && world.Deposit > 0 ? generatedId('Deposit', draw.int(0, world.Deposit - 1)) : company([0, 1, 2]);
        link('ABOUT', id, subject);
        break;
      }
      case 'Person': {
        link('AFFILIATED_WITH', id, company([0, 1, 2]), { role: properties.role ?? 'director' });
        break;
      }
    }
    return { node, relationships, citations: uniqueSources.map((source) => ({ from: id, to: source })) };
  }

  private incoming(id: string, type: string): LocatedRelationship[] {
    return this.incomingIndex().get(`${type}|${id}`) ?? [];
  }

  private incomingCache?: Map<string, LocatedRelationship[]>;

  private incomingIndex(): Map<string, LocatedRelationship[]> {
    if (!this.incomingCache) {
      this.incomingCache = new Map();
      for (const rels of this.outgoing.values()) {
        for (const rel of rels) {
          const key = `${rel.type}|${rel.to}`;
          const list = this.incomingCache.get(key) ?? [];
          list.push(rel);
          this.incomingCache.set(key, list);
        }
      }
    }
    return this.incomingCache;
  }

  private companyTemplates(tier: number): LocatedNode[] {
    const companies = this.templates.get('Company') ?? [];
    const types = TIER_OWNERSHIP[tierGroup(tier)];
    const fitting = companies.filter((c) => types.includes(String(c.properties.ownershipType ?? 'PRIVATE')));
    return fitting.length ? fitting : companies;
  }

  /** A generated company of one of these tier groups (0 ultimate holders, 1 listed, 2 private/SPV). */
  private company(draw: Draw, groups: number[], world: Counts): string {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const index = draw.int(0, world.Company - 1);
      if (groups.includes(tierGroup(new Draw(this.baseSeed, GENERATED_KINDS.indexOf('Company'), index).int(0, 9)))) return generatedId('Company', index);
    }
    return generatedId('Company', draw.int(0, world.Company - 1));
  }

  private stake(draw: Draw, stakePct: number): Record<string, unknown> {
    const current = draw.chance(0.9);
    const asOf = draw.date(2012, 2025);
    return {
      stakePct,
      stakeText: `${stakePct}%`,
      basis: draw.pick(STAKE_BASES),
      asOf,
      status: current ? 'CURRENT' : 'HISTORICAL',
      ...(current ? {} : { until: shiftYears(asOf, 1) }),
    };
  }

  private source(draw: Draw, id: string, index: number): NodeRow {
    const template = draw.pick(this.templates.get('Source') ?? []);
    return {
      label: 'Source',
      id,
      properties: { ...template.properties, ...MARK, id, title: `Synthetic source ${index} (${String(template.properties.publisher ?? 'publisher')})`, url: `https://bench.invalid/${id}`, note: 'Synthetic: generated for benchmarks.' },
      latitude: null,
      longitude: null,
    };
  }
}

const tierGroup = (tier: number) => (tier === 0 ? 0 : tier <= 3 ? 1 : 2);

function syntheticName(draw: Draw): string {
  const word = () => Array.from({ length: draw.int(2, 3) }, () => draw.pick(SYLLABLES)).join('');
  const first = word();
  return `${first[0].toUpperCase()}${first.slice(1)}`;
}

function lastWord(template: LocatedNode): string {
  const words = String(template.properties.name ?? template.properties.title ?? template.label).split(/\s+/).filter((w) => /^[A-Za-z][A-Za-z.-]*$/.test(w));
  return words[words.length - 1] ?? template.label;
}

function shiftYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4));
  return Number.isFinite(year) ? `${year + years}${date.slice(4)}` : date;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

function* mapIterable<T, U>(items: Iterable<T>, map: (item: T) => U[]): Generator<U> {
  for (const item of items) yield* map(item);
}

/** Streams rows in batches, so a world of millions of relationships never sits in memory whole. */
function* batches<K extends Batch['kind']>(kind: K, rows: Iterable<Extract<Batch, { kind: K }>['rows'][number]>, size: number): Generator<Batch> {
  let batch: unknown[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= size) {
      yield { kind, rows: batch } as Batch;
      batch = [];
    }
  }
  if (batch.length) yield { kind, rows: batch } as Batch;
}

/** Country ids are ISO alpha-2 (and EU); every other id has a kebab-case prefix. */
const isCountryId = (id: string) => /^[A-Z]{2}$/.test(id);
