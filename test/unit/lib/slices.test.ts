/** A job's long main-thread loops give the event loop a turn between slices (src-main/lib/slices.ts). */
import { describe, expect, it } from 'vitest';
import { mapInSlices, slicer } from '../../../src-main/lib/slices';

describe('slicer', () => {
  it('lets a task queued meanwhile run before the loop goes on', async () => {
    const seen: string[] = [];
    const slices = slicer(undefined, 0);
    setImmediate(() => seen.push('other request'));
    seen.push('slice 1');
    await slices.maybeYield();
    seen.push('slice 2');
    expect(seen).toEqual(['slice 1', 'other request', 'slice 2']);
  });

  it('does not yield before the slice has run its time', () => {
    expect(slicer(undefined, 60_000).maybeYield()).toBeUndefined();
  });

  it("stops a cancelled job's loop at its next turn", async () => {
    const cancel = new AbortController();
    const slices = slicer(cancel.signal, 0);
    cancel.abort();
    await expect(slices.maybeYield()).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('mapInSlices', () => {
  it('maps every item in order, with other tasks run between slices', async () => {
    const seen: string[] = [];
    setImmediate(() => seen.push('other request'));
    const out = await mapInSlices([1, 2, 3], (n, i) => (seen.push(`item ${i}`), n * 10), undefined, 0);
    expect(out).toEqual([10, 20, 30]);
    expect(seen.indexOf('other request')).toBeGreaterThan(0);
    expect(seen.indexOf('other request')).toBeLessThan(seen.length - 1);
  });
});

