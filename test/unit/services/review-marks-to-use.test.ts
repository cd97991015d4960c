import { describe, expect, it } from 'vitest';
import { marksToUse } from '../../../src-main/services/review-service';

describe('marksToUse', () => {
  it('splits a job\'s marks by verdict, in record id order, naming the job they came from', () => {
    const marks = [
      { record_id: 9, mark: 'good' as const },
      { record_id: 2, mark: 'not_a_fit' as const },
      { record_id: 4, mark: 'good' as const },
    ];
    expect(marksToUse({ id: 12 }, marks)).toEqual({ fromJobId: 12, good: [4, 9], notAFit: [2] });
    expect(marksToUse({ id: 12 }, [])).toEqual({ fromJobId: 12, good: [], notAFit: [] });
  });
});
