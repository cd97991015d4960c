import { describe, expect, it } from 'vitest';
import type { SegmentSummary } from '../../../src-main/contract/dto';
import { isUnsavedOutcome, outcomeSources } from '../../../src-renderer/src/features/jobs/outcome-sources';

const values = (counts: Record<string, number>, sampled = false) => ({ values: Object.entries(counts).map(([value, count]) => ({ value, count })), sampled });
const segment = (id: number, conditions: string[], entity: 'leads' | 'companies' = 'leads'): SegmentSummary => ({ id, name: `s${id}`, entity, conditions, members: 1, createdAt: '' });

describe('outcomeSources', () => {
  it('offers every won lead, and every lead that replied or won, with their counts', () => {
    const sources = outcomeSources(values({ open: 500, replied: 40, won: 12, lost: 30 }), []);
    expect(sources).toEqual([
      { value: 'outcome:won', condition: 'outcome = won', name: 'Won leads', count: 12, estimated: false },
      { value: 'outcome:replied', condition: 'outcome in (replied, won)', name: 'Leads that replied or won', count: 52, estimated: false },
    ]);
    expect(sources.every((s) => isUnsavedOutcome(s.value))).toBe(true);
  });

  it('offers nothing for an outcome no lead has, and says counts from a sample are estimates', () => {
    expect(outcomeSources(values({ open: 500 }), [])).toEqual([]);
    expect(outcomeSources(values({ replied: 3 }, true), [])).toEqual([
      expect.objectContaining({ value: 'outcome:replied', count: 3, estimated: true }),
    ]);
  });

  it('leaves out an outcome whose segment is saved already, however its condition was typed', () => {
    const sources = outcomeSources(values({ replied: 4, won: 2 }), [segment(3, ['Outcome  =  WON']), segment(4, ['outcome in (replied, won)'], 'companies')]);
    expect(sources.map((s) => s.value)).toEqual(['outcome:replied']);
    // A segment with the condition and more is another segment.
    expect(outcomeSources(values({ won: 2 }), [segment(5, ['outcome = won', 'country = Germany'])]).map((s) => s.value)).toEqual(['outcome:won', 'outcome:replied']);
  });
});
