import { createHash } from 'node:crypto';
import { SyntheticWorld, GENERATED_KINDS, type Batch } from '../../bench/synthetic/generator';
import { SEED_DIRECTORY } from '../../src/seed/run-seed';
import { validateSeed } from '../../src/seed/validate';

const seed = validateSeed(SEED_DIRECTORY);
const FACTOR = 3;

function digest(batches: Iterable<Batch>): { hash: string; rows: Record<Batch['kind'], number>; batches: Batch[] } {
  const hash = createHash('sha256');
  const rows = { sources: 0, nodes: 0, relationships: 0, citations: 0 };
  const all: Batch[] = [];
  for (const batch of batches) {
    all.push(batch);
    rows[batch.kind] += batch.rows.length;
    hash.update(JSON.stringify(batch));
  }
  return { hash: hash.digest('hex'), rows, batches: all };
}

describe('the synthetic world generator (benchmarks only)', () => {
  const world = new SyntheticWorld(seed);
  const counts = world.counts(FACTOR);

  test('when generated twice with the same seed, then the rows are identical', () => {
    expect(digest(new SyntheticWorld(seed).round(counts)).hash).toBe(digest(world.round(counts)).hash);
  });

  test('when generated with another seed, then the rows differ', () => {
    expect(digest(new SyntheticWorld(seed, 7).round(counts)).hash).not.toBe(digest(world.round(counts)).hash);
  });

  test('when asked for scale factor k, then documentary and corporate kinds grow with k and the physical world with √k', () => {
    expect(counts.Company).toBe(seed.nodes.filter((n) => n.label === 'Company').length * (FACTOR - 1));
    expect(counts.Deposit).toBe(Math.round(world.real.Deposit * (Math.sqrt(FACTOR) - 1)));
    const { rows } = digest(world.round(counts));
    expect(rows.sources).toBe(counts.Source);
    expect(rows.nodes).toBe(GENERATED_KINDS.filter((kind) => kind !== 'Source').reduce((sum, kind) => sum + counts[kind], 0));
    expect(world.tally(counts)).toEqual({ nodes: rows.sources + rows.nodes, relationships: rows.relationships + rows.citations });
  });

  test('when a larger world is grown from a smaller one, then the round adds new entities only (the smaller world stays as it was)', () => {
    const small = world.counts(2);
    const smallNodes = digest(world.round(small)).batches.flatMap((b) => (b.kind === 'nodes' ? b.rows : []));
    const grown = digest(world.round(counts, small)).batches.flatMap((b) => (b.kind === 'nodes' ? b.rows : []));
    const ids = new Set(smallNodes.map((row) => row.id));
    expect(grown.some((row) => ids.has(row.id))).toBe(false);
  });

  test('when generated, then every node and relationship is marked synthetic, ids start with gen-, and every reference exists', () => {
    const { batches } = digest(world.round(counts));
    const ids = new Set(seed.nodes.map((node) => node.id));
    for (const batch of batches) {
      if (batch.kind === 'sources' || batch.kind === 'nodes') {
        for (const row of batch.rows) {
          expect(row.id.startsWith('gen-')).toBe(true);
          expect(row.properties).toMatchObject({ origin: 'generated', synthetic: true });
          ids.add(row.id);
        }
      }
    }
    for (const batch of batches) {
      if (batch.kind === 'relationships') for (const row of batch.rows) expect(row.properties).toMatchObject({ origin: 'generated', synthetic: true });
      if (batch.kind === 'relationships' || batch.kind === 'citations') {
        for (const row of batch.rows) {
          expect(ids.has(row.from)).toBe(true);
          expect(ids.has(row.to)).toBe(true);
        }
      }
    }
  });

  test('when companies own companies, then stakes only go up the tiers, so ownership never loops', () => {
    const owns = digest(world.round(counts))
      .batches.flatMap((b) => (b.kind === 'relationships' ? b.rows : []))
      .filter((row) => row.type === 'OWNS' && row.to.startsWith('gen-co-'));
    const owners = new Map<string, string[]>();
    for (const row of owns) owners.set(row.to, [...(owners.get(row.to) ?? []), row.from]);
    const depth = (id: string, seen: Set<string>): number => {
      expect(seen.has(id)).toBe(false);
      return 1 + Math.max(0, ...(owners.get(id) ?? []).map((owner) => depth(owner, new Set([...seen, id]))));
    };
    for (const owned of owners.keys()) expect(depth(owned, new Set())).toBeLessThanOrEqual(4);
  });
});

