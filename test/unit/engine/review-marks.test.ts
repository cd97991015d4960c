import { describe, expect, it } from 'vitest';
import { withReviewMarks, type PositiveSet } from '../../../src-main/engine/sources';

const source: PositiveSet = {
  name: 'seed',
  entity: 'leads',
  ids: [3, 5, 9],
  weights: [3, 1, 2],
  breakdown: { won: 1, replied: 1, other: 1 },
  counterExamples: [],
};

describe('withReviewMarks', () => {
  it('adds good fits as examples weighing as a won one, and not-a-fit records as counter-examples', () => {
    const marked = withReviewMarks(source, { fromJobId: 4, good: [12, 7], notAFit: [20, 11] });
    expect(marked.ids).toEqual([3, 5, 9, 7, 12]);
    expect(marked.weights).toEqual([3, 1, 2, 3, 3]);
    expect(marked.breakdown).toEqual({ won: 1, replied: 1, other: 1, marked: 2 });
    expect(marked.counterExamples).toEqual([11, 20]);
    expect(source.ids).toEqual([3, 5, 9]); // the source's own set is left as it was
  });

  it('takes the weights of the job, keeps an example once, and never makes an example a counter-example', () => {
    const marked = withReviewMarks(source, { fromJobId: 4, good: [5, 8, 8], notAFit: [3, 8, 30] }, { won: 5 });
    expect(marked.ids).toEqual([3, 5, 9, 8]);
    expect(marked.weights).toEqual([3, 1, 2, 5]);
    expect(marked.counterExamples).toEqual([30]);
  });

  it('leaves a job without marks as it was', () => {
    expect(withReviewMarks(source, null)).toBe(source);
    expect(withReviewMarks(source, { fromJobId: 4, good: [], notAFit: [] })).toBe(source);
  });
});
