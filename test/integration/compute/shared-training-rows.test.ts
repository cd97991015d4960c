/**
 * A training set in shared memory goes to a compute worker as it is (the job
 * keeps reading the same rows meanwhile), and one in ordinary memory is moved
 * there: either way the worker trains the same scorer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComputePool, type ComputePool } from '../../../src-main/compute/pool';
import { seededRandom } from '../../../src-model/math/seeded-random';
import type { TrainingSet } from '../../../src-model/strategies/types';

const DIM = 16;
const ROWS = 600;

let pool: ComputePool;
beforeAll(() => {
  pool = createComputePool({ threads: 1 });
});
afterAll(() => pool.close());

/** Records of four kinds (slots 1–4) with noise; the examples are of kind 2. */
function trainingSet(rows: Float32Array): TrainingSet {
  const rnd = seededRandom(3);
  const positives: number[] = [];
  for (let r = 0; r < ROWS; r++) {
    const kind = 1 + (r % 4);
    rows[r * DIM] = 1;
    rows[r * DIM + kind] = 1;
    rows[r * DIM + 5 + Math.floor(rnd() * 11)] = 0.5;
    if (kind === 2 && r % 3 === 0) positives.push(r);
  }
  return {
    dim: DIM,
    rows,
    positives: Int32Array.from(positives),
    positiveWeights: Float64Array.from(positives, () => 1),
    negatives: new Int32Array(0),
    background: Int32Array.from({ length: ROWS }, (_, i) => i),
    parts: { company: { start: 0, end: 8 }, lead: { start: 8, end: 16 } },
    partWeights: { company: 0.7, lead: 0.3 },
  };
}

describe('training rows sent to a worker', () => {
  it('are shared when they are in shared memory, moved otherwise, and train the same scorer', async () => {
    const shared = trainingSet(new Float32Array(new SharedArrayBuffer(ROWS * DIM * 4)));
    const before = Float32Array.from(shared.rows);
    const fromShared = await pool.train({ strategy: 'learned', set: shared, seed: 1 });
    // Still the job's to read, unchanged.
    expect(shared.rows.length).toBe(ROWS * DIM);
    expect(shared.rows).toEqual(before);

    const own = trainingSet(new Float32Array(ROWS * DIM));
    const fromOwn = await pool.train({ strategy: 'learned', set: own, seed: 1 });
    // Moved: the buffer now belongs to the worker.
    expect(own.rows.buffer.byteLength).toBe(0);

    expect(fromShared.chosen).toBe('learned');
    expect(Array.from(fromShared.scorer.queries[0]!)).toEqual(Array.from(fromOwn.scorer.queries[0]!));
  });
});
