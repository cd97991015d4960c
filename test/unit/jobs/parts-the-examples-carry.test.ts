/** Which parts of a record the examples carry (jobs/training.ts): any example with a value in a part counts. */
import { describe, expect, it } from 'vitest';
import { partsTheExamplesCarry } from '../../../src-main/jobs/training';
import type { EmbeddingLayout } from '../../../src-model/embed/layout';
import type { TrainingSet } from '../../../src-model/strategies/types';

const DIM = 8;
const layout = { parts: { company: { start: 0, end: 4 }, lead: { start: 4, end: 8 } } } as unknown as EmbeddingLayout;

/** Rows given as the slots that hold a value; `positives` are the examples' rows. */
function setOf(rows: number[][], positives: number[]): TrainingSet {
  const data = new Float32Array(rows.length * DIM);
  rows.forEach((slots, r) => slots.forEach((s) => (data[r * DIM + s] = 0.5)));
  return { dim: DIM, rows: data, positives: Int32Array.from(positives) } as unknown as TrainingSet;
}

describe('the parts the examples carry', () => {
  it('are those any example has a value in, other records not counted', () => {
    const rows = [[1], [5], [6], [2, 7]];
    expect(partsTheExamplesCarry(setOf(rows, [1, 2]), layout)).toEqual({ company: false, lead: true });
    expect(partsTheExamplesCarry(setOf(rows, [0]), layout)).toEqual({ company: true, lead: false });
    // The company part from the last example only.
    expect(partsTheExamplesCarry(setOf(rows, [1, 2, 3]), layout)).toEqual({ company: true, lead: true });
    expect(partsTheExamplesCarry(setOf([[], []], [0, 1]), layout)).toEqual({ company: false, lead: false });
  });
});
