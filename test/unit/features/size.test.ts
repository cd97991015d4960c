import { describe, expect, it } from 'vitest';
import { SIZE_BUCKETS, sizeBucket } from '../../../src-model/features/size';

describe('sizeBucket', () => {
  it('puts each band boundary in the band that ends there', () => {
    expect([1, 10, 11, 50, 51, 200, 201, 1000, 1001, 250_000].map(sizeBucket)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(SIZE_BUCKETS).toHaveLength(5);
  });

  it('places range midpoints by value', () => {
    expect(sizeBucket(5.5)).toBe(0);
    expect(sizeBucket(10.5)).toBe(1);
    expect(sizeBucket(1000.5)).toBe(4);
  });

  it('returns -1 for unknown, zero, negative and non-finite counts', () => {
    expect([null, 0, -3, Number.NaN, Number.POSITIVE_INFINITY].map(sizeBucket)).toEqual([-1, -1, -1, -1, -1]);
  });
});
