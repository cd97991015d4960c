import { describe, expect, it } from 'vitest';
import type { VirtualItem } from '@tanstack/react-virtual';
import { rowSpan, VIRTUALISE_OVER } from '../../../src-renderer/src/components/use-row-window';

/** Rows `from`..`to` of `height` px each, as the virtualizer lists them. */
function items(from: number, to: number, height = 40): VirtualItem[] {
  return Array.from({ length: to - from + 1 }, (_, k) => {
    const index = from + k;
    return { key: index, index, start: index * height, end: (index + 1) * height, size: height, lane: 0 };
  });
}

describe('the rows a grid page mounts', () => {
  it('mounts every row of a page that is not virtualised, with no spacers', () => {
    expect(rowSpan(null, 0, 4)).toEqual({ indexes: [0, 1, 2, 3], padTop: 0, padBottom: 0 });
    expect(VIRTUALISE_OVER).toBeGreaterThanOrEqual(100); // the 50- and 100-row pages render whole
  });

  it('mounts the window and keeps the height of the rows above and below it', () => {
    const span = rowSpan(items(20, 44), 500 * 40, 500);
    expect(span.indexes[0]).toBe(20);
    expect(span.indexes).toHaveLength(25);
    expect(span.padTop).toBe(20 * 40);
    expect(span.padBottom).toBe((500 - 45) * 40);
    expect(span.padTop + span.indexes.length * 40 + span.padBottom).toBe(500 * 40);
  });

  it('has no spacer at the ends of the page, nor a negative one when measured rows outgrow the estimate', () => {
    expect(rowSpan(items(0, 10), 500 * 40, 500).padTop).toBe(0);
    expect(rowSpan(items(480, 499), 500 * 40, 500).padBottom).toBe(0);
    expect(rowSpan(items(480, 499, 50), 500 * 40, 500).padBottom).toBe(0);
    expect(rowSpan([], 0, 0)).toEqual({ indexes: [], padTop: 0, padBottom: 0 });
  });
});
