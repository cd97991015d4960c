import { describe, expect, it } from 'vitest';
import { changeText, standingText } from '../../../src-renderer/src/features/review/moved-text';

describe('what moved, in words', () => {
  it('says how far a record rose or fell, or that it is new, dropped or an example now', () => {
    expect(changeText({ oldRank: 40, newRank: 8, nowExample: false })).toBe('up 32');
    expect(changeText({ oldRank: 1, newRank: 1_054, nowExample: false })).toBe('down 1,053');
    expect(changeText({ oldRank: 3, newRank: 3, nowExample: false })).toBe('same');
    expect(changeText({ oldRank: null, newRank: 4, nowExample: false })).toBe('new');
    expect(changeText({ oldRank: 7, newRank: null, nowExample: false })).toBe('dropped');
    expect(changeText({ oldRank: 30, newRank: null, nowExample: true })).toBe('now an example');
    expect(changeText({ oldRank: null, newRank: null, nowExample: false })).toBe('not ranked');
    expect(changeText({ oldRank: 1, newRank: null, nowExample: false, leftOut: true })).toBe('left out');
  });

  it('shows a standing as rank and score, or what stands in for it', () => {
    expect(standingText(1_200, 0.83456)).toBe('1,200 (0.835)');
    expect(standingText(null, null)).toBe('not kept');
    expect(standingText(null, null, true)).toBe('now an example');
    expect(standingText(null, null, false, true)).toBe('left out: not a fit');
  });
});
