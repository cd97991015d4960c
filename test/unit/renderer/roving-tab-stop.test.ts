import { describe, expect, it } from 'vitest';
import { rovingTabStop } from '../../../src-renderer/src/components/use-row-window';

describe("a grid's one tab stop", () => {
  it('is the focused row while it is mounted', () => {
    expect(rovingTabStop(3, [0, 1, 2, 3, 4])).toBe(3);
    expect(rovingTabStop(30, [22, 23, 30, 31])).toBe(30);
  });

  it('moves to the first mounted row when the focused one has scrolled out and unmounted', () => {
    // Row 0 was focused; the box scrolled to rows 40–60, with 32–39 mounted above its edge.
    expect(rovingTabStop(0, Array.from({ length: 37 }, (_, k) => 32 + k))).toBe(32);
    expect(rovingTabStop(499, [100, 101, 102])).toBe(100);
  });

  it('stays put on an empty page', () => {
    expect(rovingTabStop(0, [])).toBe(0);
  });
});
