import { describe, expect, it } from 'vitest';
import { diagnoseSeed, fieldSeparations, type DiagnosticsData, type FieldValues } from '../../../src-model/diagnostics/seed-diagnostics';
import { seededRandom } from '../../../src-model/math/seeded-random';

const DIM = 16;

/** Rows of one-hot-ish vectors: each record holds 3 random slots; `shared` slots are set for every example. */
function embeddings(records: number, examples: number, shared: number[], seed = 3): DiagnosticsData {
  const rnd = seededRandom(seed);
  const rows = new Float32Array(records * DIM);
  for (let r = 0; r < records; r++) {
    for (let k = 0; k < 3; k++) rows[r * DIM + Math.floor(rnd() * DIM)] = 1;
    if (r < examples) for (const s of shared) rows[r * DIM + s] = 1;
  }
  return {
    dim: DIM,
    rows,
    examples: Int32Array.from({ length: examples }, (_, i) => i),
    parts: { company: { start: 0, end: 8 }, lead: { start: 8, end: 16 } },
    partWeights: { company: 0.7, lead: 0.3 },
  };
}

const noFields = { values: [], against: 'others' as const };

function field(key: string, examples: (string | null)[], others: (string | null)[]): FieldValues {
  return { key, label: key, removable: true, examples, others };
}

describe('seed diagnostics: cohesion and outliers', () => {
  it('finds examples that share values cohesive, and random examples no more alike than random records', () => {
    const tight = diagnoseSeed(embeddings(2000, 60, [2, 11]), noFields);
    const loose = diagnoseSeed(embeddings(2000, 60, []), noFields);
    expect(tight.cohesion!).toBeGreaterThan(0.9);
    expect(loose.cohesion!).toBeGreaterThan(0.35);
    expect(loose.cohesion!).toBeLessThan(0.65);
    expect(tight.advice.map((a) => a.kind)).toEqual(['cohesive']);
    expect(loose.advice.map((a) => a.kind)).toContain('broad');
  });

  it('flags the one example unlike the rest as an outlier', () => {
    const data = embeddings(2000, 40, [2, 5, 11]);
    // Example 7 loses the shared values and takes values no other example has.
    for (let j = 0; j < DIM; j++) data.rows[7 * DIM + j] = 0;
    data.rows[7 * DIM + 14] = 1;
    data.rows[7 * DIM + 15] = 1;
    const d = diagnoseSeed(data, noFields);
    expect(d.outliers.map((o) => o.row)).toContain(7);
    expect(d.outliers[0]!.row).toBe(7);
    expect(d.outliers.length).toBeLessThan(5);
  });

  it('advises when there are too few examples, or they are most of the workspace', () => {
    expect(diagnoseSeed(embeddings(500, 5, [2]), noFields).advice.map((a) => a.kind)).toContain('too_few');
    expect(diagnoseSeed(embeddings(100, 70, [2]), noFields).advice.map((a) => a.kind)).toContain('most_of_workspace');
    expect(diagnoseSeed(embeddings(100, 2, [2]), noFields).cohesion).toBeNull();
  });

  it('is the same for the same data and seed', () => {
    const data = embeddings(3000, 80, [4]);
    expect(diagnoseSeed(data, noFields, { seed: 5 })).toEqual(diagnoseSeed(data, noFields, { seed: 5 }));
  });
});

describe('seed diagnostics: suspected outcome leaks', () => {
  const rnd = seededRandom(9);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const n = 400;
  const honestEx = Array.from({ length: n }, () => pick(['software', 'software', 'retail', 'finance']));
  const honestOt = Array.from({ length: n }, () => pick(['software', 'retail', 'retail', 'finance', 'health']));

  it('names a field whose value alone tells the examples apart, with the telling value', () => {
    const stage = field('Deal Stage', Array.from({ length: n }, () => 'Closed Won'), Array.from({ length: n }, () => pick(['Open', 'Qualified', null])));
    const [leak] = fieldSeparations([stage], 'others');
    expect(leak!.separation).toBeGreaterThan(0.99);
    expect(leak!.value).toBe('Closed Won');
    expect(leak!.examplesShare).toBe(1);
    expect(leak!.othersShare).toBe(0);
    const d = diagnoseSeed(embeddings(800, n, [1]), { values: [stage, field('Industry', honestEx, honestOt)], against: 'others' });
    expect(d.leaks.map((l) => l.key)).toEqual(['Deal Stage']);
  });

  it('does not take a value unique to each record (a name, a date) for a leak', () => {
    const names = field('Full Name', Array.from({ length: n }, (_, i) => `ex ${i}`), Array.from({ length: n }, (_, i) => `other ${i}`));
    expect(fieldSeparations([names], 'others')[0]!.separation).toBeLessThan(0.6);
  });

  it('finds a number only the examples have above zero (a close value), by range', () => {
    const close = field('close_value', Array.from({ length: n }, () => String(Math.round(500 + rnd() * 5000))), Array.from({ length: n }, () => '0'));
    const [leak] = fieldSeparations([close], 'lost');
    expect(leak!.separation).toBeGreaterThan(0.95);
    expect(leak!.against).toBe('lost');
    expect(leak!.value).toMatch(/below|to|above/);
  });

  it('finds a field filled in only for the examples (a customer-since date)', () => {
    const since = field('Became a Customer Date', Array.from({ length: n }, (_, i) => `2024-01-${(i % 28) + 1}`), Array.from({ length: n }, () => null));
    expect(fieldSeparations([since], 'others')[0]!.separation).toBeGreaterThan(0.95);
  });

  it('leaves honest columns alone, and skips fields with too few values', () => {
    expect(fieldSeparations([field('Industry', honestEx, honestOt)], 'others')[0]!.separation).toBeLessThan(0.75);
    expect(fieldSeparations([field('x', ['a', 'a'], ['b', 'b'])], 'others')).toEqual([]);
  });
});
