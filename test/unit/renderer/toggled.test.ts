import { describe, expect, it } from 'vitest';
import { toggled } from '../../../src-renderer/src/lib/toggled';

describe('toggled', () => {
  it('takes a key out of a set that holds it and puts it into one that does not, leaving the set given as it was', () => {
    const set = new Set(['a', 'b']);
    expect([...toggled(set, 'a')]).toEqual(['b']);
    expect([...toggled(set, 'c')]).toEqual(['a', 'b', 'c']);
    expect([...set]).toEqual(['a', 'b']);
  });
});
