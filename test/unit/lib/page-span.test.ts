/**
 * A paged scan's span follows the measured time per id (src-main/lib/page-span.ts):
 * a wide workspace's 4,096-lead page was one 4 s read on the main thread.
 */
import { describe, expect, it } from 'vitest';
import { PageSpan } from '../../../src-main/lib/page-span';

describe('PageSpan', () => {
  it('starts small and grows at most fourfold a read up to its largest span when reads are quick', () => {
    const spans = new PageSpan(4096, 10);
    const seen: number[] = [];
    for (let i = 0; i < 8; i++) {
      seen.push(spans.next);
      spans.took(spans.next, spans.next * 0.002); // 2 µs an id: a CRM export's leads
    }
    expect(seen).toEqual([8, 32, 128, 512, 2048, 4096, 4096, 4096]);
  });

  it('shrinks to what a slice holds when each id is costly, and never below one id', () => {
    const spans = new PageSpan(4096, 10);
    spans.took(8, 8 * 2.6); // 2.6 ms a lead: a 5,000-column file
    expect(spans.next).toBe(3);
    spans.took(3, 3 * 40);
    expect(spans.next).toBe(1);
  });

  it('reads a scan in spans that cover every id once and stop at the limit', () => {
    const spans = new PageSpan(64, 10);
    const covered: [number, number][] = [];
    for (let lo = 100; lo < 400; ) {
      const { value, hi } = spans.read(lo, 400, (from, to) => [from, to] as [number, number]);
      covered.push(value);
      lo = hi;
    }
    expect(covered[0]).toEqual([100, 108]);
    for (let i = 1; i < covered.length; i++) expect(covered[i]![0]).toBe(covered[i - 1]![1]);
    expect(covered.at(-1)![1]).toBe(400);
    expect(Math.max(...covered.map(([a, b]) => b - a))).toBeLessThanOrEqual(64);
  });
});
